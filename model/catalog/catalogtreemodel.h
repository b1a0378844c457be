#pragma once

#include "model/catalog/catalogitem.h"

#include <QAbstractItemModel>
#include <QPointer>
#include <QStringList>

#include <array>
#include <optional>

class CatalogDatabase;

// The catalog by kind and vendor, for the browser's tree: "All items" first, then every
// kind (with or without items, so the tree keeps its shape) and under each kind the
// vendors that have items of it, each with its count. Picking a node sets the table's kind
// and vendor filter. Edits update counts and insert or remove vendor rows in place, so an
// expanded tree stays as the user left it.
class CatalogTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        KindRole = Qt::UserRole + 1, // int(ItemKind); absent on "All items"
        VendorRole, // QString; absent on kind rows
        CountRole, // int
    };

    explicit CatalogTreeModel(QObject *parent = nullptr);

    void setDatabase(CatalogDatabase *db);

    // What a node selects: no kind for "All items", no vendor for a kind.
    std::optional<ItemKind> kindAt(const QModelIndex &index) const;
    QString vendorAt(const QModelIndex &index) const;
    QModelIndex indexOf(std::optional<ItemKind> kind, const QString &vendor = QString()) const;

    QModelIndex index(int row, int column,
                      const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct VendorCount
    {
        QString vendor;
        int count = 0;
    };
    static constexpr int kKindCount = static_cast<int>(ItemKind::Count);
    using Counts = std::array<QList<VendorCount>, kKindCount>;

    void refresh();
    Counts read() const;
    static int total(const QList<VendorCount> &vendors);

    QPointer<CatalogDatabase> m_db;
    Counts m_counts;
};
