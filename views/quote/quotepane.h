#pragma once

#include <QWidget>

#include <functional>

class Project;
class QAction;
class QLabel;
class QTableView;
class QuoteHeaderForm;
class QuoteLineModel;
class QuoteRevisionsPanel;
class QuoteTotalsView;

// The Quote tab: the header and rates, the bill of materials derived from the layout in
// an editable table (unit price and discount per line), the totals and what needs
// attention, revisions and their comparison, and the exports (CSV, XLSX, the PDF
// proposal with its preview). Every edit is an undo command on the project's stack.
// MainWindow puts quoteActions() into a menu and wires File ▸ Export PDF… to exportPdf().
class QuotePane : public QWidget
{
    Q_OBJECT

public:
    explicit QuotePane(Project *project, QWidget *parent = nullptr);

    QuoteLineModel *lineModel() const { return m_lines; }
    QTableView *table() const { return m_table; }
    QuoteHeaderForm *headerForm() const { return m_header; }
    QuoteTotalsView *totalsView() const { return m_totals; }
    QuoteRevisionsPanel *revisionsPanel() const { return m_revisions; }

    QAction *freezeRevisionAction() const { return m_freeze; }
    QAction *exportCsvAction() const { return m_exportCsv; }
    QAction *exportXlsxAction() const { return m_exportXlsx; }
    QAction *resetLineAction() const { return m_resetLine; }
    QAction *companyAction() const { return m_company; }
    // For a Quote menu (nullptr = separator).
    QList<QAction *> quoteActions() const;

    // File ▸ Export PDF…: builds the proposal, previews it, saves it where the user says.
    void exportPdf();

    // Asks where to write an export: title, suggested path, file filter; empty = cancel.
    // Tests replace the file dialog with this.
    using PathChooser = std::function<QString(const QString &title, const QString &suggested,
                                              const QString &filter)>;
    void setPathChooser(PathChooser chooser) { m_chooser = std::move(chooser); }

signals:
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void exportSpreadsheet(bool xlsx);
    void resetSelectedCells();
    void editCompany();
    QString suggestedPath(const QString &suffix) const;
    QString choosePath(const QString &title, const QString &suggested, const QString &filter);

    Project *m_project;
    QuoteLineModel *m_lines;
    QuoteHeaderForm *m_header;
    QTableView *m_table;
    QuoteTotalsView *m_totals;
    QuoteRevisionsPanel *m_revisions;
    QLabel *m_linesHeading;
    QLabel *m_revisionsHeading;
    QAction *m_freeze;
    QAction *m_exportCsv;
    QAction *m_exportXlsx;
    QAction *m_resetLine;
    QAction *m_company;
    QAction *m_exportPdf;
    PathChooser m_chooser;
};
