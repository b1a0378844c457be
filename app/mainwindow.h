#pragma once

#include <QByteArray>
#include <QMainWindow>

class CatalogBrowser;
class CatalogDatabase;
class HeadroomChartFeed;
class HeadroomPane;
class LanguageManager;
class Project;
class QuotePane;
class ProjectFileController;
class QAction;
class QActionGroup;
class QDockWidget;
class QMenu;
class QTabWidget;
class QToolBar;
class RackLayoutPane;
class QUndoGroup;
class QUndoStack;
class RecentFiles;
class WorkloadsPane;

// Composes the window: the rack layout and quote tabs in the middle, the Catalog,
// Workloads and Headroom docks around them, menus and actions wired to the project's
// undo stack. Features live in their own classes; this one only puts them together.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(LanguageManager *languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    Project *project() const { return m_project; }
    ProjectFileController *fileController() const { return m_files; }
    CatalogDatabase *catalog() const { return m_catalog; }
    CatalogBrowser *catalogBrowser() const { return m_catalogBrowser; }

    // The catalog file to open instead of the user's own (--catalog). The catalog opens
    // after the window's first paint, so set it before showing the window.
    void setCatalogPath(const QString &filePath) { m_catalogPath = filePath; }

    // Shows every dock in its default place, as on first start.
    void resetLayout();
    // Opens a project file (from Open Recent), asking first about unsaved changes.
    void openProject(const QString &filePath);
    // After the first show: recovery, the files from the command line, or on the very
    // first run the sample project.
    void startSession(const QStringList &files);

protected:
    void closeEvent(QCloseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createCentralArea();
    void createDocks();
    void retranslateUi();

    void readSettings();
    void writeSettings() const;

    void updateWindowTitle();
    void updateUndoRedoText();
    void populateRecentMenu();
    void createLanguageMenu();
    void updateLanguageChecks();

    void openCatalog();
    // The Headroom dock follows the selection and previews workload drags.
    void connectHeadroom();
    void followFocus(QWidget *now);
    void showAbout();

    LanguageManager *m_languages;
    Project *m_project;
    RecentFiles *m_recentFiles;
    ProjectFileController *m_files;
    QByteArray m_defaultState;

    QTabWidget *m_centralTabs = nullptr;
    RackLayoutPane *m_rackLayout = nullptr;
    QuotePane *m_quotePane = nullptr;
    QDockWidget *m_catalogDock = nullptr;
    QDockWidget *m_workloadsDock = nullptr;
    QDockWidget *m_headroomDock = nullptr;
    CatalogBrowser *m_catalogBrowser = nullptr;
    CatalogDatabase *m_catalog = nullptr;
    QUndoStack *m_catalogUndoStack = nullptr;
    // Undo and Redo act on the stack of whatever has focus: catalog edits on the
    // catalog's own stack, everything else on the project's.
    QUndoGroup *m_undoGroup = nullptr;
    QString m_catalogPath;
    bool m_catalogRequested = false;
    QMetaObject::Connection m_focusConnection;
    WorkloadsPane *m_workloadsPane = nullptr;
    HeadroomPane *m_headroomPane = nullptr;
    HeadroomChartFeed *m_headroomFeed = nullptr;
    QToolBar *m_mainToolBar = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_layoutMenu = nullptr;
    QMenu *m_quoteMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_systemLanguageAction = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_exportPdfAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_resetLayoutAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};
