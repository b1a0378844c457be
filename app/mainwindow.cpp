#include "app/mainwindow.h"

#include "app/languagemanager.h"
#include "app/projectfilecontroller.h"
#include "app/recentfiles.h"
#include "model/catalog/catalogdatabase.h"
#include "model/catalog/usercatalog.h"
#include "model/project/project.h"
#include "model/project/sampleproject.h"
#include "views/catalog/catalogbrowser.h"
#include "views/charts/headroomchartfeed.h"
#include "views/charts/headroompane.h"
#include "views/layout/layoutactions.h"
#include "views/layout/racklayoutpane.h"
#include "views/layout/racklayoutscene.h"
#include "views/layout/racklayoutview.h"
#include "views/quote/quotepane.h"
#include "views/workloads/workloadspane.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QUndoGroup>
#include <qcustomplot.h>

namespace {
// Where a dragged catalog id finds its row: the project's frozen copy first, then the
// catalog. Until the catalog database is on this branch, the catalog is the rows the
// sample project ships with (resources/sample); the database's lookup replaces them here.
// Where the editor finds the row for a dragged id: the project's frozen copy (a project
// keeps the specs it was built with), then the user's catalog, then the rows shipped with
// the sample. Called once when a drag enters, never per mouse move.
CatalogLookup catalogLookup(const Project *project, const CatalogDatabase *catalog)
{
    return [project, catalog, shipped = SampleProject::catalogRows()](
               const QString &id) -> std::optional<CatalogItem> {
        if (const CatalogItem *frozen = project->hall()->catalog().item(id))
            return *frozen;
        if (catalog->isOpen()) {
            if (std::optional<CatalogItem> item = catalog->item(id))
                return item;
        }
        for (const CatalogItem &item : shipped) {
            if (item.id == id)
                return item;
        }
        return std::nullopt;
    };
}

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
// Bumped whenever the set of docks or toolbars changes, so an old saved state is ignored.
constexpr int kStateVersion = 1;

QAction *makeAction(QObject *parent, const char *objectName, QKeySequence::StandardKey key)
{
    auto *action = new QAction(parent);
    action->setObjectName(QLatin1String(objectName));
    if (key != QKeySequence::UnknownKey)
        action->setShortcuts(key);
    return action;
}
} // namespace

