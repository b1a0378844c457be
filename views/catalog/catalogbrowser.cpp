#include "views/catalog/catalogbrowser.h"

#include "model/catalog/catalogdatabase.h"
#include "model/catalog/catalogedits.h"
#include "model/catalog/catalogexport.h"
#include "model/catalog/catalogimport.h"
#include "model/catalog/catalogtablemodel.h"
#include "model/catalog/catalogtreemodel.h"
#include "model/catalog/usercatalog.h"
#include "views/catalog/catalogdetailpane.h"
#include "views/catalog/catalogimportdialog.h"
#include "views/catalog/catalogitemdelegate.h"
#include "views/catalog/catalogitemdialog.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
void showProblem(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::warning(parent, title, text);
}
} // namespace

CatalogBrowser::CatalogBrowser(QWidget *parent)
    : QWidget(parent)
    , m_tableModel(new CatalogTableModel(this))
    , m_treeModel(new CatalogTreeModel(this))
{
    setObjectName(QStringLiteral("catalogBrowser"));
    createActions();
    createWidgets();
    retranslateUi();
    updateActions();
}

CatalogBrowser::~CatalogBrowser() = default;

void CatalogBrowser::createActions()
{
    auto make = [this](const char *name, const QString &icon, QStyle::StandardPixmap fallback) {
        auto *action = new QAction(this);
        action->setObjectName(QLatin1String(name));
        action->setIcon(QIcon::fromTheme(icon, style()->standardIcon(fallback)));
        // The browser's shortcuts work where the browser has focus, not over the window.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        QWidget::addAction(action);
        return action;
    };
    m_addAction =
        make("actionCatalogAdd", QStringLiteral("list-add"), QStyle::SP_FileDialogNewFolder);
    m_editAction = make("actionCatalogEdit", QStringLiteral("document-edit"),
                        QStyle::SP_FileDialogDetailedView);
    m_duplicateAction = make("actionCatalogDuplicate", QStringLiteral("edit-copy"),
                             QStyle::SP_FileDialogContentsView);
    m_deleteAction =
        make("actionCatalogDelete", QStringLiteral("edit-delete"), QStyle::SP_TrashIcon);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_undoAction = make("actionCatalogUndo", QStringLiteral("edit-undo"), QStyle::SP_ArrowBack);
    m_redoAction = make("actionCatalogRedo", QStringLiteral("edit-redo"), QStyle::SP_ArrowForward);
    m_importAction =
        make("actionCatalogImport", QStringLiteral("document-import"), QStyle::SP_DialogOpenButton);
    m_exportAction =
        make("actionCatalogExport", QStringLiteral("document-export"), QStyle::SP_DialogSaveButton);
    m_resetAction =
        make("actionCatalogReset", QStringLiteral("edit-clear-history"), QStyle::SP_BrowserReload);

    connect(m_addAction, &QAction::triggered, this, &CatalogBrowser::addItem);
    connect(m_editAction, &QAction::triggered, this, &CatalogBrowser::editSelected);
    connect(m_duplicateAction, &QAction::triggered, this, &CatalogBrowser::duplicateSelected);
    connect(m_deleteAction, &QAction::triggered, this, &CatalogBrowser::deleteSelected);
    connect(m_importAction, &QAction::triggered, this, [this] { importFile(); });
    connect(m_exportAction, &QAction::triggered, this, [this] { exportFile(); });
    connect(m_resetAction, &QAction::triggered, this, &CatalogBrowser::resetToDefaults);
    connect(m_undoAction, &QAction::triggered, this, [this] {
        if (m_undoStack)
            m_undoStack->undo();
    });
    connect(m_redoAction, &QAction::triggered, this, [this] {
        if (m_undoStack)
            m_undoStack->redo();
    });
}

