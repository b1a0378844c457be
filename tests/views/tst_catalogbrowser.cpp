#include "model/catalog/catalogdatabase.h"
#include "model/catalog/catalogitemmime.h"
#include "model/catalog/catalogseed.h"
#include "model/catalog/catalogtablemodel.h"
#include "model/catalog/catalogtreemodel.h"
#include "support/testenvironment.h"
#include "views/catalog/catalogbrowser.h"
#include "views/catalog/catalogdetailpane.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

class tst_CatalogBrowser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void saysItIsOpeningUntilACatalogIsSet();
    void typingSearchesInstantly();
    void treeNodesFilterByKindAndVendor();
    void acceleratorAndPowerFilters();
    void selectingShowsEveryDetail();
    void duplicateAndDeleteAreUndoable();
    void deletingSeveralIsOneUndoStep();
    void editActionsNeedASelection();
    void tableRowsAreDragSources();
    void exportsAndImportsFiles();
    void anOpenErrorIsShown();

private:
    std::unique_ptr<CatalogDatabase> m_db;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<CatalogBrowser> m_browser;
};

void tst_CatalogBrowser::initTestCase()
{
    HeadroomTest::useHermeticEnvironment();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_CatalogBrowser::init()
{
    m_db = std::make_unique<CatalogDatabase>();
    QVERIFY(m_db->open(QStringLiteral(":memory:")).ok());
    QVERIFY(m_db->replaceAll(CatalogSeed::items(), {}).ok());
    m_stack = std::make_unique<QUndoStack>();
    m_browser = std::make_unique<CatalogBrowser>();
    m_browser->resize(900, 700);
    m_browser->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_browser.get()));
    m_browser->setDatabase(m_db.get(), m_stack.get());
}

void tst_CatalogBrowser::cleanup()
{
    m_browser.reset();
    m_stack.reset();
    m_db.reset();
}

void tst_CatalogBrowser::saysItIsOpeningUntilACatalogIsSet()
{
    CatalogBrowser browser;
    browser.show();
    auto *message = browser.findChild<QLabel *>(QStringLiteral("catalogMessage"));
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), QStringLiteral("Opening the catalog…"));
    QVERIFY(!browser.addItemAction()->isEnabled());
    QVERIFY(!browser.searchField()->isVisible());
}

void tst_CatalogBrowser::typingSearchesInstantly()
{
    QCOMPARE(m_browser->tableModel()->rowCount(), 81);
    QTest::keyClicks(m_browser->searchField(), QStringLiteral("dgx h"));
    // DGX H100, DGX H200, and the B200 "(HGX/DGX, per GPU)"
    QCOMPARE(m_browser->tableModel()->rowCount(), 3);
    QCOMPARE(m_browser->countText(), QStringLiteral("3 of 81 item(s)"));
    QTest::keyClick(m_browser->searchField(), Qt::Key_Backspace);
    QTest::keyClick(m_browser->searchField(), Qt::Key_Backspace);
    QCOMPARE(m_browser->tableModel()->rowCount(), 5);
    m_browser->searchField()->clear();
    QCOMPARE(m_browser->countText(), QStringLiteral("81 item(s)"));
}

void tst_CatalogBrowser::treeNodesFilterByKindAndVendor()
{
    QTreeView *tree = m_browser->tree();
    tree->setCurrentIndex(m_browser->treeModel()->indexOf(ItemKind::Switch));
    QCOMPARE(m_browser->tableModel()->rowCount(), 11);
    tree->setCurrentIndex(
        m_browser->treeModel()->indexOf(ItemKind::Switch, QStringLiteral("Arista")));
    QCOMPARE(m_browser->tableModel()->rowCount(), 3);
    // Search and tree combine.
    QTest::keyClicks(m_browser->searchField(), QStringLiteral("800"));
    QCOMPARE(m_browser->tableModel()->rowCount(), 1);
    QCOMPARE(m_browser->tableModel()->idAt(0), QStringLiteral("arista-dcs-7060x6-64pe-f"));
    tree->setCurrentIndex(m_browser->treeModel()->index(0, 0));
    QCOMPARE(m_browser->tableModel()->filter().kind, std::nullopt);
}

void tst_CatalogBrowser::acceleratorAndPowerFilters()
{
    QComboBox *accelerator = m_browser->acceleratorFilter();
    QCOMPARE(accelerator->count(), 22); // "Any accelerator" and the 21 accelerators
    accelerator->setCurrentIndex(accelerator->findData(QStringLiteral("nvidia-b200")));
    QStringList ids;
    for (int row = 0; row < m_browser->tableModel()->rowCount(); ++row)
        ids.append(m_browser->tableModel()->idAt(row));
    ids.sort();
    QCOMPARE(ids,
             (QStringList {QStringLiteral("lenovo-thinksystem-sr680a-v3"),
                           QStringLiteral("nvidia-b200"), QStringLiteral("nvidia-dgx-b200")}));
    accelerator->setCurrentIndex(0);
    m_browser->minimumPowerField()->setValue(14.0); // kW
    QCOMPARE(m_browser->tableModel()->rowCount(), 2);
    m_browser->minimumPowerField()->setValue(0.0);
    m_browser->maximumPowerField()->setValue(0.01); // 10 W
    QCOMPARE(m_browser->tableModel()->rowCount(), 2); // the SATA SSD and the optic
}

