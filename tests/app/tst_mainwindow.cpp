#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "app/projectfilecontroller.h"
#include "model/catalog/catalogdatabase.h"
#include "model/catalog/catalogtablemodel.h"
#include "model/layout/datahall.h"
#include "model/project/project.h"
#include "support/testenvironment.h"
#include "views/catalog/catalogbrowser.h"
#include "views/layout/rackitem.h"
#include "views/layout/racklayoutpane.h"
#include "views/layout/racklayoutscene.h"
#include "views/layout/racklayoutview.h"
#include "views/layout/rowheaderitem.h"
#include "views/quote/quotepane.h"

#include <QAction>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoCommand>
#include <qcustomplot.h>

#include <memory>

namespace {
class AppendText : public QUndoCommand
{
public:
    AppendText(QString *target, QString text)
        : m_target(target)
        , m_text(std::move(text))
    {
        setText(QStringLiteral("append"));
    }
    void redo() override { m_target->append(m_text); }
    void undo() override { m_target->chop(m_text.size()); }

private:
    QString *m_target;
    QString m_text;
};

QStringList actionNames(const QMenu *menu)
{
    QStringList names;
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        names.append(action->menu() ? action->menu()->objectName() : action->objectName());
    }
    return names;
}
} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { HeadroomTest::useHermeticEnvironment(); }
    void init();
    void cleanup();

    void hasDocksAndCentralTabs();
    void headroomDockHoldsAnEmptyLivePlot();
    void menusHoldTheirActions();
    void standardShortcuts_data();
    void standardShortcuts();
    void undoRedoOnEmptyStackDoNoHarm();
    void undoRedoDriveTheProjectStack();
    void titleShowsUnsavedMarker();
    void fileActionsWorkAndTitleShowsTheFile();
    void editMenuEditsTheRackLayout();
    void resetLayoutRestoresDocks();
    void geometryAndDocksAreRestored();
    void languageMenuSwitchesLive();
    void catalogOpensAfterTheFirstPaint();
    void undoFollowsFocusIntoTheCatalog();
    void dragFromTheCatalogIntoARack();

private:
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_catalogDir;
};

void tst_MainWindow::init()
{
    QSettings().clear();
    m_languages = std::make_unique<LanguageManager>();
    m_languages->apply(QStringLiteral("en"));
    m_window = std::make_unique<MainWindow>(m_languages.get());
    m_window->setCatalogPath(m_catalogDir.filePath(QStringLiteral("catalog.sqlite")));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_MainWindow::cleanup()
{
    m_window.reset();
    m_languages.reset();
}

void tst_MainWindow::hasDocksAndCentralTabs()
{
    for (const char *name : {"catalogDock", "workloadsDock", "headroomDock"}) {
        auto *dock = m_window->findChild<QDockWidget *>(QLatin1String(name));
        QVERIFY2(dock, name);
        QVERIFY(dock->isVisible());
        QVERIFY(!dock->windowTitle().isEmpty());
        QVERIFY(dock->widget());
    }
    auto *tabs = qobject_cast<QTabWidget *>(m_window->centralWidget());
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->tabText(0), QStringLiteral("Rack layout"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("Quote"));
    // The Quote tab is the quote, and File ▸ Export PDF… is live.
    QVERIFY(qobject_cast<QuotePane *>(tabs->widget(1)));
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionExportPdf"))->isEnabled());
}

void tst_MainWindow::headroomDockHoldsAnEmptyLivePlot()
{
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("headroomDock"));
    // The first tab's chart: headroom per dimension.
    auto *plot = dock->findChild<QCustomPlot *>(QStringLiteral("headroomPlot"));
    QVERIFY(plot);
    QVERIFY(plot->isVisible());
    QVERIFY(plot->plottableCount() > 0);
    for (int i = 0; i < plot->plottableCount(); ++i)
        QVERIFY2(plot->plottable(i)->interface1D()->dataCount() == 0, "no invented data");
}

