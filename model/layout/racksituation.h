#pragma once

#include "model/catalog/catalogitem.h"
#include "model/layout/layoutids.h"
#include "model/layout/layoutload.h"
#include "model/layout/placement.h"
#include "model/layout/rackcooling.h"
#include "model/layout/rackpower.h"

#include <QString>

#include <vector>

// One rack as the rules see it: its limits, the U spans taken and the load it carries.
// DataHall::situation() builds one for a rack (a handful of spans, no scan of the hall);
// a move or paste takes out the placements that leave and adds the ones already
// accepted, so several items can be checked as one edit. `baseline` stays as the rack
// is in the document: an edit may keep an over-budget rack as it is, not make it worse.
struct RackSituation
{
    struct Span
    {
        PlacementId id = 0;
        int bottomU = 1;
        int units = 1;
        RackFace face = RackFace::Front;
        double depthMm = 0.0; // 0: unknown, treated as full depth
        // Named only when a message needs it: building a situation on every mouse move
        // must not format a display name per item.
        const CatalogItem *item = nullptr; // valid while the check runs
        QString fallbackName;
        int topU() const { return bottomU + units - 1; }
        QString name() const { return item ? item->displayName() : fallbackName; }
    };

    QString rackName;
    int unitsTotal = 0;
    double depthMm = 0.0;
    double maxLoadKg = 0.0;
    RackPower power;
    RackCooling cooling;
    std::vector<Span> spans;
    LayoutLoad load;
    LayoutLoad baseline;

    // Takes a placement out (it is being moved away); its load leaves with it.
    void remove(PlacementId id, const LayoutLoad &itsLoad)
    {
        std::erase_if(spans, [id](const Span &s) { return s.id == id; });
        load -= itsLoad;
    }
    void add(const Span &span, const LayoutLoad &itsLoad)
    {
        spans.push_back(span);
        load += itsLoad;
    }
};
