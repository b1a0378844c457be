#include "model/catalog/catalogdatabase.h"
#include "model/catalog/catalogseed.h"
#include "views/catalog/catalogimportdialog.h"

#include <QTest>

class tst_CatalogImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanPreviewOffersImport();
    void rejectionsAreListedAndBlockTheImport();

private:
    CatalogDatabase m_db;
};

void tst_CatalogImportDialog::initTestCase()
{
    QVERIFY(m_db.open(QStringLiteral(":memory:")).ok());
    QVERIFY(m_db.replaceAll(CatalogSeed::items(), {}).ok());
}

void tst_CatalogImportDialog::cleanPreviewOffersImport()
{
    const CatalogImportPreview preview =
        CatalogImport::preview("id,kind,vendor,model,source,confidence,power_max_watts\n"
                               "acme-r1,rack,Acme,R1,sheet,high,\n"
                               "nvidia-dgx-h100,gpu_server,NVIDIA,DGX H100,guide,high,10300\n",
                               CatalogFileFormat::Csv, m_db);
    CatalogImportDialog dialog(QStringLiteral("update.csv"), preview);
    QVERIFY(dialog.canImport());
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Import update.csv"));
    QVERIFY(dialog.summaryText().startsWith(QStringLiteral("1 new, 1 replaced, 0 unchanged")));
    QVERIFY(dialog.detailsText().contains(QStringLiteral("row 2: add acme-r1 (Acme R1)")));
    QVERIFY(dialog.detailsText().contains(QStringLiteral("row 3: replace nvidia-dgx-h100")));
}

void tst_CatalogImportDialog::rejectionsAreListedAndBlockTheImport()
{
    const CatalogImportPreview preview =
        CatalogImport::preview("id,kind,vendor,model,source,confidence,power_max_watts\n"
                               "acme-r1,rack,Acme,R1,sheet,high,\n"
                               "acme-s1,gpu_server,Acme,S1,sheet,high,-1\n",
                               CatalogFileFormat::Csv, m_db);
    CatalogImportDialog dialog(QStringLiteral("bad.csv"), preview);
    QVERIFY(!dialog.canImport());
    QVERIFY(dialog.summaryText().startsWith(QStringLiteral("1 problem(s) found")));
    QVERIFY(dialog.detailsText().startsWith(
        QStringLiteral("row 3, column power_max_watts: power must not be negative")));
}

QTEST_MAIN(tst_CatalogImportDialog)
#include "tst_catalogimportdialog.moc"
