#include "views/layout/rackitem.h"

#include "model/core/unitformat.h"
#include "model/layout/datahall.h"
#include "model/workload/headroomview.h"
#include "model/workload/workloadset.h"
#include "views/layout/itempalette.h"
#include "views/workloads/workloadpalette.h"

#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <optional>

namespace {
// Levels of detail for what is not text (text follows RackGeometry::legible()).
constexpr double kOutlineLevel = 0.1; // item borders
constexpr double kLineLevel = 0.3; // a line per U
constexpr int kNamePixels = 16;
constexpr int kSmallPixels = 11; // face labels, U numbers, gauges

QFont sizedFont(const QFont &base, int pixelSize, bool bold = false)
{
    QFont font = base;
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    return font;
}

RackItem::Gauge gauge(const QString &label, double used, double limit, const QString &value)
{
    return {limit > 0.0 ? used / limit : 0.0, label, value};
}
} // namespace

RackItem::RackItem(RackId id, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_id(id)
{
    setFlag(ItemIsSelectable);
    // Painting is cheap and the item is large: caching would cost a pixmap per rack.
    setCacheMode(NoCache);
}

const RackItem::Mounted *RackItem::find(PlacementId id) const
{
    for (const Mounted &m : m_mounted) {
        if (m.id == id)
            return &m;
    }
    return nullptr;
}

const RackItem::Mounted *RackItem::mountedAt(const QPointF &local) const
{
    const std::optional<RackFace> face = RackGeometry::faceAt(local.x());
    if (!face || !m_geometry.inBody(local))
        return nullptr;
    const int u = m_geometry.unitAt(local.y());
    for (const Mounted &m : m_mounted) {
        if (m.face == *face && u >= m.bottomU && u < m.bottomU + m.units)
            return &m;
    }
    return nullptr;
}

void RackItem::refresh(const DataHall &hall)
{
    const Rack *rack = hall.rack(m_id);
    if (!rack)
        return;
    const int units = hall.rackUnits(m_id);
    if (units != m_geometry.unitsTotal()) {
        prepareGeometryChange();
        m_geometry = RackGeometry(units);
        m_unitLines.clear();
        for (int u = 0; u <= units; ++u) {
            const double y = m_geometry.bodyTop() + u * RackGeometry::kUnitHeight;
            for (RackFace face : {RackFace::Front, RackFace::Rear}) {
                const double left = RackGeometry::faceLeft(face);
                m_unitLines.append(QLineF(left, y, left + RackGeometry::kFaceWidth, y));
            }
        }
    }
    m_name = rack->name;
    const CatalogItem *type = hall.catalog().item(rack->rackTypeId);
    m_typeName = type ? type->displayName() : rack->rackTypeId;
    refreshContents(hall);
    refreshTotals(hall);
}

void RackItem::refreshContents(const DataHall &hall)
{
    const Rack *rack = hall.rack(m_id);
    const CatalogItem *type = rack ? hall.catalog().item(rack->rackTypeId) : nullptr;
    const double rackDepthMm = type ? type->depthMm : 0.0;
    m_mounted.clear();
    // One view for the rack: a handle on the tracker's state, read per server below.
    std::optional<HeadroomView> headroom;
    if (m_headroom && m_workloads)
        headroom.emplace(m_headroom->current());
    for (PlacementId pid : hall.placementIds(m_id)) {
        const Placement *p = hall.placement(pid);
        if (!p)
            continue;
        Mounted m;
        m.id = pid;
        m.bottomU = p->positionU;
        m.face = p->face;
        if (const CatalogItem *item = hall.catalog().item(p->itemId)) {
            m.units = std::max(1, item->rackUnits);
            m.kind = item->kind;
            m.label = item->displayName();
            // Same rule as LayoutRules::checkSpan: a known depth of at most half the
            // rack leaves the far face free.
            m.blocksOtherFace =
                item->depthMm <= 0.0 || rackDepthMm <= 0.0 || item->depthMm > rackDepthMm / 2;
        } else {
            m.label = p->itemId;
        }
        if (m_workloads) {
            const std::vector<WorkloadId> &running = m_workloads->workloadsOn(pid);
            m.workloads = int(running.size());
            bool training = false, inference = false;
            for (size_t i = 0; i < running.size(); ++i) {
                const Workload *w = m_workloads->workload(running[i]);
                if (!w)
                    continue;
                (w->isTraining() ? training : inference) = true;
                if (i < m.badges.size())
                    m.badges[i] = WorkloadPalette::kind(w->kind);
            }
            m.mixed = training && inference;
            if (headroom && m.workloads > 0) {
                const ScopeHeadroom h = headroom->headroom(AssignmentTarget::server(pid));
                for (const ClassHeadroom *kind : {&h.training, &h.inference}) {
                    const HeadroomEntry &compute = (*kind)[int(HeadroomDimension::Compute)];
                    if (compute.capacity > 0.0)
                        m.load = std::max(m.load, compute.demand / compute.capacity);
                }
            }
        }
        m_mounted.push_back(std::move(m));
    }
    update();
}

void RackItem::refreshTotals(const DataHall &hall)
{
    const LayoutTotals &t = hall.rackTotals(m_id);
    const UnitFormat format;
    m_gauges[0] = gauge(tr("Space"), t.unitsUsed, t.unitsTotal,
                        tr("%1 of %2 U").arg(t.unitsUsed).arg(t.unitsTotal));
    m_gauges[1] = gauge(
        tr("Power"), t.powerMaxWatts(), t.powerBudgetWatts(),
        tr("%1 of %2").arg(format.power(t.powerMaxWatts()), format.power(t.powerBudgetWatts())));
    m_gauges[2] =
        gauge(tr("Cooling"), t.powerTypicalWatts(), t.coolingCeilingWatts(),
              tr("%1 of %2")
                  .arg(format.power(t.powerTypicalWatts()), format.power(t.coolingCeilingWatts())));
    m_gauges[3] =
        gauge(tr("Weight"), t.weightKg(), t.weightLimitKg(),
              t.weightLimitKg() > 0.0
                  ? tr("%1 of %2").arg(format.mass(t.weightKg()), format.mass(t.weightLimitKg()))
                  : format.mass(t.weightKg()));
    m_overLimit = t.isOverLimit();
    update();
}

void RackItem::setDetailed(bool detailed)
{
    if (detailed == m_detailed)
        return;
    m_detailed = detailed;
    update();
}

void RackItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(widget);
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    paintHeader(painter, lod);
    paintBody(painter, lod);
    paintGauges(painter, lod);
    if (isSelected()) {
        QPen pen(ItemPalette::selection(), 3.0);
        pen.setCosmetic(lod < kLineLevel); // stays visible at hall zoom
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(m_geometry.bounds().adjusted(-2, -2, 2, 2));
    }
}

