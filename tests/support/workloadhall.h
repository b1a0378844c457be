#pragma once

#include "model/layout/datahall.h"
#include "model/project/project.h"
#include "model/project/sampleproject.h"
#include "model/project/workloadeditor.h"
#include "model/workload/workloadset.h"

#include <QUndoStack>

// The sample hall (Training 1: four DGX H100, Training 2: four HPE XD670, Inference 1:
// eight R760xa with four L40S each, Storage and network: no GPU servers) without workloads,
// for the views that show and assign workloads; the project's own workloads document and
// headroom tracker.
namespace WorkloadHall {

struct Hall
{
    Project project;
    WorkloadSet &workloads;

    Hall()
        : workloads(*project.workloads())
    {
        const ProjectContent content = SampleProject::content();
        project.load(content.rows, content.catalog, QString());
    }
    DataHall *hall() { return project.hall(); }
    QUndoStack *stack() { return project.undoStack(); }
    WorkloadEditor editor() { return project.workloadEditor(); }

    RackId rack(const QString &name) const
    {
        const DataHall &h = *project.hall();
        for (RowId row : h.rowIds()) {
            for (RackId id : h.rackIds(row)) {
                if (h.rack(id)->name == name)
                    return id;
            }
        }
        return 0;
    }
    PlacementId firstServer(const QString &rackName) const
    {
        const std::vector<PlacementId> &ids = project.hall()->placementIds(rack(rackName));
        return ids.empty() ? 0 : ids.front();
    }
    // A workload from a template, added without an undo step of its own.
    WorkloadId add(const QString &templateKey)
    {
        const WorkloadId id = editor().addFromTemplate(templateKey).createdIds.value(0);
        stack()->clear();
        return id;
    }
};

// Templates the workloads branch ships (WorkloadTemplates).
inline QString pretrain70b()
{
    return QStringLiteral("pretrain-70b-2t-30d");
}
inline QString chat70b()
{
    return QStringLiteral("chat-llama-3.1-70b-50rps");
}
inline QString serve405b()
{
    return QStringLiteral("serve-llama-3.1-405b-fp8-5rps");
}

} // namespace WorkloadHall
