#include "model/workload/workloadtemplates.h"

#include <QSet>
#include <QTest>

// The templates a sales engineer reaches for: valid, named as the issue names them, both
// kinds, stable keys.
class tst_WorkloadTemplates : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void everyTemplateIsValid();
    void theIssuesExamplesAreThere_data();
    void theIssuesExamplesAreThere();
    void createFindsByKey();
};

void tst_WorkloadTemplates::everyTemplateIsValid()
{
    QSet<QString> keys;
    int training = 0;
    int inference = 0;
    for (const WorkloadTemplate &t : WorkloadTemplates::all()) {
        QVERIFY2(t.workload.validate().isEmpty(),
                 qPrintable(t.key + QStringLiteral(": ") + t.workload.validationError()));
        QVERIFY2(!keys.contains(t.key), qPrintable(t.key));
        keys.insert(t.key);
        QVERIFY2(!t.source.isEmpty(), qPrintable(t.key));
        QVERIFY2(!t.workload.model.source.isEmpty(), qPrintable(t.key));
        (t.workload.isTraining() ? training : inference) += 1;
    }
    QVERIFY(training >= 3);
    QVERIFY(inference >= 3);
}

void tst_WorkloadTemplates::theIssuesExamplesAreThere_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("model");
    QTest::newRow("pre-train") << QStringLiteral("pretrain-70b-2t-30d")
                               << QStringLiteral("Pre-train a 70B model on 2T tokens in 30 days")
                               << QStringLiteral("Llama 2 70B");
    QTest::newRow("chat") << QStringLiteral("chat-llama-3.1-70b-50rps")
                          << QStringLiteral(
                                 "Chat service for Llama 3.1 70B at 50 req/s, TTFT ≤ 1 s")
                          << QStringLiteral("Llama 3.1 70B");
}

void tst_WorkloadTemplates::theIssuesExamplesAreThere()
{
    QFETCH(QString, key);
    QFETCH(QString, name);
    QFETCH(QString, model);
    const auto w = WorkloadTemplates::create(key);
    QVERIFY(w);
    QCOMPARE(w->name, name);
    QCOMPARE(w->model.name, model);
    if (w->isTraining()) {
        QCOMPARE(w->training.tokens, 2e12);
        QCOMPARE(w->training.deadlineSeconds, 30 * 86400.0);
    } else {
        QCOMPARE(w->inference.requestRatePerSecond, 50.0);
        QCOMPARE(w->inference.ttftTargetSeconds, 1.0);
    }
}

void tst_WorkloadTemplates::createFindsByKey()
{
    QVERIFY(!WorkloadTemplates::create(QStringLiteral("no-such-template")));
    const QList<WorkloadTemplate> all = WorkloadTemplates::all();
    QVERIFY(WorkloadTemplates::create(all.last().key) == all.last().workload);
}

QTEST_GUILESS_MAIN(tst_WorkloadTemplates)
#include "tst_workloadtemplates.moc"
