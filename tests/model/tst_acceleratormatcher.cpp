#include "model/capacity/acceleratormatcher.h"
#include "support/acceleratorfixture.h"

#include <QTest>

class tst_AcceleratorMatcher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matches_data();
    void matches();
    void ambiguousNamesListTheCandidates_data();
    void ambiguousNamesListTheCandidates();
    void unknownNamesListTheClosest();
    void baseboardPreference_data();
    void baseboardPreference();
    void everyAcceleratorFindsItself();
    void emptyCatalog();

private:
    QList<Accelerator> m_accelerators;
};

void tst_AcceleratorMatcher::initTestCase()
{
    m_accelerators = HeadroomTest::fixtureAccelerators();
    QCOMPARE(m_accelerators.size(), 21);
}

void tst_AcceleratorMatcher::matches_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected"); // display name
    QTest::newRow("model name") << QStringLiteral("H100 SXM5 80GB")
                                << QStringLiteral("NVIDIA H100 SXM5 80GB");
    QTest::newRow("with vendor, lower case")
        << QStringLiteral("nvidia h100 sxm5 80gb") << QStringLiteral("NVIDIA H100 SXM5 80GB");
    QTest::newRow("unique part") << QStringLiteral("H100 SXM")
                                 << QStringLiteral("NVIDIA H100 SXM5 80GB");
    QTest::newRow("AMD by chip") << QStringLiteral("MI300X")
                                 << QStringLiteral("AMD Instinct MI300X");
    QTest::newRow("AMD with vendor")
        << QStringLiteral("amd mi325x") << QStringLiteral("AMD Instinct MI325X");
    QTest::newRow("hyphens") << QStringLiteral("H200-SXM-141GB")
                             << QStringLiteral("NVIDIA H200 SXM 141GB");
    QTest::newRow("memory size counts")
        << QStringLiteral("L40S 48GB") << QStringLiteral("NVIDIA L40S");
    QTest::newRow("L40 is not L40S") << QStringLiteral("L40") << QStringLiteral("NVIDIA L40");
    QTest::newRow("L4 is not L40") << QStringLiteral("L4") << QStringLiteral("NVIDIA L4");
    QTest::newRow("B200 is not GB200")
        << QStringLiteral("B200") << QStringLiteral("NVIDIA B200 (HGX/DGX, per GPU)");
    QTest::newRow("GB200") << QStringLiteral("gb200")
                           << QStringLiteral("NVIDIA GB200 (per Blackwell GPU in NVL72)");
    QTest::newRow("Gaudi") << QStringLiteral("Gaudi 3")
                           << QStringLiteral("Intel Gaudi 3 (HL-325L OAM)");
    QTest::newRow("full name with parentheses")
        << QStringLiteral("Gaudi 3 (HL-325L OAM)") << QStringLiteral("Intel Gaudi 3 (HL-325L OAM)");
    QTest::newRow("V100") << QStringLiteral("V100") << QStringLiteral("NVIDIA V100 SXM2 32GB");
    QTest::newRow("H800") << QStringLiteral("H800") << QStringLiteral("NVIDIA H800 SXM5 80GB");
    QTest::newRow("PCIe part") << QStringLiteral("H100 PCIe")
                               << QStringLiteral("NVIDIA H100 PCIe 80GB");
    QTest::newRow("remark in parentheses ignored")
        << QStringLiteral("H100-SXM-80GB (DGX H100)") << QStringLiteral("NVIDIA H100 SXM5 80GB");
}

void tst_AcceleratorMatcher::matches()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const AcceleratorMatch m = AcceleratorMatcher::match(name, m_accelerators);
    QVERIFY2(m.ok(), qPrintable(m.errorText));
    QCOMPARE(m_accelerators.at(m.index).displayName(), expected);
    QVERIFY(m.errorText.isEmpty());
}

