#pragma once

#include "views/proposal/proposaldocument.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPageSize>

#include <functional>

class QIODevice;

// Lays a ProposalDocument out on pages and paints it into a PDF as vectors: selectable
// text with embedded fonts, a title block and "Page x of y" on every page, tables that
// continue across pages with their header repeated, drawings never split.
class ProposalRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ProposalRenderer)

public:
    struct Options
    {
        QPageSize pageSize;
        int resolutionDpi = 300;
    };
    // The locale's default paper at 300 dpi.
    static Options defaultOptions() { return Options {defaultPageSize(), 300}; }
    // Called after each page is painted; return false to cancel the export.
    using Progress = std::function<bool(int pagesDone, int pageCount)>;

    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        int pageCount = 0;
        QString error;
    };

    // Letter where the locale measures in US units (the US, Canada's English locale
    // follows the same paper), A4 everywhere else.
    static QPageSize defaultPageSize(const QLocale &locale = QLocale());

    // Writes the PDF through QSaveFile: a cancelled or failed export leaves any previous
    // file at `path` untouched.
    static Result renderToFile(const ProposalDocument &document, const QString &path,
                               const Options &options = defaultOptions(),
                               const Progress &progress = Progress());
    static Result render(const ProposalDocument &document, QIODevice *device,
                         const Options &options = defaultOptions(),
                         const Progress &progress = Progress());
};
