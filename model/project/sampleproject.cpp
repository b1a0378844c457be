#include "model/project/sampleproject.h"

#include "model/catalog/catalogseed.h"
#include "model/layout/datahall.h"
#include "model/project/layouteditor.h"
#include "model/project/workloadeditor.h"
#include "model/workload/modelpresets.h"
#include "model/workload/workloadset.h"

#include <QSet>
#include <QUndoStack>

#include <cmath>

QList<CatalogItem> SampleProject::catalogRows()
{
    // The sample is built from the catalog Headroom ships, so its frozen rows are the
    // seed's own: the same ids, specs, prices and sources a user's new catalog starts with.
    static const char *const used[] = {
        "nvidia-dgx-h100", "hpe-cray-xd670",           "dell-poweredge-r760xa",
        "ddn-ai400x2",     "nvidia-spectrum-4-sn5600", "nvidia-quantum-2-qm9700",
        "nvidia-sn2201",   "apc-netshelter-sx-ar3300", "apc-apdu11450me"};
    const QList<CatalogItem> seed = CatalogSeed::items();
    QSet<QString> wanted;
    for (const char *id : used)
        wanted.insert(QLatin1String(id));
    // The servers' accelerator options come along, so configurations can change.
    for (const CatalogItem &item : seed) {
        if (wanted.contains(item.id)) {
            for (const QString &option : item.acceleratorOptions)
                wanted.insert(option);
        }
    }
    QList<CatalogItem> rows;
    for (const CatalogItem &item : seed) {
        if (wanted.contains(item.id))
            rows.append(item);
    }
    return rows;
}

ProjectContent SampleProject::content()
{
    const QList<CatalogItem> rows = catalogRows();
    auto item = [&rows](const char *id) {
        for (const CatalogItem &row : rows) {
            if (row.id == QLatin1String(id))
                return row;
        }
        return CatalogItem {};
    };
    DataHall hall;
    QUndoStack stack;
    LayoutEditor editor(&hall, &stack);
    hall.addCatalogItems(rows); // accelerator options too, so configurations can change

    // One 415 V 60 A three-phase circuit: sqrt(3) x 415 V x 60 A = 43.1 kW (catalog
    // pdu_rule row). Training racks get two circuits per feed: "a 40 kW rack needs >= 2x
    // 34.6 kW PDUs per side" (catalog README, section 5).
    const double circuitWatts = std::sqrt(3.0) * 415.0 * 60.0;
    const CatalogItem rackType = item("apc-netshelter-sx-ar3300");
    const CatalogItem pdu = item("apc-apdu11450me");
    const RackPower training {2 * circuitWatts, 2, PowerPhase::Three};
    const RackPower standard {circuitWatts, 2, PowerPhase::Three};

    const RowId rowA = editor.addRow(tr("Row A")).createdIds.value(0);
    const RowId rowB = editor.addRow(tr("Row B")).createdIds.value(0);
    auto rack = [&](RowId row, const QString &name, RackPower power, CoolingType cooling,
                    int pdus) {
        LayoutEditor::NewRack spec {name, rackType, power, RackCooling::ofType(cooling), {}};
        for (int i = 0; i < pdus; ++i)
            spec.pdus.append(pdu);
        return editor.addRack(row, spec).createdIds.value(0);
    };
    auto place = [&](RackId rack, const char *id, std::initializer_list<int> positions) {
        for (int u : positions)
            editor.placeItem(rack, item(id), u, RackFace::Front);
    };

    // Four DGX H100 per rack is NVIDIA's SuperPOD layout (40.8 kW; catalog row
    // rack_power_budget), cooled by a rear-door heat exchanger.
    const RackId training1 = rack(rowA, tr("Training 1"), training, CoolingType::RearDoor, 4);
    place(training1, "nvidia-dgx-h100", {3, 11, 19, 27});
    // HPE's own rack examples hold four XD670 DLC (catalog notes), on direct liquid.
    const RackId training2 = rack(rowA, tr("Training 2"), training, CoolingType::DirectLiquid, 4);
    place(training2, "hpe-cray-xd670", {3, 8, 13, 18});
    const RackId inference = rack(rowB, tr("Inference 1"), standard, CoolingType::Air, 2);
    // R760xa with four L40S each: Dell's inference configuration (catalog options list
    // H100 PCIe first, so the sample says which it means).
    ServerConfiguration l40s = LayoutEditor::defaultConfiguration(item("dell-poweredge-r760xa"));
    l40s.acceleratorId = QStringLiteral("nvidia-l40s");
    l40s.acceleratorCount = 4;
    for (int u : {3, 5, 7, 9, 11, 13, 15, 17})
        editor.placeItem(inference, item("dell-poweredge-r760xa"), u, RackFace::Front, l40s);
    const RackId storage = rack(rowB, tr("Storage and network"), standard, CoolingType::Air, 2);
    place(storage, "ddn-ai400x2", {3, 5});
    place(storage, "nvidia-spectrum-4-sn5600", {20});
    place(storage, "nvidia-quantum-2-qm9700", {23, 24});
    place(storage, "nvidia-sn2201", {40});

    // One workload of each kind, assigned, so that the headroom charts have something to
    // say on first launch.
    WorkloadSet workloads;
    WorkloadEditor workloadEditor(&workloads, &hall, &stack);
    Workload fineTune;
    fineTune.name = tr("Fine-tune Llama 3.1 70B on 20B tokens in 7 days");
    fineTune.kind = WorkloadKind::Training;
    fineTune.model = *ModelPresets::find(QStringLiteral("Llama 3.1 70B"));
    fineTune.precision = Precision::Bf16;
    fineTune.training.tokens = 20e9;
    fineTune.training.deadlineSeconds = 7 * 86400.0;
    const WorkloadId fineTuning = workloadEditor.addWorkload(fineTune).createdIds.value(0);
    // Both training racks: 64 H100 in eight servers.
    workloadEditor.assign(fineTuning, AssignmentTarget::row(rowA));
    // A chat assistant on a model one L40S holds (16 GB of BF16 weights in 48 GB): the
    // cards have no NVLink, so every replica lives on one card.
    Workload chat;
    chat.name = tr("Chat on Llama 3.1 8B at 40 req/s, TTFT ≤ 500 ms");
    chat.kind = WorkloadKind::Inference;
    chat.model = *ModelPresets::find(QStringLiteral("Llama 3.1 8B"));
    chat.precision = Precision::Bf16;
    chat.inference.requestRatePerSecond = 40.0;
    chat.inference.inputTokens = 1024;
    chat.inference.outputTokens = 256;
    chat.inference.ttftTargetSeconds = 0.5;
    chat.inference.tpotTargetSeconds = 0.05;
    const WorkloadId serving = workloadEditor.addWorkload(chat).createdIds.value(0);
    workloadEditor.assign(serving, AssignmentTarget::rack(inference));

    ProjectContent content;
    content.rows = hall.snapshot();
    content.workloads = workloads.snapshot();
    content.catalog = ProjectFile::usedCatalogItems(hall);
    content.schemaVersion = ProjectFile::kSchemaVersion;
    // A quote to go with it, so the Quote tab and the proposal show a whole example.
    content.quote = QuoteState::fresh(QDate::currentDate());
    content.quote.terms.header.customer = tr("Example AI Lab");
    return content;
}
