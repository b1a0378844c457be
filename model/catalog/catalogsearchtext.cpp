#include "model/catalog/catalogsearchtext.h"

#include "model/catalog/catalogfields.h"
#include "model/catalog/catalogsummary.h"
#include "model/core/unitformat.h"

QString CatalogSearchText::of(const CatalogItem &item)
{
    static const UnitFormat cLocale {QLocale::c()};
    QStringList parts {item.id, item.vendor, item.model, CatalogItem::kindKey(item.kind),
                       item.category, item.accelerator.generation, item.memoryType, item.formFactor,
                       item.cooling,
                       // A server's interfaces are paragraphs about its NICs; a GPU's or a
                       // switch's are short and searched for ("nvlink", "osfp").
                       item.kind == ItemKind::GpuServer ? QString() : item.interfaces};
    for (const QString &key : CatalogSummary::keySpecFields(item.kind)) {
        if (const CatalogField *field = CatalogFields::find(key))
            parts.append(CatalogFields::displayText(*field, item, cLocale));
    }
    parts.removeAll(QString());
    return parts.join(QLatin1Char(' ')).toLower().simplified();
}

QStringList CatalogSearchText::terms(const QString &query)
{
    return query.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QList<QByteArray> CatalogSearchText::words(const QString &query)
{
    QList<QByteArray> words;
    for (const QString &term : terms(query))
        words.append(term.toUtf8());
    return words;
}
