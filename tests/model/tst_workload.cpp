#include "model/workload/workload.h"
#include "support/workloadfixtures.h"

#include <QTest>

#include <functional>

using namespace WorkloadFixtures;
using Change = std::function<void(Workload &)>;
Q_DECLARE_METATYPE(Change)
Q_DECLARE_METATYPE(WorkloadField)

// Validation names the field that is wrong, for both kinds of workload.
class tst_Workload : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void fixturesAreValid();
    void validationNamesTheField_data();
    void validationNamesTheField();
    void differingFieldsListsEachChange();
    void summaryReadsLikeTheIssue();
    void kindKeysRoundTrip();
};

void tst_Workload::fixturesAreValid()
{
    QVERIFY(trainingJob().validate().isEmpty());
    QVERIFY(inferenceService().validate().isEmpty());
}

void tst_Workload::validationNamesTheField_data()
{
    QTest::addColumn<bool>("training");
    QTest::addColumn<Change>("change");
    QTest::addColumn<WorkloadField>("field");
    QTest::addColumn<QString>("words"); // part of the message

    QTest::newRow("empty name") << true
                                << Change([](Workload &w) { w.name = QStringLiteral("  "); })
                                << WorkloadField::Name << QStringLiteral("needs a name");
    QTest::newRow("model without layers")
        << false << Change([](Workload &w) { w.model.layers = 0; }) << WorkloadField::Model
        << QStringLiteral("layers must be greater than zero");
    QTest::newRow("training in int8")
        << true << Change([](Workload &w) { w.precision = Precision::Int8; })
        << WorkloadField::Precision << QStringLiteral("not int8");
    QTest::newRow("no tokens") << true << Change([](Workload &w) { w.training.tokens = 0; })
                               << WorkloadField::Tokens << QStringLiteral("training tokens");
    QTest::newRow("negative deadline")
        << true << Change([](Workload &w) { w.training.deadlineSeconds = -1; })
        << WorkloadField::Deadline << QStringLiteral("deadline");
    QTest::newRow("tensor parallel of 3")
        << true << Change([](Workload &w) { w.training.tensorParallel = 3; })
        << WorkloadField::TensorParallel << QStringLiteral("power of two, not 3");
    QTest::newRow("more stages than layers")
        << true << Change([](Workload &w) { w.training.pipelineParallel = 81; })
        << WorkloadField::PipelineParallel << QStringLiteral("1 to 80 stages");
    QTest::newRow("ZeRO stage 4") << true << Change([](Workload &w) { w.training.zeroStage = 4; })
                                  << WorkloadField::ZeroStage << QStringLiteral("not 4");
    QTest::newRow("negative dataset")
        << true << Change([](Workload &w) { w.training.datasetBytes = -1; })
        << WorkloadField::DatasetSize << QStringLiteral("dataset size");
    QTest::newRow("batch larger than the run")
        << true << Change([](Workload &w) { w.training.globalBatchTokens = 3e12; })
        << WorkloadField::GlobalBatch
        << QStringLiteral("(3T tokens) is larger than the whole run (2T");
    QTest::newRow("negative interval")
        << true << Change([](Workload &w) { w.training.checkpoint.intervalSeconds = -60; })
        << WorkloadField::CheckpointInterval << QStringLiteral("checkpoint interval");
    QTest::newRow("negative retention")
        << true << Change([](Workload &w) { w.training.checkpoint.retained = -1; })
        << WorkloadField::CheckpointRetention << QStringLiteral("checkpoints kept");
    QTest::newRow("stall budget of 0")
        << true << Change([](Workload &w) { w.training.checkpoint.maxStallFraction = 0; })
        << WorkloadField::CheckpointStall << QStringLiteral("stall budget");
    QTest::newRow("no request rate")
        << false << Change([](Workload &w) { w.inference.requestRatePerSecond = 0; })
        << WorkloadField::RequestRate << QStringLiteral("request rate");
    QTest::newRow("no input tokens")
        << false << Change([](Workload &w) { w.inference.inputTokens = 0; })
        << WorkloadField::InputTokens << QStringLiteral("input token");
    QTest::newRow("no output tokens")
        << false << Change([](Workload &w) { w.inference.outputTokens = 0; })
        << WorkloadField::OutputTokens << QStringLiteral("output token");
    QTest::newRow("past the context")
        << false << Change([](Workload &w) {
               w.model = *ModelPresets::find(QStringLiteral("Llama 2 70B")); // 4,096 tokens
               w.inference.inputTokens = 4000;
           })
        << WorkloadField::InputTokens
        << QStringLiteral(
               "4200 input and output tokens exceed the 4096-token context of Llama 2 70B");
    QTest::newRow("negative TTFT target")
        << false << Change([](Workload &w) { w.inference.ttftTargetSeconds = -0.1; })
        << WorkloadField::TtftTarget << QStringLiteral("first token");
    QTest::newRow("negative TPOT target")
        << false << Change([](Workload &w) { w.inference.tpotTargetSeconds = -0.1; })
        << WorkloadField::TpotTarget << QStringLiteral("per output token");
    QTest::newRow("inference tensor parallel of 6")
        << false << Change([](Workload &w) { w.inference.tensorParallel = 6; })
        << WorkloadField::TensorParallel << QStringLiteral("not 6");
}

void tst_Workload::validationNamesTheField()
{
    QFETCH(bool, training);
    QFETCH(Change, change);
    QFETCH(WorkloadField, field);
    QFETCH(QString, words);
    Workload w = training ? trainingJob() : inferenceService();
    change(w);
    const QList<FieldError> errors = w.validate();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, field);
    QVERIFY2(errors.first().message.contains(words), qPrintable(errors.first().message));
    QCOMPARE(w.validationError(), errors.first().message);
}

void tst_Workload::differingFieldsListsEachChange()
{
    const Workload a = trainingJob();
    Workload b = a;
    QVERIFY(a.differingFields(b).isEmpty());
    b.training.tokens = 1e12;
    b.training.checkpoint.retained = 3;
    QVERIFY(a.differingFields(b)
            == (QList<WorkloadField> {WorkloadField::Tokens, WorkloadField::CheckpointRetention}));
    b = a;
    b.id = 42; // not a field
    QVERIFY(a.differingFields(b).isEmpty());
}

void tst_Workload::summaryReadsLikeTheIssue()
{
    QCOMPARE(trainingJob().summary(), QStringLiteral("Llama 2 70B, 2T tokens in 30 days"));
    QCOMPARE(inferenceService("Llama 3.1 70B", 50).summary(),
             QStringLiteral("Llama 3.1 70B, 50 req/s"));
}

void tst_Workload::kindKeysRoundTrip()
{
    for (WorkloadKind kind : {WorkloadKind::Training, WorkloadKind::Inference})
        QCOMPARE(Workload::kindFromKey(Workload::kindKey(kind)), std::optional<WorkloadKind>(kind));
    QVERIFY(!Workload::kindFromKey(QStringLiteral("batch")));
}

QTEST_GUILESS_MAIN(tst_Workload)
#include "tst_workload.moc"
