#include "views/proposal/rackelevations.h"

#include "model/layout/datahall.h"
#include "views/layout/rackitem.h"

#include <QHash>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <memory>

namespace {

// Everything that makes two racks look and behave the same on paper.
QString rackKey(const DataHall &hall, RackId id)
{
    const Rack *rack = hall.rack(id);
    QStringList parts {rack->rackTypeId,
                       rack->pduIds.join(QLatin1Char(',')),
                       QString::number(rack->power.feedWatts),
                       QString::number(rack->power.feedCount),
                       RackPower::phaseKey(rack->power.phase),
                       RackCooling::typeKey(rack->cooling.type),
                       QString::number(rack->cooling.ceilingWatts)};
    QStringList placements;
    for (PlacementId pid : hall.placementIds(id)) {
        const Placement *p = hall.placement(pid);
        placements.append(QStringLiteral("%1@%2%3:%4x%5:%6")
                              .arg(p->itemId)
                              .arg(p->positionU)
                              .arg(Placement::faceKey(p->face))
                              .arg(p->configuration.acceleratorCount)
                              .arg(p->configuration.acceleratorId)
                              .arg(p->configuration.driveCount));
    }
    // The order items were placed in does not change what the rack holds.
    placements.sort();
    parts.append(placements);
    return parts.join(QLatin1Char('|'));
}

void paintRack(QPainter *painter, const QRectF &target, const DataHall &hall, RackId id, int count,
               const QString &label)
{
    RackItem item(id);
    item.refresh(hall);
    const QRectF bounds = item.boundingRect();
    const double captionHeight = std::min(target.height() * 0.1, target.width() * 0.3);
    const QRectF area = target.adjusted(0, 0, 0, -captionHeight);
    const double scale = std::min(area.width() / bounds.width(), area.height() / bounds.height());

    painter->save();
    painter->translate(area.center().x() - bounds.width() * scale / 2, area.top());
    painter->scale(scale, scale);
    QStyleOptionGraphicsItem option;
    option.exposedRect = bounds;
    item.paint(painter, &option, nullptr);
    painter->restore();

    const QRectF caption(target.left(), area.top() + bounds.height() * scale, target.width(),
                         captionHeight);
    QFont bold = painter->font();
    bold.setPointSizeF(10.0);
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(Qt::black);
    const QFontMetricsF metrics(bold, painter->device());
    const QRectF countLine(caption.left(), caption.top() + metrics.height() * 0.3, caption.width(),
                           metrics.height());
    painter->drawText(countLine, Qt::AlignHCenter | Qt::AlignTop,
                      RackElevations::tr("× %1").arg(count));
    QFont small = bold;
    small.setBold(false);
    small.setPointSizeF(8.0);
    painter->setFont(small);
    const QFontMetricsF smallMetrics(small, painter->device());
    painter->drawText(
        QRectF(caption.left(), countLine.bottom(), caption.width(), smallMetrics.height() * 2.2),
        Qt::AlignHCenter | Qt::AlignTop,
        smallMetrics.elidedText(label, Qt::ElideRight, caption.width()));
}

} // namespace

QList<RackElevations::Group> RackElevations::group(const DataHall &hall)
{
    QList<Group> groups;
    QHash<QString, int> index;
    for (RowId row : hall.rowIds()) {
        for (RackId id : hall.rackIds(row)) {
            const QString key = rackKey(hall, id);
            const auto found = index.constFind(key);
            if (found == index.constEnd()) {
                index.insert(key, int(groups.size()));
                groups.append(Group {id, {hall.rack(id)->name}});
            } else {
                groups[*found].names.append(hall.rack(id)->name);
            }
        }
    }
    return groups;
}

QString RackElevations::groupLabel(const Group &group)
{
    if (group.names.size() <= 2)
        return group.names.join(QStringLiteral(", "));
    return tr("%1 and %n more", nullptr, int(group.names.size()) - 1).arg(group.names.first());
}

void RackElevations::addDrawings(ProposalDocument &document, const DataHall &hall,
                                 const QList<Group> &groups)
{
    // One small hall holding a copy of each group's first rack: what the drawings paint,
    // however the project changes while the PDF is written.
    RowSnapshot row;
    for (const Group &group : groups) {
        row.racks.push_back(hall.rackSnapshot(group.representative));
        // The row needs an id of its own, one that none of its racks or items has.
        row.row.id = std::max(row.row.id, group.representative);
        for (const Placement &placement : row.racks.back().placements)
            row.row.id = std::max(row.row.id, placement.id);
    }
    row.row.id += 1;
    auto copy = std::make_shared<DataHall>();
    copy->reset({row}, hall.catalog().items());

    for (int first = 0; first < groups.size(); first += kRacksPerDrawing) {
        struct Slot
        {
            RackId id;
            int count;
            QString label;
        };
        QList<Slot> placed;
        for (int i = first; i < std::min<int>(first + kRacksPerDrawing, groups.size()); ++i)
            placed.append(Slot {groups.at(i).representative, int(groups.at(i).names.size()),
                                groupLabel(groups.at(i))});
        ProposalDocument::Drawing drawing;
        drawing.heightMm = kDrawingHeightMm;
        drawing.paint = [copy, placed](QPainter *painter, const QRectF &target) {
            const double gap = target.width() * 0.03;
            const double width = (target.width() - gap * (kRacksPerDrawing - 1)) / kRacksPerDrawing;
            for (int i = 0; i < placed.size(); ++i) {
                const QRectF cell(target.left() + i * (width + gap), target.top(), width,
                                  target.height());
                paintRack(painter, cell, *copy, placed.at(i).id, placed.at(i).count,
                          placed.at(i).label);
            }
        };
        document.addDrawing(std::move(drawing));
    }
}
