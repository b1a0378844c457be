#pragma once

#include <QtGlobal>

// Workloads are named by ids that stay the same across undo, redo and save/open, like the
// layout's rows, racks and placements (layoutids.h). A project's workloads share one
// counter, so an id is never reused for another workload in the same document. 0 = none.
using WorkloadId = quint32;
