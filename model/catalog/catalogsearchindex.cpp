#include "model/catalog/catalogsearchindex.h"

#include <algorithm>
#include <cstring>
#include <string_view>

namespace {
// glibc's memmem is vectorised and several times faster than a generic substring search
// for the short words people type; elsewhere std::string_view does the same job.
const char *find(const char *haystack, size_t haystackSize, const char *needle, size_t needleSize)
{
#if defined(__GLIBC__)
    return static_cast<const char *>(memmem(haystack, haystackSize, needle, needleSize));
#else
    const std::string_view text(haystack, haystackSize);
    const size_t at = text.find(std::string_view(needle, needleSize));
    return at == std::string_view::npos ? nullptr : haystack + at;
#endif
}
} // namespace

void CatalogSearchIndex::rebuild(const QList<CatalogRow> &rows)
{
    qsizetype total = 0;
    for (const CatalogRow &row : rows)
        total += row.searchText.size() + 1;
    m_text.clear();
    m_text.reserve(total);
    m_starts.clear();
    m_starts.reserve(static_cast<size_t>(rows.size()));
    for (const CatalogRow &row : rows)
        append(row.searchText);
}

void CatalogSearchIndex::append(const QByteArray &text)
{
    m_starts.push_back(m_text.size());
    m_text.append(text);
    m_text.append('\n');
}

void CatalogSearchIndex::markRowsContaining(const QByteArray &word, std::vector<char> *hits) const
{
    if (word.isEmpty() || m_starts.empty())
        return;
    const char *begin = m_text.constData();
    const size_t size = static_cast<size_t>(m_text.size());
    size_t position = 0;
    while (position < size) {
        const char *found = find(begin + position, size - position, word.constData(),
                                 static_cast<size_t>(word.size()));
        if (!found)
            break;
        const auto at = static_cast<qsizetype>(found - begin);
        // The row the hit is in; the search goes on from the start of the next row.
        const auto next = std::upper_bound(m_starts.begin(), m_starts.end(), at);
        const auto row = static_cast<size_t>(next - m_starts.begin()) - 1;
        (*hits)[row] = 1;
        position = next == m_starts.end() ? size : static_cast<size_t>(*next);
    }
}

bool CatalogSearchIndex::contains(const QByteArray &text, const QByteArray &word)
{
    return find(text.constData(), static_cast<size_t>(text.size()), word.constData(),
                static_cast<size_t>(word.size()))
        != nullptr;
}

bool CatalogSearchIndex::containsAll(const QByteArray &text, const QList<QByteArray> &words)
{
    return std::all_of(words.begin(), words.end(),
                       [&](const QByteArray &word) { return contains(text, word); });
}
