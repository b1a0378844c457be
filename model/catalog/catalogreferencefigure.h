#pragma once

#include "model/catalog/catalogitem.h"

#include <QString>

// A planning figure that is not a product: a rack power budget of a published design
// ("4x DGX H100 per rack" = 40.8 kW), the air-cooling ceiling, the 3-phase PDU capacity
// rule. The layout reads them to judge a rack; they carry a source like every item.
struct CatalogReferenceFigure
{
    QString id; // "rack-budget-4x-dgx-h100"
    QString category; // "rack_power_budget", "cooling_limit", "pdu_rule"
    QString name;
    double powerWatts = 0.0; // the planning figure; 0 where only a range is given
    double powerLowWatts = 0.0;
    double powerHighWatts = 0.0;
    double weightKg = 0.0;
    QString rule; // a formula in words, for rules
    QString source;
    Confidence confidence = Confidence::Medium;
    QString notes;

    friend bool operator==(const CatalogReferenceFigure &,
                           const CatalogReferenceFigure &) = default;
};
