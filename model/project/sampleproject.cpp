#include "model/project/sampleproject.h"

#include "model/layout/datahall.h"
#include "model/project/catalogitemjson.h"
#include "model/project/layouteditor.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUndoStack>

#include <cmath>

QList<CatalogItem> SampleProject::catalogRows()
{
    QFile file(QStringLiteral(":/sample/sample-catalog.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonArray items =
        QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("items")).toArray();
    QList<CatalogItem> rows;
    for (const QJsonValue &value : items) {
        if (const auto item = CatalogItemJson::fromJson(value.toObject(), nullptr))
            rows.append(*item);
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
    place(inference, "dell-poweredge-r760xa", {3, 5, 7, 9, 11, 13, 15, 17});
    const RackId storage = rack(rowB, tr("Storage and network"), standard, CoolingType::Air, 2);
    place(storage, "ddn-ai400x2", {3, 5});
    place(storage, "nvidia-sn5600", {20});
    place(storage, "nvidia-qm9700", {23, 24});
    place(storage, "nvidia-sn2201", {40});

    ProjectContent content;
    content.rows = hall.snapshot();
    content.catalog = ProjectFile::usedCatalogItems(hall);
    content.schemaVersion = ProjectFile::kSchemaVersion;
    return content;
}
