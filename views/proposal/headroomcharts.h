#pragma once

#include "views/proposal/proposaldocument.h"

#include <QCoreApplication>

class Project;

// The proposal's Headroom section: the Headroom dock's four charts for the whole hall, fed
// by the dock's own HeadroomChartFeed and recorded as vector drawings (QCustomPlot's
// toPainter into a QPicture: lines stay lines, text stays text in the PDF). A chart with
// nothing to show is left out with a sentence saying why.
class HeadroomCharts
{
    Q_DECLARE_TR_FUNCTIONS(HeadroomCharts)

public:
    // The size the charts are laid out at, in pixels at 96 dpi: about the text width of an
    // A4 page, so their fonts print near their screen size.
    static constexpr int kWidthPixels = 700;
    static constexpr int kHeightPixels = 380;
    static constexpr double kHeightMm = 92.0;

    // Appends the section (heading, charts, sentences for the charts left out). Needs a
    // QApplication: the charts are widgets, built offscreen and never shown.
    static void add(ProposalDocument &document, const Project &project, const QString &title);
};
