#pragma once

#include "model/workload/assignmenttarget.h"
#include "model/workload/workloadids.h"

#include <QList>
#include <QString>

#include <optional>

class QMimeData;

// Workloads travel in drag and drop as their ids: a JSON array of numbers under
// application/x-headroom-workload (and their names as plain text for other applications),
// as catalog items do (catalogitemmime.h). A drag that moves an assignment (a workload
// badge dragged off a server) also says where it comes from, under
// application/x-headroom-assignment-source as {"kind": "server", "id": 42}.
class WorkloadMime
{
public:
    static QString mimeType(); // "application/x-headroom-workload"
    static QString sourceMimeType(); // "application/x-headroom-assignment-source"

    // The caller (the drag) owns the result. `names` become the plain text.
    static QMimeData *create(const QList<WorkloadId> &ids, const QStringList &names = {},
                             std::optional<AssignmentTarget> from = std::nullopt);
    // The ids a drop carries; empty when it carries no workloads.
    static QList<WorkloadId> ids(const QMimeData *data);
    // Where a moved assignment comes from; nothing for a drag out of the Workloads dock.
    static std::optional<AssignmentTarget> source(const QMimeData *data);
};
