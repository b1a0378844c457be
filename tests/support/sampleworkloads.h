#pragma once

#include "model/project/project.h"
#include "model/project/sampleproject.h"

#include <memory>

// The sample hall (SampleProject: real catalog rows) without workloads, and its racks and
// servers by name, for tests of workloads on real hardware:
//   Training 1: 4 NVIDIA DGX H100 (8 x H100 SXM5 80 GB each)
//   Training 2: 4 HPE Cray XD670 (8 x H100 SXM5 80 GB each)
//   Inference 1: 8 Dell R760xa (4 x L40S 48 GB each)
//   Storage and network: storage appliances and switches, no GPU servers
namespace SampleWorkloads {

inline std::unique_ptr<Project> emptyHall()
{
    auto project = std::make_unique<Project>();
    const ProjectContent content = SampleProject::content();
    project->load(content.rows, content.catalog, QString());
    return project;
}

inline RackId rackNamed(const DataHall &hall, const QString &name)
{
    for (RowId row : hall.rowIds()) {
        for (RackId rack : hall.rackIds(row)) {
            if (hall.rack(rack)->name == name)
                return rack;
        }
    }
    return 0;
}

inline RowId rowNamed(const DataHall &hall, const QString &name)
{
    for (RowId row : hall.rowIds()) {
        if (hall.row(row)->name == name)
            return row;
    }
    return 0;
}

// The n-th placement (0-based) of a rack.
inline PlacementId serverOf(const DataHall &hall, const QString &rack, int n)
{
    return hall.placementIds(rackNamed(hall, rack)).at(n);
}

} // namespace SampleWorkloads
