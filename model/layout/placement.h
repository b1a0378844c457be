#pragma once

#include "model/layout/layoutids.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

enum class RackFace { Front, Rear };

// How one server instance is built: which of the catalog item's accelerator options it
// carries, how many, and how many drive bays are filled. Other kinds of item leave it
// empty.
struct ServerConfiguration
{
    QString acceleratorId; // one of CatalogItem::acceleratorOptions, empty when none
    int acceleratorCount = 0;
    int driveCount = 0;

    friend bool operator==(const ServerConfiguration &, const ServerConfiguration &) = default;
};

// One catalog item mounted in a rack: it occupies the U span that starts at positionU
// (1 = the bottom U) and is as tall as the item, on the front or the rear rails.
struct Placement
{
    Q_DECLARE_TR_FUNCTIONS(Placement)

public:
    PlacementId id = 0;
    QString itemId; // CatalogItem::id, frozen in the project's catalog snapshot
    int positionU = 1;
    RackFace face = RackFace::Front;
    ServerConfiguration configuration;

    static QString faceKey(RackFace face); // "front", "rear": files and JSON
    static std::optional<RackFace> faceFromKey(const QString &key);
    static QString faceDisplayName(RackFace face); // translated

    friend bool operator==(const Placement &, const Placement &) = default;
};
