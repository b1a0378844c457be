#pragma once

#include "model/workload/modelarchitecture.h"

#include <QList>
#include <QString>

#include <optional>

// The library of published model architectures (at least the fifteen, plus the
// models the public reference runs name). Every fact carries its source in modelpresets.cpp.
class ModelPresets
{
public:
    static const QList<ModelArchitecture> &all();

    // By name or alias, ignoring case, spaces and punctuation: "Llama 2 70B",
    // "llama-2-70b" and "LLAMA2_70B" are the same model.
    static std::optional<ModelArchitecture> find(const QString &name);

    // The preset whose name or alias appears inside a longer text ("NeMo 24.07 pretraining
    // throughput LLAMA2-7B"), the longest match winning; nothing when two different
    // presets match equally well.
    static std::optional<ModelArchitecture> findInText(const QString &text);

    // "Llama 2 70B" -> "llama270b": the key both lookups compare.
    static QString normalizedName(const QString &name);
};
