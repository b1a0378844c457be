#include "model/catalog/catalogdatabase.h"
#include "model/catalog/removecatalogitemcommand.h"

#include <QTest>
#include <QUndoStack>

class tst_RemoveCatalogItemCommand : public QObject
{
    Q_OBJECT

private slots:
    void undoBringsTheItemBackWhole();
};

void tst_RemoveCatalogItemCommand::undoBringsTheItemBackWhole()
{
    CatalogItem drive;
    drive.id = QStringLiteral("pm1743");
    drive.kind = ItemKind::StorageDrive;
    drive.vendor = QStringLiteral("Samsung");
    drive.model = QStringLiteral("PM1743");
    drive.capacityBytes = 15.36e12;
    drive.readBandwidthBytesPerSecond = 13e9;
    drive.price = Money {300000, QStringLiteral("USD")};
    drive.priceDate = QDate(2025, 5, 1);
    drive.source = QStringLiteral("ComputerBase");
    drive.confidence = Confidence::Medium;

    CatalogDatabase db;
    QVERIFY(db.open(QStringLiteral(":memory:")).ok());
    QVERIFY(db.addItem(drive).ok());
    QUndoStack stack;
    stack.push(new RemoveCatalogItemCommand(&db, drive, QStringLiteral("Delete")));
    QVERIFY(!db.contains(drive.id));
    stack.undo();
    QCOMPARE(*db.item(drive.id), drive);
    stack.redo();
    QVERIFY(!db.contains(drive.id));
}

QTEST_GUILESS_MAIN(tst_RemoveCatalogItemCommand)
#include "tst_removecatalogitemcommand.moc"
