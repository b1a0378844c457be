#include "model/project/project.h"
#include "support/sampleworkloads.h"
#include "support/workloadfixtures.h"

#include <QTest>

using namespace SampleWorkloads;
using namespace WorkloadFixtures;

namespace {
enum class Edit {
    AddWorkload,
    AddFromTemplate,
    EditWorkload,
    DuplicateWorkloads,
    RemoveAssignedWorkload,
    AssignToServer,
    AssignToRack,
    AssignToRow,
    AssignMore,
    MoveAssignment,
    UnassignFromRack,
    UnassignEverywhere,
    UnassignServers,
    RemoveAssignedPlacement,
    RemoveRackWithAssignments,
    RemoveRowWithAssignments,
};
}
Q_DECLARE_METATYPE(Edit)

// Every workload edit is one undo step that round-trips exactly, edits that change nothing
// push nothing, and removing servers that run workloads keeps undo exact.
//
// The project is the sample hall with two workloads: a training job on Training 1 and an
// inference service (Llama 3.1 8B) on the first two servers of Inference 1.
class tst_WorkloadEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void init();
    void cleanup() { m_project.reset(); }

    void everyEditRoundTrips_data();
    void everyEditRoundTrips();
    void editsThatChangeNothingPushNothing();
    void invalidWorkloadsAreRefusedWithTheirFields();
    void refusedAssignmentsPushNothing();
    void continuousEditsMerge();
    void removingAServerKeepsTheWorkload();

private:
    struct State
    {
        std::vector<WorkloadSnapshot> workloads;
        std::vector<RowSnapshot> rows;
        friend bool operator==(const State &, const State &) = default;
    };
    State state() const
    {
        return {m_project->workloads()->snapshot(), m_project->hall()->snapshot()};
    }
    WorkloadEditor editor() { return m_project->workloadEditor(); }
    const DataHall &hall() const { return *m_project->hall(); }

    std::unique_ptr<Project> m_project;
    WorkloadId m_training = 0;
    WorkloadId m_inference = 0;
    RackId m_training1 = 0, m_training2 = 0, m_inference1 = 0;
};

void tst_WorkloadEditor::init()
{
    m_project = emptyHall();
    m_training1 = rackNamed(hall(), QStringLiteral("Training 1"));
    m_training2 = rackNamed(hall(), QStringLiteral("Training 2"));
    m_inference1 = rackNamed(hall(), QStringLiteral("Inference 1"));
    WorkloadEditor e = editor();
    m_training = e.addWorkload(trainingJob()).createdIds.value(0);
    m_inference = e.addWorkload(inferenceService()).createdIds.value(0);
    QVERIFY(e.assign(m_training, AssignmentTarget::rack(m_training1)).applied());
    QVERIFY(e.assign(m_inference, AssignmentTarget::server(hall().placementIds(m_inference1).at(0)))
                .applied());
    QVERIFY(e.assign(m_inference, AssignmentTarget::server(hall().placementIds(m_inference1).at(1)))
                .applied());
    m_project->undoStack()->clear();
}

void tst_WorkloadEditor::everyEditRoundTrips_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::newRow("add workload") << Edit::AddWorkload;
    QTest::newRow("add from template") << Edit::AddFromTemplate;
    QTest::newRow("edit workload") << Edit::EditWorkload;
    QTest::newRow("duplicate workloads") << Edit::DuplicateWorkloads;
    QTest::newRow("remove an assigned workload") << Edit::RemoveAssignedWorkload;
    QTest::newRow("assign to a server") << Edit::AssignToServer;
    QTest::newRow("assign to a rack") << Edit::AssignToRack;
    QTest::newRow("assign to a row") << Edit::AssignToRow;
    QTest::newRow("assign more servers") << Edit::AssignMore;
    QTest::newRow("move an assignment") << Edit::MoveAssignment;
    QTest::newRow("unassign from a rack") << Edit::UnassignFromRack;
    QTest::newRow("unassign everywhere") << Edit::UnassignEverywhere;
    QTest::newRow("unassign servers") << Edit::UnassignServers;
    QTest::newRow("remove an assigned placement") << Edit::RemoveAssignedPlacement;
    QTest::newRow("remove a rack with assignments") << Edit::RemoveRackWithAssignments;
    QTest::newRow("remove a row with assignments") << Edit::RemoveRowWithAssignments;
}