void tst_MainWindow::menusHoldTheirActions()
{
    const QMenuBar *bar = m_window->menuBar();
    QStringList menus;
    for (const QAction *action : bar->actions())
        menus.append(action->menu()->objectName());
    QCOMPARE(menus,
             (QStringList {QStringLiteral("menuFile"), QStringLiteral("menuEdit"),
                           QStringLiteral("menuLayout"), QStringLiteral("menuQuote"),
                           QStringLiteral("menuView"), QStringLiteral("menuHelp")}));

    auto menu = [this](const char *name) {
        return m_window->findChild<QMenu *>(QLatin1String(name));
    };
    QCOMPARE(actionNames(menu("menuFile")),
             (QStringList {QStringLiteral("actionNew"), QStringLiteral("actionOpen"),
                           QStringLiteral("menuOpenRecent"), QStringLiteral("actionSave"),
                           QStringLiteral("actionSaveAs"), QStringLiteral("actionExportPdf"),
                           QStringLiteral("actionExportChart"), QStringLiteral("actionQuit")}));
    QCOMPARE(
        actionNames(menu("menuEdit")),
        (QStringList {QStringLiteral("actionUndo"), QStringLiteral("actionRedo"),
                      QStringLiteral("actionLayoutCut"), QStringLiteral("actionLayoutCopy"),
                      QStringLiteral("actionLayoutPaste"), QStringLiteral("actionLayoutDelete"),
                      QStringLiteral("actionLayoutDuplicate")}));
    QCOMPARE(actionNames(menu("menuLayout")),
             (QStringList {QStringLiteral("actionAddRack"), QStringLiteral("actionAddRow"),
                           QStringLiteral("actionLayoutRename"), QStringLiteral("actionMoveLeft"),
                           QStringLiteral("actionMoveRight"), QStringLiteral("actionMoveUp"),
                           QStringLiteral("actionMoveDown"),
                           QStringLiteral("actionUnassignWorkloads")}));
    QCOMPARE(
        actionNames(menu("menuQuote")),
        (QStringList {QStringLiteral("actionFreezeRevision"), QStringLiteral("actionExportCsv"),
                      QStringLiteral("actionExportXlsx"), QStringLiteral("actionUseCatalogPrice"),
                      QStringLiteral("actionCompany")}));
    const QStringList view = actionNames(menu("menuView"));
    QCOMPARE(view.size(), 8); // zoom in, out and fit, three dock toggles, Reset layout, Language
    QCOMPARE(view.mid(0, 3),
             (QStringList {QStringLiteral("actionZoomIn"), QStringLiteral("actionZoomOut"),
                           QStringLiteral("actionZoomFit")}));
    QCOMPARE(view.at(6), QStringLiteral("actionResetLayout"));
    QCOMPARE(view.at(7), QStringLiteral("menuLanguage"));
    QCOMPARE(
        actionNames(menu("menuLanguage")),
        (QStringList {QStringLiteral("actionLanguage_system"), QStringLiteral("actionLanguage_en"),
                      QStringLiteral("actionLanguage_de"), QStringLiteral("actionLanguage_zh_CN"),
                      QStringLiteral("actionLanguage_ja")}));
    QCOMPARE(actionNames(menu("menuHelp")),
             (QStringList {QStringLiteral("actionAbout"), QStringLiteral("actionAboutQt")}));

    // Open Recent says it is empty rather than showing nothing.
    QMenu *recent = menu("menuOpenRecent");
    emit recent->aboutToShow();
    QCOMPARE(recent->actions().first()->text(), QStringLiteral("No recent projects"));
    QVERIFY(!recent->actions().first()->isEnabled());
}