void RackItem::paintHeader(QPainter *painter, double lod) const
{
    const QRectF header = m_geometry.headerRect();
    painter->fillRect(header, m_overLimit ? ItemPalette::frameOverLimit() : ItemPalette::frame());
    if (!RackGeometry::legible(kNamePixels, lod))
        return;
    painter->setPen(Qt::white);
    painter->setFont(sizedFont(painter->font(), kNamePixels, true));
    const QRectF nameRect = header.adjusted(6, 1, -6, -13);
    const QString name =
        painter->fontMetrics().elidedText(m_name, Qt::ElideRight, int(nameRect.width()));
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter, name);
    if (!RackGeometry::legible(kSmallPixels, lod))
        return;
    painter->setFont(sizedFont(painter->font(), kSmallPixels));
    painter->setPen(QColor(0xc8, 0xcd, 0xd3));
    for (RackFace face : {RackFace::Front, RackFace::Rear}) {
        const QRectF r(RackGeometry::faceLeft(face), header.bottom() - 13, RackGeometry::kFaceWidth,
                       12);
        painter->drawText(r, Qt::AlignCenter, Placement::faceDisplayName(face));
    }
}

void RackItem::paintBody(QPainter *painter, double lod) const
{
    painter->fillRect(m_geometry.bodyRect(), ItemPalette::frame());
    for (RackFace face : {RackFace::Front, RackFace::Rear})
        painter->fillRect(m_geometry.faceRect(face), ItemPalette::slot());
    if (lod >= kLineLevel) {
        QPen line(ItemPalette::slotLine());
        line.setCosmetic(true);
        painter->setPen(line);
        painter->drawLines(m_unitLines);
    }
    if (RackGeometry::legible(kSmallPixels, lod)) {
        // Every U when a U is tall enough on screen for its number, every fifth otherwise.
        const int step = RackGeometry::kUnitHeight * lod >= 11.0 ? 1 : 5;
        painter->setFont(sizedFont(painter->font(), kSmallPixels));
        painter->setPen(QColor(0xc8, 0xcd, 0xd3));
        for (int u = 1; u <= m_geometry.unitsTotal(); ++u) {
            if (u % step != 0 && u != 1)
                continue;
            const QRectF r = m_geometry.spanRect(u, 1, RackFace::Front);
            painter->drawText(QRectF(0, r.top(), RackGeometry::kGutterWidth - 3, r.height()),
                              Qt::AlignRight | Qt::AlignVCenter, QString::number(u));
        }
    }
    // Deep items take the far face too; draw that first so real items cover it.
    for (const Mounted &m : m_mounted) {
        if (!m.blocksOtherFace)
            continue;
        const RackFace other = m.face == RackFace::Front ? RackFace::Rear : RackFace::Front;
        painter->fillRect(m_geometry.spanRect(m.bottomU, m.units, other), ItemPalette::shadow());
    }
    if (m_detailed)
        return; // PlacementItem children draw the placements.
    const bool outline = lod >= kOutlineLevel;
    int fontPixels = 0;
    for (const Mounted &m : m_mounted) {
        const QRectF r = m_geometry.spanRect(m.bottomU, m.units, m.face).adjusted(1, 0.5, -1, -0.5);
        if (!outline) {
            painter->fillRect(r, ItemPalette::fill(m.kind));
            paintWorkloads(painter, r, m, lod);
            continue;
        }
        painter->setPen(ItemPalette::border(m.kind));
        painter->setBrush(ItemPalette::fill(m.kind));
        painter->drawRect(r);
        paintWorkloads(painter, r, m, lod);
        const int pixels = RackGeometry::labelPixelSize(m.units);
        if (RackGeometry::legible(pixels, lod)) {
            if (pixels != fontPixels) {
                fontPixels = pixels;
                painter->setFont(sizedFont(painter->font(), pixels));
            }
            painter->setPen(ItemPalette::label());
            const QRectF textRect = r.adjusted(5, 0, -5, 0);
            painter->drawText(
                textRect, Qt::AlignLeft | Qt::AlignVCenter,
                painter->fontMetrics().elidedText(m.label, Qt::ElideRight, int(textRect.width())));
        }
    }
}