void CatalogBrowser::createWidgets()
{
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("catalogToolBar"));
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    for (QAction *action : {m_addAction, m_editAction, m_duplicateAction, m_deleteAction})
        m_toolBar->addAction(action);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_undoAction);
    m_toolBar->addAction(m_redoAction);
    m_toolBar->addSeparator();
    for (QAction *action : {m_importAction, m_exportAction, m_resetAction})
        m_toolBar->addAction(action);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("catalogSearch"));
    m_search->setClearButtonEnabled(true);
    m_accelerator = new QComboBox(this);
    m_accelerator->setObjectName(QStringLiteral("acceleratorFilter"));
    m_accelerator->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_accelerator->setMinimumContentsLength(12);
    m_powerLabel = new QLabel(this);
    auto makePower = [this](const char *name) {
        auto *box = new QDoubleSpinBox(this);
        box->setObjectName(QLatin1String(name));
        box->setRange(0.0, 1000.0);
        box->setDecimals(2);
        box->setSingleStep(1.0);
        box->setSuffix(QStringLiteral(" kW"));
        return box;
    };
    m_minPower = makePower("minimumPower");
    m_maxPower = makePower("maximumPower");
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("catalogCount"));

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("catalogTree"));
    m_tree->setModel(m_treeModel);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("catalogTable"));
    m_table->setModel(m_tableModel);
    m_table->setItemDelegate(new CatalogItemDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setDragEnabled(true);
    m_table->setDragDropMode(QAbstractItemView::DragOnly);
    m_table->setDefaultDropAction(Qt::CopyAction);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    // 100,000 rows: every row one line high, never measured (performance.md).
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    // Widths from the text the columns hold, never measured over the rows: resizing to
    // contents reads every row, which is seconds at 100,000 items.
    const int digit = m_table->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    const int widths[CatalogTableModel::ColumnCount] = {11, 24, 11, 6,  8,  7, 6,
                                                        9,  10, 14, 13, 13, 11};
    for (int column = 0; column < CatalogTableModel::ColumnCount; ++column)
        m_table->setColumnWidth(column, widths[column] * digit);

    m_detail = new CatalogDetailPane(this);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_accelerator, 1);
    filters->addWidget(m_powerLabel);
    filters->addWidget(m_minPower);
    filters->addWidget(m_maxPower);

    auto *right = new QSplitter(Qt::Vertical, this);
    right->setObjectName(QStringLiteral("catalogDetailSplitter"));
    right->addWidget(m_table);
    right->addWidget(m_detail);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("catalogTreeSplitter"));
    split->addWidget(m_tree);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 4);
    split->setSizes({180, 520});

    auto *browser = new QWidget(this);
    auto *layout = new QVBoxLayout(browser);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toolBar);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    layout->addWidget(m_count);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("catalogMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_message);
    m_pages->addWidget(browser);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);

    connect(m_search, &QLineEdit::textChanged, this, &CatalogBrowser::updateFilter);
    connect(m_accelerator, &QComboBox::currentIndexChanged, this, &CatalogBrowser::updateFilter);
    connect(m_minPower, &QDoubleSpinBox::valueChanged, this, &CatalogBrowser::updateFilter);
    connect(m_maxPower, &QDoubleSpinBox::valueChanged, this, &CatalogBrowser::updateFilter);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CatalogBrowser::treeSelectionChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CatalogBrowser::showCurrentItem);
    // The current index moves before the selection follows: the pane listens to both.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CatalogBrowser::showCurrentItem);
    connect(m_table, &QTableView::doubleClicked, this, &CatalogBrowser::editSelected);
    auto refresh = [this] {
        updateCount();
        showCurrentItem();
    };
    connect(m_tableModel, &QAbstractItemModel::modelReset, this, refresh);
    connect(m_tableModel, &QAbstractItemModel::layoutChanged, this, refresh);
    connect(m_tableModel, &QAbstractItemModel::rowsInserted, this, &CatalogBrowser::updateCount);
    connect(m_tableModel, &QAbstractItemModel::rowsRemoved, this, &CatalogBrowser::updateCount);
    connect(m_tableModel, &QAbstractItemModel::dataChanged, this, &CatalogBrowser::showCurrentItem);
}

