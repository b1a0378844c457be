#pragma once

#include "model/workload/modelpresets.h"
#include "model/workload/workload.h"

#include <QMetaType>

// Valid workloads on published models, for tests that need one of each kind. Figures are
// round so that expected values can be worked out by hand.
namespace WorkloadFixtures {

inline Workload trainingJob(const char *model = "Llama 2 70B", double tokens = 2e12,
                            double days = 30.0)
{
    Workload w;
    w.name = QStringLiteral("Train %1").arg(QLatin1String(model));
    w.kind = WorkloadKind::Training;
    w.model = *ModelPresets::find(QLatin1String(model));
    w.precision = Precision::Bf16;
    w.training.tokens = tokens;
    w.training.deadlineSeconds = days * 86400.0;
    return w;
}

inline Workload inferenceService(const char *model = "Llama 3.1 8B", double rate = 20.0,
                                 Precision precision = Precision::Bf16)
{
    Workload w;
    w.name = QStringLiteral("Serve %1").arg(QLatin1String(model));
    w.kind = WorkloadKind::Inference;
    w.model = *ModelPresets::find(QLatin1String(model));
    w.precision = precision;
    w.inference.requestRatePerSecond = rate;
    w.inference.inputTokens = 1000;
    w.inference.outputTokens = 200;
    w.inference.ttftTargetSeconds = 1.0;
    w.inference.tpotTargetSeconds = 0.05;
    return w;
}

} // namespace WorkloadFixtures

Q_DECLARE_METATYPE(Workload)