void RackItem::paintWorkloads(QPainter *painter, const QRectF &r, const Mounted &m, double lod)
{
    if (m.workloads == 0)
        return;
    // Load: the share of its compute the workloads demand (the headroom tracker's), amber
    // stronger as it fills, red past full.
    painter->fillRect(r, WorkloadPalette::load(m.load));
    if (m.mixed) {
        // Training and inference on one server: allowed, but against vendors' advice.
        QPen pen(ItemPalette::refused(), 2.0);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(r.adjusted(1, 1, -1, -1));
    }
    if (lod < 0.1)
        return; // at hall zoom the tint says it; a badge would be a pixel
    // The badge: one square per workload (three at most) in its kind's colour, at the right.
    const double side = std::min(r.height() - 2.0, 10.0);
    double x = r.right() - 2.0 - side;
    for (size_t i = 0; i < m.badges.size() && i < size_t(m.workloads); ++i) {
        painter->fillRect(QRectF(x, r.top() + (r.height() - side) / 2, side, side), m.badges[i]);
        x -= side + 2.0;
    }
    if (m.workloads > int(m.badges.size()) && RackGeometry::legible(9, lod)) {
        QFont font = painter->font();
        font.setPixelSize(9);
        painter->setFont(font);
        painter->setPen(Qt::white);
        painter->drawText(QRectF(x - 14.0, r.top(), 16.0, r.height()), Qt::AlignCenter,
                          QStringLiteral("+%1").arg(m.workloads - int(m.badges.size())));
    }
}

void RackItem::paintGauges(QPainter *painter, double lod) const
{
    const bool text = RackGeometry::legible(kSmallPixels, lod);
    if (text)
        painter->setFont(sizedFont(painter->font(), kSmallPixels));
    for (int i = 0; i < RackGeometry::kGaugeCount; ++i) {
        const Gauge &g = m_gauges[size_t(i)];
        const QRectF track = m_geometry.gaugeRect(i);
        painter->fillRect(track, ItemPalette::gaugeTrack());
        const double shown = std::clamp(g.fraction, 0.0, 1.0);
        if (shown > 0.0) {
            QRectF bar = track;
            bar.setWidth(track.width() * shown);
            painter->fillRect(bar, ItemPalette::gauge(g.fraction));
        }
        if (!text)
            continue;
        painter->setPen(QColor(0x1f, 0x23, 0x28));
        const QRectF inner = track.adjusted(4, 0, -4, 0);
        painter->drawText(inner, Qt::AlignLeft | Qt::AlignVCenter, g.label);
        painter->drawText(inner, Qt::AlignRight | Qt::AlignVCenter, g.value);
    }
}

void RackItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_detailed && m_geometry.inBody(event->pos())) {
        event->ignore();
        return;
    }
    QGraphicsItem::mousePressEvent(event);
}
