#pragma once

#include "views/proposal/proposaldocument.h"

#include <QCoreApplication>
#include <QLocale>

class Project;

// The executive summary's account of the project's own workloads: each training job's
// time to train on its GPUs against its deadline, each inference service's request rate
// within its latency targets and its latencies at the assigned load, the workloads not yet
// placed, and the headroom left in the hall per dimension for training and inference.
// Every figure is read from the project's HeadroomTracker (the numbers `headroom project
// info --json` prints); nothing is estimated here.
class WorkloadSummary
{
    Q_DECLARE_TR_FUNCTIONS(WorkloadSummary)

public:
    // Appends the subsections; nothing when the project has no workloads.
    static void add(ProposalDocument &document, const Project &project, const QLocale &locale);
    // How the workload figures are estimated, for the method section.
    static QString methodDescription();
};
