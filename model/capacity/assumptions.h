#pragma once

#include "model/capacity/precision.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

// Every number the estimators take on trust rather than from the model or the hardware.
// Each has a calibrated default with a plausible range and its source, and each can be
// overridden by name (the JSON key).
enum class AssumptionId {
    Mfu, // model FLOPs utilisation of steady training, PaLM's definition
    AllInFactor, // share of wall time spent training: restarts, stalls, checkpoints
    MoeEfficiency, // MFU kept by mixture-of-experts models after all-to-all dispatch
    DecodeBandwidthEfficiency, // MBU: achieved share of HBM bandwidth while decoding
    PrefillEfficiency, // share of dense peak reached by inference matrix multiplies
    LayerOverheadSeconds, // fixed cost per layer and forward pass: launches, syncs
    CollectiveLatencySeconds, // one tensor-parallel all-reduce of a small message
    ScaleUpEfficiency, // achieved share of NVLink/xGMI bandwidth in all-reduce
    MemoryReserveFraction, // accelerator memory kept free for workspace and fragmentation
    Pue, // power usage effectiveness of the facility
    GpuPowerFraction, // average accelerator draw as a share of its TDP
    CheckpointIntervalHours,
    CheckpointRetention, // checkpoints kept on storage
    DatasetBytesPerToken,
    Count
};

inline constexpr int kAssumptionCount = static_cast<int>(AssumptionId::Count);

// Which estimate an assumption feeds.
enum class AssumptionScope { Training, Inference, Both };

struct Assumption
{
    AssumptionId id = AssumptionId::Mfu;
    double value = 0.0;
    double low = 0.0;
    double high = 0.0;
    QString source; // where the default comes from, or "set by the user"
    bool overridden = false;

    friend bool operator==(const Assumption &, const Assumption &) = default;
};

// What a default can depend on: MFU differs by accelerator generation, precision and
// GPU count; inference efficiency by precision.
struct AssumptionContext
{
    QString generation; // Accelerator::generation
    Precision precision = Precision::Bf16;
    int gpus = 1;
};

// The values an estimator computes with, indexed by id.
struct AssumptionValues
{
    std::array<double, kAssumptionCount> values {};
    double operator[](AssumptionId id) const { return values[static_cast<int>(id)]; }
    double &operator[](AssumptionId id) { return values[static_cast<int>(id)]; }
};

class Assumptions
{
    Q_DECLARE_TR_FUNCTIONS(Assumptions)

public:
    // Stable JSON keys: "mfu", "all_in_factor", "decode_bandwidth_efficiency", ...
    static QString name(AssumptionId id);
    static std::optional<AssumptionId> fromName(const QString &name);
    static QStringList names();
    static AssumptionScope scope(AssumptionId id);
    static QString description(AssumptionId id); // translated, one line

    // The calibrated default for a context, with its range and source.
    static Assumption calibratedDefault(AssumptionId id, const AssumptionContext &context);

    // MFU lost when data parallelism spans more than 1,024 accelerators (1 at or below).
    static double scaleEfficiency(double gpus);

    // Overrides return an error message naming the assumption when the value is out of
    // its allowed range (fractions in (0, 1], PUE at least 1, ...), or empty on success.
    // Without bounds the range keeps the default's spread relative to its value.
    QString setOverride(AssumptionId id, double value);
    QString setOverride(AssumptionId id, double value, double low, double high);
    bool isOverridden(AssumptionId id) const { return m_overrides.contains(int(id)); }

    Assumption resolve(AssumptionId id, const AssumptionContext &context) const;
    QList<Assumption> resolveAll(const AssumptionContext &context, AssumptionScope scope) const;
    AssumptionValues values(const AssumptionContext &context) const;

private:
    static QString checkRange(AssumptionId id, double value);

    struct Override
    {
        double value = 0.0;
        std::optional<double> low;
        std::optional<double> high;
    };
    QHash<int, Override> m_overrides;
};
