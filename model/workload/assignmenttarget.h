#pragma once

#include "model/layout/layoutids.h"

#include <QString>

#include <optional>

// Where a workload is dropped or what a headroom figure covers: one server placement, a
// rack, a row or the whole hall. A plain value; ids are the layout's (layoutids.h).
struct AssignmentTarget
{
    enum class Kind { Server, Rack, Row, Hall };

    Kind kind = Kind::Hall;
    quint32 id = 0; // PlacementId, RackId or RowId; 0 for the hall

    static AssignmentTarget server(PlacementId id) { return {Kind::Server, id}; }
    static AssignmentTarget rack(RackId id) { return {Kind::Rack, id}; }
    static AssignmentTarget row(RowId id) { return {Kind::Row, id}; }
    static AssignmentTarget hall() { return {Kind::Hall, 0}; }

    static QString kindKey(Kind kind); // "server", "rack", "row", "hall"
    static std::optional<Kind> kindFromKey(const QString &key);

    friend bool operator==(const AssignmentTarget &, const AssignmentTarget &) = default;
};

// Headroom is asked for the same places a workload can be dropped on.
using HeadroomScope = AssignmentTarget;
