#pragma once

#include "model/layout/layoutids.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QString>

class DataHall;

// The label at the left end of a row: its name, rack count and power against budget.
// Selecting it selects the row for rename, duplicate and remove.
class RowHeaderItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(RowHeaderItem)

public:
    enum { Type = UserType + 103 };
    static constexpr double kWidth = 180.0;

    explicit RowHeaderItem(RowId id, QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    RowId rowId() const { return m_id; }
    const QString &name() const { return m_name; }
    const QString &summary() const { return m_summary; }

    void refresh(const DataHall &hall);
    void setHeight(double height);

    QRectF boundingRect() const override { return {0, 0, kWidth, m_height}; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget = nullptr) override;

private:
    RowId m_id;
    QString m_name;
    QString m_summary;
    double m_height = 100.0;
};
