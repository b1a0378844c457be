#include "views/catalog/catalogdetailpane.h"

#include "model/catalog/catalogfields.h"
#include "model/core/unitformat.h"

#include <QEvent>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

CatalogDetailPane::CatalogDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_details(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("catalogDetailPane"));
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_warning->setObjectName(QStringLiteral("unverifiedWarning"));
    m_warning->setWordWrap(true);
    m_warning->setAutoFillBackground(true);
    m_warning->setMargin(6);
    // Amber, as in traffic lights: look before you go.
    QPalette amber = m_warning->palette();
    amber.setColor(QPalette::Window, QColor(0xff, 0xe0, 0x8a));
    amber.setColor(QPalette::WindowText, QColor(0x4d, 0x34, 0x00));
    m_warning->setPalette(amber);
    m_details->setObjectName(QStringLiteral("detailText"));
    m_details->setOpenExternalLinks(true);
    m_details->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_warning);
    layout->addWidget(m_details, 1);
    render();
}

void CatalogDetailPane::setItem(const std::optional<CatalogItem> &item)
{
    m_item = item;
    render();
}

QString CatalogDetailPane::plainText() const
{
    return m_title->text() + QLatin1Char('\n')
        + (m_warning->isHidden() ? QString() : m_warning->text() + QLatin1Char('\n'))
        + m_details->toPlainText();
}

void CatalogDetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        render();
    QWidget::changeEvent(event);
}

void CatalogDetailPane::render()
{
    if (!m_item) {
        m_title->setText(tr("No item selected"));
        m_warning->hide();
        m_details->setHtml(QStringLiteral("<p>%1</p>")
                               .arg(tr("Pick an item in the table to see every spec, its "
                                       "source and how far to trust it.")
                                        .toHtmlEscaped()));
        return;
    }
    const CatalogItem &item = *m_item;
    const UnitFormat format;
    m_title->setText(item.displayName());
    m_warning->setVisible(!item.isVerified());
    m_warning->setText(tr("Unverified: some figures of this item are estimates or "
                          "placeholders. Check the source before quoting it."));

    // Every field of the item's kind that has a value, in the catalog's order; the
    // provenance last, where people look for it.
    auto row = [](const QString &label, const QString &value) {
        QString html = value.toHtmlEscaped();
        html.replace(QLatin1Char('\n'), QLatin1String("<br>"));
        return QStringLiteral("<tr><td style='padding-right:12px; vertical-align:top'>"
                              "<b>%1</b></td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), html);
    };
    const QStringList provenance {QStringLiteral("source"), QStringLiteral("confidence"),
                                  QStringLiteral("notes")};
    QString specs;
    for (const CatalogField &field : CatalogFields::all()) {
        if (provenance.contains(field.key) || field.key == QLatin1String("vendor")
            || field.key == QLatin1String("model") || field.type == CatalogFieldType::Currency)
            continue;
        QString value = CatalogFields::displayText(field, item, format);
        // An estimate is the usual case and not shown by displayText(); here it matters.
        if (field.type == CatalogFieldType::Boolean && item.price)
            value = item.priceIsEstimate ? tr("Yes") : tr("No");
        if (!value.isEmpty())
            specs += row(CatalogFields::label(field), value);
    }
    QString origin;
    for (const QString &key : provenance) {
        const CatalogField *field = CatalogFields::find(key);
        const QString value = CatalogFields::displayText(*field, item, format);
        if (!value.isEmpty())
            origin += row(CatalogFields::label(*field), value);
    }
    m_details->setHtml(QStringLiteral("<table>%1</table><h4>%2</h4><table>%3</table>")
                           .arg(specs, tr("Where the figures come from").toHtmlEscaped(), origin));
}
