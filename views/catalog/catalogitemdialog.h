#pragma once

#include "model/catalog/catalogitem.h"

#include <QDialog>
#include <QHash>

class CatalogDatabase;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QUndoStack;
class QWidget;

// Adds or edits one catalog item. The form has a field for every column of the item's
// kind, numbers in the units people read on spec sheets (GB, GB/s, Gb/s, TFLOP/s, W, kg,
// mm) and converted to SI on the way in. OK checks the item against the catalog
// (CatalogEdits) and shows each problem under its field; a valid edit goes onto the
// catalog's undo stack and closes the dialog, an edit that changes nothing just closes it.
class CatalogItemDialog : public QDialog
{
    Q_OBJECT

public:
    // A new item of `item.kind` (the id is free to choose) or an existing one (the id
    // is fixed: projects and drag-and-drop refer to it).
    enum class Mode { Add, Edit };

    CatalogItemDialog(CatalogDatabase *db, QUndoStack *undoStack, Mode mode,
                      const CatalogItem &item, QWidget *parent = nullptr);

    // The item as the form describes it now; `errors` (when given) receives the fields
    // whose text cannot be read.
    CatalogItem itemFromForm(QHash<QString, QString> *errors = nullptr) const;
    // The editor of a field, by key (tests fill the form through it).
    QWidget *editor(const QString &key) const { return m_editors.value(key); }
    QString errorText(const QString &key) const;

    // The scale between a unit and the way the form shows it: 1e9 for bytes shown as GB.
    static double displayScale(int unit);

public slots:
    void accept() override;

private:
    void buildForm(ItemKind kind);
    void showErrors(const QHash<QString, QString> &errors);
    QString textOf(const QString &key) const;

    CatalogDatabase *m_db;
    QUndoStack *m_undoStack;
    Mode m_mode;
    CatalogItem m_original;
    QComboBox *m_kind = nullptr;
    QWidget *m_formHost = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QLabel *> m_errorLabels;
};
