#include "model/workload/workloadlistmodel.h"
#include "model/workload/workloadmime.h"
#include "support/sampleworkloads.h"
#include "support/workloadfixtures.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QTest>

#include <memory>

using namespace SampleWorkloads;
using namespace WorkloadFixtures;

// The Workloads dock's table follows every edit (and its undo) and is a drag source.
class tst_WorkloadListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void followsEditsAndUndo();
    void showsAWorkload_data();
    void showsAWorkload();
    void dragsCarryIds();

private:
    static void verifyMirror(const WorkloadListModel &model, const WorkloadSet &set)
    {
        QCOMPARE(model.rowCount(), set.count());
        for (int i = 0; i < model.rowCount(); ++i)
            QCOMPARE(model.index(i, 0).data(WorkloadListModel::IdRole).toUInt(),
                     set.workloadIds().at(i));
    }
};

void tst_WorkloadListModel::followsEditsAndUndo()
{
    auto project = emptyHall();
    WorkloadListModel model(project->workloads(), project->hall());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    WorkloadEditor e = project->workloadEditor();
    const WorkloadId a = e.addWorkload(trainingJob()).createdIds.value(0);
    const WorkloadId b = e.addWorkload(inferenceService(), 0).createdIds.value(0);
    verifyMirror(model, *project->workloads());
    QCOMPARE(model.workloadAt(0), b);
    e.duplicateWorkloads({a, b});
    verifyMirror(model, *project->workloads());
    QCOMPARE(model.rowCount(), 4);
    e.assign(a, AssignmentTarget::rack(rackNamed(*project->hall(), QStringLiteral("Training 1"))));
    QCOMPARE(model.indexOf(a).siblingAtColumn(WorkloadListModel::GpusColumn).data().toInt(), 32);
    e.removeWorkloads({a, b});
    verifyMirror(model, *project->workloads());
    while (project->undoStack()->canUndo()) {
        project->undoStack()->undo();
        verifyMirror(model, *project->workloads());
    }
    while (project->undoStack()->canRedo()) {
        project->undoStack()->redo();
        verifyMirror(model, *project->workloads());
    }
    project->clear();
    verifyMirror(model, *project->workloads());
}

void tst_WorkloadListModel::showsAWorkload_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::newRow("name") << int(WorkloadListModel::NameColumn)
                          << QStringLiteral("Train Llama 2 70B");
    QTest::newRow("kind") << int(WorkloadListModel::KindColumn) << QStringLiteral("Training job");
    QTest::newRow("model") << int(WorkloadListModel::ModelColumn) << QStringLiteral("Llama 2 70B");
    QTest::newRow("summary") << int(WorkloadListModel::SummaryColumn)
                             << QStringLiteral("Llama 2 70B, 2T tokens in 30 days");
    // Training 1 and Training 2: eight servers of eight H100 each.
    QTest::newRow("servers") << int(WorkloadListModel::ServersColumn) << QStringLiteral("8");
    QTest::newRow("gpus") << int(WorkloadListModel::GpusColumn) << QStringLiteral("64");
}

void tst_WorkloadListModel::showsAWorkload()
{
    QFETCH(int, column);
    QFETCH(QString, text);
    auto project = emptyHall();
    WorkloadListModel model(project->workloads(), project->hall());
    WorkloadEditor e = project->workloadEditor();
    const WorkloadId id = e.addWorkload(trainingJob()).createdIds.value(0);
    QVERIFY(e.assign(id, AssignmentTarget::row(rowNamed(*project->hall(), QStringLiteral("Row A"))))
                .applied());
    QCOMPARE(model.index(0, column).data().toString(), text);
    QCOMPARE(model.index(0, 0).data(WorkloadListModel::KindRole).toInt(),
             int(WorkloadKind::Training));
    QVERIFY(model.index(0, 0).data(WorkloadListModel::ValidRole).toBool());
}

void tst_WorkloadListModel::dragsCarryIds()
{
    auto project = emptyHall();
    WorkloadListModel model(project->workloads(), project->hall());
    WorkloadEditor e = project->workloadEditor();
    const WorkloadId a = e.addWorkload(trainingJob()).createdIds.value(0);
    const WorkloadId b = e.addWorkload(inferenceService()).createdIds.value(0);
    QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsDragEnabled);
    QCOMPARE(model.mimeTypes(), QStringList {WorkloadMime::mimeType()});
    // Every column of both rows selected: each workload once, in list order.
    QModelIndexList indexes;
    for (int row : {1, 0}) {
        for (int column = 0; column < WorkloadListModel::ColumnCount; ++column)
            indexes.append(model.index(row, column));
    }
    const std::unique_ptr<QMimeData> data(model.mimeData(indexes));
    QCOMPARE(WorkloadMime::ids(data.get()), (QList<WorkloadId> {a, b}));
    QCOMPARE(data->text(), QStringLiteral("Train Llama 2 70B\nServe Llama 3.1 8B"));
}

QTEST_GUILESS_MAIN(tst_WorkloadListModel)
#include "tst_workloadlistmodel.moc"
