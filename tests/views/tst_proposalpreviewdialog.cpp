#include "model/project/project.h"
#include "support/quotefixtures.h"
#include "support/testenvironment.h"
#include "views/proposal/proposalbuilder.h"
#include "views/proposal/proposalpreviewdialog.h"

#include <QFile>
#include <QPdfDocument>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

// File ▸ Export PDF…'s preview: what it shows is what it saves, and nothing is written
// before Save.
class tst_ProposalPreviewDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { HeadroomTest::useHermeticEnvironment(); }
    void previewShowsWhatIsSaved();

private:
    QTemporaryDir m_dir;
};

void tst_ProposalPreviewDialog::previewShowsWhatIsSaved()
{
    Project project;
    project.load(QuoteFixtures::content(), QString());
    const QString target = m_dir.filePath(QStringLiteral("proposal"));
    ProposalPreviewDialog dialog(ProposalBuilder::build(project, {}), target);
    QVERIFY(dialog.render());
    QVERIFY(dialog.pageCount() >= 7); // cover and six sections
    QVERIFY(dialog.pdf().startsWith("%PDF"));
    QTRY_COMPARE(dialog.pdfDocument()->status(), QPdfDocument::Status::Ready);
    QCOMPARE(dialog.pdfDocument()->pageCount(), dialog.pageCount());
    QVERIFY(!QFile::exists(target + QStringLiteral(".pdf")));

    dialog.setSavePathChooser(
        [&target](const QString &suggested) { return suggested == target ? target : QString(); });
    dialog.show();
    QPushButton *save = dialog.findChild<QPushButton *>(QStringLiteral("savePdfButton"));
    QVERIFY(save);
    save->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.savedPath(), target + QStringLiteral(".pdf"));
    QFile saved(dialog.savedPath());
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), dialog.pdf());
}

QTEST_MAIN(tst_ProposalPreviewDialog)
#include "tst_proposalpreviewdialog.moc"
