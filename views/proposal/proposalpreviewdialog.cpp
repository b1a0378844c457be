#include "views/proposal/proposalpreviewdialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPdfDocument>
#include <QPdfView>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

ProposalPreviewDialog::ProposalPreviewDialog(ProposalDocument document, QString suggestedPath,
                                             QWidget *parent)
    : QDialog(parent)
    , m_proposal(std::move(document))
    , m_suggestedPath(std::move(suggestedPath))
    , m_document(new QPdfDocument(this))
    , m_view(new QPdfView(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("proposalPreview"));
    setWindowTitle(tr("Proposal preview"));
    m_view->setObjectName(QStringLiteral("proposalPdfView"));
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_saveButton = buttons->addButton(tr("&Save PDF…"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("savePdfButton"));
    m_saveButton->setShortcut(QKeySequence::Save);
    m_saveButton->setDefault(true);
    connect(m_saveButton, &QPushButton::clicked, this, &ProposalPreviewDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    resize(900, 1000);
}

ProposalPreviewDialog::~ProposalPreviewDialog()
{
    // The view shows the document, and the document reads the buffer: let go in order.
    m_view->setDocument(nullptr);
    m_document->close();
}

bool ProposalPreviewDialog::render()
{
    // A progress dialog that appears only when the export takes a while (minimumDuration),
    // with Cancel checked after every page.
    QProgressDialog progress(tr("Writing the proposal…"), tr("Cancel"), 0, 0, parentWidget());
    progress.setObjectName(QStringLiteral("proposalProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    m_pdf.clear();
    QBuffer buffer(&m_pdf);
    buffer.open(QIODevice::WriteOnly);
    const ProposalRenderer::Result result = ProposalRenderer::render(
        m_proposal, &buffer, ProposalRenderer::defaultOptions(), [&progress](int done, int total) {
            progress.setMaximum(total);
            progress.setValue(done);
            return !progress.wasCanceled();
        });
    buffer.close();
    if (!result.ok) {
        m_pdf.clear();
        if (!result.cancelled)
            QMessageBox::warning(parentWidget(), tr("Export PDF"), result.error);
        return false;
    }
    m_pageCount = result.pageCount;
    m_buffer.close();
    m_buffer.setData(m_pdf);
    m_buffer.open(QIODevice::ReadOnly);
    m_document->load(&m_buffer);
    m_status->setText(
        tr("%n page(s). Nothing is saved until you choose Save.", nullptr, m_pageCount));
    return true;
}

bool ProposalPreviewDialog::saveTo(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_pdf) != m_pdf.size() || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void ProposalPreviewDialog::save()
{
    QString path = m_chooser
        ? m_chooser(m_suggestedPath)
        : QFileDialog::getSaveFileName(this, tr("Save proposal"), m_suggestedPath,
                                       tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    QString error;
    if (!saveTo(path, &error)) {
        QMessageBox::warning(this, tr("Save proposal"), error);
        return;
    }
    m_savedPath = path;
    accept();
}
