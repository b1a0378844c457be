#pragma once

#include "model/catalog/catalogitem.h"
#include "model/layout/layoutload.h"
#include "model/layout/layouttotals.h"
#include "model/layout/limitkind.h"
#include "model/layout/rack.h"
#include "model/layout/racksituation.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

class CatalogSnapshot;

// One limit an edit would break (or a rack breaks), with the figures and a sentence a
// planner understands: "would exceed rack power: 44.1 kW of 40 kW".
struct LimitViolation
{
    LimitKind limit = LimitKind::Space;
    double value = 0.0; // in the limit's SI unit: W, kg, mm, U
    double allowed = 0.0;
    QString message;

    // How far over: value / allowed (infinite when nothing is allowed).
    double fraction() const;
};

// Every limit a check found broken. The binding one is what stops the edit first: a
// physical limit (no room, too deep, wrong mounting) before any budget, otherwise the
// budget exceeded by the largest share.
struct RuleCheck
{
    std::vector<LimitViolation> violations;

    bool fits() const { return violations.empty(); }
    bool isPhysicallyPossible() const;
    const LimitViolation *binding() const;
    QString message() const; // the binding limit's message, empty when it fits
    bool breaks(LimitKind kind) const;
    void add(std::optional<LimitViolation> violation);
};

// The layout rules, as plain functions of plain values: the drop preview, the edit
// commands, the project summary and the tests all call these same functions.
class LayoutRules
{
    Q_DECLARE_TR_FUNCTIONS(LayoutRules)

public:
    // What an item instance draws and weighs. A server's catalog power is for its default
    // build (catalog README: 8 x GPU TDP + host); a configuration with other or fewer
    // accelerators moves it by their TDP difference, the host share stays.
    static LayoutLoad loadOf(const CatalogItem &item, const ServerConfiguration &configuration,
                             const CatalogSnapshot &catalog);

    // Each rule on its own. The budget rules take the rack's figure before and after the
    // edit: at the limit is allowed, above it is broken, but only when the edit adds to it.
    static std::optional<LimitViolation> checkMounting(const CatalogItem &item,
                                                       const RackCooling &cooling);
    static std::optional<LimitViolation> checkSpan(const RackSituation &rack, int bottomU,
                                                   int units, RackFace face, double depthMm);
    static std::optional<LimitViolation> checkDepth(double itemDepthMm, double rackDepthMm);
    static std::optional<LimitViolation> checkConfiguration(const CatalogItem &item,
                                                            const ServerConfiguration &config);
    static std::optional<LimitViolation> checkPower(double beforeWatts, double afterWatts,
                                                    const RackPower &power);
    static std::optional<LimitViolation> checkRedundancy(double beforeWatts, double afterWatts,
                                                         const RackPower &power);
    static std::optional<LimitViolation> checkWeight(double beforeKg, double afterKg,
                                                     double maxLoadKg);
    static std::optional<LimitViolation> checkCooling(double beforeWatts, double afterWatts,
                                                      const RackCooling &cooling);

    // All of them for one item going into a rack at bottomU on a face.
    static RuleCheck checkPlacement(const RackSituation &rack, const CatalogItem &item, int bottomU,
                                    RackFace face, const ServerConfiguration &configuration,
                                    const CatalogSnapshot &catalog);
    // The budgets a rack breaks as it stands (for summaries and `headroom project info`).
    static RuleCheck brokenLimits(const Rack &rack, const LayoutTotals &rackTotals);
};
