#include "model/catalog/catalogcsv.h"
#include "model/catalog/catalogdatabase.h"
#include "model/catalog/catalogedits.h"
#include "model/catalog/catalogimport.h"
#include "model/catalog/catalogseed.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

class tst_ImportCatalogItemsCommand : public QObject
{
    Q_OBJECT

private slots:
    void importUndoRedo();
    void anUnchangedImportIsNotPushed();
    void aPreviewWithRejectionsMakesNoCommand();
};

void tst_ImportCatalogItemsCommand::importUndoRedo()
{
    CatalogDatabase db;
    QVERIFY(db.open(QStringLiteral(":memory:")).ok());
    QVERIFY(db.replaceAll(CatalogSeed::items(), {}).ok());
    const CatalogItem dgxBefore = *db.item(QStringLiteral("nvidia-dgx-h100"));
    const int count = db.itemCount();

    // One replaced item, one new accelerator, and a new server that lists it.
    const QByteArray file =
        "id,kind,vendor,model,power_max_watts,accelerator_count,accelerator_options,source,"
        "confidence\n"
        "nvidia-dgx-h100,gpu_server,NVIDIA,DGX H100,9800,8,nvidia-h100-sxm5-80gb,measured,high\n"
        "acme-a1,accelerator,Acme,A1,,,,sheet,low\n"
        "acme-s8,gpu_server,Acme,S8,9000,8,acme-a1,sheet,low\n";
    const CatalogImportPreview preview = CatalogImport::preview(file, CatalogFileFormat::Csv, db);
    QVERIFY(preview.isClean());
    CatalogEdit edit = CatalogEdits::import(&db, preview);
    QVERIFY(edit.isValid());
    QVERIFY(edit.command);
    QCOMPARE(edit.command->text(), QStringLiteral("Import 3 item(s)"));

    QUndoStack stack;
    stack.push(edit.command.release());
    QCOMPARE(db.itemCount(), count + 2);
    QCOMPARE(db.item(QStringLiteral("nvidia-dgx-h100"))->powerMaxWatts, 9800.0);
    QCOMPARE(db.item(QStringLiteral("acme-s8"))->acceleratorOptions,
             QStringList {QStringLiteral("acme-a1")});

    stack.undo();
    QCOMPARE(db.itemCount(), count);
    QVERIFY(!db.contains(QStringLiteral("acme-a1")));
    QVERIFY(!db.contains(QStringLiteral("acme-s8")));
    QCOMPARE(*db.item(QStringLiteral("nvidia-dgx-h100")), dgxBefore);

    stack.redo();
    QCOMPARE(db.itemCount(), count + 2);
    QCOMPARE(db.item(QStringLiteral("nvidia-dgx-h100"))->powerMaxWatts, 9800.0);
}

void tst_ImportCatalogItemsCommand::anUnchangedImportIsNotPushed()
{
    CatalogDatabase db;
    QVERIFY(db.open(QStringLiteral(":memory:")).ok());
    QVERIFY(db.replaceAll(CatalogSeed::items(), {}).ok());
    const CatalogImportPreview preview =
        CatalogImport::preview(CatalogCsv::write(db.items()), CatalogFileFormat::Csv, db);
    QVERIFY(preview.isClean());
    const CatalogEdit edit = CatalogEdits::import(&db, preview);
    QVERIFY(edit.isValid());
    QVERIFY(!edit.command);
}

void tst_ImportCatalogItemsCommand::aPreviewWithRejectionsMakesNoCommand()
{
    CatalogDatabase db;
    QVERIFY(db.open(QStringLiteral(":memory:")).ok());
    const CatalogImportPreview preview =
        CatalogImport::preview("id,kind\nx,toaster\n", CatalogFileFormat::Csv, db);
    const CatalogEdit edit = CatalogEdits::import(&db, preview);
    QVERIFY(!edit.isValid());
    QVERIFY(!edit.command);
}

QTEST_GUILESS_MAIN(tst_ImportCatalogItemsCommand)
#include "tst_importcatalogitemscommand.moc"
