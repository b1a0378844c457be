#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <variant>

class QPainter;
class QRectF;

// A proposal as a list of blocks (headings, paragraphs, tables, vector drawings) before it
// is laid out on pages. Building it needs no paint device; ProposalRenderer paginates it
// onto a PDF. Keeping the two apart lets the content be tested without rendering and the
// pagination be tested without real data.
class ProposalDocument
{
public:
    struct Heading
    {
        QString text;
        int level = 1; // 1: section, 2: subsection
    };
    struct Paragraph
    {
        QString text;
        bool small = false; // notes, sources, terms
    };
    struct TableColumn
    {
        QString title;
        double widthWeight = 1.0; // share of the text width
        Qt::Alignment alignment = Qt::AlignLeft;
    };
    struct TableRow
    {
        QStringList cells;
        bool emphasized = false; // totals: bold, with a rule above
    };
    struct Table
    {
        QList<TableColumn> columns;
        QList<TableRow> rows;
        bool showHeader = true; // repeated at the top of every page the table spans
    };
    // A vector drawing painted into the rectangle it is given. It is never split across
    // pages; one taller than a page is scaled down to fit.
    struct Drawing
    {
        double heightMm = 50.0;
        std::function<void(QPainter *painter, const QRectF &target)> paint;
        QString caption;
    };
    struct PageBreak
    {
    };
    struct Spacer
    {
        double heightMm = 5.0;
    };
    using Block = std::variant<Heading, Paragraph, Table, Drawing, PageBreak, Spacer>;

    // The title block printed at the top of every page but the first (the cover).
    QString title;
    QString subtitle; // e.g. "Acme AI · Quote Q-2026-0142 rev. 2"
    QString footer; // e.g. company name and date, left of the page number

    void addHeading(const QString &text, int level = 1) { m_blocks.append(Heading {text, level}); }
    void addParagraph(const QString &text, bool small = false)
    {
        m_blocks.append(Paragraph {text, small});
    }
    void addTable(Table table) { m_blocks.append(std::move(table)); }
    void addDrawing(Drawing drawing) { m_blocks.append(std::move(drawing)); }
    void addPageBreak() { m_blocks.append(PageBreak {}); }
    void addSpacer(double heightMm) { m_blocks.append(Spacer {heightMm}); }

    const QList<Block> &blocks() const { return m_blocks; }

private:
    QList<Block> m_blocks;
};
