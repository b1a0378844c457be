#include "views/proposal/proposalrenderer.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <variant>

namespace {

constexpr double kMarginSideMm = 18.0;
constexpr double kMarginTopMm = 24.0; // room for the title block
constexpr double kMarginBottomMm = 20.0; // room for the footer
constexpr double kCellPaddingMm = 1.2;
const QColor kRuleColor(0x9a, 0xa4, 0xae);
const QColor kHeaderFill(0xe6, 0xea, 0xef);
const QColor kStripeFill(0xf6, 0xf7, 0xf9);
const QColor kMutedText(0x55, 0x5d, 0x66);

QFont baseFont(double pointSize, bool bold = false)
{
    QFont font;
    // DejaVu ships with Debian's minimal font set; the Noto CJK families take over for
    // Chinese and Japanese text where they are installed.
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"),
                      QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans CJK JP")});
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

struct TextOp
{
    QRectF rect;
    QString text;
    QFont font;
    int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
    QColor color = Qt::black;
};
struct LineOp
{
    QLineF line;
    QColor color = kRuleColor;
};
struct FillOp
{
    QRectF rect;
    QColor color;
};
struct DrawOp
{
    QRectF rect;
    const ProposalDocument::Drawing *drawing = nullptr;
};
using Op = std::variant<TextOp, LineOp, FillOp, DrawOp>;

// First pass: decides what goes on which page, measuring text on the PDF device itself so
// that the second pass paints exactly what was measured.
class PageLayout
{
public:
    PageLayout(QPaintDevice *device, const QRectF &content)
        : m_device(device)
        , m_content(content)
        , m_y(content.top())
    {
        m_pages.append(QList<Op>());
    }

    double mm(double millimetres) const { return millimetres * m_device->logicalDpiY() / 25.4; }
    QList<QList<Op>> takePages() { return std::move(m_pages); }

    void heading(const ProposalDocument::Heading &heading)
    {
        const double size = heading.level <= 0 ? 26.0 : heading.level == 1 ? 15.0 : 11.5;
        const QFont font = baseFont(size, true);
        const double height = textHeight(font, heading.text, m_content.width());
        const double before = m_y > m_content.top() ? mm(heading.level <= 1 ? 6.0 : 4.0) : 0.0;
        // Keep a heading with at least three lines of what follows it.
        const double bodyLine = QFontMetricsF(baseFont(10.0), m_device).lineSpacing();
        ensureSpace(before + height + 3 * bodyLine);
        if (m_y > m_content.top())
            m_y += before;
        add(TextOp {QRectF(m_content.left(), m_y, m_content.width(), height), heading.text, font});
        m_y += height + mm(2.0);
    }

    void paragraph(const ProposalDocument::Paragraph &paragraph)
    {
        const QFont font = baseFont(paragraph.small ? 8.0 : 10.0);
        const QColor color = paragraph.small ? kMutedText : QColor(Qt::black);
        // Paragraphs break between lines, so measure line by line.
        const QFontMetricsF metrics(font, m_device);
        const QStringList lines = wrap(metrics, paragraph.text, m_content.width());
        for (const QString &line : lines) {
            ensureSpace(metrics.lineSpacing());
            add(TextOp {QRectF(m_content.left(), m_y, m_content.width(), metrics.lineSpacing()),
                        line, font, Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine, color});
            m_y += metrics.lineSpacing();
        }
        m_y += mm(2.5);
    }

    void table(const ProposalDocument::Table &table)
    {
        double totalWeight = 0.0;
        for (const auto &column : table.columns)
            totalWeight += column.widthWeight;
        QList<double> widths;
        for (const auto &column : table.columns)
            widths.append(m_content.width() * column.widthWeight / totalWeight);
        const QFont font = baseFont(8.5);
        const QFont bold = baseFont(8.5, true);

        QStringList header;
        for (const auto &column : table.columns)
            header.append(column.title);
        auto rowHeight = [&](const QStringList &cells, const QFont &f) {
            double height = 0.0;
            for (int c = 0; c < widths.size(); ++c)
                height = std::max(
                    height, textHeight(f, cells.value(c), widths[c] - 2 * mm(kCellPaddingMm)));
            return height + 2 * mm(kCellPaddingMm);
        };
        const double headerHeight = table.showHeader ? rowHeight(header, bold) : 0.0;
        auto placeRow = [&](const QStringList &cells, const QFont &f, double height,
                            const QColor &fill, bool ruleAbove) {
            if (fill.isValid())
                add(FillOp {QRectF(m_content.left(), m_y, m_content.width(), height), fill});
            if (ruleAbove)
                add(LineOp {QLineF(m_content.left(), m_y, m_content.right(), m_y), Qt::black});
            double x = m_content.left();
            for (int c = 0; c < widths.size(); ++c) {
                const QRectF cell(x + mm(kCellPaddingMm), m_y + mm(kCellPaddingMm),
                                  widths[c] - 2 * mm(kCellPaddingMm),
                                  height - 2 * mm(kCellPaddingMm));
                add(TextOp {cell, cells.value(c), f,
                            int(table.columns[c].alignment | Qt::AlignTop | Qt::TextWordWrap)});
                x += widths[c];
            }
            m_y += height;
        };
        auto placeHeader = [&] {
            if (!table.showHeader)
                return;
            placeRow(header, bold, headerHeight, kHeaderFill, false);
            add(LineOp {QLineF(m_content.left(), m_y, m_content.right(), m_y)});
        };

        ensureSpace(headerHeight
                    + (table.rows.isEmpty() ? 0.0 : rowHeight(table.rows.first().cells, font)));
        placeHeader();
        for (int r = 0; r < table.rows.size(); ++r) {
            const auto &row = table.rows.at(r);
            const QFont &f = row.emphasized ? bold : font;
            const double height = rowHeight(row.cells, f);
            if (m_y + height > m_content.bottom()) {
                newPage();
                placeHeader();
            }
            placeRow(row.cells, f, height, !row.emphasized && r % 2 == 1 ? kStripeFill : QColor(),
                     row.emphasized);
        }
        add(LineOp {QLineF(m_content.left(), m_y, m_content.right(), m_y)});
        m_y += mm(4.0);
    }

    void drawing(const ProposalDocument::Drawing &drawing)
    {
        const QFont captionFont = baseFont(8.0);
        const double captionHeight = drawing.caption.isEmpty()
            ? 0.0
            : textHeight(captionFont, drawing.caption, m_content.width()) + mm(1.5);
        const double height = std::min(mm(drawing.heightMm), m_content.height() - captionHeight);
        ensureSpace(height + captionHeight);
        add(DrawOp {QRectF(m_content.left(), m_y, m_content.width(), height), &drawing});
        m_y += height + mm(1.5);
        if (!drawing.caption.isEmpty()) {
            add(TextOp {QRectF(m_content.left(), m_y, m_content.width(), captionHeight),
                        drawing.caption, captionFont,
                        Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, kMutedText});
            m_y += captionHeight;
        }
        m_y += mm(3.0);
    }

    void pageBreak()
    {
        if (m_y > m_content.top())
            newPage();
    }

    void spacer(double heightMm) { m_y = std::min(m_y + mm(heightMm), m_content.bottom()); }

private:
    double textHeight(const QFont &font, const QString &text, double width) const
    {
        if (text.isEmpty())
            return QFontMetricsF(font, m_device).height();
        return QFontMetricsF(font, m_device)
            .boundingRect(QRectF(0, 0, width, 1e9), Qt::AlignLeft | Qt::TextWordWrap, text)
            .height();
    }

    static QStringList wrap(const QFontMetricsF &metrics, const QString &text, double width)
    {
        QStringList lines;
        for (const QString &hardLine : text.split(QLatin1Char('\n'))) {
            QString line;
            for (const QString &word : hardLine.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
                if (!line.isEmpty() && metrics.horizontalAdvance(candidate) > width) {
                    lines.append(line);
                    line = word;
                } else {
                    line = candidate;
                }
                // A word wider than the line (long URLs in sources) breaks by characters.
                while (metrics.horizontalAdvance(line) > width && line.size() > 1) {
                    qsizetype fit = line.size() - 1;
                    while (fit > 1 && metrics.horizontalAdvance(line.left(fit)) > width)
                        --fit;
                    lines.append(line.left(fit));
                    line = line.mid(fit);
                }
            }
            lines.append(line);
        }
        return lines;
    }

    void ensureSpace(double height)
    {
        if (m_y + height > m_content.bottom() && m_y > m_content.top())
            newPage();
    }
    void newPage()
    {
        m_pages.append(QList<Op>());
        m_y = m_content.top();
    }
    void add(Op op) { m_pages.last().append(std::move(op)); }

    QPaintDevice *m_device;
    QRectF m_content;
    double m_y;
    QList<QList<Op>> m_pages;
};

void paintDecoration(QPainter &painter, const ProposalDocument &document, const QRectF &page,
                     double mmUnit, int pageIndex, int pageCount)
{
    const double left = kMarginSideMm * mmUnit;
    const double right = page.width() - kMarginSideMm * mmUnit;
    painter.setPen(kRuleColor);
    if (pageIndex > 0) {
        const double baseline = (kMarginTopMm - 8.0) * mmUnit;
        painter.setFont(baseFont(8.5, true));
        painter.setPen(Qt::black);
        const QRectF band(left, baseline - 6.0 * mmUnit, right - left, 6.0 * mmUnit);
        painter.drawText(band, Qt::AlignLeft | Qt::AlignBottom, document.title);
        painter.setFont(baseFont(8.0));
        painter.setPen(kMutedText);
        painter.drawText(band, Qt::AlignRight | Qt::AlignBottom, document.subtitle);
        painter.setPen(kRuleColor);
        painter.drawLine(QPointF(left, baseline + mmUnit), QPointF(right, baseline + mmUnit));
    }
    const double footerTop = page.height() - (kMarginBottomMm - 8.0) * mmUnit;
    painter.drawLine(QPointF(left, footerTop), QPointF(right, footerTop));
    const QRectF footer(left, footerTop + mmUnit, right - left, 6.0 * mmUnit);
    painter.setFont(baseFont(8.0));
    painter.setPen(kMutedText);
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignTop, document.footer);
    painter.drawText(footer, Qt::AlignRight | Qt::AlignTop,
                     ProposalRenderer::tr("Page %1 of %2").arg(pageIndex + 1).arg(pageCount));
}

void paintOp(QPainter &painter, const Op &op)
{
    if (const auto *text = std::get_if<TextOp>(&op)) {
        painter.setFont(text->font);
        painter.setPen(text->color);
        painter.drawText(text->rect, text->flags, text->text);
    } else if (const auto *line = std::get_if<LineOp>(&op)) {
        painter.setPen(QPen(line->color, 0));
        painter.drawLine(line->line);
    } else if (const auto *fill = std::get_if<FillOp>(&op)) {
        painter.fillRect(fill->rect, fill->color);
    } else if (const auto *draw = std::get_if<DrawOp>(&op)) {
        if (draw->drawing->paint) {
            painter.save();
            // A drawing starts from a clean state, not from the last text's pen and font.
            painter.setPen(QPen(Qt::black, 0));
            painter.setBrush(Qt::NoBrush);
            painter.setFont(baseFont(9.0));
            painter.setClipRect(draw->rect);
            draw->drawing->paint(&painter, draw->rect);
            painter.restore();
        }
    }
}

} // namespace

