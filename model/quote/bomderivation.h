#pragma once

#include "model/quote/bomrules.h"
#include "model/quote/hallfigures.h"
#include "model/quote/networkparts.h"
#include "model/quote/quote.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class DataHall;

// The network ports the layout's devices use, by fabric, as BomRules counts them.
struct PortCount
{
    qint64 computePorts = 0;
    double computeBitsPerSecond = 0.0;
    qint64 frontEndPorts = 0;
    double frontEndBitsPerSecond = 0.0;
    qint64 managementPorts = 0;
    qint64 fabricSwitchPorts = 0; // ports of the placed switches faster than copper
    qint64 managementSwitchPorts = 0; // ports of the placed copper (1 GbE) switches
};

// A bill of materials: list-priced lines (no discounts or overrides: QuoteTerms adds
// those), the ports it counted and what the hall holds.
struct Bom
{
    QList<QuoteLine> lines;
    PortCount ports;
    HallFigures figures;
    QStringList warnings; // translated: too few switch ports, items missing from the snapshot
};

// Derives the bill of materials from the layout in one pass over its placements:
// servers grouped by catalog item and configuration, storage, switches, racks and PDUs
// by catalog item, network adapters, transceivers and cables counted from the ports in
// use (BomRules). Prices come from the project's frozen catalog rows; a row without a
// price (or priced in another currency) gives an unpriced line, never a zero.
class BomDerivation
{
    Q_DECLARE_TR_FUNCTIONS(BomDerivation)

public:
    static Bom derive(const DataHall &hall, const NetworkParts &parts, const QString &currency,
                      const BomRules &rules = {});

    // The counting rules as sentences for people, with their sources.
    static QStringList countingRules(const BomRules &rules = {});
};
