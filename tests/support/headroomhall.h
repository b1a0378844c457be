#pragma once

#include "model/project/project.h"
#include "model/workload/modelpresets.h"
#include "support/layoutfixtures.h"

#include <memory>

// A small hall with round figures, so that headroom can be worked out by hand:
//   Row 1, rack A: two servers, rack B: one server.
//   Each server: 8 test GPUs (80 GB, 1 PFLOP/s dense BF16, 2 PFLOP/s FP8, 500 W, joined
//   eight to an NVLink domain, Hopper), 8 drives of 4 TB, 6 kW typical / 8 kW maximum.
//   Each rack: 2 x 25 kW feeds (40 kW after derating) and air cooling (30 kW ceiling), so
//   30 kW usable.
namespace HeadroomHall {

inline CatalogItem gpu()
{
    CatalogItem item;
    item.id = QStringLiteral("test-gpu");
    item.kind = ItemKind::Accelerator;
    item.vendor = QStringLiteral("Test");
    item.model = QStringLiteral("GPU 80GB");
    Accelerator &a = item.accelerator;
    a.vendor = item.vendor;
    a.model = item.model;
    a.generation = QStringLiteral("Hopper");
    a.memoryBytes = 80e9;
    a.memoryBandwidthBytesPerSecond = 2e12;
    a.densePeakFlopsPerSecond[int(Precision::Bf16)] = 1e15;
    a.densePeakFlopsPerSecond[int(Precision::Fp16)] = 1e15;
    a.densePeakFlopsPerSecond[int(Precision::Fp8)] = 2e15;
    a.tdpWatts = 500.0;
    a.scaleUpBandwidthBytesPerSecond = 900e9;
    a.scaleUpDomainSize = 8;
    item.accelerator.tdpWatts = 500.0;
    return item;
}

inline CatalogItem server()
{
    CatalogItem item = LayoutFixtures::server(QStringLiteral("test-gpu-server"), 4, 6000.0, 8000.0);
    item.acceleratorOptions = {QStringLiteral("test-gpu")};
    item.acceleratorCount = 8;
    item.driveBays = 8;
    item.maxRawStorageBytes = 32e12;
    return item;
}

// A dense 1e9-parameter model with tied embeddings (every parameter multiplies), 10 layers
// of 8 heads of 128, trained at 1,000 tokens: 6e9 + 6 x 10 x 2,048 x 1,000 = 6.12288e9
// FLOPs per training token (PaLM's count).
inline ModelArchitecture roundModel()
{
    ModelArchitecture m;
    m.name = QStringLiteral("Round 1B");
    m.totalParameters = 1e9;
    m.activeParameters = 1e9;
    m.layers = 10;
    m.hiddenSize = 1024;
    m.attentionHeads = 8;
    m.kvHeads = 8;
    m.headDim = 128;
    m.vocabularySize = 32000;
    m.contextLength = 4096;
    m.trainingSequenceLength = 1000;
    m.tiedEmbeddings = true;
    m.source = QStringLiteral("test");
    return m;
}

struct Hall
{
    std::unique_ptr<Project> project = std::make_unique<Project>();
    RowId row = 0;
    RackId rackA = 0, rackB = 0;
    PlacementId a1 = 0, a2 = 0, b1 = 0;
};

inline Hall build()
{
    Hall h;
    LayoutEditor e = h.project->layoutEditor();
    h.project->hall()->addCatalogItems({gpu()});
    h.row = e.addRow(QStringLiteral("Row 1")).createdIds.value(0);
    const LayoutEditor::NewRack spec {QString(),
                                      LayoutFixtures::rackType(),
                                      LayoutFixtures::power(25000.0, 2),
                                      RackCooling::ofType(CoolingType::Air),
                                      {}};
    LayoutEditor::NewRack a = spec;
    a.name = QStringLiteral("A");
    LayoutEditor::NewRack b = spec;
    b.name = QStringLiteral("B");
    h.rackA = e.addRack(h.row, a).createdIds.value(0);
    h.rackB = e.addRack(h.row, b).createdIds.value(0);
    h.a1 = e.placeItem(h.rackA, server(), 1, RackFace::Front).createdIds.value(0);
    h.a2 = e.placeItem(h.rackA, server(), 5, RackFace::Front).createdIds.value(0);
    h.b1 = e.placeItem(h.rackB, server(), 1, RackFace::Front).createdIds.value(0);
    h.project->undoStack()->clear();
    return h;
}

} // namespace HeadroomHall
