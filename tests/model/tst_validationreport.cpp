#include "model/capacity/validationreport.h"

#include <QJsonArray>
#include <QTest>

class tst_ValidationReport : public QObject
{
    Q_OBJECT

private slots:
    void errorIsRelative();
    void mediansPerMetric();
    void textTable();
    void json();

private:
    static ValidationReport sample();
};

ValidationReport tst_ValidationReport::sample()
{
    ValidationReport report;
    ReferenceResult a;
    a.id = QStringLiteral("A");
    a.line = 2;
    a.kind = QStringLiteral("inference");
    a.model = QStringLiteral("Llama 2 70B");
    a.accelerator = QStringLiteral("NVIDIA H100 SXM5 80GB");
    a.comparisons << ReferenceComparison {QStringLiteral("ttft_ms"), 100.0, 110.0}
                  << ReferenceComparison {QStringLiteral("tpot_ms"), 10.0, 7.0};
    ReferenceResult b;
    b.id = QStringLiteral("B");
    b.line = 3;
    b.comparisons << ReferenceComparison {QStringLiteral("ttft_ms"), 200.0, 150.0};
    b.notes << QStringLiteral("a caveat");
    ReferenceResult c;
    c.id = QStringLiteral("C");
    c.line = 4;
    c.comparisons << ReferenceComparison {QStringLiteral("ttft_ms"), 50.0, 51.0};
    ReferenceResult d;
    d.id = QStringLiteral("D");
    d.line = 5;
    d.skipReason = QStringLiteral("input_tokens 'x' is not a number of tokens.");
    report.rows << a << b << c << d;
    return report;
}

void tst_ValidationReport::errorIsRelative()
{
    QCOMPARE((ReferenceComparison {QStringLiteral("x"), 100.0, 110.0}.error()), 0.1);
    QCOMPARE((ReferenceComparison {QStringLiteral("x"), 200.0, 150.0}.error()), -0.25);
    QCOMPARE((ReferenceComparison {QStringLiteral("x"), 0.0, 1.0}.error()), 0.0);
}

void tst_ValidationReport::mediansPerMetric()
{
    const QList<MetricSummary> s = sample().summaries();
    QCOMPARE(s.size(), 2);
    // TTFT errors 10%, 25% and 2%: median 10%. Listed in the fixed metric order.
    QCOMPARE(s.at(0).metric, QStringLiteral("ttft_ms"));
    QCOMPARE(s.at(0).rows, 3);
    QCOMPARE(s.at(0).medianAbsoluteError, 0.1);
    QCOMPARE(s.at(0).target, 0.25);
    QCOMPARE(s.at(1).metric, QStringLiteral("tpot_ms"));
    QCOMPARE(s.at(1).medianAbsoluteError, 0.3);
    QCOMPARE(ValidationReport::target(QStringLiteral("gpu_hours")), 0.15);
    QCOMPARE(ValidationReport::target(QStringLiteral("tokens_per_s_per_gpu")), 0.0);
}

void tst_ValidationReport::textTable()
{
    const QString text = sample().toText();
    QVERIFY2(text.contains(QStringLiteral("Llama 2 70B")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("-25.0%")));
    QVERIFY(text.contains(QStringLiteral("target 25%: met")));
    QVERIFY(text.contains(QStringLiteral("target 25%: missed")));
    QVERIFY(text.contains(QStringLiteral("D: input_tokens 'x' is not a number of tokens.")));
    QVERIFY(text.contains(QStringLiteral("B: a caveat")));
}

void tst_ValidationReport::json()
{
    const QJsonObject json = sample().toJson();
    const QJsonArray rows = json.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 4);
    const QJsonObject a = rows.at(0).toObject();
    QCOMPARE(a.value(QStringLiteral("id")).toString(), QStringLiteral("A"));
    QCOMPARE(a.value(QStringLiteral("line")).toInt(), 2);
    const QJsonObject ttft = a.value(QStringLiteral("comparisons")).toArray().at(0).toObject();
    QCOMPARE(ttft.value(QStringLiteral("metric")).toString(), QStringLiteral("ttft_ms"));
    QCOMPARE(ttft.value(QStringLiteral("published")).toDouble(), 100.0);
    QCOMPARE(ttft.value(QStringLiteral("predicted")).toDouble(), 110.0);
    QCOMPARE(ttft.value(QStringLiteral("error")).toDouble(), 0.1);
    QCOMPARE(rows.at(3).toObject().value(QStringLiteral("skipped")).toString(),
             QStringLiteral("input_tokens 'x' is not a number of tokens."));
    const QJsonObject medians = json.value(QStringLiteral("medians")).toObject();
    QCOMPARE(
        medians.value(QStringLiteral("ttft_ms")).toObject().value(QStringLiteral("met")).toBool(),
        true);
    QCOMPARE(
        medians.value(QStringLiteral("tpot_ms")).toObject().value(QStringLiteral("met")).toBool(),
        false);
    QVERIFY(!json.contains(QStringLiteral("error")));
}

QTEST_GUILESS_MAIN(tst_ValidationReport)
#include "tst_validationreport.moc"