MainWindow::MainWindow(LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_languages(languages)
    , m_project(new Project(this))
    , m_recentFiles(new RecentFiles(this))
    , m_files(new ProjectFileController(m_project, m_recentFiles, this, this))
    , m_catalog(new CatalogDatabase(this))
    , m_catalogUndoStack(new QUndoStack(this))
    , m_undoGroup(new QUndoGroup(this))
{
    m_undoGroup->addStack(m_project->undoStack());
    m_undoGroup->addStack(m_catalogUndoStack);
    m_undoGroup->setActiveStack(m_project->undoStack());
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/headroom.svg")));
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);

    createActions();
    createCentralArea();
    createDocks();
    createMenus();
    createToolBar();
    statusBar();
    retranslateUi();

    // The layout as built, before any saved state: what View ▸ Reset layout returns to.
    m_defaultState = saveState(kStateVersion);
    readSettings();

    connect(m_project, &Project::modifiedChanged, this, &MainWindow::updateWindowTitle);
    connect(m_project, &Project::filePathChanged, this, &MainWindow::updateWindowTitle);
    connect(m_undoGroup, &QUndoGroup::indexChanged, this, &MainWindow::updateUndoRedoText);
    connect(m_undoGroup, &QUndoGroup::activeStackChanged, this, &MainWindow::updateUndoRedoText);
    connect(m_undoGroup, &QUndoGroup::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(m_undoGroup, &QUndoGroup::canRedoChanged, m_redoAction, &QAction::setEnabled);
    m_focusConnection = connect(qApp, &QApplication::focusChanged, this,
                                [this](QWidget *, QWidget *now) { followFocus(now); });
    connect(m_catalogBrowser, &CatalogBrowser::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 6000); });
    connect(m_languages, &LanguageManager::languageChanged, this,
            &MainWindow::updateLanguageChecks);
    connectHeadroom();
    connect(m_workloadsPane, &WorkloadsPane::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    connect(m_headroomPane, &HeadroomPane::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    connect(m_files, &ProjectFileController::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    updateWindowTitle();
    updateUndoRedoText();
}

MainWindow::~MainWindow()
{
    // ~QWidget closes the window, moving focus, and deletes the undo stacks, changing the
    // undo group, while this is no longer a MainWindow: its handlers must not see that.
    disconnect(m_focusConnection);
    disconnect(m_undoGroup, nullptr, this, nullptr);
}

void MainWindow::createActions()
{
    m_newAction = makeAction(this, "actionNew", QKeySequence::New);
    m_openAction = makeAction(this, "actionOpen", QKeySequence::Open);
    m_saveAction = makeAction(this, "actionSave", QKeySequence::Save);
    m_saveAsAction = makeAction(this, "actionSaveAs", QKeySequence::SaveAs);
    m_exportPdfAction = makeAction(this, "actionExportPdf", QKeySequence::UnknownKey);
    m_exportPdfAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_quitAction = makeAction(this, "actionQuit", QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_undoAction = makeAction(this, "actionUndo", QKeySequence::Undo);
    m_redoAction = makeAction(this, "actionRedo", QKeySequence::Redo);
    m_resetLayoutAction = makeAction(this, "actionResetLayout", QKeySequence::UnknownKey);
    m_aboutAction = makeAction(this, "actionAbout", QKeySequence::UnknownKey);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction = makeAction(this, "actionAboutQt", QKeySequence::UnknownKey);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);

    QStyle *s = style();
    m_newAction->setIcon(
        QIcon::fromTheme(QStringLiteral("document-new"), s->standardIcon(QStyle::SP_FileIcon)));
    m_openAction->setIcon(QIcon::fromTheme(QStringLiteral("document-open"),
                                           s->standardIcon(QStyle::SP_DialogOpenButton)));
    m_saveAction->setIcon(QIcon::fromTheme(QStringLiteral("document-save"),
                                           s->standardIcon(QStyle::SP_DialogSaveButton)));
    m_undoAction->setIcon(
        QIcon::fromTheme(QStringLiteral("edit-undo"), s->standardIcon(QStyle::SP_ArrowBack)));
    m_redoAction->setIcon(
        QIcon::fromTheme(QStringLiteral("edit-redo"), s->standardIcon(QStyle::SP_ArrowForward)));

    m_undoAction->setEnabled(false);
    m_redoAction->setEnabled(false);

    connect(m_newAction, &QAction::triggered, m_files, &ProjectFileController::newProject);
    connect(m_openAction, &QAction::triggered, m_files, &ProjectFileController::open);
    connect(m_saveAction, &QAction::triggered, m_files, &ProjectFileController::save);
    connect(m_saveAsAction, &QAction::triggered, m_files, &ProjectFileController::saveAs);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_undoAction, &QAction::triggered, m_undoGroup, &QUndoGroup::undo);
    connect(m_redoAction, &QAction::triggered, m_undoGroup, &QUndoGroup::redo);
    connect(m_resetLayoutAction, &QAction::triggered, this, &MainWindow::resetLayout);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createCentralArea()
{
    m_centralTabs = new QTabWidget(this);
    m_centralTabs->setObjectName(QStringLiteral("centralTabs"));
    m_centralTabs->setDocumentMode(true);
    m_rackLayout = new RackLayoutPane(m_project->hall(), m_project->undoStack(), m_centralTabs);
    m_rackLayout->setObjectName(QStringLiteral("rackLayoutTab"));
    m_rackLayout->setCatalogLookup(catalogLookup(m_project, m_catalog));
    m_rackLayout->setWorkloads(m_project->workloads(), m_project->headroom());
    m_quotePane = new QuotePane(m_project, m_centralTabs);
    m_quotePane->setObjectName(QStringLiteral("quoteTab"));
    connect(m_exportPdfAction, &QAction::triggered, m_quotePane, &QuotePane::exportPdf);
    connect(m_quotePane, &QuotePane::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 6000); });
    m_centralTabs->addTab(m_rackLayout, QString());
    m_centralTabs->addTab(m_quotePane, QString());
    setCentralWidget(m_centralTabs);
}

