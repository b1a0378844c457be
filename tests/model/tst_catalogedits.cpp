#include "model/catalog/catalogdatabase.h"
#include "model/catalog/catalogedits.h"
#include "model/catalog/catalogfieldparser.h"
#include "model/catalog/catalogseed.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>

// CatalogEdits checks an edit against the catalog and builds its undo command; each
// command is pushed, undone and redone here, checking the catalog after every step.
class tst_CatalogEdits : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void addRoundTrip();
    void editRoundTrip();
    void duplicateRoundTrip();
    void removeRoundTrip();
    void anEditThatChangesNothingIsNotPushed();
    void invalidEditsSayWhichField_data();
    void invalidEditsSayWhichField();
    void anAcceleratorServersListCannotBeDeleted();
    void unusedIds();

private:
    std::unique_ptr<CatalogDatabase> m_db;
    QUndoStack m_stack;
};

void tst_CatalogEdits::init()
{
    m_db = std::make_unique<CatalogDatabase>();
    QVERIFY(m_db->open(QStringLiteral(":memory:")).ok());
    QVERIFY(m_db->replaceAll(CatalogSeed::items(), {}).ok());
    m_stack.clear();
}

void tst_CatalogEdits::cleanup()
{
    m_stack.clear();
    m_db.reset();
}

void tst_CatalogEdits::addRoundTrip()
{
    CatalogItem rack = *m_db->item(QStringLiteral("vertiv-vr3300"));
    rack.id = QStringLiteral("rittal-ts-it-42u");
    rack.vendor = QStringLiteral("Rittal");
    rack.model = QStringLiteral("TS IT 42U");
    CatalogEdit edit = CatalogEdits::add(m_db.get(), rack);
    QVERIFY(edit.isValid());
    QVERIFY(edit.command);
    QCOMPARE(edit.command->text(), QStringLiteral("Add Rittal TS IT 42U"));
    const int count = m_db->itemCount();

    m_stack.push(edit.command.release());
    QCOMPARE(*m_db->item(rack.id), rack);
    m_stack.undo();
    QVERIFY(!m_db->contains(rack.id));
    QCOMPARE(m_db->itemCount(), count);
    m_stack.redo();
    QCOMPARE(*m_db->item(rack.id), rack);
    QCOMPARE(m_db->itemCount(), count + 1);
}

void tst_CatalogEdits::editRoundTrip()
{
    const CatalogItem before = *m_db->item(QStringLiteral("nvidia-dgx-h100"));
    CatalogItem after = before;
    after.powerTypicalWatts = 8200;
    after.price = Money {26500000, QStringLiteral("USD")};
    after.acceleratorOptions.append(QStringLiteral("nvidia-h800-sxm5-80gb"));
    CatalogEdit edit = CatalogEdits::edit(m_db.get(), after);
    QVERIFY(edit.isValid());
    QCOMPARE(edit.command->text(), QStringLiteral("Edit NVIDIA DGX H100"));

    m_stack.push(edit.command.release());
    QCOMPARE(*m_db->item(after.id), after);
    m_stack.undo();
    QCOMPARE(*m_db->item(after.id), before);
    m_stack.redo();
    QCOMPARE(*m_db->item(after.id), after);
}

void tst_CatalogEdits::duplicateRoundTrip()
{
    const CatalogItem original = *m_db->item(QStringLiteral("nvidia-h100-sxm5-80gb"));
    CatalogEdit edit = CatalogEdits::duplicate(m_db.get(), original.id);
    QVERIFY(edit.isValid());
    QCOMPARE(edit.command->text(), QStringLiteral("Duplicate NVIDIA H100 SXM5 80GB"));
    m_stack.push(edit.command.release());

    const std::optional<CatalogItem> copy =
        m_db->item(QStringLiteral("nvidia-h100-sxm5-80gb-copy"));
    QVERIFY(copy);
    QCOMPARE(copy->model, QStringLiteral("H100 SXM5 80GB (copy)"));
    QCOMPARE(copy->accelerator.model, copy->model);
    QCOMPARE(copy->accelerator.densePeak(Precision::Bf16),
             original.accelerator.densePeak(Precision::Bf16));
    QCOMPARE(copy->source, original.source);

    // A second duplicate gets the next free id.
    CatalogEdit again = CatalogEdits::duplicate(m_db.get(), original.id);
    m_stack.push(again.command.release());
    QVERIFY(m_db->contains(QStringLiteral("nvidia-h100-sxm5-80gb-copy-2")));

    m_stack.undo();
    m_stack.undo();
    QVERIFY(!m_db->contains(QStringLiteral("nvidia-h100-sxm5-80gb-copy")));
    QVERIFY(!m_db->contains(QStringLiteral("nvidia-h100-sxm5-80gb-copy-2")));
    m_stack.redo();
    QCOMPARE(*m_db->item(QStringLiteral("nvidia-h100-sxm5-80gb-copy")), *copy);
}