void tst_MainWindow::standardShortcuts_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QKeySequence>("shortcut");
    QTest::newRow("new") << QStringLiteral("actionNew") << QKeySequence(QKeySequence::New);
    QTest::newRow("open") << QStringLiteral("actionOpen") << QKeySequence(QKeySequence::Open);
    QTest::newRow("save") << QStringLiteral("actionSave") << QKeySequence(QKeySequence::Save);
    QTest::newRow("save as") << QStringLiteral("actionSaveAs")
                             << QKeySequence(QKeySequence::SaveAs);
    QTest::newRow("quit") << QStringLiteral("actionQuit") << QKeySequence(QKeySequence::Quit);
    QTest::newRow("undo") << QStringLiteral("actionUndo") << QKeySequence(QKeySequence::Undo);
    QTest::newRow("redo") << QStringLiteral("actionRedo") << QKeySequence(QKeySequence::Redo);
}

void tst_MainWindow::standardShortcuts()
{
    QFETCH(QString, action);
    QFETCH(QKeySequence, shortcut);
    auto *a = m_window->findChild<QAction *>(action);
    QVERIFY(a);
    QCOMPARE(a->shortcut(), shortcut);
}

void tst_MainWindow::undoRedoOnEmptyStackDoNoHarm()
{
    auto *undo = m_window->findChild<QAction *>(QStringLiteral("actionUndo"));
    auto *redo = m_window->findChild<QAction *>(QStringLiteral("actionRedo"));
    QVERIFY(!undo->isEnabled());
    QVERIFY(!redo->isEnabled());
    undo->trigger();
    redo->trigger();
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QTest::keySequence(m_window.get(), QKeySequence::Redo);
    QCOMPARE(m_window->project()->undoStack()->count(), 0);
    QVERIFY(!m_window->project()->isModified());
    QVERIFY(!m_window->isWindowModified());
}

void tst_MainWindow::undoRedoDriveTheProjectStack()
{
    QString document;
    auto *undo = m_window->findChild<QAction *>(QStringLiteral("actionUndo"));
    auto *redo = m_window->findChild<QAction *>(QStringLiteral("actionRedo"));
    m_window->project()->undoStack()->push(new AppendText(&document, QStringLiteral("rack")));
    QCOMPARE(document, QStringLiteral("rack"));
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->text(), QStringLiteral("&Undo append"));

    QTest::keySequence(m_window.get(), QKeySequence::Undo); // the shortcut, as a user would
    QCOMPARE(document, QString());
    QVERIFY(!undo->isEnabled());
    QVERIFY(redo->isEnabled());
    QCOMPARE(redo->text(), QStringLiteral("&Redo append"));

    redo->trigger();
    QCOMPARE(document, QStringLiteral("rack"));
}

void tst_MainWindow::titleShowsUnsavedMarker()
{
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Untitled[*] — Headroom"));
    QVERIFY(!m_window->isWindowModified());
    QString document;
    m_window->project()->undoStack()->push(new AppendText(&document, QStringLiteral("x")));
    QVERIFY(m_window->isWindowModified());
    m_window->project()->undoStack()->undo();
    QVERIFY(!m_window->isWindowModified());
}

void tst_MainWindow::fileActionsWorkAndTitleShowsTheFile()
{
    for (const char *name : {"actionNew", "actionOpen", "actionSave", "actionSaveAs"})
        QVERIFY2(m_window->findChild<QAction *>(QLatin1String(name))->isEnabled(), name);
    m_window->fileController()->loadSample();
    auto *layout = m_window->findChild<RackLayoutPane *>(QStringLiteral("rackLayoutTab"));
    QVERIFY(layout);
    QCOMPARE(layout->scene()->rackItemCount(), 4); // the sample's four racks
    QVERIFY(layout->scene()->rowItem(m_window->project()->hall()->rowIds().at(1)));
    m_window->project()->layoutEditor().addRow(QStringLiteral("C"));
    QVERIFY(m_window->isWindowModified());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hall.headroom"));
    QVERIFY(m_window->fileController()->saveTo(path));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("hall.headroom[*] — Headroom"));
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(layout->scene()->rowItem(m_window->project()->hall()->rowIds().at(2)));
}

