#include "views/charts/chartexport.h"

#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <qcustomplot.h>

namespace {
// SVG and PDF are vectors; 96 dpi keeps their point sizes what the screen shows.
constexpr int kVectorDpi = 96;

ChartExport::Result failed(const QString &message)
{
    return {false, message};
}

bool writeSvg(QCustomPlot *plot, const QString &filePath, QSize size, const QString &title)
{
    // QSvgGenerator writes through a device we can commit atomically: a half-written
    // drawing never replaces a good one.
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QSvgGenerator generator;
    generator.setOutputDevice(&file);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setResolution(kVectorDpi);
    generator.setTitle(title);
    QCPPainter painter;
    if (!painter.begin(&generator))
        return false;
    plot->toPainter(&painter, size.width(), size.height());
    painter.end();
    return file.commit();
}
} // namespace

std::optional<ChartExport::Format> ChartExport::formatFor(const QString &filePath)
{
    const QString suffix = QFileInfo(filePath).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return Format::Png;
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    return std::nullopt;
}

QString ChartExport::suffix(Format format)
{
    switch (format) {
    case Format::Png:
        return QStringLiteral("png");
    case Format::Svg:
        return QStringLiteral("svg");
    case Format::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

QString ChartExport::fileFilter()
{
    return tr("PNG image (*.png)") + QStringLiteral(";;") + tr("SVG drawing (*.svg)")
        + QStringLiteral(";;") + tr("PDF document (*.pdf)");
}

ChartExport::Result ChartExport::save(QCustomPlot *plot, const QString &filePath, QSize size,
                                      const QString &title)
{
    const std::optional<Format> format = formatFor(filePath);
    if (!format) {
        return failed(tr("Cannot export the chart to %1: use a file name ending in .png, .svg "
                         "or .pdf.")
                          .arg(QFileInfo(filePath).fileName()));
    }
    if (size.isEmpty())
        size = plot->size();
    if (size.isEmpty())
        size = QSize(800, 500); // a plot that was never shown has no size of its own
    const QString documentTitle = title.isEmpty() ? plot->objectName() : title;
    bool ok = false;
    switch (*format) {
    case Format::Png:
        ok = plot->savePng(filePath, size.width(), size.height());
        break;
    case Format::Svg:
        ok = writeSvg(plot, filePath, size, documentTitle);
        break;
    case Format::Pdf:
        ok = plot->savePdf(filePath, size.width(), size.height(), QCP::epNoCosmetic,
                           QStringLiteral("Headroom"), documentTitle);
        break;
    }
    if (!ok)
        return failed(tr("Could not write %1.").arg(QDir::toNativeSeparators(filePath)));
    return {true, {}};
}
