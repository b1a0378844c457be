#pragma once

#include "model/catalog/catalogitem.h"
#include "model/layout/layoutids.h"
#include "model/layout/placement.h"
#include "views/layout/rackgeometry.h"

#include <QColor>
#include <QCoreApplication>
#include <QGraphicsItem>
#include <QLineF>
#include <QString>
#include <QVector>

#include <array>
#include <vector>

class DataHall;
class HeadroomTracker;
class WorkloadSet;

// One rack elevation: header, front and rear faces with their U slots, and the U, power,
// cooling and weight gauges below. At hall zoom this single item paints everything in it
// (performance.md: 3,000 such items paint in a few ms, where one item per server does
// not); past RackGeometry::kDetailLevel the scene gives its placements items of their own
// (PlacementItem children) and this item paints only the frame and gauges.
//
// It caches what it paints (labels, spans, gauge texts) when the hall announces a change,
// so paint() reads plain values and never looks anything up.
class RackItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(RackItem)

public:
    enum { Type = UserType + 101 };

    struct Mounted
    {
        PlacementId id = 0;
        int bottomU = 1;
        int units = 1;
        RackFace face = RackFace::Front;
        ItemKind kind = ItemKind::GpuServer;
        bool blocksOtherFace = true; // full depth (or unknown): the far face is taken too
        QString label;
        // The workloads it runs: how many, the first three kinds' colours for its badge,
        // and whether training and inference share it (allowed, shown as a warning).
        int workloads = 0;
        std::array<QColor, 3> badges {};
        bool mixed = false;
        double load = 0.0; // compute demanded of what it offers, the busier kind's
    };
    struct Gauge
    {
        double fraction = 0.0; // of the limit; 0 when there is none
        QString label; // "Power"
        QString value; // "31.2 kW of 40 kW"
    };

    explicit RackItem(RackId id, QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    RackId rackId() const { return m_id; }
    const RackGeometry &geometry() const { return m_geometry; }
    const QString &name() const { return m_name; }
    const std::vector<Mounted> &mounted() const { return m_mounted; }
    const Mounted *find(PlacementId id) const;
    // The placement drawn at a point in item coordinates, nullptr over an empty slot.
    const Mounted *mountedAt(const QPointF &local) const;
    const std::array<Gauge, RackGeometry::kGaugeCount> &gauges() const { return m_gauges; }
    bool isOverLimit() const { return m_overLimit; }

    // Where the badges and load tints come from; none draws no workloads.
    void setWorkloads(const WorkloadSet *workloads, const HeadroomTracker *headroom = nullptr)
    {
        m_workloads = workloads;
        m_headroom = headroom;
    }
    // The tint by load and the badge of the workloads a placement runs, over its span `r`
    // (PlacementItem draws the same at close zoom).
    static void paintWorkloads(QPainter *painter, const QRectF &r, const Mounted &mounted,
                               double lod);

    // Re-reads the rack (name, height, placements, totals). O(placements in the rack).
    void refresh(const DataHall &hall);
    void refreshContents(const DataHall &hall);
    void refreshTotals(const DataHall &hall);

    // Whether PlacementItem children draw the placements (set by the scene).
    void setDetailed(bool detailed);
    bool isDetailed() const { return m_detailed; }

    QRectF boundingRect() const override { return m_geometry.bounds(); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget = nullptr) override;

protected:
    // The header (and the whole rack while its placements have no items) selects the
    // rack; a press on an empty slot is left to the view for rubber-band selection.
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;

private:
    void paintHeader(QPainter *painter, double lod) const;
    void paintBody(QPainter *painter, double lod) const;
    void paintGauges(QPainter *painter, double lod) const;

    RackId m_id;
    RackGeometry m_geometry;
    QString m_name;
    QString m_typeName;
    std::vector<Mounted> m_mounted;
    std::array<Gauge, RackGeometry::kGaugeCount> m_gauges;
    QVector<QLineF> m_unitLines; // one per U boundary, built when the height changes
    const WorkloadSet *m_workloads = nullptr;
    const HeadroomTracker *m_headroom = nullptr;
    bool m_overLimit = false;
    bool m_detailed = false;
};