void tst_MainWindow::editMenuEditsTheRackLayout()
{
    m_window->fileController()->loadSample();
    auto *layout = m_window->findChild<RackLayoutPane *>(QStringLiteral("rackLayoutTab"));
    const DataHall *hall = m_window->project()->hall();
    const RackId first = hall->rackIds(hall->rowIds().front()).front();
    layout->scene()->selectRacks({first});
    auto action = [this](const char *name) {
        return m_window->findChild<QAction *>(QLatin1String(name));
    };
    QVERIFY(action("actionLayoutDuplicate")->isEnabled());
    action("actionLayoutDuplicate")->trigger();
    QCOMPARE(hall->totals().rackCount, 5);
    QVERIFY(m_window->isWindowModified());
    QVERIFY(action("actionUndo")->text().contains(QStringLiteral("Duplicate rack")));
    action("actionUndo")->trigger();
    QCOMPARE(hall->totals().rackCount, 4);
    QCOMPARE(layout->scene()->rackItemCount(), 4);

    // The first rack cannot move further left: nothing is pushed (the undone duplicate
    // stays the only command, ready to redo).
    layout->scene()->selectRacks({first});
    action("actionMoveLeft")->trigger();
    QCOMPARE(m_window->project()->undoStack()->count(), 1);
    QVERIFY(m_window->project()->undoStack()->canRedo());
}

void tst_MainWindow::resetLayoutRestoresDocks()
{
    auto *catalog = m_window->findChild<QDockWidget *>(QStringLiteral("catalogDock"));
    auto *headroom = m_window->findChild<QDockWidget *>(QStringLiteral("headroomDock"));
    catalog->hide();
    headroom->setFloating(true);
    m_window->removeDockWidget(m_window->findChild<QDockWidget *>(QStringLiteral("workloadsDock")));
    m_window->findChild<QAction *>(QStringLiteral("actionResetLayout"))->trigger();
    for (const char *name : {"catalogDock", "workloadsDock", "headroomDock"}) {
        auto *dock = m_window->findChild<QDockWidget *>(QLatin1String(name));
        QVERIFY2(dock->isVisible(), name);
        QVERIFY2(!dock->isFloating(), name);
    }
    QCOMPARE(m_window->dockWidgetArea(catalog), Qt::LeftDockWidgetArea);
    QCOMPARE(m_window->dockWidgetArea(headroom), Qt::RightDockWidgetArea);
}

void tst_MainWindow::geometryAndDocksAreRestored()
{
    m_window->findChild<QDockWidget *>(QStringLiteral("workloadsDock"))->hide();
    // Wider than the window's minimum with all three docks and the Quote tab (about 1,100).
    m_window->resize(1240, 720);
    QVERIFY(m_window->close()); // closing writes the settings
    m_window = std::make_unique<MainWindow>(m_languages.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(!m_window->findChild<QDockWidget *>(QStringLiteral("workloadsDock"))->isVisible());
    QVERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("catalogDock"))->isVisible());
    QCOMPARE(m_window->size(), QSize(1240, 720));
}

void tst_MainWindow::languageMenuSwitchesLive()
{
    auto *german = m_window->findChild<QAction *>(QStringLiteral("actionLanguage_de"));
    QVERIFY(german);
    german->trigger();
    QTRY_COMPARE(m_window->findChild<QMenu *>(QStringLiteral("menuFile"))->title(),
                 QStringLiteral("&Datei"));
    QCOMPARE(m_window->findChild<QDockWidget *>(QStringLiteral("catalogDock"))->windowTitle(),
             QStringLiteral("Katalog"));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));
    // The checked entry follows the choice, even after the menu was rebuilt.
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionLanguage_de"))->isChecked());

    m_window->findChild<QAction *>(QStringLiteral("actionLanguage_en"))->trigger();
    QTRY_COMPARE(m_window->findChild<QMenu *>(QStringLiteral("menuFile"))->title(),
                 QStringLiteral("&File"));
}

