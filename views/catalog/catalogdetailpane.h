#pragma once

#include "model/catalog/catalogitem.h"

#include <QWidget>

#include <optional>

class QLabel;
class QTextBrowser;

// Everything the catalog knows about one item: every spec of its kind with its unit, the
// options and texts its source gives, the price, and where the figures come from and how
// far to trust them. Unverified items say so first, in words and colour.
class CatalogDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit CatalogDetailPane(QWidget *parent = nullptr);

    void setItem(const std::optional<CatalogItem> &item);
    const std::optional<CatalogItem> &item() const { return m_item; }

    // The text shown, for tests and for copying.
    QString plainText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    std::optional<CatalogItem> m_item;
    QLabel *m_title;
    QLabel *m_warning;
    QTextBrowser *m_details;
};
