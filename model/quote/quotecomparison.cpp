#include "model/quote/quotecomparison.h"

#include <QHash>
#include <QSet>

QuoteComparison compareQuotes(const Quote &before, const Quote &after)
{
    QuoteComparison result;
    result.before = QuoteCalculator::compute(before);
    result.after = QuoteCalculator::compute(after);

    QHash<QString, int> beforeIndex;
    for (int i = 0; i < before.lines.size(); ++i)
        beforeIndex.insert(before.lines.at(i).sku, i);

    QSet<QString> seen;
    for (int i = 0; i < after.lines.size(); ++i) {
        const QuoteLine &line = after.lines.at(i);
        seen.insert(line.sku);
        QuoteLineChange change;
        change.sku = line.sku;
        change.description = line.description;
        change.quantityAfter = line.quantity;
        change.unitPriceAfterMinor = line.unitPriceMinor();
        change.discountAfterBasisPoints = line.discountBasisPoints;
        change.totalAfterMinor = result.after.lines.value(i).netMinor;
        change.pricedAfter = line.isPriced();
        const auto found = beforeIndex.constFind(line.sku);
        if (found == beforeIndex.constEnd()) {
            change.kind = QuoteLineChange::Kind::Added;
            result.changes.append(change);
            continue;
        }
        const QuoteLine &old = before.lines.at(*found);
        change.quantityBefore = old.quantity;
        change.unitPriceBeforeMinor = old.unitPriceMinor();
        change.discountBeforeBasisPoints = old.discountBasisPoints;
        change.totalBeforeMinor = result.before.lines.value(*found).netMinor;
        change.pricedBefore = old.isPriced();
        if (change.quantityBefore != change.quantityAfter
            || change.pricedBefore != change.pricedAfter
            || change.unitPriceBeforeMinor != change.unitPriceAfterMinor
            || change.discountBeforeBasisPoints != change.discountAfterBasisPoints
            || old.description != line.description) {
            change.kind = QuoteLineChange::Kind::Changed;
            result.changes.append(change);
        }
    }
    for (int i = 0; i < before.lines.size(); ++i) {
        const QuoteLine &old = before.lines.at(i);
        if (seen.contains(old.sku))
            continue;
        QuoteLineChange change;
        change.kind = QuoteLineChange::Kind::Removed;
        change.sku = old.sku;
        change.description = old.description;
        change.quantityBefore = old.quantity;
        change.unitPriceBeforeMinor = old.unitPriceMinor();
        change.discountBeforeBasisPoints = old.discountBasisPoints;
        change.totalBeforeMinor = result.before.lines.value(i).netMinor;
        change.pricedBefore = old.isPriced();
        result.changes.append(change);
    }
    return result;
}
