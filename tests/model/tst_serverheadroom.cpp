#include "model/workload/serverheadroom.h"

#include <QTest>

namespace {
// A server of 8 GPUs at 1 PFLOP/s and 80 GB, 32 TB of drives written at 24 GB/s, 400 GB/s
// of fabric and 12.5 GB/s of front end, drawing 6 kW typical and 8 kW at most.
ServerResources server()
{
    ServerResources s;
    s.id = 1;
    s.acceleratorId = QStringLiteral("gpu");
    s.accelerator.memoryBytes = 80e9;
    s.accelerator.densePeakFlopsPerSecond[int(Precision::Bf16)] = 1e15;
    s.gpus = 8;
    s.fabricBytesPerSecond = 400e9;
    s.frontEndBytesPerSecond = 12.5e9;
    s.storageBytes = 32e12;
    s.storageWriteBytesPerSecond = 24e9;
    s.powerTypicalWatts = 6000.0;
    s.powerMaxWatts = 8000.0;
    return s;
}

// A workload that runs on this one server and needs `share` of its time and `memory` per GPU.
WorkloadResult workload(WorkloadId id, WorkloadKind kind, double share, double memory)
{
    WorkloadResult r;
    r.id = id;
    r.kind = kind;
    r.hardware.gpus = 8;
    r.hardware.servers = 1;
    r.computeShare = {share, share, share, 0.0, 0u};
    r.memoryPerGpu = {memory, memory, memory, 0.0, 0u};
    r.networkPerGpu = {1e9, 1e9, 1e9, 0.0, 0u};
    r.latency = {10.0, 10.0, 10.0, 20.0, 0u};
    return r;
}

const HeadroomEntry &at(const ServerHeadroom &h, WorkloadKind kind, HeadroomDimension d)
{
    return h.headroom.entry(kind, d);
}
} // namespace

// How one server's resources split between training and inference.
class tst_ServerHeadroom : public QObject
{
    Q_OBJECT

private slots:
    void idleServerOffersAllToBoth();
    void trainingNodesAreDedicated();
    void sharedServerOffersWhatTheOtherLeaves();
    void drawGoesToTheKindAndItsWorkloads();
};

void tst_ServerHeadroom::idleServerOffersAllToBoth()
{
    const ServerHeadroom h = ServerHeadroom::of(server(), {});
    for (WorkloadKind kind : {WorkloadKind::Training, WorkloadKind::Inference}) {
        QCOMPARE(at(h, kind, HeadroomDimension::Compute).capacity, 8e15);
        QCOMPARE(at(h, kind, HeadroomDimension::Memory).capacity, 640e9);
        QCOMPARE(at(h, kind, HeadroomDimension::Storage).capacity, 32e12);
        QCOMPARE(at(h, kind, HeadroomDimension::StorageBandwidth).capacity, 24e9);
        QCOMPARE(at(h, kind, HeadroomDimension::Compute).demand, 0.0);
    }
    QCOMPARE(at(h, WorkloadKind::Training, HeadroomDimension::Network).capacity, 400e9);
    QCOMPARE(at(h, WorkloadKind::Inference, HeadroomDimension::Network).capacity, 12.5e9);
    QCOMPARE(h.drawWatts[0] + h.drawWatts[1], 0.0);
}

void tst_ServerHeadroom::trainingNodesAreDedicated()
{
    const WorkloadResult job = workload(1, WorkloadKind::Training, 0.5, 60e9);
    const ServerHeadroom h = ServerHeadroom::of(server(), {&job});
    // Half the GPUs' time of 8 PFLOP/s, 8 x 60 GB, 8 x 1 GB/s of all-reduce.
    QCOMPARE(at(h, WorkloadKind::Training, HeadroomDimension::Compute).demand, 4e15);
    QCOMPARE(at(h, WorkloadKind::Training, HeadroomDimension::Memory).demand, 480e9);
    QCOMPARE(at(h, WorkloadKind::Training, HeadroomDimension::Network).demand, 8e9);
    QCOMPARE(at(h, WorkloadKind::Training, HeadroomDimension::Latency).capacity, 20.0);
    // Inference gets nothing here.
    for (HeadroomDimension d : {HeadroomDimension::Compute, HeadroomDimension::Memory,
                                HeadroomDimension::Storage, HeadroomDimension::Network})
        QCOMPARE(at(h, WorkloadKind::Inference, d).capacity, 0.0);
    QVERIFY(!at(h, WorkloadKind::Inference, HeadroomDimension::Latency).isApplicable());
}

void tst_ServerHeadroom::sharedServerOffersWhatTheOtherLeaves()
{
    const WorkloadResult job = workload(1, WorkloadKind::Training, 0.5, 60e9);
    const WorkloadResult service = workload(2, WorkloadKind::Inference, 0.25, 10e9);
    const ServerHeadroom h = ServerHeadroom::of(server(), {&job, &service});
    // Each kind has what the other leaves: 8 - 2 PFLOP/s for training, 8 - 4 for inference.
    QCOMPARE(at(h, WorkloadKind::Training, HeadroomDimension::Compute).capacity, 6e15);
    QCOMPARE(at(h, WorkloadKind::Inference, HeadroomDimension::Compute).capacity, 4e15);
    QCOMPARE(at(h, WorkloadKind::Training, HeadroomDimension::Memory).capacity, 560e9);
    QCOMPARE(at(h, WorkloadKind::Inference, HeadroomDimension::Memory).capacity, 160e9);
    // Networks are separate.
    QCOMPARE(at(h, WorkloadKind::Inference, HeadroomDimension::Network).capacity, 12.5e9);
}

void tst_ServerHeadroom::drawGoesToTheKindAndItsWorkloads()
{
    const WorkloadResult job = workload(1, WorkloadKind::Training, 0.5, 60e9);
    const WorkloadResult other = workload(3, WorkloadKind::Training, 0.25, 1e9);
    const WorkloadResult service = workload(2, WorkloadKind::Inference, 0.25, 10e9);
    const ServerHeadroom h = ServerHeadroom::of(server(), {&job, &other, &service});
    // Compute 4 + 2 PFLOP/s of training against 2 of inference: 3/4 and 1/4 of 6 kW.
    QCOMPARE(h.drawWatts[0], 4500.0);
    QCOMPARE(h.drawWatts[1], 1500.0);
    QCOMPARE(h.maxDrawWatts[0], 6000.0);
    // Within training, by compute: 2/3 and 1/3 of 4.5 kW.
    QCOMPARE(h.workloadWatts.size(), size_t(3));
    QCOMPARE(h.workloadWatts.at(0), (std::pair<WorkloadId, double>(1, 3000.0)));
    QCOMPARE(h.workloadWatts.at(1), (std::pair<WorkloadId, double>(3, 1500.0)));
    QCOMPARE(h.workloadWatts.at(2), (std::pair<WorkloadId, double>(2, 1500.0)));
}

QTEST_GUILESS_MAIN(tst_ServerHeadroom)
#include "tst_serverheadroom.moc"
