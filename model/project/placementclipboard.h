#pragma once

#include "model/catalog/catalogitem.h"
#include "model/layout/placement.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

// Placements copied out of a rack: their items (with the frozen catalog rows, so a
// paste into another project carries its specs and prices along), faces, configurations
// and heights relative to the lowest one. Travels as JSON in our own MIME type.
struct PlacementClipboard
{
    struct Entry
    {
        QString itemId;
        int offsetU = 0; // above the lowest copied placement
        RackFace face = RackFace::Front;
        ServerConfiguration configuration;
    };
    std::vector<Entry> entries;
    QList<CatalogItem> catalogItems;

    bool isEmpty() const { return entries.empty(); }

    static QString mimeType() { return QStringLiteral("application/x-headroom-placements"); }
    QByteArray toMimeData() const;
    static std::optional<PlacementClipboard> fromMimeData(const QByteArray &data);
};
