#pragma once

#include "model/capacity/accelerator.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// The outcome of finding an accelerator by name: its index in the list searched, or an
// error that lists the candidates (the ones that matched when the name is ambiguous, the
// closest ones when it matched none).
struct AcceleratorMatch
{
    int index = -1;
    QString errorText;
    QStringList candidates;
    bool ok() const { return index >= 0; }
};

// Finds an accelerator by the name people type: case-insensitive, with or without the
// vendor ("NVIDIA H100 SXM5 80GB", "h100 sxm5 80gb"), or any part of the name that
// picks exactly one ("H100 SXM", "MI300X", "L40S 48GB": the memory size counts as part of
// the name). A word of letters also matches that word followed by a generation digit
// ("SXM" finds "SXM5"). Text in parentheses is a remark and ignored unless the whole name
// matches.
class AcceleratorMatcher
{
    Q_DECLARE_TR_FUNCTIONS(AcceleratorMatcher)

public:
    enum class Ambiguity {
        Error, // what a user's request gets: pick one of the listed candidates
        // Published training runs and benchmark submissions use baseboard parts (SXM,
        // OAM); a name that leaves only the form factor open ("A100 80GB") means those.
        PreferBaseboard,
    };

    static AcceleratorMatch match(const QString &name, const QList<Accelerator> &accelerators,
                                  Ambiguity ambiguity = Ambiguity::Error);

    // Lower-case words of letters and digits: "H100-SXM-80GB" -> {h100, sxm, 80gb}.
    static QStringList words(const QString &text);
};
