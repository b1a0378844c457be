#include "model/project/quotetables.h"

#include "model/project/projectfile.h"
#include "model/quote/pricing.h"
#include "model/quote/quotecategory.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

// --- statement text, all in one place ---

// A list price of NULL is a line without a price; a NULL override is no override.
const char *const kTablesV3[] = {
    "CREATE TABLE quote (id INTEGER PRIMARY KEY CHECK (id = 1), customer TEXT NOT NULL, "
    "quote_number TEXT NOT NULL, quote_date TEXT NOT NULL, validity_days INTEGER NOT NULL, "
    "currency TEXT NOT NULL, quote_discount_bp INTEGER NOT NULL, "
    "max_discount_bp INTEGER NOT NULL, tax_bp INTEGER NOT NULL, revision INTEGER NOT NULL)",
    "CREATE TABLE quote_adjustments (sku TEXT PRIMARY KEY, unit_price_minor INTEGER, "
    "discount_bp INTEGER NOT NULL, unit_cost_minor INTEGER)",
    "CREATE TABLE quote_revisions (revision INTEGER PRIMARY KEY, customer TEXT NOT NULL, "
    "quote_number TEXT NOT NULL, quote_date TEXT NOT NULL, validity_days INTEGER NOT NULL, "
    "currency TEXT NOT NULL, quote_discount_bp INTEGER NOT NULL, "
    "max_discount_bp INTEGER NOT NULL, tax_bp INTEGER NOT NULL, created_at TEXT NOT NULL, "
    "rack_count INTEGER NOT NULL, server_count INTEGER NOT NULL, "
    "accelerator_count INTEGER NOT NULL, power_typical_w REAL NOT NULL, "
    "power_max_w REAL NOT NULL, headroom TEXT NOT NULL DEFAULT '{}')",
    "CREATE TABLE quote_revision_lines (revision INTEGER NOT NULL "
    "REFERENCES quote_revisions(revision) ON DELETE CASCADE, position INTEGER NOT NULL, "
    "sku TEXT NOT NULL, description TEXT NOT NULL, category TEXT NOT NULL, "
    "quantity INTEGER NOT NULL, list_unit_price_minor INTEGER, "
    "unit_price_override_minor INTEGER, discount_bp INTEGER NOT NULL, "
    "unit_cost_minor INTEGER, price_is_estimate INTEGER NOT NULL, "
    "note TEXT NOT NULL, PRIMARY KEY (revision, position))",
};

// The header and rate columns the quote and each revision share, in this order: the
// readers below expect them at the same offsets in both tables.
const QString kTermsColumns =
    QStringLiteral("customer, quote_number, quote_date, validity_days, "
                   "currency, quote_discount_bp, max_discount_bp, tax_bp");
constexpr int kTermsColumnCount = 8;

const QString kSelectQuote =
    QStringLiteral("SELECT id, ") + kTermsColumns + QStringLiteral(", revision FROM quote");
const QString kSelectAdjustments =
    QStringLiteral("SELECT sku, unit_price_minor, discount_bp, unit_cost_minor FROM "
                   "quote_adjustments ORDER BY sku");
const QString kSelectRevisions = QStringLiteral("SELECT revision, ") + kTermsColumns
    + QStringLiteral(", created_at, rack_count, server_count, accelerator_count, "
                     "power_typical_w, power_max_w, headroom FROM quote_revisions "
                     "ORDER BY revision");
const QString kSelectRevisionLines = QStringLiteral(
    "SELECT revision, position, sku, description, category, quantity, list_unit_price_minor, "
    "unit_price_override_minor, discount_bp, unit_cost_minor, price_is_estimate, note "
    "FROM quote_revision_lines ORDER BY revision, position");
