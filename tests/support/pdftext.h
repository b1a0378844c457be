#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace HeadroomTest {

// A PDF's text, one string per page, as a reader's copy-and-paste would see it (poppler's
// pdftotext, from scripts/deps).
inline QStringList pdfPages(const QString &path, bool layout = true)
{
    QProcess process;
    QStringList arguments;
    if (layout)
        arguments << QStringLiteral("-layout");
    arguments << path << QStringLiteral("-");
    process.start(QStringLiteral("pdftotext"), arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    QString text = QString::fromUtf8(process.readAllStandardOutput());
    // DejaVu's ligatures come out as one character ("ﬁlled"): read them as letters.
    const std::pair<char16_t, const char *> ligatures[] = {{u'\uFB00', "ff"},
                                                           {u'\uFB01', "fi"},
                                                           {u'\uFB02', "fl"},
                                                           {u'\uFB03', "ffi"},
                                                           {u'\uFB04', "ffl"}};
    for (const auto &[ligature, letters] : ligatures)
        text.replace(QChar(ligature), QLatin1String(letters));
    QStringList pages = text.split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

// pdfinfo's or pdffonts' report on a PDF.
inline QString pdfTool(const QString &tool, const QString &path)
{
    QProcess process;
    process.start(tool, {path});
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Text with every space, line break, zero-width space and hyphen removed: a table cell
// that wraps "dell-poweredge-\nr760xa" (which pdftotext joins as "dell-poweredger760xa")
// still contains the SKU. Read in reading order (pdfPages(path, false)), where a cell's
// lines follow each other.
inline QString squeezed(QString text)
{
    text.remove(QChar(0x200B));
    text.remove(QLatin1Char('-'));
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace())
            out.append(c);
    }
    return out;
}

// "$1,089,700.00" from minor units, worked out by the tests rather than by Headroom.
inline QString dollars(qint64 minor)
{
    QString whole = QString::number(minor / 100);
    for (qsizetype at = whole.size() - 3; at > 0; at -= 3)
        whole.insert(at, QLatin1Char(','));
    return QStringLiteral("$%1.%2").arg(whole).arg(minor % 100, 2, 10, QLatin1Char('0'));
}

} // namespace HeadroomTest
