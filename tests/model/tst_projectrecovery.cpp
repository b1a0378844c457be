#include "model/project/project.h"
#include "model/project/projectfile.h"
#include "model/project/projectrecovery.h"
#include "support/layoutfixtures.h"
#include "support/sampleworkloads.h"
#include "support/testenvironment.h"
#include "support/workloadfixtures.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace LayoutFixtures;

class tst_ProjectRecovery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { HeadroomTest::useHermeticEnvironment(); }
    void autosavesOnlyWhatChanged();
    void cleanExitLeavesNothingToRecover();
    void uncleanExitIsFoundAndRecovered();
    void workloadsAreRecoveredToo();
    void liveSessionsAreNotOrphans();
    void timerAutosaves();
};

namespace {
void addRow(Project &project, const QString &name)
{
    project.layoutEditor().addRow(name);
}
} // namespace

void tst_ProjectRecovery::autosavesOnlyWhatChanged()
{
    QTemporaryDir dir;
    Project project;
    ProjectRecovery recovery(&project, dir.path());
    QVERIFY(recovery.start());
    QCOMPARE(recovery.intervalSeconds(), 60);
    QVERIFY(!recovery.autosave()); // nothing unsaved
    QVERIFY(!QFile::exists(recovery.recoveryFilePath()));

    addRow(project, QStringLiteral("A"));
    QVERIFY(recovery.autosave());
    QVERIFY(QFile::exists(recovery.recoveryFilePath()));
    QVERIFY(!recovery.autosave()); // unchanged since

    addRow(project, QStringLiteral("B"));
    QVERIFY(recovery.autosave());
    const auto loaded = ProjectFile::load(recovery.recoveryFilePath());
    QVERIFY(loaded.content);
    QCOMPARE(loaded.content->rows.size(), size_t(2));

    // Saved (clean again): the recovery file has nothing left to offer.
    project.undoStack()->setClean();
    QVERIFY(!recovery.autosave());
    QVERIFY(!QFile::exists(recovery.recoveryFilePath()));
    recovery.finish();
}

void tst_ProjectRecovery::cleanExitLeavesNothingToRecover()
{
    QTemporaryDir dir;
    Project project;
    {
        ProjectRecovery recovery(&project, dir.path());
        QVERIFY(recovery.start());
        addRow(project, QStringLiteral("A"));
        QVERIFY(recovery.autosave());
        recovery.finish();
    }
    QVERIFY(ProjectRecovery::findOrphans(dir.path()).isEmpty());
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

void tst_ProjectRecovery::uncleanExitIsFoundAndRecovered()
{
    QTemporaryDir dir;
    const QString original = dir.filePath(QStringLiteral("hall.headroom"));
    {
        Project project;
        project.setFilePath(original);
        addRow(project, QStringLiteral("Unsaved row"));
        ProjectRecovery recovery(&project, dir.path());
        QVERIFY(recovery.start());
        QVERIFY(recovery.autosave());
        // No finish(): the session ends as a crash would end it.
    }
    const auto orphans = ProjectRecovery::findOrphans(dir.path());
    QCOMPARE(orphans.size(), 1);
    QCOMPARE(orphans.first().originalPath, original);
    QVERIFY(orphans.first().savedAt.isValid());

    const auto loaded = ProjectFile::load(orphans.first().recoveryPath);
    QVERIFY(loaded.content);
    Project recovered;
    recovered.load(loaded.content->rows, loaded.content->catalog, orphans.first().originalPath);
    recovered.markModified();
    QVERIFY(recovered.isModified());
    QCOMPARE(recovered.hall()->row(recovered.hall()->rowIds().front())->name,
             QStringLiteral("Unsaved row"));

    ProjectRecovery::discard(orphans.first());
    QVERIFY(ProjectRecovery::findOrphans(dir.path()).isEmpty());
}

void tst_ProjectRecovery::workloadsAreRecoveredToo()
{
    QTemporaryDir dir;
    std::vector<WorkloadSnapshot> unsaved;
    {
        auto project = SampleWorkloads::emptyHall();
        WorkloadEditor e = project->workloadEditor();
        const WorkloadId id =
            e.addWorkload(WorkloadFixtures::inferenceService()).createdIds.value(0);
        QVERIFY(e.assign(id,
                         AssignmentTarget::rack(SampleWorkloads::rackNamed(
                             *project->hall(), QStringLiteral("Inference 1"))))
                    .applied());
        unsaved = project->workloads()->snapshot();
        ProjectRecovery recovery(project.get(), dir.path());
        QVERIFY(recovery.start());
        QVERIFY(recovery.autosave());
    }
    const auto orphans = ProjectRecovery::findOrphans(dir.path());
    QCOMPARE(orphans.size(), 1);
    const auto loaded = ProjectFile::load(orphans.first().recoveryPath);
    QVERIFY2(loaded.content, qPrintable(loaded.error));
    QVERIFY(loaded.content->workloads == unsaved);
    QCOMPARE(loaded.content->workloads.front().servers.size(), size_t(8));
    ProjectRecovery::discard(orphans.first());
}

void tst_ProjectRecovery::liveSessionsAreNotOrphans()
{
    QTemporaryDir dir;
    Project project;
    ProjectRecovery recovery(&project, dir.path());
    QVERIFY(recovery.start());
    addRow(project, QStringLiteral("A"));
    QVERIFY(recovery.autosave());
    // Another window (or instance) starting now must not offer a running session's work.
    QVERIFY(ProjectRecovery::findOrphans(dir.path()).isEmpty());
    recovery.finish();
}

void tst_ProjectRecovery::timerAutosaves()
{
    QTemporaryDir dir;
    Project project;
    ProjectRecovery recovery(&project, dir.path());
    recovery.setIntervalSeconds(1);
    QCOMPARE(recovery.intervalSeconds(), 1);
    QVERIFY(recovery.start());
    addRow(project, QStringLiteral("A"));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(recovery.recoveryFilePath()), 5000);
    recovery.finish();
}

QTEST_GUILESS_MAIN(tst_ProjectRecovery)
#include "tst_projectrecovery.moc"