void tst_WorkloadEditor::everyEditRoundTrips()
{
    QFETCH(Edit, edit);
    WorkloadEditor e = editor();
    const State before = state();
    const auto &inferenceServers = hall().placementIds(m_inference1);
    const PlacementId third = inferenceServers.at(2);
    bool applied = false;
    switch (edit) {
    case Edit::AddWorkload:
        applied = e.addWorkload(inferenceService("Mistral 7B"), 1).applied();
        break;
    case Edit::AddFromTemplate:
        applied = e.addFromTemplate(QStringLiteral("pretrain-70b-2t-30d")).applied();
        break;
    case Edit::EditWorkload: {
        Workload w = *m_project->workloads()->workload(m_training);
        w.training.deadlineSeconds = 10 * 86400.0;
        w.name = QStringLiteral("Faster");
        applied = e.editWorkload(w).applied();
        break;
    }
    case Edit::DuplicateWorkloads:
        applied = e.duplicateWorkloads({m_inference, m_training}).applied();
        break;
    case Edit::RemoveAssignedWorkload:
        applied = e.removeWorkloads({m_training}).applied();
        break;
    case Edit::AssignToServer:
        applied = e.assign(m_inference, AssignmentTarget::server(third)).applied();
        break;
    case Edit::AssignToRack:
        applied = e.assign(m_inference, AssignmentTarget::rack(m_inference1)).applied();
        break;
    case Edit::AssignToRow:
        applied = e.assign(m_training, AssignmentTarget::row(hall().rowOf(m_training1))).applied();
        break;
    case Edit::AssignMore:
        applied = e.assign(m_training, AssignmentTarget::rack(m_training2)).applied();
        break;
    case Edit::MoveAssignment:
        applied = e.moveAssignment(m_training, AssignmentTarget::rack(m_training1),
                                   AssignmentTarget::rack(m_training2))
                      .applied();
        break;
    case Edit::UnassignFromRack:
        applied = e.unassign(m_inference, AssignmentTarget::rack(m_inference1)).applied();
        break;
    case Edit::UnassignEverywhere:
        applied = e.unassign(m_training).applied();
        break;
    case Edit::UnassignServers:
        applied =
            e.unassignServers({inferenceServers.at(0), hall().placementIds(m_training1).at(2)})
                .applied();
        break;
    case Edit::RemoveAssignedPlacement:
        applied = m_project->layoutEditor().removePlacements({inferenceServers.at(1)}).applied();
        break;
    case Edit::RemoveRackWithAssignments:
        applied = m_project->layoutEditor().removeRacks({m_training1}).applied();
        break;
    case Edit::RemoveRowWithAssignments:
        applied = m_project->layoutEditor().removeRow(hall().rowOf(m_inference1)).applied();
        break;
    }
    QVERIFY(applied);
    QCOMPARE(m_project->undoStack()->count(), 1);
    const State after = state();
    QVERIFY(!(after == before));
    // No workload may run on a server the hall no longer has.
    for (const Assignment &a : m_project->workloads()->assignments())
        QVERIFY2(hall().placement(a.server), qPrintable(QString::number(a.server)));

    m_project->undoStack()->undo();
    QVERIFY(state() == before);
    m_project->undoStack()->redo();
    QVERIFY(state() == after);
    m_project->undoStack()->undo();
    QVERIFY(state() == before);
}

void tst_WorkloadEditor::editsThatChangeNothingPushNothing()
{
    WorkloadEditor e = editor();
    const Workload same = *m_project->workloads()->workload(m_training);
    QCOMPARE(e.editWorkload(same).status, WorkloadEditOutcome::Status::Unchanged);
    Workload padded = same;
    padded.name = QStringLiteral("  ") + same.name + QStringLiteral(" ");
    QCOMPARE(e.editWorkload(padded).status, WorkloadEditOutcome::Status::Unchanged);
    const WorkloadEditOutcome again = e.assign(m_training, AssignmentTarget::rack(m_training1));
    QCOMPARE(again.status, WorkloadEditOutcome::Status::Unchanged);
    QCOMPARE(again.message, QStringLiteral("Train Llama 2 70B already runs on Training 1."));
    QCOMPARE(e.unassign(m_training, AssignmentTarget::rack(m_training2)).status,
             WorkloadEditOutcome::Status::Unchanged);
    QCOMPARE(e.moveAssignment(m_training, AssignmentTarget::rack(m_training1),
                              AssignmentTarget::rack(m_training1))
                 .status,
             WorkloadEditOutcome::Status::Unchanged);
    QCOMPARE(e.unassignServers({hall().placementIds(m_training2).at(0)}).status,
             WorkloadEditOutcome::Status::Unchanged);
    QCOMPARE(e.removeWorkloads({9999}).status, WorkloadEditOutcome::Status::Unchanged);
    QCOMPARE(e.duplicateWorkloads({}).status, WorkloadEditOutcome::Status::Unchanged);
    QCOMPARE(m_project->undoStack()->count(), 0);
}