void tst_AcceleratorMatcher::ambiguousNamesListTheCandidates_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("candidates");
    QTest::newRow("H100") << QStringLiteral("H100")
                          << QStringList {QStringLiteral("NVIDIA H100 SXM5 80GB"),
                                          QStringLiteral("NVIDIA H100 PCIe 80GB"),
                                          QStringLiteral("NVIDIA H100 NVL 94GB")};
    QTest::newRow("A100 80GB") << QStringLiteral("A100 80GB")
                               << QStringList {QStringLiteral("NVIDIA A100 SXM4 80GB"),
                                               QStringLiteral("NVIDIA A100 PCIe 80GB")};
    QTest::newRow("MI3") << QStringLiteral("Instinct")
                         << QStringList {QStringLiteral("AMD Instinct MI300X"),
                                         QStringLiteral("AMD Instinct MI325X")};
}

void tst_AcceleratorMatcher::ambiguousNamesListTheCandidates()
{
    QFETCH(QString, name);
    QFETCH(QStringList, candidates);
    const AcceleratorMatch m = AcceleratorMatcher::match(name, m_accelerators);
    QVERIFY(!m.ok());
    QCOMPARE(m.candidates, candidates);
    for (const QString &c : candidates)
        QVERIFY2(m.errorText.contains(c), qPrintable(m.errorText));
    QVERIFY(m.errorText.contains(name));
}

void tst_AcceleratorMatcher::unknownNamesListTheClosest()
{
    const AcceleratorMatch m =
        AcceleratorMatcher::match(QStringLiteral("A100 80GB SXM4 vs H100"), m_accelerators);
    QVERIFY(!m.ok());
    QVERIFY(m.errorText.startsWith(QStringLiteral("Unknown accelerator")));
    QCOMPARE(m.candidates, QStringList {QStringLiteral("NVIDIA A100 SXM4 80GB")});

    // Nothing in common: every accelerator is a candidate.
    const AcceleratorMatch none =
        AcceleratorMatcher::match(QStringLiteral("RTX 4090"), m_accelerators);
    QVERIFY(!none.ok());
    QCOMPARE(none.candidates.size(), m_accelerators.size());
}

void tst_AcceleratorMatcher::baseboardPreference_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected"); // empty: still ambiguous
    // Published runs name "A100 80GB" for the SXM part of DGX/HGX systems.
    QTest::newRow("A100 80GB") << QStringLiteral("A100 80GB")
                               << QStringLiteral("NVIDIA A100 SXM4 80GB");
    QTest::newRow("A100 40GB") << QStringLiteral("A100 40GB")
                               << QStringLiteral("NVIDIA A100 SXM4 40GB");
    QTest::newRow("H100 80GB (DGX-H100)")
        << QStringLiteral("H100 80GB (DGX-H100)") << QStringLiteral("NVIDIA H100 SXM5 80GB");
    // No form factor tells the two apart: the preference does not guess.
    QTest::newRow("Instinct") << QStringLiteral("Instinct") << QString();
}

void tst_AcceleratorMatcher::baseboardPreference()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const AcceleratorMatch m = AcceleratorMatcher::match(
        name, m_accelerators, AcceleratorMatcher::Ambiguity::PreferBaseboard);
    if (expected.isEmpty()) {
        QVERIFY(!m.ok());
        return;
    }
    QVERIFY2(m.ok(), qPrintable(m.errorText));
    QCOMPARE(m_accelerators.at(m.index).displayName(), expected);
}

void tst_AcceleratorMatcher::everyAcceleratorFindsItself()
{
    for (int i = 0; i < m_accelerators.size(); ++i) {
        const Accelerator &a = m_accelerators.at(i);
        QCOMPARE(AcceleratorMatcher::match(a.model, m_accelerators).index, i);
        QCOMPARE(AcceleratorMatcher::match(a.displayName(), m_accelerators).index, i);
        QCOMPARE(AcceleratorMatcher::match(a.displayName().toUpper(), m_accelerators).index, i);
    }
}

void tst_AcceleratorMatcher::emptyCatalog()
{
    const AcceleratorMatch m = AcceleratorMatcher::match(QStringLiteral("H100"), {});
    QVERIFY(!m.ok());
    QVERIFY(m.errorText.contains(QStringLiteral("no accelerators")));
    QVERIFY(!AcceleratorMatcher::match(QString(), m_accelerators).ok());
}

QTEST_GUILESS_MAIN(tst_AcceleratorMatcher)
#include "tst_acceleratormatcher.moc"
