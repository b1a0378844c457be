#include "model/workload/workloadjson.h"
#include "model/workload/workloadtemplates.h"
#include "support/workloadfixtures.h"

#include <QJsonDocument>
#include <QTest>

using namespace WorkloadFixtures;

// A workload survives JSON exactly, and a bad file says which field is wrong.
class tst_WorkloadJson : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void roundTripsExactly_data();
    void roundTripsExactly();
    void badFieldsAreNamed_data();
    void badFieldsAreNamed();
};

void tst_WorkloadJson::roundTripsExactly_data()
{
    QTest::addColumn<Workload>("workload");
    for (const WorkloadTemplate &t : WorkloadTemplates::all())
        QTest::newRow(qPrintable(t.key)) << t.workload;
    Workload tuned = trainingJob("Mixtral 8x7B", 5e10, 7);
    tuned.training.tensorParallel = 4;
    tuned.training.pipelineParallel = 2;
    tuned.training.zeroStage = 3;
    tuned.training.datasetBytes = 2.5e11;
    tuned.training.globalBatchTokens = 2e6;
    tuned.training.checkpoint = {3600.0, 3, 0.05};
    QTest::newRow("every training field set") << tuned;
    Workload custom = inferenceService();
    custom.model = ModelArchitecture::approximateDense(QStringLiteral("In-house 30B"), 30e9);
    custom.inference.nPlusOne = false;
    custom.inference.tensorParallel = 2;
    QTest::newRow("custom model, no redundancy") << custom;
    Workload deepSeek = inferenceService("DeepSeek-V3", 5.0, Precision::Fp8);
    QTest::newRow("latent attention and experts") << deepSeek;
}

void tst_WorkloadJson::roundTripsExactly()
{
    QFETCH(Workload, workload);
    workload.id = 0; // ids live in the file's own column
    const QByteArray text = QJsonDocument(WorkloadJson::toJson(workload)).toJson();
    QString error;
    const auto back = WorkloadJson::fromJson(QJsonDocument::fromJson(text).object(), &error);
    QVERIFY2(back, qPrintable(error));
    QVERIFY(back->differingFields(workload).isEmpty());
    QVERIFY(*back == workload);
}

void tst_WorkloadJson::badFieldsAreNamed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    const QByteArray model = R"("model": {"name": "M", "params": 7e9, "layers": 32, "hidden": 4096,
                                          "heads": 32})";
    QTest::newRow("no name") << QByteArray("{\"kind\": \"training\", " + model + "}")
                             << QStringLiteral("name is missing.");
    QTest::newRow("unknown kind") << QByteArray(
        "{\"name\": \"x\", \"kind\": \"batch\", " + model
        + "}") << QStringLiteral("kind must be \"training\" or \"inference\", not \"batch\".");
    QTest::newRow("tokens as text")
        << QByteArray("{\"name\": \"x\", \"kind\": \"training\", " + model
                      + ", \"training\": {\"tokens\": \"2T\"}}")
        << QStringLiteral("training.tokens must be a number, not \"2T\".");
    QTest::newRow("zero stage 5")
        << QByteArray("{\"name\": \"x\", \"kind\": \"training\", " + model
                      + ", \"training\": {\"zero_stage\": 5}}")
        << QStringLiteral("training.zero_stage must be \"auto\", 0, 1, 2 or 3, not 5.");
    QTest::newRow("misspelt field")
        << QByteArray("{\"name\": \"x\", \"kind\": \"inference\", " + model
                      + ", \"inference\": {\"request_rte\": 5}}")
        << QStringLiteral("Unknown field 'inference.request_rte'.");
    QTest::newRow("model without params")
        << QByteArray("{\"name\": \"x\", \"kind\": \"inference\", \"model\": {\"name\": \"M\"}}")
        << QStringLiteral("model.params is missing.");
    QTest::newRow("redundancy as a number")
        << QByteArray("{\"name\": \"x\", \"kind\": \"inference\", " + model
                      + ", \"inference\": {\"n_plus_one\": 1}}")
        << QStringLiteral("inference.n_plus_one must be true or false, not 1.");
    QTest::newRow("unknown precision")
        << QByteArray("{\"name\": \"x\", \"kind\": \"inference\", " + model
                      + ", \"precision\": \"fp6\"}")
        << QStringLiteral("precision: unknown precision 'fp6'; use fp32, tf32, bf16, fp16, fp8, "
                          "int8, int4 or fp4.");
}

void tst_WorkloadJson::badFieldsAreNamed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parse);
    QVERIFY2(parse.error == QJsonParseError::NoError, qPrintable(parse.errorString()));
    QString got;
    QVERIFY(!WorkloadJson::fromJson(document.object(), &got));
    QCOMPARE(got, error);
}

QTEST_GUILESS_MAIN(tst_WorkloadJson)
#include "tst_workloadjson.moc"
