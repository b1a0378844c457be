#pragma once

#include "model/workload/assignmenttarget.h"
#include "model/workload/headroomtracker.h"
#include "model/workload/workloadids.h"

#include <QCoreApplication>
#include <QObject>

#include <optional>

class DataHall;
class HeadroomPane;
class WorkloadSet;

// Feeds the Headroom dock's four charts from the project's HeadroomTracker: what they are
// about follows the selection (hall, row, rack or server), the latency and training charts
// show the workload selected in the Workloads dock (else the tightest of its kind in the
// scope), and while a workload is dragged over the hall they show the tracker's what-if of
// the drop, without antialiasing, until the drag ends.
//
// It only translates the model's series into the charts' plain structs: no estimate and no
// sum is made here. Document changes reach it through the tracker's changed() and are
// coalesced to one refresh per event-loop turn; a preview refreshes at once.
class HeadroomChartFeed : public QObject
{
    Q_OBJECT

public:
    HeadroomChartFeed(const HeadroomTracker *tracker, const DataHall *hall,
                      const WorkloadSet *workloads, HeadroomPane *pane, QObject *parent = nullptr);

    void setScope(const AssignmentTarget &scope);
    AssignmentTarget scope() const { return m_scope; }
    // The workload whose curves the latency or training chart shows; 0: the tightest.
    void setFocusWorkload(WorkloadId id);
    WorkloadId focusWorkload() const { return m_focus; }

    // The what-if of a drag: `workload` would gain `adding` and lose `removing`. A proposal
    // that adds and removes nothing (the drag is over a target that refuses it) shows the
    // hall as it is but keeps the charts in preview mode, so a drag crossing a refusing
    // server does not cost a full, antialiased replot on the way.
    void setPreview(const HeadroomProposal &proposal);
    void clearPreview();
    bool isPreviewing() const { return m_preview.has_value(); }

    // Redraws all four charts from the tracker now.
    void refresh();

    // "The whole hall", "Row A", "Training 1", "NVIDIA DGX H100 at U3 in Training 1", and
    // what is being previewed.
    QString scopeText() const;

private:
    bool previewChanges() const;
    void scheduleRefresh();
    std::optional<WorkloadId> focusOf(const HeadroomView &view, WorkloadKind kind) const;
    void feedHeadroom(const HeadroomView &view);
    void feedLatency(const HeadroomView &view);
    void feedTraining(const HeadroomView &view);
    void feedPower(const HeadroomView &view);

    const HeadroomTracker *m_tracker;
    const DataHall *m_hall;
    const WorkloadSet *m_workloads;
    HeadroomPane *m_pane;
    AssignmentTarget m_scope = AssignmentTarget::hall();
    WorkloadId m_focus = 0;
    std::optional<HeadroomProposal> m_preview;
    bool m_refreshQueued = false;
};
