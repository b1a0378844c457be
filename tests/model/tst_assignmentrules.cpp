#include "model/workload/assignmentrules.h"
#include "support/sampleworkloads.h"
#include "support/workloadfixtures.h"

#include <QRegularExpression>
#include <QTest>

using namespace SampleWorkloads;
using namespace WorkloadFixtures;

// Whether a workload can run where it is dropped, and why not, in a planner's words. The
// hall is the sample's: H100 SXM5 80 GB servers joined eight to an NVLink domain in
// Training 1 and 2, L40S 48 GB PCIe cards without NVLink in Inference 1.
class tst_AssignmentRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void init() { m_project = emptyHall(); }
    void cleanup() { m_project.reset(); }

    void verdicts_data();
    void verdicts();
    void trainingNeedsEnoughGpusForItsStates();
    void sharingAServerIsAllowedButSaid();
    void aMoveLeavesTheSourceServers();
    void resolvesTargetsToGpuServers();

private:
    const DataHall &hall() const { return *m_project->hall(); }
    AssignmentTarget rack(const char *name) const
    {
        return AssignmentTarget::rack(rackNamed(hall(), QLatin1String(name)));
    }
    std::unique_ptr<Project> m_project;
};

void tst_AssignmentRules::verdicts_data()
{
    QTest::addColumn<Workload>("workload");
    QTest::addColumn<QString>("target"); // rack name, "server" (first of Inference 1) or "hall"
    QTest::addColumn<int>("verdict");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QStringList>("warnings");
    QTest::addColumn<int>("gpus");

    const int fits = int(AssignmentCheck::Verdict::Fits);
    const int refused = int(AssignmentCheck::Verdict::Refused);

    // 405.853e9 parameters x 2 bytes = 812 GB of weights; an H100 keeps 10 % in reserve,
    // 72 GB usable: 8 GPUs hold 576 GB, 16 hold 1,152 GB. A server joins 8.
    QTest::newRow("405B at bf16 does not fit a replica in one NVLink domain")
        << inferenceService("Llama 3.1 405B") << QStringLiteral("Training 1") << refused
        << QStringLiteral("Llama 3.1 405B needs 16 GPUs of 80 GB at bf16 for one replica in one "
                          "NVLink domain; the servers of Training 1 join 8.")
        << QStringList() << 32;
    // At fp8 the weights are 406 GB: 8 GPUs (576 GB usable) hold them and the KV cache.
    QTest::newRow("405B at fp8 fits eight H100")
        << inferenceService("Llama 3.1 405B", 5.0, Precision::Fp8) << QStringLiteral("Training 1")
        << fits << QString() << QStringList() << 32;
    // 70.554e9 x 1 byte = 70.6 GB; an L40S keeps 43.2 GB of its 48 GB, and it has no NVLink.
    QTest::newRow("70B at fp8 needs two L40S joined")
        << inferenceService("Llama 3.1 70B", 50.0, Precision::Fp8) << QStringLiteral("Inference 1")
        << refused
        << QStringLiteral("Llama 3.1 70B needs 2 GPUs of 48 GB at fp8 for one replica in one "
                          "NVLink domain; the servers of Inference 1 join 1.")
        << QStringList() << 32;
    // 8.03e9 x 2 bytes = 16 GB on one 48 GB card.
    QTest::newRow("8B on one server lacks N+1")
        << inferenceService() << QStringLiteral("server") << fits << QString()
        << QStringList {QStringLiteral("N+1 redundancy needs a second server: with one, a "
                                       "failure stops Serve Llama 3.1 8B.")}
        << 4;
    QTest::newRow("8B on the inference rack") << inferenceService() << QStringLiteral("Inference 1")
                                              << fits << QString() << QStringList() << 32;
    QTest::newRow("no GPU servers in the storage rack")
        << inferenceService() << QStringLiteral("Storage and network") << refused
        << QStringLiteral("Storage and network holds no GPU servers to run Serve Llama 3.1 8B.")
        << QStringList() << 0;
    Workload invalid = inferenceService();
    invalid.inference.inputTokens = 0;
    QTest::newRow("an invalid workload runs nowhere")
        << invalid << QStringLiteral("Inference 1") << refused
        << QStringLiteral("Serve Llama 3.1 8B cannot run anywhere yet: A request has at least one "
                          "input token.")
        << QStringList() << 0;
    // H100 SXM5 (80 GB) and L40S (48 GB) together: sized on the L40S.
    QTest::newRow("different accelerators are sized on the weakest")
        << inferenceService() << QStringLiteral("hall") << fits << QString()
        << QStringList {QStringLiteral("The servers carry different accelerators; Serve Llama "
                                       "3.1 8B is sized on the weakest, NVIDIA L40S.")}
        << 96;
    Workload fixedTp = inferenceService();
    fixedTp.inference.tensorParallel = 16;
    QTest::newRow("fixed tensor parallelism wider than a server")
        << fixedTp << QStringLiteral("Training 2") << refused
        << QStringLiteral("Tensor parallelism of 16 needs 16 GPUs in one NVLink domain; the "
                          "servers of Training 2 join 8.")
        << QStringList() << 32;
    // 68.977e9 x (2 + 2 + 12) bytes of weights, gradients and Adam states = 1.10 TB: a rack
    // of 32 H100 holds 34.5 GB each, with room for activations.
    QTest::newRow("70B pre-training on a training rack")
        << trainingJob() << QStringLiteral("Training 2") << fits << QString() << QStringList()
        << 32;
}