void tst_CatalogEdits::removeRoundTrip()
{
    const CatalogItem server = *m_db->item(QStringLiteral("dell-poweredge-xe9680"));
    CatalogEdit edit = CatalogEdits::remove(m_db.get(), server.id);
    QVERIFY(edit.isValid());
    QCOMPARE(edit.command->text(), QStringLiteral("Delete Dell PowerEdge XE9680"));
    m_stack.push(edit.command.release());
    QVERIFY(!m_db->contains(server.id));
    m_stack.undo();
    // Back with everything: price, options, source.
    QCOMPARE(*m_db->item(server.id), server);
    m_stack.redo();
    QVERIFY(!m_db->contains(server.id));
}

void tst_CatalogEdits::anEditThatChangesNothingIsNotPushed()
{
    const CatalogItem same = *m_db->item(QStringLiteral("nvidia-dgx-h100"));
    CatalogEdit edit = CatalogEdits::edit(m_db.get(), same);
    QVERIFY(edit.isValid());
    QVERIFY(!edit.command);
}

void tst_CatalogEdits::invalidEditsSayWhichField_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("negative power") << "power_max_watts"
                                    << "-10"
                                    << "power must not be negative";
    QTest::newRow("typical above maximum") << "power_typical_watts"
                                           << "99999"
                                           << "typical power is above the maximum power";
    QTest::newRow("unknown accelerator") << "accelerator_options"
                                         << "nvidia-h100-sxm5-80gb;nope"
                                         << "there is no accelerator 'nope'";
    QTest::newRow("a rack as accelerator") << "accelerator_options"
                                           << "vertiv-vr3300"
                                           << "not an accelerator";
    QTest::newRow("no source") << "source"
                               << ""
                               << "is required";
    QTest::newRow("spec of another kind") << "max_load_kg"
                                          << "900"
                                          << "does not apply";
}

void tst_CatalogEdits::invalidEditsSayWhichField()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, message);
    const CatalogItem before = *m_db->item(QStringLiteral("nvidia-dgx-h100"));
    CatalogItem changed = before;
    QCOMPARE(CatalogFieldParser::fromText(*CatalogFields::find(key), value, &changed), QString());
    CatalogEdit edit = CatalogEdits::edit(m_db.get(), changed);
    QVERIFY(!edit.isValid());
    QVERIFY(!edit.command);
    const bool found = std::any_of(edit.errors.begin(), edit.errors.end(), [&](const auto &e) {
        return e.key == key && e.message.contains(message);
    });
    QVERIFY(found);
    QCOMPARE(*m_db->item(before.id), before);

    // The same checks guard a new item.
    changed.id = QStringLiteral("new-server");
    QVERIFY(!CatalogEdits::add(m_db.get(), changed).isValid());
}

void tst_CatalogEdits::anAcceleratorServersListCannotBeDeleted()
{
    CatalogEdit edit = CatalogEdits::remove(m_db.get(), QStringLiteral("nvidia-l40"));
    QVERIFY(!edit.isValid());
    QVERIFY(!edit.command);
    QVERIFY(edit.errors.first().message.contains(QStringLiteral("dell-poweredge-r760xa")));
    QVERIFY(!CatalogEdits::remove(m_db.get(), QStringLiteral("no-such-item")).isValid());
    QVERIFY(!CatalogEdits::add(m_db.get(), *m_db->item(QStringLiteral("nvidia-l40"))).isValid());
}

void tst_CatalogEdits::unusedIds()
{
    QCOMPARE(CatalogEdits::unusedId(*m_db, QStringLiteral("fresh")), QStringLiteral("fresh"));
    QCOMPARE(CatalogEdits::unusedId(*m_db, QStringLiteral("nvidia-l40")),
             QStringLiteral("nvidia-l40-2"));
}

QTEST_GUILESS_MAIN(tst_CatalogEdits)
#include "tst_catalogedits.moc"
