#include "app/projectfilecontroller.h"
#include "app/recentfiles.h"
#include "model/project/project.h"
#include "model/project/projectfile.h"
#include "model/project/projectrecovery.h"
#include "support/testenvironment.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

namespace {
// Answers the controller's questions from a script instead of dialogs, and records them.
class ScriptedController : public ProjectFileController
{
public:
    using ProjectFileController::ProjectFileController;

    UnsavedAnswer unsavedAnswer = UnsavedAnswer::Cancel;
    QString openPath;
    QString savePath;
    bool recoverAnswer = true;
    QStringList asked;
    QStringList errors;

protected:
    UnsavedAnswer askUnsavedChanges() override
    {
        asked.append(QStringLiteral("unsaved"));
        return unsavedAnswer;
    }
    QString chooseOpenPath() override
    {
        asked.append(QStringLiteral("open"));
        return openPath;
    }
    QString chooseSavePath() override
    {
        asked.append(QStringLiteral("save"));
        return savePath;
    }
    bool askRecover(const ProjectRecovery::Candidate &) override
    {
        asked.append(QStringLiteral("recover"));
        return recoverAnswer;
    }
    void showError(const QString &, const QString &message) override { errors.append(message); }
};
} // namespace

class tst_ProjectFileController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { HeadroomTest::useHermeticEnvironment(); }
    void init();
    void cleanup();

    void saveAsThenSave();
    void unsavedChangesAsk_data();
    void unsavedChangesAsk();
    void openingABadFileKeepsTheProject();
    void firstRunShowsTheSampleOnce();
    void filesFromTheCommandLineOpen();
    void recoveryIsOfferedAfterAnUncleanExit_data();
    void recoveryIsOfferedAfterAnUncleanExit();

private:
    void addRow() { m_project->layoutEditor().addRow(QStringLiteral("Row")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<RecentFiles> m_recent;
    std::unique_ptr<ScriptedController> m_files;
};

void tst_ProjectFileController::init()
{
    QSettings().clear();
    QDir(ProjectFileController::recoveryDirectory()).removeRecursively();
    m_dir = std::make_unique<QTemporaryDir>();
    m_window = std::make_unique<QWidget>();
    m_project = std::make_unique<Project>();
    m_recent = std::make_unique<RecentFiles>();
    m_files = std::make_unique<ScriptedController>(m_project.get(), m_recent.get(), m_window.get());
}

void tst_ProjectFileController::cleanup()
{
    m_files->finishSession();
    m_files.reset();
    m_recent.reset();
    m_project.reset();
    m_window.reset();
    m_dir.reset();
}

void tst_ProjectFileController::saveAsThenSave()
{
    addRow();
    QVERIFY(m_project->isModified());
    m_files->savePath = m_dir->filePath(QStringLiteral("north")); // no suffix: one is added
    QVERIFY(m_files->save()); // untitled: asks for a name
    QCOMPARE(m_files->asked, QStringList {QStringLiteral("save")});
    const QString path = m_dir->filePath(QStringLiteral("north.headroom"));
    QCOMPARE(m_project->filePath(), path);
    QVERIFY(!m_project->isModified());
    QCOMPARE(m_recent->files(), QStringList {path});
    QVERIFY(ProjectFile::load(path).content);

    addRow();
    QVERIFY(m_files->save()); // titled: no question
    QCOMPARE(m_files->asked.size(), 1);
    QCOMPARE(ProjectFile::load(path).content->rows.size(), size_t(2));
}

void tst_ProjectFileController::unsavedChangesAsk_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<bool>("goesOn");
    QTest::addColumn<bool>("saved");
    QTest::newRow("save") << int(ProjectFileController::UnsavedAnswer::Save) << true << true;
    QTest::newRow("discard") << int(ProjectFileController::UnsavedAnswer::Discard) << true << false;
    QTest::newRow("cancel") << int(ProjectFileController::UnsavedAnswer::Cancel) << false << false;
}

