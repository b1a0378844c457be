#include "views/proposal/capacityhighlights.h"

#include "model/capacity/inferenceestimator.h"
#include "model/capacity/trainingestimator.h"
#include "model/layout/datahall.h"
#include "model/workload/modelpresets.h"

#include <QHash>

#include <algorithm>

CapacityHighlights CapacityHighlights::of(const DataHall &hall)
{
    CapacityHighlights highlights;
    const CatalogSnapshot &catalog = hall.catalog();
    QHash<QString, int> index;
    QHash<QString, QHash<int, int>> perServer; // accelerator -> GPUs per server -> how many
    for (RowId row : hall.rowIds()) {
        for (RackId rack : hall.rackIds(row)) {
            for (PlacementId id : hall.placementIds(rack)) {
                const ServerConfiguration &c = hall.placement(id)->configuration;
                if (c.acceleratorCount <= 0 || c.acceleratorId.isEmpty())
                    continue;
                const CatalogItem *item = catalog.item(c.acceleratorId);
                if (!item)
                    continue;
                auto found = index.constFind(c.acceleratorId);
                if (found == index.constEnd()) {
                    found = index.insert(c.acceleratorId, int(highlights.groups.size()));
                    Group group;
                    group.acceleratorId = c.acceleratorId;
                    group.accelerator = item->accelerator;
                    if (group.accelerator.model.isEmpty())
                        group.accelerator.model = item->model;
                    if (group.accelerator.vendor.isEmpty())
                        group.accelerator.vendor = item->vendor;
                    highlights.groups.append(group);
                }
                Group &group = highlights.groups[*found];
                group.count += c.acceleratorCount;
                perServer[c.acceleratorId][c.acceleratorCount] += c.acceleratorCount;
            }
        }
    }

    const auto training = ModelPresets::find(trainingModelName());
    const auto inference = ModelPresets::find(inferenceModelName());
    for (Group &group : highlights.groups) {
        const QHash<int, int> &sizes = perServer.value(group.acceleratorId);
        int most = 0;
        for (auto it = sizes.cbegin(); it != sizes.cend(); ++it) {
            if (it.value() > most) {
                most = it.value();
                group.gpusPerServer = it.key();
            }
        }
        group.memoryBytes = group.accelerator.memoryBytes * group.count;
        group.denseBf16FlopsPerSecond = group.accelerator.densePeak(Precision::Bf16) * group.count;
        if (group.accelerator.densePeak(Precision::Bf16) <= 0.0
            || group.accelerator.memoryBytes <= 0.0)
            continue; // the catalog lacks what the estimators need
        if (training) {
            TrainingRequest request;
            request.model = *training;
            request.accelerator = group.accelerator;
            request.gpus = group.count;
            request.gpusPerServer = group.gpusPerServer;
            request.tokens = kTrainingTokens;
            const TrainingEstimate estimate = TrainingEstimator::estimate(request);
            if (estimate.ok() && estimate.fits)
                group.trainingSeconds = estimate.wallHours.value * 3600.0;
        }
        if (inference) {
            InferenceRequest request;
            request.model = *inference;
            request.accelerator = group.accelerator;
            request.gpus = group.count;
            request.gpusPerServer = group.gpusPerServer;
            request.inputTokens = kInputTokens;
            request.outputTokens = kOutputTokens;
            request.ttftTargetSeconds = kTtftTargetSeconds;
            request.tpotTargetSeconds = kTpotTargetSeconds;
            const InferenceEstimate estimate = InferenceEstimator::estimate(request);
            if (estimate.ok() && estimate.fits)
                group.requestsPerSecond = estimate.requestsPerSecond.value;
        }
    }
    std::stable_sort(highlights.groups.begin(), highlights.groups.end(),
                     [](const Group &a, const Group &b) { return a.count > b.count; });
    return highlights;
}

QString CapacityHighlights::yardstickDescription()
{
    return tr("Yardsticks, not workload plans: the training time is Headroom's estimate for "
              "pre-training %1 on %2 tokens in BF16 on all accelerators of a model at once; the "
              "request rate is what they serve of %1 with %3 input and %4 output tokens while "
              "the first token arrives within %5 s and each further token within %6 ms. Both "
              "come from the capacity engine's published formulas and calibrated defaults.")
        .arg(trainingModelName(), tr("one trillion"))
        .arg(kInputTokens)
        .arg(kOutputTokens)
        .arg(kTtftTargetSeconds)
        .arg(kTpotTargetSeconds * 1000.0);
}