void tst_WorkloadEditor::invalidWorkloadsAreRefusedWithTheirFields()
{
    WorkloadEditor e = editor();
    Workload bad = inferenceService();
    bad.inference.requestRatePerSecond = 0;
    bad.inference.outputTokens = 0;
    const WorkloadEditOutcome added = e.addWorkload(bad);
    QCOMPARE(added.status, WorkloadEditOutcome::Status::Refused);
    QCOMPARE(added.errors.size(), 2);
    QCOMPARE(added.errors.at(0).field, WorkloadField::RequestRate);
    QCOMPARE(added.errors.at(1).field, WorkloadField::OutputTokens);
    QCOMPARE(added.message, added.errors.at(0).message);
    bad.id = m_inference;
    QCOMPARE(e.editWorkload(bad).status, WorkloadEditOutcome::Status::Refused);
    QCOMPARE(e.addFromTemplate(QStringLiteral("nope")).status,
             WorkloadEditOutcome::Status::Refused);
    QCOMPARE(m_project->undoStack()->count(), 0);
    QCOMPARE(m_project->workloads()->count(), 2);
}

void tst_WorkloadEditor::refusedAssignmentsPushNothing()
{
    WorkloadEditor e = editor();
    const WorkloadId big =
        e.addWorkload(trainingJob("Llama 3.1 405B", 15.6e12, 90)).createdIds.value(0);
    m_project->undoStack()->clear();
    const WorkloadEditOutcome outcome = e.assign(big, AssignmentTarget::rack(m_training2));
    QCOMPARE(outcome.status, WorkloadEditOutcome::Status::Refused);
    QCOMPARE(outcome.message, outcome.check.reason);
    QVERIFY2(outcome.message.startsWith(QStringLiteral("Llama 3.1 405B needs ")),
             qPrintable(outcome.message));
    QCOMPARE(m_project->undoStack()->count(), 0);
    QVERIFY(m_project->workloads()->servers(big).empty());
}

void tst_WorkloadEditor::continuousEditsMerge()
{
    WorkloadEditor e = editor();
    const Workload original = *m_project->workloads()->workload(m_training);
    Workload w = original;
    for (double tokens : {1e12, 1.5e12, 3e12}) {
        w.training.tokens = tokens;
        QVERIFY(e.editWorkload(w).applied());
    }
    QCOMPARE(m_project->undoStack()->count(), 1);
    QCOMPARE(m_project->undoStack()->undoText(),
             QStringLiteral("Change Training tokens of Train Llama 2 70B"));
    // Another field is another step.
    w.training.deadlineSeconds = 86400.0;
    QVERIFY(e.editWorkload(w).applied());
    QCOMPARE(m_project->undoStack()->count(), 2);
    m_project->undoStack()->undo();
    m_project->undoStack()->undo();
    QVERIFY(*m_project->workloads()->workload(m_training) == original);
    // Typing back to where it started leaves nothing to undo.
    m_project->undoStack()->clear();
    w = original;
    w.training.tokens = 5e11;
    QVERIFY(e.editWorkload(w).applied());
    w.training.tokens = original.training.tokens;
    QVERIFY(e.editWorkload(w).applied());
    QCOMPARE(m_project->undoStack()->count(), 0);
}

void tst_WorkloadEditor::removingAServerKeepsTheWorkload()
{
    const PlacementId server = hall().placementIds(m_inference1).at(0);
    QVERIFY(m_project->layoutEditor().removePlacements({server}).applied());
    QCOMPARE(m_project->workloads()->count(), 2);
    QCOMPARE(m_project->workloads()->servers(m_inference),
             std::vector<PlacementId> {hall().placementIds(m_inference1).at(0)});
    QCOMPARE(m_project->undoStack()->undoText(), QStringLiteral("Remove 1 item(s)"));
}

QTEST_GUILESS_MAIN(tst_WorkloadEditor)
#include "tst_workloadeditor.moc"
