#pragma once

#include "model/workload/workload.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// A ready-made workload that a sales engineer reaches for: the Workloads dock's "New from
// template" menu, and tests. The workload's name is the template's (translated) name.
struct WorkloadTemplate
{
    QString key; // stable: "pretrain-70b-2t-30d"
    Workload workload;
    QString source; // where its figures come from
};

class WorkloadTemplates
{
    Q_DECLARE_TR_FUNCTIONS(WorkloadTemplates)

public:
    // Training jobs first, then inference services; every one passes validation.
    static QList<WorkloadTemplate> all();
    static std::optional<Workload> create(const QString &key);
};
