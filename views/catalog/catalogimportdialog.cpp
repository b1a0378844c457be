#include "views/catalog/catalogimportdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

CatalogImportDialog::CatalogImportDialog(const QString &fileName,
                                         const CatalogImportPreview &preview, QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_details(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("catalogImportDialog"));
    setWindowTitle(tr("Import %1").arg(fileName));
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_details->setObjectName(QStringLiteral("importDetails"));
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);

    const int added = preview.count(CatalogImportRow::Action::Add);
    const int replaced = preview.count(CatalogImportRow::Action::Replace);
    const int unchanged = preview.count(CatalogImportRow::Action::Unchanged);
    QStringList lines;
    if (!preview.isClean()) {
        m_summary->setText(tr("%n problem(s) found. Nothing will be imported until the file is "
                              "corrected: an import applies completely or not at all.",
                              nullptr, static_cast<int>(preview.rejected.size())));
        for (const CatalogImportIssue &issue : preview.rejected)
            lines.append(CatalogImport::describe(issue, preview.format));
        lines.append(QString());
    } else {
        m_summary->setText(tr("%1 new, %2 replaced, %3 unchanged. Importing can be undone.")
                               .arg(added)
                               .arg(replaced)
                               .arg(unchanged));
    }
    for (const CatalogImportRow &row : preview.accepted) {
        //: An accepted import row and the item's name: "row 2: add acme-r1 (Acme R1)"
        lines.append(tr("%1 (%2)").arg(CatalogImport::describe(row, preview.format),
                                       row.item.displayName()));
    }
    m_details->setPlainText(lines.join(QLatin1Char('\n')));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setEnabled(preview.isClean() && added + replaced > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_details, 1);
    layout->addWidget(buttons);
    resize(640, 420);
}

bool CatalogImportDialog::canImport() const
{
    return m_import->isEnabled();
}

QString CatalogImportDialog::summaryText() const
{
    return m_summary->text();
}

QString CatalogImportDialog::detailsText() const
{
    return m_details->toPlainText();
}
