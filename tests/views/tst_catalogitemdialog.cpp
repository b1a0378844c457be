#include "model/catalog/catalogdatabase.h"
#include "model/catalog/catalogseed.h"
#include "support/testenvironment.h"
#include "views/catalog/catalogitemdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>
#include <QUndoStack>

class tst_CatalogItemDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void showsNumbersInSpecSheetUnits();
    void editingPushesOneUndoCommand();
    void unchangedEditPushesNothing();
    void problemsAreShownUnderTheirFields_data();
    void problemsAreShownUnderTheirFields();
    void addingANewItem();
    void changingTheKindOfANewItemKeepsSharedFields();

private:
    void setText(CatalogItemDialog &dialog, const char *key, const QString &text);

    CatalogDatabase m_db;
    QUndoStack m_stack;
};

void tst_CatalogItemDialog::initTestCase()
{
    HeadroomTest::useHermeticEnvironment();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_db.open(QStringLiteral(":memory:")).ok());
}

void tst_CatalogItemDialog::init()
{
    m_stack.clear();
    QVERIFY(m_db.replaceAll(CatalogSeed::items(), {}).ok());
}

void tst_CatalogItemDialog::setText(CatalogItemDialog &dialog, const char *key, const QString &text)
{
    QWidget *editor = dialog.editor(QLatin1String(key));
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->setText(text);
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(editor))
        plain->setPlainText(text);
    else
        QFAIL(key);
}

void tst_CatalogItemDialog::showsNumbersInSpecSheetUnits()
{
    const CatalogItem h100 = *m_db.item(QStringLiteral("nvidia-h100-sxm5-80gb"));
    CatalogItemDialog dialog(&m_db, &m_stack, CatalogItemDialog::Mode::Edit, h100);
    auto text = [&](const char *key) {
        return qobject_cast<QLineEdit *>(dialog.editor(QLatin1String(key)))->text();
    };
    QCOMPARE(text("memory_bytes"), QStringLiteral("80")); // GB
    QCOMPARE(text("memory_bandwidth_bytes_per_second"), QStringLiteral("3,350")); // GB/s
    QCOMPARE(text("dense_bf16_flops_per_second"), QStringLiteral("989.4")); // TFLOP/s
    QCOMPARE(text("tdp_watts"), QStringLiteral("700"));
    QCOMPARE(text("price"), QStringLiteral("27500.00"));
    QVERIFY(qobject_cast<QLineEdit *>(dialog.editor(QStringLiteral("id")))->isReadOnly());
    // Only the fields of an accelerator.
    QVERIFY(!dialog.editor(QStringLiteral("max_load_kg")));
    QVERIFY(!dialog.editor(QStringLiteral("accelerator_options")));
    // Reading the form back changes nothing.
    QCOMPARE(dialog.itemFromForm(), h100);
}

void tst_CatalogItemDialog::editingPushesOneUndoCommand()
{
    const CatalogItem before = *m_db.item(QStringLiteral("nvidia-dgx-h100"));
    CatalogItemDialog dialog(&m_db, &m_stack, CatalogItemDialog::Mode::Edit, before);
    setText(dialog, "power_typical_watts", QStringLiteral("8,200"));
    setText(dialog, "max_memory_bytes", QStringLiteral("4000")); // GB
    setText(dialog, "notes", QStringLiteral("Measured at the customer's site."));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_stack.count(), 1);
    QCOMPARE(m_stack.undoText(), QStringLiteral("Edit NVIDIA DGX H100"));
    const CatalogItem after = *m_db.item(before.id);
    QCOMPARE(after.powerTypicalWatts, 8200.0);
    QCOMPARE(after.maxMemoryBytes, 4e12);
    QCOMPARE(after.notes, QStringLiteral("Measured at the customer's site."));
    QCOMPARE(after.weightKg, before.weightKg);
    m_stack.undo();
    QCOMPARE(*m_db.item(before.id), before);
}