void tst_MainWindow::catalogOpensAfterTheFirstPaint()
{
    CatalogBrowser *browser = m_window->catalogBrowser();
    QCOMPARE(m_window->findChild<QDockWidget *>(QStringLiteral("catalogDock"))->widget(), browser);
    // Opened from the event loop once the window has painted, from the file given.
    QTRY_VERIFY(browser->database() != nullptr);
    QCOMPARE(m_window->catalog()->filePath(),
             m_catalogDir.filePath(QStringLiteral("catalog.sqlite")));
    QVERIFY(browser->tableModel()->rowCount() >= 80);
}

void tst_MainWindow::undoFollowsFocusIntoTheCatalog()
{
    CatalogBrowser *browser = m_window->catalogBrowser();
    QTRY_VERIFY(browser->database() != nullptr);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto *undo = m_window->findChild<QAction *>(QStringLiteral("actionUndo"));

    // An edit in the catalog, with the catalog focused: Edit ▸ Undo undoes it.
    browser->searchField()->setFocus();
    QTRY_VERIFY(browser->searchField()->hasFocus());
    browser->selectItem(QStringLiteral("apc-ap8888"));
    browser->duplicateItemAction()->trigger();
    QVERIFY(m_window->catalog()->contains(QStringLiteral("apc-ap8888-copy")));
    QCOMPARE(undo->text(), QStringLiteral("&Undo Duplicate APC AP8888 (NetShelter metered 0U)"));
    undo->trigger();
    QVERIFY(!m_window->catalog()->contains(QStringLiteral("apc-ap8888-copy")));

    // Outside the catalog, Undo is the project's again.
    m_window->findChild<QTabWidget *>(QStringLiteral("centralTabs"))->setFocus();
    QTRY_COMPARE(undo->text(), QStringLiteral("&Undo"));
    QVERIFY(!undo->isEnabled());
}

void tst_MainWindow::dragFromTheCatalogIntoARack()
{
    // The whole path a planner takes: a row of the Catalog dock's table, dragged with the
    // bytes the table writes, dropped on the rack layout. The item is not in the sample's
    // frozen rows, so the editor must find it in the open catalog database.
    m_window->fileController()->loadSample();
    CatalogBrowser *browser = m_window->catalogBrowser();
    QTRY_VERIFY(browser->database() != nullptr);
    const QString id = QStringLiteral("nvidia-spectrum-3-sn4600c");
    QVERIFY(!m_window->project()->hall()->catalog().contains(id));
    CatalogTableModel *table = browser->tableModel();
    const int row = table->rowOfId(id);
    QVERIFY(row >= 0);
    const std::unique_ptr<QMimeData> data(table->mimeData({table->index(row, 0)}));

    auto *pane = m_window->findChild<RackLayoutPane *>(QStringLiteral("rackLayoutTab"));
    const DataHall *hall = m_window->project()->hall();
    const RackId storage = hall->rackIds(hall->rowIds().back()).back();
    const std::size_t before = hall->placementIds(storage).size();
    RackItem *rack = pane->scene()->rackItem(storage);
    pane->view()->centerOn(rack);
    const QPoint at = pane->view()->mapFromScene(
        rack->mapToScene(rack->geometry().spanRect(30, 1, RackFace::Front).center()));
    QWidget *viewport = pane->view()->viewport();
    QDragEnterEvent enter(at, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(at, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    QVERIFY(move.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
    QVERIFY(drop.isAccepted());

    QCOMPARE(hall->placementIds(storage).size(), before + 1);
    QCOMPARE(hall->placement(hall->placementIds(storage).back())->itemId, id);
    QVERIFY(hall->catalog().contains(id)); // frozen into the project with the drop
    QVERIFY(m_window->isWindowModified());
    m_window->project()->undoStack()->undo();
    QCOMPARE(hall->placementIds(storage).size(), before);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
