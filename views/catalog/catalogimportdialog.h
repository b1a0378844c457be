#pragma once

#include "model/catalog/catalogimport.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

// The preview of an import: what each accepted row will do (add, replace, unchanged) and
// every rejected row with its row, column and reason. "Import" is offered only when nothing
// is rejected: an import applies completely or not at all.
class CatalogImportDialog : public QDialog
{
    Q_OBJECT

public:
    CatalogImportDialog(const QString &fileName, const CatalogImportPreview &preview,
                        QWidget *parent = nullptr);

    bool canImport() const;
    QString summaryText() const;
    QString detailsText() const;

private:
    QLabel *m_summary;
    QPlainTextEdit *m_details;
    QPushButton *m_import;
};