void tst_CatalogBrowser::selectingShowsEveryDetail()
{
    m_browser->selectItem(QStringLiteral("aivres-kr4268v2"));
    QCOMPARE(m_browser->selectedId(), QStringLiteral("aivres-kr4268v2"));
    const QString placeholder = m_browser->detailPane()->plainText();
    QVERIFY(placeholder.startsWith(QStringLiteral("Aivres KR4268V2\nUnverified")));
    QVERIFY(placeholder.contains(QStringLiteral("no spec sheet found")));

    m_browser->selectItem(QStringLiteral("nvidia-dgx-h100"));
    const QString dgx = m_browser->detailPane()->plainText();
    for (const char *text :
         {"Maximum power\n10.2 kW", "Weight\n130 kg", "Height in rack units\n8U",
          "Price\n$270,000.00", "Price is an estimate\nYes", "Where the figures come from",
          "Confidence\nHigh", "unanswered.io/guide/nvidia-dgx-power-consumption-watts"})
        QVERIFY2(dgx.contains(QLatin1String(text)),
                 qPrintable(QLatin1String(text) + QStringLiteral("\n") + dgx));
    QVERIFY(!dgx.contains(QStringLiteral("Unverified")));
}

void tst_CatalogBrowser::duplicateAndDeleteAreUndoable()
{
    m_browser->selectItem(QStringLiteral("nvidia-h100-sxm5-80gb"));
    m_browser->duplicateItemAction()->trigger();
    QVERIFY(m_db->contains(QStringLiteral("nvidia-h100-sxm5-80gb-copy")));
    QCOMPARE(m_browser->selectedId(), QStringLiteral("nvidia-h100-sxm5-80gb-copy"));
    QCOMPARE(m_stack->count(), 1);

    m_browser->deleteItemAction()->trigger();
    QVERIFY(!m_db->contains(QStringLiteral("nvidia-h100-sxm5-80gb-copy")));
    QCOMPARE(m_stack->undoText(), QStringLiteral("Delete NVIDIA H100 SXM5 80GB (copy)"));
    m_stack->undo();
    QVERIFY(m_db->contains(QStringLiteral("nvidia-h100-sxm5-80gb-copy")));
    QVERIFY(m_browser->tableModel()->rowOfId(QStringLiteral("nvidia-h100-sxm5-80gb-copy")) >= 0);
    m_stack->undo();
    QVERIFY(!m_db->contains(QStringLiteral("nvidia-h100-sxm5-80gb-copy")));
    QCOMPARE(m_browser->tableModel()->rowCount(), 81);
}

void tst_CatalogBrowser::deletingSeveralIsOneUndoStep()
{
    m_browser->tree()->setCurrentIndex(m_browser->treeModel()->indexOf(ItemKind::Pdu));
    m_browser->table()->selectAll();
    m_browser->table()->setCurrentIndex(m_browser->tableModel()->index(0, 0));
    m_browser->table()->selectAll();
    m_browser->deleteItemAction()->trigger();
    QCOMPARE(m_browser->tableModel()->rowCount(), 0);
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_stack->undoText(), QStringLiteral("Delete 5 item(s)"));
    m_stack->undo();
    QCOMPARE(m_browser->tableModel()->rowCount(), 5);
}

void tst_CatalogBrowser::editActionsNeedASelection()
{
    m_browser->table()->clearSelection();
    QVERIFY(m_browser->addItemAction()->isEnabled());
    QVERIFY(!m_browser->editItemAction()->isEnabled());
    QVERIFY(!m_browser->deleteItemAction()->isEnabled());
    m_browser->selectItem(QStringLiteral("vertiv-vr3300"));
    QVERIFY(m_browser->editItemAction()->isEnabled());
    QVERIFY(m_browser->duplicateItemAction()->isEnabled());
    QVERIFY(m_browser->deleteItemAction()->isEnabled());
}

void tst_CatalogBrowser::tableRowsAreDragSources()
{
    QTableView *table = m_browser->table();
    QVERIFY(table->dragEnabled());
    QCOMPARE(table->dragDropMode(), QAbstractItemView::DragOnly);
    m_browser->selectItem(QStringLiteral("nvidia-dgx-b200"));
    std::unique_ptr<QMimeData> data(
        m_browser->tableModel()->mimeData(table->selectionModel()->selectedIndexes()));
    QCOMPARE(CatalogItemMime::ids(data.get()), QStringList {QStringLiteral("nvidia-dgx-b200")});
}

void tst_CatalogBrowser::exportsAndImportsFiles()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("catalog.json"));
    QSignalSpy status(m_browser.get(), &CatalogBrowser::statusMessage);
    m_browser->exportFile(path);
    QCOMPARE(status.size(), 1);
    QVERIFY(status.first().first().toString().startsWith(QStringLiteral("Exported 81 item(s)")));
    QVERIFY(QFile::exists(path));
}

void tst_CatalogBrowser::anOpenErrorIsShown()
{
    m_browser->setOpenError(
        QStringLiteral("'x.sqlite' was written by a newer version of Headroom"));
    auto *message = m_browser->findChild<QLabel *>(QStringLiteral("catalogMessage"));
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(QStringLiteral("newer version")));
    QVERIFY(!m_browser->addItemAction()->isEnabled());
    QCOMPARE(m_browser->tableModel()->rowCount(), 0);
}

QTEST_MAIN(tst_CatalogBrowser)
#include "tst_catalogbrowser.moc"
