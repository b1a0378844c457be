#pragma once

#include "model/layout/layoutids.h"
#include "views/proposal/proposaldocument.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class DataHall;

// The proposal's rack elevations: identical racks (same type, PDUs, power, cooling and the
// same items configured alike in the same slots) are drawn once with "× N", with the
// rack layout's own RackItem painting into the PDF as vectors, so the proposal shows
// exactly what the editor shows.
class RackElevations
{
    Q_DECLARE_TR_FUNCTIONS(RackElevations)

public:
    struct Group
    {
        RackId representative = 0; // the first such rack in hall order
        QStringList names; // every rack of the group, in hall order
    };
    static constexpr int kRacksPerDrawing = 3; // side by side across the page
    static constexpr double kDrawingHeightMm = 100.0;

    // Groups in hall order (rows, then racks within a row). O(placements).
    static QList<Group> group(const DataHall &hall);
    // "Training 1", "Inference 1 and 7 more": what a group's caption calls it.
    static QString groupLabel(const Group &group);

    // Appends the drawings of the groups to a document, kRacksPerDrawing to a drawing.
    // The drawings keep their own copy of the racks they show, so the document outlives
    // the hall it was built from.
    static void addDrawings(ProposalDocument &document, const DataHall &hall,
                            const QList<Group> &groups);
};
