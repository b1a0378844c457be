#pragma once

#include "model/workload/workload.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

// A workload as a JSON object, losslessly: what a project file stores in its workloads
// table and what `headroom project info --json` lists. Keys are the stable field keys of
// WorkloadFields ("tokens", "ttft_target_s", ...) in a "training" and an "inference"
// object; the model is written in full (every field of ModelArchitecture), so a project
// opens with the same shape even if a later preset library changes.
class WorkloadJson
{
    Q_DECLARE_TR_FUNCTIONS(WorkloadJson)

public:
    static QJsonObject toJson(const Workload &workload); // without the id
    // Reads what toJson() wrote; on a wrong type or unknown field returns nothing with
    // *error naming the field ("training.tokens must be a number, not \"2T\".").
    static std::optional<Workload> fromJson(const QJsonObject &object, QString *error);

    static QJsonObject modelToJson(const ModelArchitecture &model);
    static std::optional<ModelArchitecture> modelFromJson(const QJsonObject &object,
                                                          const QString &prefix, QString *error);
};
