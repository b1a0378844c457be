#include "views/quote/quotepane.h"

#include "model/project/project.h"
#include "model/quote/quoteexport.h"
#include "model/quote/quotelinemodel.h"
#include "views/proposal/proposalbuilder.h"
#include "views/proposal/proposalpreviewdialog.h"
#include "views/quote/companyprofiledialog.h"
#include "views/quote/quoteheaderform.h"
#include "views/quote/quoterevisionspanel.h"
#include "views/quote/quotetotalsview.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
const QString kLastFolderKey = QStringLiteral("project/lastFolder");

QAction *makeAction(QWidget *scope, const char *objectName, const QKeySequence &key = {})
{
    auto *action = new QAction(scope);
    action->setObjectName(QLatin1String(objectName));
    action->setShortcut(key);
    // Shortcuts belong to the Quote tab: Delete in the rack layout stays the layout's.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    scope->addAction(action);
    return action;
}

} // namespace

QuotePane::QuotePane(Project *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_lines(new QuoteLineModel(project->quote(), project->hall(), project->undoStack(), this))
    , m_header(new QuoteHeaderForm(project, this))
    , m_table(new QTableView(this))
    , m_totals(new QuoteTotalsView(m_lines, this))
    , m_revisions(new QuoteRevisionsPanel(project, m_lines, this))
    , m_linesHeading(new QLabel(this))
    , m_revisionsHeading(new QLabel(this))
{
    setObjectName(QStringLiteral("quotePane"));
    m_freeze =
        makeAction(this, "actionFreezeRevision", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R));
    m_exportCsv = makeAction(this, "actionExportCsv", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    m_exportXlsx =
        makeAction(this, "actionExportXlsx", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_X));
    m_resetLine = makeAction(this, "actionUseCatalogPrice", QKeySequence::Delete);
    m_company = makeAction(this, "actionCompany");
    // The same command as File ▸ Export PDF…, as a button where the quote is.
    m_exportPdf = makeAction(this, "actionQuoteExportPdf");
    m_exportPdf->setShortcutContext(Qt::WidgetShortcut); // the File menu's shortcut rules

    m_table->setObjectName(QStringLiteral("quoteTable"));
    m_table->setModel(m_lines);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QuoteLineModel::DescriptionColumn, QHeaderView::Stretch);
    for (int column : {QuoteLineModel::CategoryColumn, QuoteLineModel::SkuColumn,
                       QuoteLineModel::QuantityColumn, QuoteLineModel::UnitPriceColumn,
                       QuoteLineModel::DiscountColumn, QuoteLineModel::TotalColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    connect(m_freeze, &QAction::triggered, this, [this] {
        m_project->quoteEditor().newRevision();
        emit statusMessage(tr("Froze revision %1; now drafting revision %2.")
                               .arg(m_project->quote()->terms().header.revision - 1)
                               .arg(m_project->quote()->terms().header.revision));
    });
    connect(m_exportCsv, &QAction::triggered, this, [this] { exportSpreadsheet(false); });
    connect(m_exportXlsx, &QAction::triggered, this, [this] { exportSpreadsheet(true); });
    connect(m_resetLine, &QAction::triggered, this, &QuotePane::resetSelectedCells);
    connect(m_company, &QAction::triggered, this, &QuotePane::editCompany);
    connect(m_exportPdf, &QAction::triggered, this, &QuotePane::exportPdf);
    connect(m_lines, &QuoteLineModel::editRefused, this, &QuotePane::statusMessage);
    connect(m_header, &QuoteHeaderForm::editRefused, this, &QuotePane::statusMessage);

    // A tool bar folds what does not fit into its extension menu, so the tab stays narrow
    // enough to sit beside the docks.
    auto *buttons = new QToolBar(this);
    buttons->setObjectName(QStringLiteral("quoteToolBar"));
    buttons->setToolButtonStyle(Qt::ToolButtonTextOnly);
    buttons->addActions({m_freeze, m_exportCsv, m_exportXlsx, m_exportPdf, m_company});

    QFont bold = m_linesHeading->font();
    bold.setBold(true);
    m_linesHeading->setFont(bold);
    m_revisionsHeading->setFont(bold);
    m_linesHeading->setBuddy(m_table);
    m_linesHeading->setWordWrap(true); // its length must not set the tab's width

    auto *tableBox = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_linesHeading);
    tableLayout->addWidget(m_table, 1);
    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(tableBox);
    top->addWidget(m_totals);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 1);

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_revisionsHeading);
    bottomLayout->addWidget(m_revisions, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buttons);
    layout->addWidget(m_header);
    layout->addWidget(splitter, 1);
    retranslateUi();
}

QList<QAction *> QuotePane::quoteActions() const
{
    return {m_freeze, nullptr, m_exportCsv, m_exportXlsx, nullptr, m_resetLine, nullptr, m_company};
}