void tst_CatalogItemDialog::unchangedEditPushesNothing()
{
    CatalogItemDialog dialog(&m_db, &m_stack, CatalogItemDialog::Mode::Edit,
                             *m_db.item(QStringLiteral("apc-ap8888")));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_stack.count(), 0);
}

void tst_CatalogItemDialog::problemsAreShownUnderTheirFields_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("not a number") << "power_max_watts"
                                  << "lots"
                                  << "'lots' is not a number";
    QTest::newRow("negative power") << "power_max_watts"
                                    << "-5"
                                    << "power must not be negative";
    QTest::newRow("unknown accelerator") << "accelerator_options"
                                         << "nvidia-h900"
                                         << "there is no accelerator 'nvidia-h900'";
    QTest::newRow("empty model") << "model"
                                 << ""
                                 << "is required";
    QTest::newRow("price without currency") << "price_currency"
                                            << ""
                                            << "is required with a price";
}

void tst_CatalogItemDialog::problemsAreShownUnderTheirFields()
{
    QFETCH(QString, key);
    QFETCH(QString, text);
    QFETCH(QString, message);
    const CatalogItem before = *m_db.item(QStringLiteral("nvidia-dgx-h100"));
    CatalogItemDialog dialog(&m_db, &m_stack, CatalogItemDialog::Mode::Edit, before);
    setText(dialog, key.toLatin1().constData(), text);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open
    QVERIFY2(dialog.errorText(key).contains(message), qPrintable(dialog.errorText(key)));
    QCOMPARE(m_stack.count(), 0);
    QCOMPARE(*m_db.item(before.id), before);
}

void tst_CatalogItemDialog::addingANewItem()
{
    CatalogItem rack;
    rack.kind = ItemKind::Rack;
    CatalogItemDialog dialog(&m_db, &m_stack, CatalogItemDialog::Mode::Add, rack);
    QVERIFY(!qobject_cast<QLineEdit *>(dialog.editor(QStringLiteral("id")))->isReadOnly());
    setText(dialog, "id", QStringLiteral("rittal-ts-it-42u"));
    setText(dialog, "vendor", QStringLiteral("Rittal"));
    setText(dialog, "model", QStringLiteral("TS IT 42U"));
    setText(dialog, "rack_units", QStringLiteral("42"));
    setText(dialog, "max_load_kg", QStringLiteral("1500"));
    setText(dialog, "source", QStringLiteral("Rittal product page"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const CatalogItem added = *m_db.item(QStringLiteral("rittal-ts-it-42u"));
    QCOMPARE(added.kind, ItemKind::Rack);
    QCOMPARE(added.maxLoadKg, 1500.0);
    QCOMPARE(added.rackUnits, 42);
    QCOMPARE(m_stack.undoText(), QStringLiteral("Add Rittal TS IT 42U"));

    // The same id again is refused, under the id.
    CatalogItemDialog again(&m_db, &m_stack, CatalogItemDialog::Mode::Add, added);
    again.accept();
    QVERIFY(
        again.errorText(QStringLiteral("id")).contains(QStringLiteral("already in the catalog")));
}

void tst_CatalogItemDialog::changingTheKindOfANewItemKeepsSharedFields()
{
    CatalogItem item;
    item.kind = ItemKind::Rack;
    CatalogItemDialog dialog(&m_db, &m_stack, CatalogItemDialog::Mode::Add, item);
    setText(dialog, "model", QStringLiteral("Something"));
    setText(dialog, "max_load_kg", QStringLiteral("900"));
    auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("kindCombo"));
    kind->setCurrentIndex(int(ItemKind::Pdu));
    QVERIFY(dialog.editor(QStringLiteral("power_capacity_watts")));
    QVERIFY(!dialog.editor(QStringLiteral("max_load_kg")));
    QCOMPARE(qobject_cast<QLineEdit *>(dialog.editor(QStringLiteral("model")))->text(),
             QStringLiteral("Something"));
}

QTEST_MAIN(tst_CatalogItemDialog)
#include "tst_catalogitemdialog.moc"