void tst_AssignmentRules::verdicts()
{
    QFETCH(Workload, workload);
    QFETCH(QString, target);
    QFETCH(int, verdict);
    QFETCH(QString, reason);
    QFETCH(QStringList, warnings);
    QFETCH(int, gpus);
    AssignmentTarget to = AssignmentTarget::hall();
    if (target == QLatin1String("server"))
        to = AssignmentTarget::server(serverOf(hall(), QStringLiteral("Inference 1"), 0));
    else if (target != QLatin1String("hall"))
        to = AssignmentTarget::rack(rackNamed(hall(), target));
    const AssignmentCheck check =
        AssignmentRules::check(hall(), *m_project->workloads(), workload, {}, to);
    QCOMPARE(check.reason, reason);
    QCOMPARE(int(check.verdict), verdict);
    QCOMPARE(check.warnings, warnings);
    QCOMPARE(check.gpus, gpus);
}

void tst_AssignmentRules::trainingNeedsEnoughGpusForItsStates()
{
    // Llama 2 70B keeps 68.977e9 x 16 bytes = 1.10 TB of weights, gradients and optimizer
    // states; at 72 GB usable per H100 that takes at least 16 GPUs before any activation.
    const AssignmentCheck check = AssignmentRules::check(
        hall(), *m_project->workloads(), trainingJob(), {},
        AssignmentTarget::server(serverOf(hall(), QStringLiteral("Training 1"), 0)));
    QCOMPARE(check.verdict, AssignmentCheck::Verdict::Refused);
    const QRegularExpression pattern(QStringLiteral(
        "^Llama 2 70B needs (\\d+) GPUs of 80 GB at bf16 to train; NVIDIA DGX H100 at U3 in "
        "Training 1 has 8\\.$"));
    const QRegularExpressionMatch match = pattern.match(check.reason);
    QVERIFY2(match.hasMatch(), qPrintable(check.reason));
    QVERIFY(match.captured(1).toInt() >= 16);
}

void tst_AssignmentRules::sharingAServerIsAllowedButSaid()
{
    WorkloadEditor e = m_project->workloadEditor();
    const WorkloadId training = e.addWorkload(trainingJob()).createdIds.value(0);
    QVERIFY(e.assign(training, rack("Training 1")).applied());
    const WorkloadId chat = e.addWorkload(inferenceService()).createdIds.value(0);
    const AssignmentCheck check = e.checkAssignment(chat, rack("Training 1"));
    QCOMPARE(check.verdict, AssignmentCheck::Verdict::Fits);
    QCOMPARE(check.warnings,
             QStringList {QStringLiteral("4 of these server(s) already run training; inference "
                                         "will share them.")});
    QVERIFY(e.assign(chat, rack("Training 1")).applied());
}

void tst_AssignmentRules::aMoveLeavesTheSourceServers()
{
    WorkloadEditor e = m_project->workloadEditor();
    const WorkloadId training = e.addWorkload(trainingJob()).createdIds.value(0);
    QVERIFY(e.assign(training, rack("Training 1")).applied());
    const AssignmentCheck check =
        e.checkAssignment(training, rack("Training 2"), rack("Training 1"));
    QCOMPARE(check.verdict, AssignmentCheck::Verdict::Fits);
    std::vector<PlacementId> t1 = hall().placementIds(rack("Training 1").id);
    std::vector<PlacementId> t2 = hall().placementIds(rack("Training 2").id);
    std::sort(t1.begin(), t1.end());
    std::sort(t2.begin(), t2.end());
    QCOMPARE(check.removing, t1);
    QCOMPARE(check.adding, t2);
    QCOMPARE(check.gpus, 32);
}

void tst_AssignmentRules::resolvesTargetsToGpuServers()
{
    QCOMPARE(AssignmentRules::serversIn(hall(), rack("Training 1")).size(), size_t(4));
    QCOMPARE(AssignmentRules::serversIn(
                 hall(), AssignmentTarget::row(rowNamed(hall(), QStringLiteral("Row B"))))
                 .size(),
             size_t(8));
    QCOMPARE(AssignmentRules::serversIn(hall(), AssignmentTarget::hall()).size(), size_t(16));
    // A switch is a placement but not a GPU server.
    const PlacementId switchId = serverOf(hall(), QStringLiteral("Storage and network"), 2);
    QVERIFY(AssignmentRules::serversIn(hall(), AssignmentTarget::server(switchId)).empty());
    QCOMPARE(AssignmentRules::targetName(hall(), rack("Inference 1")),
             QStringLiteral("Inference 1"));
    QCOMPARE(AssignmentRules::targetName(hall(), AssignmentTarget::hall()),
             QStringLiteral("the hall"));
}

QTEST_GUILESS_MAIN(tst_AssignmentRules)
#include "tst_assignmentrules.moc"
