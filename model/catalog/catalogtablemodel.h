#pragma once

#include "model/catalog/catalogfilter.h"
#include "model/catalog/catalogrow.h"
#include "model/catalog/catalogsearchindex.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QStringList>

#include <vector>

class CatalogDatabase;

// The catalog as one flat table: a column per telling spec, shown with units through
// UnitFormat ("10.2 kW", "80 GB", "3.35 TB/s") and given raw under RawValueRole for
// sorting. Filtering happens here, not in a QSortFilterProxyModel: with 100,000 rows a
// proxy attached to a view takes seconds to narrow (performance.md), while keeping a vector
// of the matching rows and resetting takes milliseconds. A keystroke that only narrows the
// search looks only at the rows that matched before. Edits arrive from the database's
// signals and change one row; imports and resets reload.
class CatalogTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        VendorColumn,
        ModelColumn,
        KindColumn,
        RackUnitsColumn,
        PowerColumn,
        WeightColumn,
        AcceleratorsColumn,
        MemoryColumn,
        BandwidthColumn,
        PortsColumn,
        Bf16PeakColumn,
        PriceColumn,
        ConfidenceColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        KindRole, // int(ItemKind)
        RawValueRole, // the unformatted value: double, int, qint64 or QString
        VerifiedRole, // false for low-confidence rows, shown as unverified
    };

    explicit CatalogTableModel(QObject *parent = nullptr);
    ~CatalogTableModel() override;

    void setDatabase(CatalogDatabase *db);
    CatalogDatabase *database() const;

    void setFilter(const CatalogFilter &filter);
    const CatalogFilter &filter() const { return m_filter; }
    int totalCount() const { return static_cast<int>(m_order.size()); }

    QString idAt(int row) const;
    int rowOfId(const QString &id) const; // -1 when the item is filtered out or unknown

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

private:
    void reload();
    void refilter(bool onlyNarrowing);
    void sortOrder(std::vector<int> &order) const;
    bool lessThan(int a, int b) const;
    bool passes(int index) const;
    std::vector<int> matching(const std::vector<int> &candidates);
    int visiblePositionFor(int index) const;
    void showRow(int index); // a row that now passes the filter, where the order puts it
    void hideRow(int row); // a visible row that no longer passes
    void onItemAdded(const QString &id);
    void onItemChanged(const QString &id);
    void onItemRemoved(const QString &id);
    QVariant display(const CatalogRow &row, int column) const;
    QVariant raw(const CatalogRow &row, int column) const;

    QPointer<CatalogDatabase> m_db;
    QList<CatalogRow> m_rows; // every item read; removed ones stay as gaps until reload
    QHash<QString, int> m_indexOfId;
    std::vector<int> m_order; // the live rows in display order
    std::vector<int> m_visible; // the rows that pass the filter, in display order
    CatalogFilter m_filter;
    QList<QByteArray> m_words;
    CatalogSearchIndex m_search;
    bool m_searchStale = false; // a row's text changed since the index was built
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