void CatalogBrowser::retranslateUi()
{
    m_addAction->setText(tr("Add item…"));
    m_addAction->setToolTip(tr("Add an item to the catalog"));
    m_editAction->setText(tr("Edit item…"));
    m_editAction->setToolTip(tr("Edit the selected item"));
    m_duplicateAction->setText(tr("Duplicate item"));
    m_duplicateAction->setToolTip(tr("Copy the selected item as a new one"));
    m_deleteAction->setText(tr("Delete item"));
    m_deleteAction->setToolTip(tr("Delete the selected items"));
    m_undoAction->setText(tr("Undo catalog edit"));
    m_redoAction->setText(tr("Redo catalog edit"));
    m_importAction->setText(tr("Import…"));
    m_importAction->setToolTip(tr("Add or update items from a CSV or JSON file"));
    m_exportAction->setText(tr("Export…"));
    m_exportAction->setToolTip(tr("Write the whole catalog to a CSV or JSON file"));
    m_resetAction->setText(tr("Reset to defaults…"));
    m_resetAction->setToolTip(tr("Replace the catalog with the built-in one, keeping a backup"));
    m_search->setPlaceholderText(tr("Search names, vendors and specs"));
    m_powerLabel->setText(tr("Power"));
    m_minPower->setSpecialValueText(tr("from any"));
    m_maxPower->setSpecialValueText(tr("to any"));
    m_minPower->setToolTip(tr("Only items that draw at least this much"));
    m_maxPower->setToolTip(tr("Only items that draw at most this much"));
    if (m_accelerator->count() > 0)
        m_accelerator->setItemText(0, tr("Any accelerator"));
    if (!m_db)
        m_message->setText(tr("Opening the catalog…"));
    updateCount();
    updateActions();
}

