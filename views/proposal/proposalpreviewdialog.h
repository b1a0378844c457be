#pragma once

#include "views/proposal/proposaldocument.h"
#include "views/proposal/proposalrenderer.h"

#include <QBuffer>
#include <QByteArray>
#include <QDialog>

class QLabel;
class QPdfDocument;
class QPdfView;
class QPushButton;

// File ▸ Export PDF…: renders the proposal into memory (with a progress dialog that can
// cancel a long export), shows it in a QPdfView exactly as it will be saved, and writes
// those same bytes where the user chooses. Nothing touches the disk before Save.
class ProposalPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    ProposalPreviewDialog(ProposalDocument document, QString suggestedPath,
                          QWidget *parent = nullptr);
    ~ProposalPreviewDialog() override;

    // Renders the document; false when it failed or the user cancelled. Call before exec().
    bool render();
    const QByteArray &pdf() const { return m_pdf; }
    int pageCount() const { return m_pageCount; }
    QPdfDocument *pdfDocument() const { return m_document; }
    // Writes the rendered bytes to a file (QSaveFile): the save button, and tests.
    bool saveTo(const QString &path, QString *error) const;
    QString savedPath() const { return m_savedPath; }

    // For tests: called instead of the file dialog.
    void setSavePathChooser(std::function<QString(const QString &suggested)> chooser)
    {
        m_chooser = std::move(chooser);
    }

private:
    void save();

    ProposalDocument m_proposal;
    QString m_suggestedPath;
    QString m_savedPath;
    QByteArray m_pdf;
    QBuffer m_buffer;
    int m_pageCount = 0;
    QPdfDocument *m_document;
    QPdfView *m_view;
    QLabel *m_status;
    QPushButton *m_saveButton;
    std::function<QString(const QString &)> m_chooser;
};
