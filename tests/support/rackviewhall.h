#pragma once

#include "model/project/project.h"
#include "support/layoutfixtures.h"
#include "views/layout/catalogdrag.h"

#include <memory>

// The hall the rack layout's view tests work on, built through LayoutEditor:
//   row A: rack A1 with seven 4U test servers at U1, U5, ... U25 (35 kW maximum of the
//          40 kW a single 50 kW feed gives after derating), rack A2 empty;
//   row B: rack B1 with one test server at U1.
// Racks are 42U on direct liquid cooling (120 kW), so power, not cooling, binds.
namespace RackViewHall {

using namespace LayoutFixtures;

// 2U, 9.1 kW maximum: into A1 it makes 44.1 kW of 40 kW.
inline CatalogItem heavyServer()
{
    return server(QStringLiteral("heavy-server"), 2, 7000.0, 9100.0, 30.0);
}

struct Hall
{
    std::unique_ptr<Project> project = std::make_unique<Project>();
    RowId rowA = 0;
    RowId rowB = 0;
    RackId a1 = 0;
    RackId a2 = 0;
    RackId b1 = 0;
    QList<PlacementId> a1Servers;
    PlacementId b1Server = 0;

    DataHall *hall() const { return project->hall(); }
    QUndoStack *stack() const { return project->undoStack(); }
    LayoutEditor editor() const { return project->layoutEditor(); }
};

inline LayoutEditor::NewRack rackSpec(const QString &name)
{
    return {
        name, rackType(), power(50000.0, 1), RackCooling::ofType(CoolingType::DirectLiquid), {}};
}

inline std::unique_ptr<Hall> make()
{
    auto h = std::make_unique<Hall>();
    LayoutEditor e = h->editor();
    h->rowA = e.addRow(QStringLiteral("Row A")).createdIds.value(0);
    h->rowB = e.addRow(QStringLiteral("Row B")).createdIds.value(0);
    h->a1 = e.addRack(h->rowA, rackSpec(QStringLiteral("A1"))).createdIds.value(0);
    h->a2 = e.addRack(h->rowA, rackSpec(QStringLiteral("A2"))).createdIds.value(0);
    h->b1 = e.addRack(h->rowB, rackSpec(QStringLiteral("B1"))).createdIds.value(0);
    for (int u = 1; u <= 25; u += 4)
        h->a1Servers.append(e.placeItem(h->a1, server(), u, RackFace::Front).createdIds.value(0));
    h->b1Server = e.placeItem(h->b1, server(), 1, RackFace::Front).createdIds.value(0);
    h->stack()->clear();
    return h;
}

// What the window's catalog lookup would find.
inline CatalogLookup lookup()
{
    return [](const QString &id) -> std::optional<CatalogItem> {
        for (const CatalogItem &item :
             {server(), switchItem(), heavyServer(), rackType(), rackType(48), pdu()}) {
            if (item.id == id)
                return item;
        }
        return std::nullopt;
    };
}

} // namespace RackViewHall