void CatalogBrowser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CatalogBrowser::setDatabase(CatalogDatabase *db, QUndoStack *undoStack)
{
    if (m_db)
        disconnect(m_db, nullptr, this, nullptr);
    if (m_undoStack)
        disconnect(m_undoStack, nullptr, this, nullptr);
    m_db = db;
    m_undoStack = undoStack;
    m_tableModel->setDatabase(db);
    m_treeModel->setDatabase(db);
    m_tree->expandToDepth(0);
    m_tree->setCurrentIndex(m_treeModel->index(0, 0));
    if (m_db) {
        for (auto signal : {&CatalogDatabase::itemAdded, &CatalogDatabase::itemChanged,
                            &CatalogDatabase::itemRemoved})
            connect(m_db, signal, this, &CatalogBrowser::refreshAcceleratorFilter);
        connect(m_db, &CatalogDatabase::catalogReset, this,
                &CatalogBrowser::refreshAcceleratorFilter);
    }
    if (m_undoStack) {
        connect(m_undoStack, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
        connect(m_undoStack, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
        connect(m_undoStack, &QUndoStack::undoTextChanged, this, [this](const QString &text) {
            m_undoAction->setToolTip(text.isEmpty() ? m_undoAction->text()
                                                    : tr("Undo %1").arg(text));
        });
        connect(m_undoStack, &QUndoStack::redoTextChanged, this, [this](const QString &text) {
            m_redoAction->setToolTip(text.isEmpty() ? m_redoAction->text()
                                                    : tr("Redo %1").arg(text));
        });
    }
    refreshAcceleratorFilter();
    m_pages->setCurrentIndex(m_db ? 1 : 0);
    if (!m_db)
        m_message->setText(tr("Opening the catalog…"));
    updateCount();
    updateActions();
}

void CatalogBrowser::setOpenError(const QString &message)
{
    setDatabase(nullptr, nullptr);
    m_message->setText(tr("The catalog could not be opened.\n\n%1").arg(message));
}

void CatalogBrowser::refreshAcceleratorFilter()
{
    const QString current = m_accelerator->currentData().toString();
    QSignalBlocker block(m_accelerator);
    m_accelerator->clear();
    m_accelerator->addItem(tr("Any accelerator"), QString());
    if (m_db) {
        for (const auto &[id, name] : m_db->acceleratorNames())
            m_accelerator->addItem(name, id);
    }
    const int index = m_accelerator->findData(current);
    m_accelerator->setCurrentIndex(index < 0 ? 0 : index);
    if (index < 0 && !current.isEmpty())
        updateFilter();
}

void CatalogBrowser::treeSelectionChanged()
{
    updateFilter();
}

void CatalogBrowser::updateFilter()
{
    CatalogFilter filter;
    filter.text = m_search->text();
    const QModelIndex node = m_tree->currentIndex();
    filter.kind = m_treeModel->kindAt(node);
    filter.vendor = m_treeModel->vendorAt(node);
    filter.acceleratorId = m_accelerator->currentData().toString();
    filter.minPowerWatts = m_minPower->value() * 1000.0;
    filter.maxPowerWatts = m_maxPower->value() * 1000.0;
    m_tableModel->setFilter(filter);
    updateCount();
}

void CatalogBrowser::updateCount()
{
    if (!m_count)
        return;
    m_count->setText(countText());
}

QString CatalogBrowser::countText() const
{
    const int total = m_tableModel->totalCount();
    const int shown = m_tableModel->rowCount();
    if (shown == total)
        return tr("%n item(s)", nullptr, total);
    return tr("%1 of %n item(s)", nullptr, total).arg(shown);
}

QString CatalogBrowser::selectedId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid()
            && m_table->selectionModel()->isRowSelected(current.row(), QModelIndex())
        ? m_tableModel->idAt(current.row())
        : QString();
}

void CatalogBrowser::selectItem(const QString &id)
{
    const int row = m_tableModel->rowOfId(id);
    if (row < 0)
        return;
    const QModelIndex index = m_tableModel->index(row, CatalogTableModel::ModelColumn);
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void CatalogBrowser::showCurrentItem()
{
    const QString id = selectedId();
    m_detail->setItem(m_db && !id.isEmpty() ? m_db->item(id) : std::nullopt);
    updateActions();
}

void CatalogBrowser::updateActions()
{
    const bool open = m_db && m_undoStack;
    const bool selected = open && !selectedId().isEmpty();
    m_addAction->setEnabled(open);
    m_editAction->setEnabled(selected);
    m_duplicateAction->setEnabled(selected);
    m_deleteAction->setEnabled(selected);
    m_importAction->setEnabled(open);
    m_exportAction->setEnabled(open);
    m_resetAction->setEnabled(open);
    m_undoAction->setEnabled(open && m_undoStack->canUndo());
    m_redoAction->setEnabled(open && m_undoStack->canRedo());
}

void CatalogBrowser::addItem()
{
    if (!m_db)
        return;
    CatalogItem item;
    // A new item of the kind the tree shows, from the vendor it shows, if any.
    const QModelIndex node = m_tree->currentIndex();
    item.kind = m_treeModel->kindAt(node).value_or(ItemKind::GpuServer);
    item.vendor = m_treeModel->vendorAt(node);
    CatalogItemDialog dialog(m_db, m_undoStack, CatalogItemDialog::Mode::Add, item, this);
    if (dialog.exec() == QDialog::Accepted) {
        const CatalogItem added = dialog.itemFromForm();
        selectItem(added.id);
        emit statusMessage(tr("Added %1.").arg(added.displayName()));
    }
}

void CatalogBrowser::editSelected()
{
    const QString id = selectedId();
    const std::optional<CatalogItem> item = m_db && !id.isEmpty() ? m_db->item(id) : std::nullopt;
    if (!item)
        return;
    CatalogItemDialog dialog(m_db, m_undoStack, CatalogItemDialog::Mode::Edit, *item, this);
    dialog.exec();
}

void CatalogBrowser::duplicateSelected()
{
    const QString id = selectedId();
    if (!m_db || id.isEmpty())
        return;
    CatalogEdit edit = CatalogEdits::duplicate(m_db, id);
    if (!edit.isValid()) {
        showProblem(this, tr("Duplicate item"), edit.errors.first().message);
        return;
    }
    const QString copyId = CatalogEdits::unusedId(*m_db, id.left(100) + QStringLiteral("-copy"));
    m_undoStack->push(edit.command.release());
    selectItem(copyId);
}

void CatalogBrowser::deleteSelected()
{
    if (!m_db)
        return;
    QStringList ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids.append(m_tableModel->idAt(index.row()));
    if (ids.isEmpty())
        return;
    // Several deletions are one step to undo.
    QStringList problems;
    std::vector<CatalogEdit> edits;
    for (const QString &id : std::as_const(ids)) {
        CatalogEdit edit = CatalogEdits::remove(m_db, id);
        if (!edit.isValid())
            problems.append(edit.errors.first().message);
        else
            edits.push_back(std::move(edit));
    }
    if (!problems.isEmpty()) {
        showProblem(this, tr("Delete items"), problems.join(QLatin1Char('\n')));
        return;
    }
    if (edits.size() > 1)
        m_undoStack->beginMacro(tr("Delete %n item(s)", nullptr, static_cast<int>(edits.size())));
    for (CatalogEdit &edit : edits)
        m_undoStack->push(edit.command.release());
    if (edits.size() > 1)
        m_undoStack->endMacro();
    emit statusMessage(
        tr("Deleted %n item(s). Undo brings them back.", nullptr, static_cast<int>(edits.size())));
}

void CatalogBrowser::importFile(const QString &filePath)
{
    if (!m_db)
        return;
    const QString path = !filePath.isEmpty()
        ? filePath
        : QFileDialog::getOpenFileName(this, tr("Import catalog items"), QString(),
                                       tr("Catalog files (*.csv *.json)"));
    if (path.isEmpty())
        return;
    const CatalogImportPreview preview = CatalogImport::previewFile(path, *m_db);
    CatalogImportDialog dialog(QFileInfo(path).fileName(), preview, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    CatalogEdit edit = CatalogEdits::import(m_db, preview);
    if (!edit.isValid()) {
        showProblem(this, tr("Import"), edit.errors.first().message);
        return;
    }
    if (edit.command)
        m_undoStack->push(edit.command.release());
    emit statusMessage(tr("Imported %1.").arg(QFileInfo(path).fileName()));
}

void CatalogBrowser::exportFile(const QString &filePath)
{
    if (!m_db)
        return;
    const QString path = !filePath.isEmpty()
        ? filePath
        : QFileDialog::getSaveFileName(this, tr("Export the catalog"),
                                       QStringLiteral("catalog.csv"),
                                       tr("CSV (*.csv);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    int count = 0;
    const CatalogResult result = CatalogExport::toFile(*m_db, path, &count);
    if (!result.ok()) {
        showProblem(this, tr("Export"), result.errorText);
        return;
    }
    emit statusMessage(tr("Exported %n item(s) to %1.", nullptr, count).arg(path));
}

void CatalogBrowser::resetToDefaults()
{
    if (!m_db)
        return;
    const auto answer = QMessageBox::warning(
        this, tr("Reset the catalog"),
        tr("Replace the whole catalog with the built-in one? Your own items and changes go, "
           "and this cannot be undone here; a backup copy of the catalog as it is now is kept "
           "next to it."),
        QMessageBox::Reset | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Reset)
        return;
    QString backup;
    const CatalogResult result = UserCatalog::resetToDefaults(m_db, &backup);
    if (!result.ok()) {
        showProblem(this, tr("Reset the catalog"), result.errorText);
        return;
    }
    // The undo history describes a catalog that is gone.
    m_undoStack->clear();
    emit statusMessage(
        backup.isEmpty()
            ? tr("The catalog was reset to the built-in one.")
            : tr("The catalog was reset to the built-in one; the old one is in %1.").arg(backup));
}
