#include "app/bench/catalogbenchmark.h"

#include "model/catalog/catalogdatabase.h"
#include "model/catalog/catalogseed.h"
#include "model/catalog/catalogtablemodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QTableView>
#include <QTemporaryDir>

namespace {
// 100,000 items made from the seed's 81: every kind in the seed's proportions, 400
// vendors, numbers spread around the real ones, servers still pointing at real
// accelerators, so search, filters and sorting see realistic text and values.
QList<CatalogItem> generatedCatalog(int count)
{
    const QList<CatalogItem> seed = CatalogSeed::items();
    QList<CatalogItem> items;
    items.reserve(count + seed.size());
    items.append(seed);
    for (int i = 0; items.size() < count; ++i) {
        CatalogItem item = seed.at(i % seed.size());
        const double scale = 0.5 + (i % 97) / 97.0;
        item.id = QStringLiteral("%1-%2").arg(item.id).arg(i);
        item.vendor = QStringLiteral("%1 %2").arg(item.vendor).arg(i % 400);
        item.model = QStringLiteral("%1 variant %2").arg(item.model).arg(i);
        item.accelerator.vendor = item.vendor;
        item.accelerator.model = item.model;
        item.powerMaxWatts *= scale;
        item.powerTypicalWatts *= scale;
        item.weightKg *= scale;
        item.accelerator.memoryBytes *= scale;
        if (item.price)
            item.price->minorUnits = static_cast<qint64>(item.price->minorUnits * scale);
        items.append(item);
    }
    return items;
}

double msSince(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}
} // namespace

QString CatalogBenchmark::description() const
{
    return tr("Opens a generated 100,000-item catalog and types searches into its table.");
}

QList<Measurement> CatalogBenchmark::run(const BenchOptions &options)
{
    const int runs = options.runs > 0 ? options.runs : defaultRuns();
    Measurement generate {QStringLiteral("generate_and_write_100k")};
    Measurement openDatabase {QStringLiteral("open_database")};
    Measurement open {QStringLiteral("open_and_load_table")};
    Measurement keystroke {QStringLiteral("search_keystroke")};
    Measurement narrowing {QStringLiteral("search_keystroke_narrowing")};
    Measurement widening {QStringLiteral("search_keystroke_widening")};
    Measurement sortByPower {QStringLiteral("sort_by_power")};

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("catalog-100k.sqlite"));
    {
        QElapsedTimer timer;
        timer.start();
        CatalogDatabase db;
        if (!db.open(path).ok() || !db.replaceAll(generatedCatalog(kItemCount), {}).ok())
            return {};
        generate.samples.push_back(msSince(timer));
    }

    // What a user types, letter by letter, with the corrections people make: appending a
    // letter only narrows (rows that matched before are checked again), deleting one
    // widens (every row is checked).
    const QStringList typed {
        QStringLiteral("n"),          QStringLiteral("nv"),          QStringLiteral("nvi"),
        QStringLiteral("nvid"),       QStringLiteral("nvidi"),       QStringLiteral("nvidia"),
        QStringLiteral("nvidia "),    QStringLiteral("nvidia h"),    QStringLiteral("nvidia h1"),
        QStringLiteral("nvidia h10"), QStringLiteral("nvidia h100"), QStringLiteral("nvidia h10"),
        QStringLiteral("nvidia h1"),  QStringLiteral("nvidia h"),    QStringLiteral("nvidia h2"),
        QStringLiteral("nvidia h20"), QStringLiteral("nvidia h200"), QString(),
        QStringLiteral("8"),          QStringLiteral("80"),          QStringLiteral("80 "),
        QStringLiteral("80 g"),       QStringLiteral("80 gb"),       QString(),
        QStringLiteral("d"),          QStringLiteral("dg"),          QStringLiteral("dgx"),
        QStringLiteral("dg"),         QStringLiteral("d"),           QString(),
    };

    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        CatalogDatabase db;
        if (!db.open(path).ok())
            return {};
        openDatabase.samples.push_back(msSince(timer));
        CatalogTableModel model;
        model.setDatabase(&db);
        open.samples.push_back(msSince(timer));

        // The browser's table: a view attached, shown and painted after every keystroke.
        QTableView view;
        view.setModel(&model);
        view.verticalHeader()->setVisible(false);
        view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view.resize(1200, 700);
        view.show();
        QCoreApplication::processEvents();

        for (const QString &text : typed) {
            CatalogFilter filter = model.filter();
            const bool narrows = text.startsWith(filter.text);
            filter.text = text;
            QElapsedTimer keyTimer;
            keyTimer.start();
            model.setFilter(filter);
            view.viewport()->repaint();
            const double ms = msSince(keyTimer);
            keystroke.samples.push_back(ms);
            (narrows ? narrowing : widening).samples.push_back(ms);
        }

        QElapsedTimer sortTimer;
        sortTimer.start();
        model.sort(CatalogTableModel::PowerColumn, Qt::DescendingOrder);
        view.viewport()->repaint();
        sortByPower.samples.push_back(msSince(sortTimer));
    }
    return {open, openDatabase, keystroke, narrowing, widening, sortByPower, generate};
}
