#include "model/catalog/addcatalogitemcommand.h"
#include "model/catalog/catalogdatabase.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

class tst_AddCatalogItemCommand : public QObject
{
    Q_OBJECT

private slots:
    void pushUndoRedo();
    void aCommandTheCatalogRefusesLeavesTheStack();
};

namespace {
CatalogItem rack(const QString &id)
{
    CatalogItem item;
    item.id = id;
    item.kind = ItemKind::Rack;
    item.vendor = QStringLiteral("APC");
    item.model = QStringLiteral("AR3100");
    item.rackUnits = 42;
    item.source = QStringLiteral("NetBox");
    return item;
}
} // namespace

void tst_AddCatalogItemCommand::pushUndoRedo()
{
    CatalogDatabase db;
    QVERIFY(db.open(QStringLiteral(":memory:")).ok());
    QSignalSpy added(&db, &CatalogDatabase::itemAdded);
    QSignalSpy removed(&db, &CatalogDatabase::itemRemoved);
    QUndoStack stack;
    stack.push(new AddCatalogItemCommand(&db, rack(QStringLiteral("r1")), QStringLiteral("Add")));
    QCOMPARE(db.itemCount(), 1);
    QCOMPARE(added.size(), 1);
    stack.undo();
    QCOMPARE(db.itemCount(), 0);
    QCOMPARE(removed.size(), 1);
    stack.redo();
    QCOMPARE(*db.item(QStringLiteral("r1")), rack(QStringLiteral("r1")));
}

void tst_AddCatalogItemCommand::aCommandTheCatalogRefusesLeavesTheStack()
{
    // Something changed the catalog under the command (here: the id is taken already):
    // the command makes itself obsolete instead of sitting on the stack undoing nothing.
    CatalogDatabase db;
    QVERIFY(db.open(QStringLiteral(":memory:")).ok());
    QVERIFY(db.addItem(rack(QStringLiteral("r1"))).ok());
    QUndoStack stack;
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("^Catalog edit not applied")));
    stack.push(new AddCatalogItemCommand(&db, rack(QStringLiteral("r1")), QStringLiteral("Add")));
    QCOMPARE(stack.count(), 0);
    QCOMPARE(db.itemCount(), 1);
}

QTEST_GUILESS_MAIN(tst_AddCatalogItemCommand)
#include "tst_addcatalogitemcommand.moc"