void QuotePane::retranslateUi()
{
    m_freeze->setText(tr("&Freeze revision"));
    m_freeze->setStatusTip(tr("Keep the quote as it stands as a revision and draft the next one"));
    m_exportCsv->setText(tr("Export &CSV…"));
    m_exportCsv->setStatusTip(tr("Write the bill of materials as CSV for other programs"));
    m_exportXlsx->setText(tr("Export &spreadsheet…"));
    m_exportXlsx->setStatusTip(tr("Write the quote as an Excel workbook (XLSX)"));
    m_resetLine->setText(tr("&Use catalog price"));
    m_resetLine->setStatusTip(tr("Remove the negotiated price or discount of the selected cells"));
    m_company->setText(tr("Com&pany…"));
    m_company->setStatusTip(tr("Company name, logo and contact on proposals"));
    m_exportPdf->setText(tr("Export &PDF…"));
    m_linesHeading->setText(tr("&Bill of materials (derived from the rack layout)"));
    m_revisionsHeading->setText(tr("Revisions"));
}

void QuotePane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QString QuotePane::suggestedPath(const QString &suffix) const
{
    const QuoteHeader &header = m_project->quote()->terms().header;
    QString name = header.quoteNumber.isEmpty() ? tr("Quote") : header.quoteNumber;
    name = tr("%1 rev %2").arg(name).arg(header.revision);
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    const QString folder = QSettings().value(kLastFolderKey, QDir::homePath()).toString();
    return QDir(folder).filePath(name + QLatin1Char('.') + suffix);
}

QString QuotePane::choosePath(const QString &title, const QString &suggested, const QString &filter)
{
    if (m_chooser)
        return m_chooser(title, suggested, filter);
    return QFileDialog::getSaveFileName(this, title, suggested, filter);
}

void QuotePane::exportSpreadsheet(bool xlsx)
{
    const QString title = xlsx ? tr("Export spreadsheet") : tr("Export CSV");
    const QString suffix = xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv");
    QString path = choosePath(title, suggestedPath(suffix),
                              xlsx ? tr("Excel workbooks (*.xlsx)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    m_lines->refresh(); // what is written is what the layout holds this moment
    QString error;
    const bool ok = xlsx ? QuoteExport::writeXlsx(m_lines->quote(), path, &error)
                         : QuoteExport::writeCsv(m_lines->quote(), path, &error);
    if (!ok) {
        QMessageBox::warning(this, title, error);
        return;
    }
    emit statusMessage(tr("Wrote %1").arg(QFileInfo(path).fileName()));
}

void QuotePane::resetSelectedCells()
{
    // Only cells that hold a negotiation change anything; several are one undo step.
    QModelIndexList cells;
    for (const QModelIndex &index : m_table->selectionModel()->selectedIndexes()) {
        const QuoteLine &line = m_lines->quote().lines.at(index.row());
        if ((index.column() == QuoteLineModel::UnitPriceColumn && line.unitPriceOverrideMinor)
            || (index.column() == QuoteLineModel::DiscountColumn && line.discountBasisPoints != 0)
            || (index.column() == QuoteLineModel::UnitCostColumn && line.unitCostMinor))
            cells.append(index);
    }
    if (cells.isEmpty())
        return;
    QUndoStack *stack = m_project->undoStack();
    if (cells.size() > 1)
        stack->beginMacro(tr("Use catalog prices"));
    // The SKUs first: each edit reprices the model's lines.
    QList<std::pair<QString, int>> targets;
    for (const QModelIndex &index : cells)
        targets.append({m_lines->quote().lines.at(index.row()).sku, index.column()});
    for (const auto &[sku, column] : targets)
        m_lines->setData(m_lines->index(m_lines->rowOf(sku), column), QString());
    if (cells.size() > 1)
        stack->endMacro();
}

void QuotePane::editCompany()
{
    CompanyProfileDialog dialog(CompanyProfile::fromSettings(), this);
    if (dialog.exec() == QDialog::Accepted)
        dialog.profile().saveToSettings();
}

void QuotePane::exportPdf()
{
    m_lines->refresh();
    ProposalPreviewDialog preview(
        ProposalBuilder::build(*m_project, CompanyProfile::fromSettings()),
        suggestedPath(QStringLiteral("pdf")), this);
    if (m_chooser)
        preview.setSavePathChooser([this](const QString &suggested) {
            return m_chooser(tr("Save proposal"), suggested, tr("PDF documents (*.pdf)"));
        });
    if (!preview.render())
        return;
    if (preview.exec() == QDialog::Accepted)
        emit statusMessage(tr("Wrote %1").arg(QFileInfo(preview.savedPath()).fileName()));
}
