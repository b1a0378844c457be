#pragma once

#include "model/catalog/catalogdatabase.h"

#include <QPointer>
#include <QUndoStack>
#include <QWidget>

class CatalogDetailPane;
class CatalogTableModel;
class CatalogTreeModel;
class QAction;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QToolBar;
class QTreeView;

// The Catalog dock: a tree by kind and vendor beside a table of items, instant search and
// filters (accelerator, power range) above them, the selected item's every spec below, and
// the edits: add, edit, duplicate and delete (each an undo command on the catalog's own
// stack), import and export, reset to defaults. Items drag out of the table into racks as
// application/x-headroom-catalog-item. Until a catalog is set it says it is opening one,
// so the window can show before the catalog is read.
class CatalogBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit CatalogBrowser(QWidget *parent = nullptr);
    ~CatalogBrowser() override;

    void setDatabase(CatalogDatabase *db, QUndoStack *undoStack);
    // Shown instead of the catalog when it could not be opened.
    void setOpenError(const QString &message);
    CatalogDatabase *database() const { return m_db; }
    QUndoStack *undoStack() const { return m_undoStack; }

    CatalogTableModel *tableModel() const { return m_tableModel; }
    CatalogTreeModel *treeModel() const { return m_treeModel; }
    QTableView *table() const { return m_table; }
    QTreeView *tree() const { return m_tree; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *acceleratorFilter() const { return m_accelerator; }
    QDoubleSpinBox *minimumPowerField() const { return m_minPower; }
    QDoubleSpinBox *maximumPowerField() const { return m_maxPower; }
    CatalogDetailPane *detailPane() const { return m_detail; }
    QString countText() const;

    QString selectedId() const;
    void selectItem(const QString &id);

    QAction *addItemAction() const { return m_addAction; }
    QAction *editItemAction() const { return m_editAction; }
    QAction *duplicateItemAction() const { return m_duplicateAction; }
    QAction *deleteItemAction() const { return m_deleteAction; }
    QAction *resetAction() const { return m_resetAction; }

public slots:
    void addItem();
    void editSelected();
    void duplicateSelected();
    void deleteSelected();
    void importFile(const QString &filePath = QString());
    void exportFile(const QString &filePath = QString());
    void resetToDefaults();

signals:
    // A sentence for the status bar: what an action did or why it did nothing.
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createWidgets();
    void retranslateUi();
    void updateFilter();
    void updateCount();
    void updateActions();
    void showCurrentItem();
    void refreshAcceleratorFilter();
    void treeSelectionChanged();

    QPointer<CatalogDatabase> m_db;
    QPointer<QUndoStack> m_undoStack;
    CatalogTableModel *m_tableModel;
    CatalogTreeModel *m_treeModel;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_message = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_accelerator = nullptr;
    QLabel *m_powerLabel = nullptr;
    QDoubleSpinBox *m_minPower = nullptr;
    QDoubleSpinBox *m_maxPower = nullptr;
    QLabel *m_count = nullptr;
    QTreeView *m_tree = nullptr;
    QTableView *m_table = nullptr;
    CatalogDetailPane *m_detail = nullptr;

    QAction *m_addAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_resetAction = nullptr;
};
