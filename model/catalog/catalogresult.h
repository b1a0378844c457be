#pragma once

#include <QString>

// The outcome of a catalog operation a user can make fail (a damaged file, a newer
// catalog, a rejected edit): nothing on success, otherwise a message that says what and
// where, ready to show.
struct CatalogResult
{
    QString errorText;

    bool ok() const { return errorText.isEmpty(); }
    static CatalogResult success() { return {}; }
    static CatalogResult failure(QString text) { return {std::move(text)}; }
};