void tst_ProjectFileController::unsavedChangesAsk()
{
    QFETCH(int, answer);
    QFETCH(bool, goesOn);
    QFETCH(bool, saved);
    QVERIFY(m_files->maybeSave()); // nothing unsaved: no question
    QVERIFY(m_files->asked.isEmpty());
    addRow();
    m_files->unsavedAnswer = static_cast<ProjectFileController::UnsavedAnswer>(answer);
    m_files->savePath = m_dir->filePath(QStringLiteral("asked.headroom"));
    QCOMPARE(m_files->maybeSave(), goesOn);
    QCOMPARE(m_files->asked.first(), QStringLiteral("unsaved"));
    QCOMPARE(QFile::exists(m_files->savePath), saved);
    m_files->newProject();
    QCOMPARE(m_project->hall()->rowIds().empty(), goesOn);
}

void tst_ProjectFileController::openingABadFileKeepsTheProject()
{
    addRow();
    m_project->undoStack()->setClean();
    const QString bad = m_dir->filePath(QStringLiteral("bad.headroom"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a project");
    file.close();
    m_files->openPath = bad;
    QVERIFY(!m_files->open());
    QCOMPARE(m_files->errors.size(), 1);
    QVERIFY(m_files->errors.first().startsWith(QStringLiteral("Cannot open bad.headroom")));
    QCOMPARE(m_project->hall()->rowIds().size(), size_t(1));
    QVERIFY(m_recent->files().isEmpty());
}

void tst_ProjectFileController::firstRunShowsTheSampleOnce()
{
    m_files->startSession({});
    QCOMPARE(m_project->hall()->totals().rackCount, 4);
    QVERIFY(!m_project->isModified());
    QVERIFY(m_project->filePath().isEmpty());
    m_files->finishSession();

    Project second;
    ScriptedController files(&second, m_recent.get(), m_window.get());
    files.startSession({});
    QVERIFY(second.hall()->rowIds().empty());
    files.finishSession();
}

void tst_ProjectFileController::filesFromTheCommandLineOpen()
{
    Project source;
    source.layoutEditor().addRow(QStringLiteral("Given"));
    const QString path = m_dir->filePath(QStringLiteral("given.headroom"));
    QString error;
    QVERIFY(ProjectFile::save(*source.hall(), path, &error));
    m_files->startSession({path});
    QCOMPARE(m_project->filePath(), path);
    QCOMPARE(m_project->hall()->row(m_project->hall()->rowIds().front())->name,
             QStringLiteral("Given"));
    QVERIFY(!QSettings().value(QStringLiteral("project/sampleShown")).toBool());
}

void tst_ProjectFileController::recoveryIsOfferedAfterAnUncleanExit_data()
{
    QTest::addColumn<bool>("accept");
    QTest::newRow("recover") << true;
    QTest::newRow("decline") << false;
}

void tst_ProjectFileController::recoveryIsOfferedAfterAnUncleanExit()
{
    QFETCH(bool, accept);
    const QString original = m_dir->filePath(QStringLiteral("crashed.headroom"));
    {
        // A session that ends without finishSession(), as a crash would.
        Project crashed;
        crashed.setFilePath(original);
        crashed.layoutEditor().addRow(QStringLiteral("Unsaved work"));
        ProjectRecovery recovery(&crashed, ProjectFileController::recoveryDirectory());
        QVERIFY(recovery.start());
        QVERIFY(recovery.autosave());
    }
    m_files->recoverAnswer = accept;
    m_files->startSession({});
    QCOMPARE(m_files->asked, QStringList {QStringLiteral("recover")});
    if (accept) {
        QCOMPARE(m_project->filePath(), original);
        QVERIFY(m_project->isModified());
        QCOMPARE(m_project->hall()->row(m_project->hall()->rowIds().front())->name,
                 QStringLiteral("Unsaved work"));
    } else {
        // Declined: the session goes on as a first run would, with the sample.
        QCOMPARE(m_project->hall()->totals().rackCount, 4);
        QVERIFY(!m_project->isModified());
    }
    // Offered once: the next start finds nothing left behind.
    QVERIFY(ProjectRecovery::findOrphans(ProjectFileController::recoveryDirectory()).isEmpty());
}

QTEST_MAIN(tst_ProjectFileController)
#include "tst_projectfilecontroller.moc"
