#pragma once

#include <QByteArray>
#include <QMainWindow>

class HeadroomChartView;
class LanguageManager;
class PlaceholderPane;
class Project;
class ProjectFileController;
class QAction;
class QActionGroup;
class QDockWidget;
class QMenu;
class QTabWidget;
class QToolBar;
class RackLayoutPane;
class RecentFiles;

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

    // Shows every dock in its default place, as on first start.
    void resetLayout();
    // Opens a project file (from Open Recent), asking first about unsaved changes.
    void openProject(const QString &filePath);
    // After the first show: recovery, the files from the command line, or on the very
    // first run the sample project.
    void startSession(const QStringList &files);

protected:
    void closeEvent(QCloseEvent *event) override;
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

    void showAbout();

    LanguageManager *m_languages;
    Project *m_project;
    RecentFiles *m_recentFiles;
    ProjectFileController *m_files;
    QByteArray m_defaultState;

    QTabWidget *m_centralTabs = nullptr;
    RackLayoutPane *m_rackLayout = nullptr;
    PlaceholderPane *m_quotePane = nullptr;
    QDockWidget *m_catalogDock = nullptr;
    QDockWidget *m_workloadsDock = nullptr;
    QDockWidget *m_headroomDock = nullptr;
    PlaceholderPane *m_catalogPane = nullptr;
    PlaceholderPane *m_workloadsPane = nullptr;
    HeadroomChartView *m_headroomChart = nullptr;
    QToolBar *m_mainToolBar = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_layoutMenu = nullptr;
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
