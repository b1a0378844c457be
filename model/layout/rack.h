#pragma once

#include "model/layout/layoutids.h"
#include "model/layout/placement.h"
#include "model/layout/rackcooling.h"
#include "model/layout/rackpower.h"

#include <QString>
#include <QStringList>

#include <vector>

// A rack in a row: built from a catalog rack type (its U height, depth and static load
// rating come from that item), with the power and cooling it is given and its 0U side
// PDUs (catalog PDU items).
struct Rack
{
    RackId id = 0;
    QString name;
    QString rackTypeId; // CatalogItem::id of kind Rack
    RackPower power;
    RackCooling cooling;
    QStringList pduIds; // CatalogItem::id of kind Pdu, mounted at the side

    friend bool operator==(const Rack &, const Rack &) = default;
};

// A row of racks in the data hall.
struct HallRow
{
    RowId id = 0;
    QString name;

    friend bool operator==(const HallRow &, const HallRow &) = default;
};

// Value copies of a rack or a row with everything in it: what a remove command keeps
// while the object is out of the document, what duplicate and paste insert, and what
// a project file holds.
struct RackSnapshot
{
    Rack rack;
    std::vector<Placement> placements;

    friend bool operator==(const RackSnapshot &, const RackSnapshot &) = default;
};

struct RowSnapshot
{
    HallRow row;
    std::vector<RackSnapshot> racks;

    friend bool operator==(const RowSnapshot &, const RowSnapshot &) = default;
};
