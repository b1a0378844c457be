#pragma once

#include "model/quote/quote.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// Names of the bill of materials' line categories: stable keys for files and JSON
// ("server", "optic"), translated plural headings for people.
class QuoteCategory
{
    Q_DECLARE_TR_FUNCTIONS(QuoteCategory)

public:
    static QString key(QuoteLineCategory category);
    static std::optional<QuoteLineCategory> fromKey(const QString &key);
    static QString displayName(QuoteLineCategory category); // "Servers", "Optics"
};
