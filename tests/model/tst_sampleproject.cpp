#include "model/layout/layoutrules.h"
#include "model/project/project.h"
#include "model/project/sampleproject.h"
#include "model/workload/headroomview.h"

#include <QTest>

// The sample hall a newcomer sees: built from the shipped catalog rows, every row with
// its source, every limit holding, and the racks the issue describes.
class tst_SampleProject : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void catalogRowsCarryTheirSources();
    void hallHasTheDescribedRacks();
    void noLimitIsBroken();
    void shipsOneWorkloadOfEachKindAssigned();
};

void tst_SampleProject::catalogRowsCarryTheirSources()
{
    const QList<CatalogItem> rows = SampleProject::catalogRows();
    // The shipped catalog's rows: every item the hall uses and the servers' options.
    QStringList ids;
    for (const CatalogItem &row : rows)
        ids.append(row.id);
    for (const char *id : {"nvidia-dgx-h100", "hpe-cray-xd670", "dell-poweredge-r760xa",
                           "nvidia-l40s", "nvidia-h100-sxm5-80gb", "nvidia-quantum-2-qm9700",
                           "apc-netshelter-sx-ar3300", "apc-apdu11450me"})
        QVERIFY2(ids.contains(QLatin1String(id)), id);
    for (const CatalogItem &row : rows) {
        QVERIFY2(!row.source.isEmpty(), qPrintable(row.id));
        QVERIFY2(!row.vendor.isEmpty(), qPrintable(row.id));
    }
}

void tst_SampleProject::hallHasTheDescribedRacks()
{
    const ProjectContent content = SampleProject::content();
    Project project;
    project.load(content.rows, content.catalog, QString());
    const DataHall &hall = *project.hall();
    QCOMPARE(hall.rowIds().size(), size_t(2));
    QCOMPARE(hall.totals().rackCount, 4);

    struct Expected
    {
        const char *name;
        const char *item;
        int count;
        CoolingType cooling;
    };
    const Expected expected[] = {
        {"Training 1", "nvidia-dgx-h100", 4, CoolingType::RearDoor},
        {"Training 2", "hpe-cray-xd670", 4, CoolingType::DirectLiquid},
        {"Inference 1", "dell-poweredge-r760xa", 8, CoolingType::Air},
    };
    QList<RackId> racks;
    for (RowId row : hall.rowIds()) {
        for (RackId rack : hall.rackIds(row))
            racks.append(rack);
    }
    for (int i = 0; i < 3; ++i) {
        const Rack *rack = hall.rack(racks.at(i));
        QCOMPARE(rack->name, QLatin1String(expected[i].name));
        QCOMPARE(rack->cooling.type, expected[i].cooling);
        QCOMPARE(int(hall.placementIds(rack->id).size()), expected[i].count);
        for (PlacementId p : hall.placementIds(rack->id))
            QCOMPARE(hall.placement(p)->itemId, QLatin1String(expected[i].item));
    }
    // 8-GPU HGX servers for training, L40S for inference.
    const PlacementId dgx = hall.placementIds(racks.at(0)).front();
    QCOMPARE(hall.placement(dgx)->configuration.acceleratorCount, 8);
    const PlacementId inference = hall.placementIds(racks.at(2)).front();
    QCOMPARE(hall.placement(inference)->configuration.acceleratorId, QStringLiteral("nvidia-l40s"));
    // 4 x DGX H100 at 10.2 kW is NVIDIA's 40.8 kW SuperPOD rack.
    QCOMPARE(hall.rackTotals(racks.at(0)).powerMaxWatts(), 40800.0);
    QCOMPARE(hall.rackTotals(racks.at(0)).weightKg(), 4 * 130.45);
    const Rack *storage = hall.rack(racks.at(3));
    QCOMPARE(storage->name, QStringLiteral("Storage and network"));
    QStringList kinds;
    for (PlacementId p : hall.placementIds(storage->id))
        kinds.append(CatalogItem::kindKey(hall.catalog().item(hall.placement(p)->itemId)->kind));
    QVERIFY(kinds.contains(QStringLiteral("storage_appliance")));
    QVERIFY(kinds.contains(QStringLiteral("switch")));
}

void tst_SampleProject::noLimitIsBroken()
{
    const ProjectContent content = SampleProject::content();
    Project project;
    project.load(content.rows, content.catalog, QString());
    const DataHall &hall = *project.hall();
    QCOMPARE(hall.totals().racksOverLimit, 0);
    QCOMPARE(hall.totals().placementCount, 4 + 4 + 8 + 6);
    for (RowId row : hall.rowIds()) {
        for (RackId rack : hall.rackIds(row)) {
            const RuleCheck broken =
                LayoutRules::brokenLimits(*hall.rack(rack), hall.rackTotals(rack));
            QVERIFY2(broken.fits(), qPrintable(broken.message()));
        }
    }
}

void tst_SampleProject::shipsOneWorkloadOfEachKindAssigned()
{
    const ProjectContent content = SampleProject::content();
    QCOMPARE(content.workloads.size(), size_t(2));
    Project project;
    project.load(content, QString());
    const DataHall &hall = *project.hall();
    const HeadroomView view = project.headroom()->current();
    int training = 0;
    int inference = 0;
    for (const WorkloadSnapshot &s : content.workloads) {
        QVERIFY2(s.workload.validate().isEmpty(), qPrintable(s.workload.validationError()));
        QVERIFY2(!s.servers.empty(), qPrintable(s.workload.name));
        const auto result = view.result(s.workload.id);
        QVERIFY2(result && result->isRunning(), qPrintable(s.workload.name));
        // Charts are alive: each workload meets its deadline or targets with room to spare.
        QVERIFY2(*result->latency.headroomFraction() > HeadroomEntry::kTightFraction,
                 qPrintable(s.workload.name));
        QVERIFY(result->warnings.isEmpty());
        const QString rowName = hall.row(hall.rowOf(hall.rackOf(s.servers.front())))->name;
        if (s.workload.isTraining()) {
            ++training;
            QCOMPARE(rowName, QStringLiteral("Row A"));
            QVERIFY(view.trainingTimeSeries(s.workload.id));
        } else {
            ++inference;
            QCOMPARE(hall.rack(hall.rackOf(s.servers.front()))->name,
                     QStringLiteral("Inference 1"));
            QVERIFY(view.latencySeries(s.workload.id));
        }
    }
    QCOMPARE(training, 1);
    QCOMPARE(inference, 1);
    // Nothing in the hall is over.
    const ScopeHeadroom hallHeadroom = view.headroom(HeadroomScope::hall());
    for (WorkloadKind kind : {WorkloadKind::Training, WorkloadKind::Inference}) {
        for (int d = 0; d < kHeadroomDimensionCount; ++d)
            QVERIFY2(hallHeadroom.entry(kind, HeadroomDimension(d)).status()
                         != HeadroomStatus::Over,
                     qPrintable(HeadroomDimensions::key(HeadroomDimension(d))));
    }
}

QTEST_GUILESS_MAIN(tst_SampleProject)
#include "tst_sampleproject.moc"