void MainWindow::createDocks()
{
    auto makeDock = [this](const char *objectName, QWidget *content, Qt::DockWidgetArea area) {
        auto *dock = new QDockWidget(this);
        dock->setObjectName(QLatin1String(objectName));
        dock->setWidget(content);
        addDockWidget(area, dock);
        return dock;
    };
    m_catalogBrowser = new CatalogBrowser;
    m_workloadsPane =
        new WorkloadsPane(m_project->workloads(), m_project->hall(), m_project->undoStack());
    m_headroomPane = new HeadroomPane;
    m_headroomFeed = new HeadroomChartFeed(m_project->headroom(), m_project->hall(),
                                           m_project->workloads(), m_headroomPane, this);
    m_catalogDock = makeDock("catalogDock", m_catalogBrowser, Qt::LeftDockWidgetArea);
    m_workloadsDock = makeDock("workloadsDock", m_workloadsPane, Qt::LeftDockWidgetArea);
    m_headroomDock = makeDock("headroomDock", m_headroomPane, Qt::RightDockWidgetArea);
    splitDockWidget(m_catalogDock, m_workloadsDock, Qt::Vertical);
    // The catalog shows a tree beside a table and an item's details: it needs the room.
    resizeDocks({m_catalogDock, m_headroomDock}, {620, 460}, Qt::Horizontal);
    resizeDocks({m_catalogDock, m_workloadsDock}, {440, 380}, Qt::Vertical);

    m_catalogDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_workloadsDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_headroomDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("menuFile"));
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("menuOpenRecent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::populateRecentMenu);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_saveAction);
    m_fileMenu->addAction(m_saveAsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_exportPdfAction);
    m_fileMenu->addAction(m_headroomPane->exportAction());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("menuEdit"));
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_editMenu->addActions(m_rackLayout->actions()->editActions());

    m_layoutMenu = menuBar()->addMenu(QString());
    m_layoutMenu->setObjectName(QStringLiteral("menuLayout"));
    for (QAction *action : m_rackLayout->actions()->layoutActions()) {
        if (action)
            m_layoutMenu->addAction(action);
        else
            m_layoutMenu->addSeparator();
    }
    if (QAction *unassign = m_rackLayout->unassignWorkloadsAction()) {
        m_layoutMenu->addSeparator();
        m_layoutMenu->addAction(unassign);
    }

    m_quoteMenu = menuBar()->addMenu(QString());
    m_quoteMenu->setObjectName(QStringLiteral("menuQuote"));
    for (QAction *action : m_quotePane->quoteActions()) {
        if (action)
            m_quoteMenu->addAction(action);
        else
            m_quoteMenu->addSeparator();
    }

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("menuView"));
    m_viewMenu->addActions(m_rackLayout->actions()->zoomActions());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_catalogDock->toggleViewAction());
    m_viewMenu->addAction(m_workloadsDock->toggleViewAction());
    m_viewMenu->addAction(m_headroomDock->toggleViewAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_resetLayoutAction);
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("menuLanguage"));
    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    connect(m_languageGroup, &QActionGroup::triggered, this,
            [this](QAction *action) { m_languages->setSavedLanguage(action->data().toString()); });
    createLanguageMenu();

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("menuHelp"));
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::createToolBar()
{
    m_mainToolBar = addToolBar(QString());
    m_mainToolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_mainToolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_mainToolBar->addAction(m_newAction);
    m_mainToolBar->addAction(m_openAction);
    m_mainToolBar->addAction(m_saveAction);
    m_mainToolBar->addSeparator();
    m_mainToolBar->addAction(m_undoAction);
    m_mainToolBar->addAction(m_redoAction);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_editMenu->setTitle(tr("&Edit"));
    m_layoutMenu->setTitle(tr("&Layout"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_mainToolBar->setWindowTitle(tr("Main toolbar"));

    m_newAction->setText(tr("&New"));
    m_newAction->setStatusTip(tr("Start an empty project"));
    m_openAction->setText(tr("&Open…"));
    m_saveAction->setText(tr("&Save"));
    m_saveAsAction->setText(tr("Save &As…"));
    m_exportPdfAction->setText(tr("&Export PDF…"));
    m_openAction->setStatusTip(tr("Open a project file"));
    m_saveAction->setStatusTip(tr("Save the project"));
    m_saveAsAction->setStatusTip(tr("Save the project under a new name"));
    m_exportPdfAction->setStatusTip(tr("Preview the proposal for this quote and save it as PDF"));
    m_quitAction->setText(tr("&Quit"));
    m_resetLayoutAction->setText(tr("&Reset layout"));
    m_resetLayoutAction->setStatusTip(tr("Show every pane in its default place"));
    m_aboutAction->setText(tr("&About Headroom"));
    m_aboutQtAction->setText(tr("About &Qt"));
    updateUndoRedoText();

    m_centralTabs->setTabText(0, tr("Rack layout"));
    m_centralTabs->setTabText(1, tr("Quote"));
    m_quoteMenu->setTitle(tr("&Quote"));

    m_catalogDock->setWindowTitle(tr("Catalog"));
    m_workloadsDock->setWindowTitle(tr("Workloads"));
    m_headroomDock->setWindowTitle(tr("Headroom"));

    m_systemLanguageAction->setText(tr("System language"));
    updateWindowTitle();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::createLanguageMenu()
{
    // Built once: rebuilding it from its own triggered() would delete the action that is
    // still being delivered.
    auto addLanguage = [this](const QString &code) {
        QAction *action = m_languageMenu->addAction(
            code.isEmpty() ? QString() : LanguageManager::nativeName(code));
        action->setCheckable(true);
        action->setData(code);
        action->setObjectName(QStringLiteral("actionLanguage_")
                              + (code.isEmpty() ? QStringLiteral("system") : code));
        m_languageGroup->addAction(action);
        return action;
    };
    m_systemLanguageAction = addLanguage(QString());
    m_languageMenu->addSeparator();
    for (const QString &code : LanguageManager::availableLanguages())
        addLanguage(code);
    updateLanguageChecks();
}

void MainWindow::updateLanguageChecks()
{
    const QString saved = m_languages->savedLanguage();
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == saved);
}

void MainWindow::populateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_recentFiles->files();
    for (const QString &file : files) {
        QAction *action = m_recentMenu->addAction(QFileInfo(file).fileName());
        action->setStatusTip(file);
        connect(action, &QAction::triggered, this, [this, file] { openProject(file); });
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent projects"))->setEnabled(false);
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear list"));
    clear->setEnabled(!files.isEmpty());
    connect(clear, &QAction::triggered, m_recentFiles, &RecentFiles::clear);
}

void MainWindow::updateWindowTitle()
{
    setWindowTitle(tr("%1[*] — Headroom").arg(m_project->displayName()));
    setWindowModified(m_project->isModified());
}

void MainWindow::updateUndoRedoText()
{
    const QString undoText = m_undoGroup->undoText();
    const QString redoText = m_undoGroup->redoText();
    m_undoAction->setText(undoText.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undoText));
    m_redoAction->setText(redoText.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redoText));
    m_undoAction->setEnabled(m_undoGroup->canUndo());
    m_redoAction->setEnabled(m_undoGroup->canRedo());
}

