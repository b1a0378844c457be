#pragma once

#include "model/catalog/catalogitem.h"
#include "model/layout/layoutrules.h"
#include "model/layout/rack.h"
#include "model/project/placementclipboard.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class DataHall;
class QUndoStack;
class WorkloadSet;

// What became of an edit: pushed on the undo stack, nothing to do (nothing pushed), or
// refused with the rules' verdict and a sentence saying why.
struct EditOutcome
{
    enum class Status { Applied, Unchanged, Refused };
    Status status = Status::Unchanged;
    RuleCheck check; // every limit the edit breaks (also when it was allowed through)
    QString message; // why it was refused
    QList<quint32> createdIds; // new rows, racks or placements, in order

    bool applied() const { return status == Status::Applied; }
};

// Budgets (power, redundancy, weight, cooling) may be exceeded on purpose, for example to
// show a customer what a design would need; physical limits never can.
enum class BudgetPolicy { Refuse, Allow };

// The one way to change the layout: checks an edit with the layout rules, builds its
// undo command and pushes it; an edit that would change nothing pushes nothing. The
// views (drop preview, drag, keys, menus), the command line and the tests all come
// through here. Stateless apart from the pointers it is given.
//
// Removing a row, rack or placement that runs workloads takes those assignments off first,
// in the same undo step (a macro of two commands), so undo puts back the servers and then
// their assignments exactly as they were; the workloads themselves stay in the project,
// unassigned from what left. Without a WorkloadSet (tests of the layout alone) there are
// no assignments to keep.
class LayoutEditor
{
    Q_DECLARE_TR_FUNCTIONS(LayoutEditor)

public:
    LayoutEditor(DataHall *hall, QUndoStack *stack, WorkloadSet *workloads = nullptr);

    // --- rows ---
    EditOutcome addRow(const QString &name, int index = -1);
    EditOutcome removeRow(RowId row);
    EditOutcome renameRow(RowId row, const QString &name);
    EditOutcome moveRow(RowId row, int toIndex);
    EditOutcome duplicateRow(RowId row);

    // --- racks ---
    struct NewRack
    {
        QString name; // empty: "Rack n"
        CatalogItem rackType;
        RackPower power;
        RackCooling cooling;
        QList<CatalogItem> pdus; // 0U side PDUs
    };
    EditOutcome addRack(RowId row, const NewRack &rack, int index = -1);
    EditOutcome removeRacks(const QList<RackId> &racks);
    EditOutcome renameRack(RackId rack, const QString &name);
    EditOutcome setRackPower(RackId rack, const RackPower &power);
    EditOutcome setRackCooling(RackId rack, const RackCooling &cooling);
    EditOutcome duplicateRack(RackId rack);
    EditOutcome moveRack(RackId rack, RowId toRow, int toIndex);

    // --- placements ---
    // The drop preview: what placing the item there would break, without changing
    // anything. Cheap enough for every mouse move (one rack's spans, no allocation per
    // item in the hall, no SQL).
    RuleCheck checkPlacement(RackId rack, const CatalogItem &item, int positionU, RackFace face,
                             std::optional<ServerConfiguration> configuration = {}) const;
    EditOutcome placeItem(RackId rack, const CatalogItem &item, int positionU, RackFace face,
                          std::optional<ServerConfiguration> configuration = {},
                          BudgetPolicy policy = BudgetPolicy::Refuse);

    struct Move
    {
        PlacementId placement = 0;
        RackId toRack = 0;
        int toU = 1;
        RackFace toFace = RackFace::Front;
    };
    RuleCheck checkMoves(const QList<Move> &moves) const;
    EditOutcome movePlacements(const QList<Move> &moves,
                               BudgetPolicy policy = BudgetPolicy::Refuse);
    EditOutcome movePlacement(PlacementId placement, RackId toRack, int toU, RackFace toFace);
    // Up (+) or down (-) by whole U within their racks; successive nudges merge.
    EditOutcome nudgePlacements(const QList<PlacementId> &placements, int deltaU);
    EditOutcome removePlacements(const QList<PlacementId> &placements);

    PlacementClipboard copyPlacements(const QList<PlacementId> &placements) const;
    // Pastes with the lowest copied item at positionU, the others at their offsets.
    EditOutcome pastePlacements(const PlacementClipboard &clipboard, RackId rack, int positionU,
                                BudgetPolicy policy = BudgetPolicy::Refuse);

    // Accelerators and drives of a placed server; successive changes merge.
    EditOutcome setConfiguration(PlacementId placement, const ServerConfiguration &configuration,
                                 BudgetPolicy policy = BudgetPolicy::Refuse);
    // The catalog build: first accelerator option, every slot and bay filled.
    static ServerConfiguration defaultConfiguration(const CatalogItem &item);

private:
    EditOutcome refused(const QString &message, RuleCheck check = {}) const;
    EditOutcome push(class QUndoCommand *command, QList<quint32> createdIds = {});
    bool blocks(const RuleCheck &check, BudgetPolicy policy) const;
    // Pushes a command that removes `leaving` placements, after the command that takes
    // their assignments off when there are any.
    EditOutcome pushRemoval(class QUndoCommand *command, const QList<PlacementId> &leaving);

    DataHall *m_hall;
    QUndoStack *m_stack;
    WorkloadSet *m_workloads;
};
