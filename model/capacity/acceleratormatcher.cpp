#include "model/capacity/acceleratormatcher.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace {

QString squeezed(const QString &text)
{
    QString key;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            key.append(c.toLower());
    }
    return key;
}

QStringList candidateWords(const Accelerator &a)
{
    QStringList words = AcceleratorMatcher::words(a.vendor + QLatin1Char(' ') + a.model
                                                  + QLatin1Char(' ') + a.generation);
    if (a.memoryBytes > 0.0)
        words << QString::number(std::lround(a.memoryBytes / 1e9)) + QStringLiteral("gb");
    return words;
}

bool wordMatches(const QString &query, const QString &word)
{
    if (query == word)
        return true;
    // "sxm" finds "sxm5", "pcie" finds "pcie4": letters followed by a generation number.
    const bool lettersOnly =
        std::all_of(query.begin(), query.end(), [](QChar c) { return c.isLetter(); });
    if (!lettersOnly || !word.startsWith(query))
        return false;
    const QStringView rest = QStringView(word).mid(query.size());
    return std::all_of(rest.begin(), rest.end(), [](QChar c) { return c.isDigit(); });
}

int matchedWords(const QStringList &query, const QStringList &words)
{
    int count = 0;
    for (const QString &q : query) {
        if (std::any_of(words.begin(), words.end(),
                        [&](const QString &w) { return wordMatches(q, w); }))
            ++count;
    }
    return count;
}

bool isBaseboardPart(const Accelerator &a)
{
    const QStringList words = AcceleratorMatcher::words(a.model);
    return std::any_of(words.begin(), words.end(), [](const QString &w) {
        return wordMatches(QStringLiteral("sxm"), w) || wordMatches(QStringLiteral("oam"), w);
    });
}

} // namespace

QStringList AcceleratorMatcher::words(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return text.toLower().split(separators, Qt::SkipEmptyParts);
}

AcceleratorMatch AcceleratorMatcher::match(const QString &name,
                                           const QList<Accelerator> &accelerators,
                                           Ambiguity ambiguity)
{
    AcceleratorMatch result;
    const QString key = squeezed(name);
    if (key.isEmpty()) {
        result.errorText = tr("No accelerator name given.");
        return result;
    }

    // The whole name, with or without the vendor.
    QList<int> exact;
    for (int i = 0; i < accelerators.size(); ++i) {
        const Accelerator &a = accelerators.at(i);
        if (squeezed(a.model) == key || squeezed(a.displayName()) == key)
            exact << i;
    }
    if (exact.size() == 1) {
        result.index = exact.first();
        return result;
    }

    // A part of the name: every word of the query (remarks in parentheses dropped) must
    // match a word of the accelerator.
    static const QRegularExpression remarks(QStringLiteral("\\([^)]*\\)"));
    QString withoutRemarks = name;
    withoutRemarks.remove(remarks);
    const QStringList query = words(withoutRemarks);
    QList<int> matches;
    int bestScore = 0;
    QList<int> closest;
    for (int i = 0; i < accelerators.size(); ++i) {
        const int score = matchedWords(query, candidateWords(accelerators.at(i)));
        if (!query.isEmpty() && score == query.size())
            matches << i;
        if (score > bestScore) {
            bestScore = score;
            closest = {i};
        } else if (score == bestScore && score > 0) {
            closest << i;
        }
    }
    if (matches.size() > 1 && ambiguity == Ambiguity::PreferBaseboard) {
        QList<int> baseboard;
        for (const int i : std::as_const(matches)) {
            if (isBaseboardPart(accelerators.at(i)))
                baseboard << i;
        }
        if (baseboard.size() == 1)
            matches = baseboard;
    }
    if (matches.size() == 1) {
        result.index = matches.first();
        return result;
    }

    if (matches.size() > 1) {
        for (const int i : std::as_const(matches))
            result.candidates << accelerators.at(i).displayName();
        result.errorText = tr("The accelerator name '%1' matches %n accelerator(s): %2. Use "
                              "more of the name.",
                              nullptr, int(result.candidates.size()))
                               .arg(name, result.candidates.join(QStringLiteral("; ")));
        return result;
    }
    const QList<int> listed = closest.isEmpty() ? [&] {
        QList<int> all;
        for (int i = 0; i < accelerators.size(); ++i)
            all << i;
        return all;
    }()
                                                : closest;
    for (const int i : listed)
        result.candidates << accelerators.at(i).displayName();
    result.errorText = accelerators.isEmpty()
        ? tr("Unknown accelerator '%1': the catalog holds no accelerators.").arg(name)
        : tr("Unknown accelerator '%1'. Candidates: %2.")
              .arg(name, result.candidates.join(QStringLiteral("; ")));
    return result;
}