void MainWindow::followFocus(QWidget *now)
{
    if (!now || now->window() != this)
        return;
    m_undoGroup->setActiveStack(m_catalogDock->isAncestorOf(now) ? m_catalogUndoStack
                                                                 : m_project->undoStack());
}

void MainWindow::connectHeadroom()
{
    RackLayoutScene *scene = m_rackLayout->scene();
    connect(scene, &QGraphicsScene::selectionChanged, m_headroomFeed,
            [this, scene] { m_headroomFeed->setScope(scene->selectionScope()); });
    connect(m_workloadsPane, &WorkloadsPane::currentWorkloadChanged, m_headroomFeed,
            &HeadroomChartFeed::setFocusWorkload);
    // While a workload hovers over a target it fits, the charts show the drop's what-if;
    // over one that refuses it, the hall as it is, still in preview mode until the drag ends.
    const RackLayoutView *view = m_rackLayout->view();
    connect(view, &RackLayoutView::workloadDragChanged, m_headroomFeed, [this, view] {
        const WorkloadDrag &drag = view->workloadDrag();
        if (!drag.isActive())
            m_headroomFeed->clearPreview();
        else if (drag.canDrop())
            m_headroomFeed->setPreview(
                {drag.workload(), drag.check().adding, drag.check().removing});
        else
            m_headroomFeed->setPreview({drag.workload(), {}, {}});
    });
}

void MainWindow::paintEvent(QPaintEvent *event)
{
    QMainWindow::paintEvent(event);
    // Reading the catalog waits until the window is on screen (performance.md: defer
    // building models until after the first paint); the Catalog dock says it is opening
    // until then.
    if (!m_catalogRequested) {
        m_catalogRequested = true;
        QTimer::singleShot(0, this, &MainWindow::openCatalog);
    }
}

void MainWindow::openCatalog()
{
    bool created = false;
    const CatalogResult result = UserCatalog::open(m_catalog, m_catalogPath, &created);
    if (!result.ok()) {
        m_catalogBrowser->setOpenError(result.errorText);
        statusBar()->showMessage(result.errorText);
        return;
    }
    m_catalogBrowser->setDatabase(m_catalog, m_catalogUndoStack);
    if (created)
        statusBar()->showMessage(tr("Created your catalog from the built-in data."), 6000);
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultState, kStateVersion);
    for (QDockWidget *dock : {m_catalogDock, m_workloadsDock, m_headroomDock}) {
        dock->setFloating(false);
        dock->show();
    }
    m_mainToolBar->show();
}

void MainWindow::openProject(const QString &filePath)
{
    if (m_files->maybeSave())
        m_files->openFile(filePath);
}

void MainWindow::startSession(const QStringList &files)
{
    m_files->startSession(files);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Headroom"),
        tr("<h3>Headroom %1</h3>"
           "<p>Capacity planning for AI data centers: hardware, rack layouts, training and "
           "inference workloads, headroom and quotes.</p>"
           "<p>Built with Qt %2 and QCustomPlot %3.</p>")
            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                 QString::fromLatin1(QCUSTOMPLOT_VERSION_STR)));
}

void MainWindow::readSettings()
{
    QSettings settings;
    const QByteArray geometry = settings.value(kGeometryKey).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1400, 900);
    restoreState(settings.value(kStateKey).toByteArray(), kStateVersion);
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState(kStateVersion));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_files->maybeSave()) {
        event->ignore();
        return;
    }
    m_files->finishSession();
    writeSettings();
    event->accept();
}
