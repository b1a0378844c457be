// A helper for tst_projectfile: saves a large hall to the given file over and over,
// writing "begin" and "end" around every save, until it is killed. The test kills it
// with SIGKILL at moments it does not choose and checks that the file is always whole.
#include "model/layout/datahall.h"
#include "model/project/projectfile.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 2;
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int racks = QString::fromLocal8Bit(argv[2]).toInt();
    CatalogItem rack;
    rack.id = QStringLiteral("saver-rack");
    rack.kind = ItemKind::Rack;
    rack.rackUnits = 42;
    CatalogItem server;
    server.id = QStringLiteral("saver-server");
    server.kind = ItemKind::GpuServer;
    server.rackUnits = 4;
    server.powerMaxWatts = 10000.0;
    server.notes = QString(200, QLatin1Char('x')); // bulk, so a save takes a while
    DataHall hall;
    hall.addCatalogItems({rack, server});
    const RowId row = hall.allocateId();
    hall.insertRow(0, {{row, QStringLiteral("Big")}, {}});
    for (int r = 0; r < racks; ++r) {
        RackSnapshot snapshot;
        snapshot.rack = {hall.allocateId(), QStringLiteral("R%1").arg(r), rack.id, {}, {}, {}};
        for (int s = 0; s < 8; ++s)
            snapshot.placements.push_back(
                {hall.allocateId(), server.id, 1 + 5 * s, RackFace::Front, {}});
        hall.insertRack(row, r, snapshot);
    }
    for (;;) {
        std::fputs("begin\n", stdout);
        std::fflush(stdout);
        QString error;
        if (!ProjectFile::save(hall, path, &error))
            return 1;
        std::fputs("end\n", stdout);
        std::fflush(stdout);
    }
}
