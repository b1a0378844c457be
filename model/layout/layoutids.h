#pragma once

#include <QtGlobal>

// Rows, racks and placements are named by ids that stay the same across undo, redo and
// save/open, so commands and views can hold on to them while the objects come and go.
// All three kinds share one counter in a hall, so an id is never reused for another
// object in the same document. 0 means "none".
using RowId = quint32;
using RackId = quint32;
using PlacementId = quint32;