const QString kInsertQuote = QStringLiteral("INSERT INTO quote (id, ") + kTermsColumns
    + QStringLiteral(", revision) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
const QString kInsertAdjustment = QStringLiteral(
    "INSERT INTO quote_adjustments (sku, unit_price_minor, discount_bp, unit_cost_minor) "
    "VALUES (?, ?, ?, ?)");
const QString kInsertRevision = QStringLiteral("INSERT INTO quote_revisions (revision, ")
    + kTermsColumns
    + QStringLiteral(", created_at, rack_count, server_count, accelerator_count, "
                     "power_typical_w, power_max_w, headroom) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
const QString kInsertRevisionLine = QStringLiteral(
    "INSERT INTO quote_revision_lines (revision, position, sku, description, category, quantity, "
    "list_unit_price_minor, unit_price_override_minor, discount_bp, unit_cost_minor, "
    "price_is_estimate, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");

QString where(const char *table, const QString &row, const char *column)
{
    return ProjectFile::tr("table %1, row %2, column %3")
        .arg(QLatin1String(table), row, QLatin1String(column));
}

QVariant optionalValue(const std::optional<qint64> &value)
{
    return value ? QVariant(qlonglong(*value)) : QVariant();
}

// Reads the shared header and rate columns starting at `first` into a Quote; on a value
// out of range sets *error to the place and the problem.
bool readTerms(const QSqlQuery &q, int first, const char *table, const QString &row, Quote *quote,
               QString *error)
{
    static const QRegularExpression isoCode(QStringLiteral("^[A-Z]{3}$"));
    auto fail = [&](const char *column, const QString &problem) {
        *error = QuoteTables::tr("%1: %2").arg(where(table, row, column), problem);
        return false;
    };
    quote->header.customer = q.value(first).toString();
    quote->header.quoteNumber = q.value(first + 1).toString();
    const QString date = q.value(first + 2).toString();
    quote->header.date = QDate::fromString(date, Qt::ISODate);
    if (!date.isEmpty() && !quote->header.date.isValid())
        return fail("quote_date", QuoteTables::tr("'%1' is not a date (YYYY-MM-DD)").arg(date));
    quote->header.validityDays = q.value(first + 3).toInt();
    if (quote->header.validityDays < 1)
        return fail("validity_days", QuoteTables::tr("must be at least 1"));
    quote->currency = q.value(first + 4).toString();
    if (!isoCode.match(quote->currency).hasMatch())
        return fail("currency",
                    QuoteTables::tr("'%1' is not a currency code").arg(quote->currency));
    const int rates[] = {q.value(first + 5).toInt(), q.value(first + 6).toInt(),
                         q.value(first + 7).toInt()};
    const char *columns[] = {"quote_discount_bp", "max_discount_bp", "tax_bp"};
    for (int i = 0; i < 3; ++i) {
        if (rates[i] < 0 || rates[i] > Pricing::kBasisPointsPerWhole)
            return fail(columns[i], QuoteTables::tr("must be 0 to 10000 (basis points)"));
    }
    quote->quoteDiscountBasisPoints = rates[0];
    quote->maxDiscountBasisPoints = rates[1];
    quote->taxBasisPoints = rates[2];
    return true;
}

QVariantList termsValues(const QuoteHeader &header, const QString &currency, int discount,
                         int maxDiscount, int tax)
{
    return {header.customer,
            header.quoteNumber,
            header.date.isValid() ? header.date.toString(Qt::ISODate) : QString(),
            header.validityDays,
            currency,
            discount,
            maxDiscount,
            tax};
}

} // namespace

bool QuoteTables::createV3(QSqlDatabase db, QString *error)
{
    QSqlQuery query(db);
    for (const char *statement : kTablesV3) {
        if (!query.exec(QString::fromLatin1(statement))) {
            *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

std::optional<QuoteState> QuoteTables::read(QSqlDatabase db, QString *error)
{
    QuoteState state = QuoteState::fresh(QDate::currentDate());
    QSqlQuery q(db);
    q.setForwardOnly(true);
    auto failed = [&](const QSqlQuery &query) {
        *error = query.lastError().text();
        return std::nullopt;
    };

    if (!q.exec(kSelectQuote))
        return failed(q);
    if (q.next()) {
        Quote terms;
        if (!readTerms(q, 1, "quote", q.value(0).toString(), &terms, error))
            return std::nullopt;
        const int revision = q.value(1 + kTermsColumnCount).toInt();
        if (revision < 1) {
            *error = tr("%1: %2").arg(where("quote", q.value(0).toString(), "revision"),
                                      tr("must be at least 1"));
            return std::nullopt;
        }
        terms.header.revision = revision;
        state.terms.header = terms.header;
        state.terms.currency = terms.currency;
        state.terms.quoteDiscountBasisPoints = terms.quoteDiscountBasisPoints;
        state.terms.maxDiscountBasisPoints = terms.maxDiscountBasisPoints;
        state.terms.taxBasisPoints = terms.taxBasisPoints;
    }

    if (!q.exec(kSelectAdjustments))
        return failed(q);
    while (q.next()) {
        const QString sku = q.value(0).toString();
        QuoteLineAdjustment adjustment;
        if (!q.value(1).isNull())
            adjustment.unitPriceOverrideMinor = q.value(1).toLongLong();
        adjustment.discountBasisPoints = q.value(2).toInt();
        if (!q.value(3).isNull())
            adjustment.unitCostMinor = q.value(3).toLongLong();
        if (adjustment.unitCostMinor && *adjustment.unitCostMinor < 0) {
            *error = tr("%1: %2").arg(where("quote_adjustments", sku, "unit_cost_minor"),
                                      tr("a cost cannot be negative"));
            return std::nullopt;
        }
        if (adjustment.unitPriceOverrideMinor && *adjustment.unitPriceOverrideMinor < 0) {
            *error = tr("%1: %2").arg(where("quote_adjustments", sku, "unit_price_minor"),
                                      tr("a price cannot be negative"));
            return std::nullopt;
        }
        if (adjustment.discountBasisPoints < 0
            || adjustment.discountBasisPoints > Pricing::kBasisPointsPerWhole) {
            *error = tr("%1: %2").arg(where("quote_adjustments", sku, "discount_bp"),
                                      tr("must be 0 to 10000 (basis points)"));
            return std::nullopt;
        }
        state.terms.adjustments.insert(sku, adjustment);
    }

    if (!q.exec(kSelectRevisions))
        return failed(q);
    while (q.next()) {
        QuoteRevision revision;
        const QString row = q.value(0).toString();
        if (!readTerms(q, 1, "quote_revisions", row, &revision.quote, error))
            return std::nullopt;
        revision.quote.header.revision = q.value(0).toInt();
        const int next = 1 + kTermsColumnCount;
        revision.createdAt = QDateTime::fromString(q.value(next).toString(), Qt::ISODate);
        revision.figures.rackCount = q.value(next + 1).toInt();
        revision.figures.serverCount = q.value(next + 2).toInt();
        revision.figures.acceleratorCount = q.value(next + 3).toInt();
        revision.figures.powerTypicalWatts = q.value(next + 4).toDouble();
        revision.figures.powerMaxWatts = q.value(next + 5).toDouble();
        QJsonParseError parse;
        const QJsonDocument headroom =
            QJsonDocument::fromJson(q.value(next + 6).toString().toUtf8(), &parse);
        if (!headroom.isObject()) {
            *error = tr("%1: %2").arg(where("quote_revisions", row, "headroom"),
                                      tr("not a JSON object"));
            return std::nullopt;
        }
        revision.figures.setHeadroomJson(headroom.object());
        state.revisions.append(revision);
    }

    if (!q.exec(kSelectRevisionLines))
        return failed(q);
    while (q.next()) {
        const int number = q.value(0).toInt();
        const QString row = QStringLiteral("%1/%2").arg(number).arg(q.value(1).toInt());
        auto problem = [&](const char *column, const QString &text) {
            *error = tr("%1: %2").arg(where("quote_revision_lines", row, column), text);
            return std::nullopt;
        };
        QuoteRevision *revision = nullptr;
        for (QuoteRevision &candidate : state.revisions) {
            if (candidate.number() == number)
                revision = &candidate;
        }
        if (!revision)
            return problem("revision", tr("no such revision"));
        QuoteLine line;
        line.sku = q.value(2).toString();
        line.description = q.value(3).toString();
        const auto category = QuoteCategory::fromKey(q.value(4).toString());
        if (!category)
            return problem("category", tr("unknown value '%1'").arg(q.value(4).toString()));
        line.category = *category;
        line.quantity = q.value(5).toLongLong();
        if (line.quantity < 0)
            return problem("quantity", tr("cannot be negative"));
        line.listPriceKnown = !q.value(6).isNull();
        line.listUnitPriceMinor = q.value(6).toLongLong();
        if (!q.value(7).isNull())
            line.unitPriceOverrideMinor = q.value(7).toLongLong();
        if (line.listUnitPriceMinor < 0 || line.unitPriceOverrideMinor.value_or(0) < 0)
            return problem("list_unit_price_minor", tr("a price cannot be negative"));
        line.discountBasisPoints = q.value(8).toInt();
        if (line.discountBasisPoints < 0
            || line.discountBasisPoints > Pricing::kBasisPointsPerWhole)
            return problem("discount_bp", tr("must be 0 to 10000 (basis points)"));
        if (!q.value(9).isNull())
            line.unitCostMinor = q.value(9).toLongLong();
        if (line.unitCostMinor.value_or(0) < 0)
            return problem("unit_cost_minor", tr("a cost cannot be negative"));
        line.priceIsEstimate = q.value(10).toBool();
        line.note = q.value(11).toString();
        revision->quote.lines.append(line);
    }
    return state;
}

bool QuoteTables::write(QSqlDatabase db, const QuoteState &state, QString *error)
{
    QSqlQuery q(db);
    auto exec = [&q, error](const QVariantList &values) {
        for (int i = 0; i < values.size(); ++i) {
            // A null QString would bind as SQL NULL; the text columns hold '' instead.
            const QVariant &v = values.at(i);
            const bool nullText = v.typeId() == QMetaType::QString && v.toString().isNull();
            q.bindValue(i, nullText ? QVariant(QStringLiteral("")) : v);
        }
        if (q.exec())
            return true;
        *error = q.lastError().text();
        return false;
    };

    const QuoteTerms &terms = state.terms;
    q.prepare(kInsertQuote);
    QVariantList values = termsValues(terms.header, terms.currency, terms.quoteDiscountBasisPoints,
                                      terms.maxDiscountBasisPoints, terms.taxBasisPoints);
    values.append(terms.header.revision);
    if (!exec(values))
        return false;

    q.prepare(kInsertAdjustment);
    for (auto it = terms.adjustments.cbegin(); it != terms.adjustments.cend(); ++it) {
        if (!exec({it.key(), optionalValue(it->unitPriceOverrideMinor), it->discountBasisPoints,
                   optionalValue(it->unitCostMinor)}))
            return false;
    }

    q.prepare(kInsertRevision);
    for (const QuoteRevision &revision : state.revisions) {
        const Quote &quote = revision.quote;
        QVariantList row {quote.header.revision};
        row += termsValues(quote.header, quote.currency, quote.quoteDiscountBasisPoints,
                           quote.maxDiscountBasisPoints, quote.taxBasisPoints);
        row += QVariantList {
            revision.createdAt.toString(Qt::ISODate),
            revision.figures.rackCount,
            revision.figures.serverCount,
            revision.figures.acceleratorCount,
            revision.figures.powerTypicalWatts,
            revision.figures.powerMaxWatts,
            QString::fromUtf8(
                QJsonDocument(revision.figures.headroomJson()).toJson(QJsonDocument::Compact))};
        if (!exec(row))
            return false;
    }

    q.prepare(kInsertRevisionLine);
    for (const QuoteRevision &revision : state.revisions) {
        int position = 0;
        for (const QuoteLine &line : revision.quote.lines) {
            // Straight to a QVariant: GCC 12 at -O2 warns (maybe-uninitialized) about an
            // optional built and read inline here, which -Werror turns into a failed build.
            const QVariant list =
                line.listPriceKnown ? QVariant(qlonglong(line.listUnitPriceMinor)) : QVariant();
            if (!exec({revision.number(), position++, line.sku, line.description,
                       QuoteCategory::key(line.category), qlonglong(line.quantity), list,
                       optionalValue(line.unitPriceOverrideMinor), line.discountBasisPoints,
                       optionalValue(line.unitCostMinor), line.priceIsEstimate, line.note}))
                return false;
        }
    }
    return true;
}
