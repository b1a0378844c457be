#pragma once

#include "model/capacity/accelerator.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class DataHall;

// What the hall's accelerators add up to, per accelerator model, with two yardsticks the
// capacity engine estimates for each: the time to train a reference model on a fixed
// number of tokens, and the requests per second it serves within latency targets. Until
// a project carries its own workloads, these let a customer compare designs on the same
// footing; they are labelled as yardsticks, not promises.
struct CapacityHighlights
{
    Q_DECLARE_TR_FUNCTIONS(CapacityHighlights)

public:
    struct Group
    {
        QString acceleratorId;
        Accelerator accelerator;
        int count = 0; // in the hall
        int gpusPerServer = 8; // of the servers that carry most of them
        double memoryBytes = 0.0; // all of them together
        double denseBf16FlopsPerSecond = 0.0; // all of them together
        std::optional<double> trainingSeconds; // the training yardstick; none when it fails
        std::optional<double> requestsPerSecond; // the inference yardstick
    };

    QList<Group> groups; // the most accelerators first

    // Reference workloads for the yardsticks (model presets, with their sources).
    static QString trainingModelName() { return QStringLiteral("Llama 3.1 8B"); }
    static constexpr double kTrainingTokens = 1e12;
    static QString inferenceModelName() { return QStringLiteral("Llama 3.1 8B"); }
    static constexpr int kInputTokens = 1000;
    static constexpr int kOutputTokens = 200;
    static constexpr double kTtftTargetSeconds = 1.0;
    static constexpr double kTpotTargetSeconds = 0.05;

    // O(servers) for the sums, plus two estimates per accelerator model.
    static CapacityHighlights of(const DataHall &hall);
    // The yardsticks in words, for the proposal's method section.
    static QString yardstickDescription();
};