QPageSize ProposalRenderer::defaultPageSize(const QLocale &locale)
{
    return locale.measurementSystem() == QLocale::ImperialUSSystem ? QPageSize(QPageSize::Letter)
                                                                   : QPageSize(QPageSize::A4);
}

ProposalRenderer::Result ProposalRenderer::render(const ProposalDocument &document,
                                                  QIODevice *device, const Options &options,
                                                  const Progress &progress)
{
    Result result;
    QPdfWriter writer(device);
    writer.setPageSize(options.pageSize);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(options.resolutionDpi);
    writer.setTitle(document.title);
    writer.setCreator(QStringLiteral("Headroom ") + QCoreApplication::applicationVersion());

    const double mmUnit = options.resolutionDpi / 25.4;
    const QRectF page(0, 0, writer.width(), writer.height());
    const QRectF content(kMarginSideMm * mmUnit, kMarginTopMm * mmUnit,
                         page.width() - 2 * kMarginSideMm * mmUnit,
                         page.height() - (kMarginTopMm + kMarginBottomMm) * mmUnit);

    PageLayout layout(&writer, content);
    for (const auto &block : document.blocks()) {
        std::visit(
            [&layout](const auto &b) {
                using T = std::decay_t<decltype(b)>;
                if constexpr (std::is_same_v<T, ProposalDocument::Heading>)
                    layout.heading(b);
                else if constexpr (std::is_same_v<T, ProposalDocument::Paragraph>)
                    layout.paragraph(b);
                else if constexpr (std::is_same_v<T, ProposalDocument::Table>)
                    layout.table(b);
                else if constexpr (std::is_same_v<T, ProposalDocument::Drawing>)
                    layout.drawing(b);
                else if constexpr (std::is_same_v<T, ProposalDocument::PageBreak>)
                    layout.pageBreak();
                else
                    layout.spacer(b.heightMm);
            },
            block);
    }
    const QList<QList<Op>> pages = layout.takePages();

    QPainter painter;
    if (!painter.begin(&writer)) {
        result.error = tr("Could not start writing the PDF.");
        return result;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    for (int p = 0; p < pages.size(); ++p) {
        if (p > 0 && !writer.newPage()) {
            result.error = tr("Could not start page %1 of the PDF.").arg(p + 1);
            painter.end();
            return result;
        }
        for (const Op &op : pages.at(p))
            paintOp(painter, op);
        paintDecoration(painter, document, page, mmUnit, p, static_cast<int>(pages.size()));
        if (progress && !progress(p + 1, static_cast<int>(pages.size()))) {
            painter.end();
            result.cancelled = true;
            return result;
        }
    }
    painter.end();
    result.ok = true;
    result.pageCount = static_cast<int>(pages.size());
    return result;
}

ProposalRenderer::Result ProposalRenderer::renderToFile(const ProposalDocument &document,
                                                        const QString &path, const Options &options,
                                                        const Progress &progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        Result result;
        result.error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return result;
    }
    Result result = render(document, &file, options, progress);
    if (!result.ok) {
        file.cancelWriting();
        return result;
    }
    if (!file.commit()) {
        result.ok = false;
        result.error = tr("Cannot write %1: %2").arg(path, file.errorString());
    }
    return result;
}
