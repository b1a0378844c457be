#include "model/workload/workloadmime.h"

#include <QMimeData>
#include <QTest>

#include <memory>

// Workload drags carry ids, and a moved assignment says where it comes from.
class tst_WorkloadMime : public QObject
{
    Q_OBJECT

private slots:
    void idsRoundTrip();
    void sourceRoundTrips();
    void foreignDataCarriesNothing();
};

void tst_WorkloadMime::idsRoundTrip()
{
    const std::unique_ptr<QMimeData> data(
        WorkloadMime::create({3, 17}, {QStringLiteral("Chat"), QStringLiteral("Pre-train")}));
    QCOMPARE(data->formats().value(0), QStringLiteral("application/x-headroom-workload"));
    QCOMPARE(WorkloadMime::ids(data.get()), (QList<WorkloadId> {3, 17}));
    QCOMPARE(data->text(), QStringLiteral("Chat\nPre-train"));
    QVERIFY(!WorkloadMime::source(data.get()));
}

void tst_WorkloadMime::sourceRoundTrips()
{
    const std::unique_ptr<QMimeData> data(
        WorkloadMime::create({5}, {}, AssignmentTarget::server(42)));
    QVERIFY(WorkloadMime::source(data.get()) == AssignmentTarget::server(42));
    const std::unique_ptr<QMimeData> rack(WorkloadMime::create({5}, {}, AssignmentTarget::rack(7)));
    QVERIFY(WorkloadMime::source(rack.get()) == AssignmentTarget::rack(7));
}

void tst_WorkloadMime::foreignDataCarriesNothing()
{
    QMimeData text;
    text.setText(QStringLiteral("3"));
    QVERIFY(WorkloadMime::ids(&text).isEmpty());
    QVERIFY(WorkloadMime::ids(nullptr).isEmpty());
    QMimeData junk;
    junk.setData(WorkloadMime::mimeType(), "[\"three\", -1, 2.5, 4]");
    QCOMPARE(WorkloadMime::ids(&junk), QList<WorkloadId> {4});
}

QTEST_GUILESS_MAIN(tst_WorkloadMime)
#include "tst_workloadmime.moc"
