#include "model/catalog/catalogdatabase.h"
#include "model/catalog/editcatalogitemcommand.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

class tst_EditCatalogItemCommand : public QObject
{
    Q_OBJECT

private slots:
    void swapsBeforeAndAfter();
};

void tst_EditCatalogItemCommand::swapsBeforeAndAfter()
{
    CatalogItem before;
    before.id = QStringLiteral("pdu");
    before.kind = ItemKind::Pdu;
    before.vendor = QStringLiteral("APC");
    before.model = QStringLiteral("AP8888");
    before.powerCapacityWatts = 23000;
    before.source = QStringLiteral("NetBox");
    CatalogItem after = before;
    after.powerCapacityWatts = 22000;
    after.notes = QStringLiteral("derated");

    CatalogDatabase db;
    QVERIFY(db.open(QStringLiteral(":memory:")).ok());
    QVERIFY(db.addItem(before).ok());
    QSignalSpy changed(&db, &CatalogDatabase::itemChanged);
    QUndoStack stack;
    stack.push(new EditCatalogItemCommand(&db, before, after, QStringLiteral("Edit")));
    QCOMPARE(*db.item(QStringLiteral("pdu")), after);
    stack.undo();
    QCOMPARE(*db.item(QStringLiteral("pdu")), before);
    stack.redo();
    QCOMPARE(*db.item(QStringLiteral("pdu")), after);
    QCOMPARE(changed.size(), 3);
}

QTEST_GUILESS_MAIN(tst_EditCatalogItemCommand)
#include "tst_editcatalogitemcommand.moc"
