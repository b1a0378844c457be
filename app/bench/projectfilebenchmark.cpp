#include "app/bench/projectfilebenchmark.h"

#include "app/bench/benchhall.h"
#include "model/project/projectfile.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

QString ProjectFileBenchmark::description() const
{
    return tr("Saves and opens a project of 3,000 racks holding 12,000 servers.");
}

QList<Measurement> ProjectFileBenchmark::run(const BenchOptions &options)
{
    const int runs = options.runs > 0 ? options.runs : defaultRuns();
    Measurement save {QStringLiteral("save_3000_racks")};
    Measurement open {QStringLiteral("open_3000_racks")};
    Project project;
    BenchHall::build(project, 3000, 4);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.headroom"));
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        QString error;
        const bool saved = ProjectFile::save(*project.hall(), path, &error);
        save.samples.push_back(double(timer.nsecsElapsed()) / 1e6);
        Q_ASSERT(saved);
        timer.start();
        const auto loaded = ProjectFile::load(path);
        Project reopened;
        reopened.load(loaded.content->rows, loaded.content->catalog, path);
        open.samples.push_back(double(timer.nsecsElapsed()) / 1e6);
        Q_UNUSED(saved);
    }
    return {save, open};
}
