#pragma once

#include <QStringList>

#include <initializer_list>

namespace HeadroomTest {

// A QStringList from plain literals, for test data: the project builds with
// QT_NO_CAST_FROM_ASCII, so {"a", "b"} does not make one.
inline QStringList stringList(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *text : texts)
        list.append(QString::fromUtf8(text));
    return list;
}

} // namespace HeadroomTest
