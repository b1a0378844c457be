#pragma once

#include <QCoreApplication>
#include <QSize>
#include <QString>

#include <optional>

class QCustomPlot;

// The one way a chart leaves the program: PNG for slides, SVG and PDF as vectors for
// proposals. The format follows the file's suffix; every chart's context menu and the
// Headroom menu's export action come here.
class ChartExport
{
    Q_DECLARE_TR_FUNCTIONS(ChartExport)

public:
    enum class Format { Png, Svg, Pdf };

    struct Result
    {
        bool ok = false;
        QString error; // what went wrong and with which file, for the status bar
    };

    // From the suffix, case-insensitive: "chart.PNG" is a PNG.
    static std::optional<Format> formatFor(const QString &filePath);
    static QString suffix(Format format); // "png"
    // For QFileDialog: "PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)".
    static QString fileFilter();

    // Writes the plot at `size` (its on-screen size when empty), titled `title` in SVG and
    // PDF (the plot's object name when empty). The plot's own state (antialiasing, ranges)
    // is what is drawn; nothing is replotted on screen.
    static Result save(QCustomPlot *plot, const QString &filePath, QSize size = {},
                       const QString &title = {});
};
