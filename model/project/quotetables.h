#pragma once

#include "model/quote/quotestate.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QSqlDatabase;

// The quote's part of a project file (schema version 3): its terms in one row, the
// per-line adjustments by SKU, and the frozen revisions with their lines. ProjectFile
// calls these inside its own transaction; every statement text is here.
class QuoteTables
{
    Q_DECLARE_TR_FUNCTIONS(QuoteTables)

public:
    // The schema step to version 3: creates the quote's tables (empty).
    static bool createV3(QSqlDatabase db, QString *error);
    // Reads the quote back; a file without a quote row gets a fresh quote dated today.
    // Errors say table, row and column, as ProjectFile's own do.
    static std::optional<QuoteState> read(QSqlDatabase db, QString *error);
    static bool write(QSqlDatabase db, const QuoteState &state, QString *error);
};
