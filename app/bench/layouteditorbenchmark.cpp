#include "app/bench/layouteditorbenchmark.h"

#include "model/layout/datahall.h"
#include "model/project/project.h"
#include "model/project/sampleproject.h"
#include "views/layout/catalogdrag.h"
#include "views/layout/racklayoutscene.h"
#include "views/layout/racklayoutview.h"

#include <QApplication>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QMimeData>
#include <QUndoStack>

#include <cmath>
#include <memory>

namespace {
// Rows of racks of one real catalog server (the sample project's rows), `perRack` of them
// from U3 up, `step` U apart.
std::vector<RowSnapshot> hall(int rows, int racksPerRow, const QString &serverId, int perRack,
                              int step)
{
    // One 415 V 60 A three-phase circuit per feed, A and B (catalog pdu_rule row); twice
    // that for the denser racks, as the sample's training racks have.
    const double circuitWatts = std::sqrt(3.0) * 415.0 * 60.0;
    quint32 id = 1;
    std::vector<RowSnapshot> result;
    for (int r = 0; r < rows; ++r) {
        RowSnapshot row {{id++, QStringLiteral("Row %1").arg(r + 1)}, {}};
        for (int k = 0; k < racksPerRow; ++k) {
            RackSnapshot rack;
            rack.rack = {id++,
                         QStringLiteral("R%1-%2").arg(r + 1).arg(k + 1),
                         QStringLiteral("apc-netshelter-sx-ar3300"),
                         {2 * circuitWatts, 2, PowerPhase::Three},
                         RackCooling::ofType(CoolingType::DirectLiquid),
                         {}};
            for (int s = 0; s < perRack; ++s)
                rack.placements.push_back({id++, serverId, 3 + s * step, RackFace::Front, {}});
            row.racks.push_back(rack);
        }
        result.push_back(row);
    }
    return result;
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

struct Screen
{
    Project project;
    std::unique_ptr<RackLayoutScene> scene;
    std::unique_ptr<RackLayoutView> view;

    explicit Screen(const std::vector<RowSnapshot> &rows)
    {
        project.hall()->reset(rows, SampleProject::catalogRows());
        scene = std::make_unique<RackLayoutScene>(project.hall());
        view = std::make_unique<RackLayoutView>(scene.get(), project.undoStack());
        view->resize(1600, 1000);
        view->show();
        QElapsedTimer wait;
        wait.start();
        while (!view->isVisible() && wait.elapsed() < 5000)
            QCoreApplication::processEvents();
        QCoreApplication::processEvents();
    }
    void repaint() { view->viewport()->repaint(); }
};
} // namespace

QString LayoutEditorBenchmark::description() const
{
    return tr("Drop into a hall of 100 racks of 8 servers until the view is repainted, and "
              "a 3,000-rack hall opened, painted and zoomed.");
}

QList<Measurement> LayoutEditorBenchmark::run(const BenchOptions &options)
{
    const int runs = options.runs > 0 ? options.runs : defaultRuns();
    Measurement dropClose {QStringLiteral("drop_repaint_100_racks")};
    Measurement dropHall {QStringLiteral("drop_repaint_100_racks_hall_zoom")};
    // Just past the level of detail: the most racks with text and placement items at once.
    Measurement dropDetail {QStringLiteral("drop_repaint_100_racks_detail_threshold")};
    Measurement hover {QStringLiteral("drag_move_preview_100_racks")};
    Measurement open {QStringLiteral("open_hall_3000_racks")};
    Measurement paintHall {QStringLiteral("repaint_hall_zoom_3000_racks")};
    Measurement zoomIn {QStringLiteral("zoom_to_detail_3000_racks")};

    {
        // 100 racks of 8 Dell R760xa (2U, 2.8 kW): ten rows of ten.
        Screen screen(hall(10, 10, QStringLiteral("dell-poweredge-r760xa"), 8, 2));
        const std::unique_ptr<QMimeData> data(
            CatalogDrag::createMimeData({QStringLiteral("nvidia-quantum-2-qm9700")}));
        const RackItem *target = screen.scene->rackItem(
            screen.project.hall()->rackIds(screen.project.hall()->rowIds()[4])[5]);
        QWidget *viewport = screen.view->viewport();

        auto dropOnce = [&](Measurement &m) {
            const QPointF slot =
                target->mapToScene(target->geometry().spanRect(30, 1, RackFace::Front).center());
            const QPoint pos = screen.view->mapFromScene(slot);
            // Entering and hovering as a user would; the drop is what is timed.
            QDragEnterEvent enter(pos, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(viewport, &enter);
            QDragMoveEvent move(pos, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(viewport, &move);
            screen.repaint();
            QElapsedTimer timer;
            timer.start();
            QDropEvent drop(QPointF(pos), Qt::CopyAction, data.get(), Qt::LeftButton,
                            Qt::NoModifier);
            QApplication::sendEvent(viewport, &drop);
            screen.repaint();
            m.samples.push_back(msSince(timer));
            if (screen.project.undoStack()->count() != 1)
                qWarning("layout-editor: the drop was not placed");
            screen.project.undoStack()->undo();
            screen.project.undoStack()->clear();
            screen.repaint();
        };

        screen.view->setZoom(1.0);
        screen.view->centerOn(target->sceneBoundingRect().center());
        dropOnce(dropClose); // warm-up
        dropClose.samples.clear();
        for (int i = 0; i < runs; ++i)
            dropOnce(dropClose);

        // The preview alone: one drag move over alternating slots, and the repaint.
        {
            const QPoint a = screen.view->mapFromScene(
                target->mapToScene(target->geometry().spanRect(30, 1, RackFace::Front).center()));
            const QPoint b = screen.view->mapFromScene(
                target->mapToScene(target->geometry().spanRect(35, 1, RackFace::Rear).center()));
            QDragEnterEvent enter(a, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(viewport, &enter);
            for (int i = 0; i < runs; ++i) {
                QElapsedTimer timer;
                timer.start();
                QDragMoveEvent move(i % 2 ? a : b, Qt::CopyAction, data.get(), Qt::LeftButton,
                                    Qt::NoModifier);
                QApplication::sendEvent(viewport, &move);
                screen.repaint();
                hover.samples.push_back(msSince(timer));
            }
            QDragLeaveEvent leave;
            QApplication::sendEvent(viewport, &leave);
        }

        screen.view->setZoom(RackGeometry::kDetailLevel);
        screen.view->centerOn(target->sceneBoundingRect().center());
        for (int i = 0; i < runs; ++i)
            dropOnce(dropDetail);

        screen.view->zoomToFit();
        for (int i = 0; i < runs; ++i)
            dropOnce(dropHall);
    }
    {
        // 3,000 racks of four HPE Cray XD670 (8 GPUs each): 12,000 servers, 96,000 GPUs.
        const std::vector<RowSnapshot> rows = hall(50, 60, QStringLiteral("hpe-cray-xd670"), 4, 5);
        Screen screen(std::vector<RowSnapshot> {});
        const int openRuns = std::max(3, runs / 5);
        for (int i = 0; i < openRuns; ++i) {
            screen.project.hall()->clear();
            QElapsedTimer timer;
            timer.start();
            screen.project.hall()->reset(rows, SampleProject::catalogRows());
            open.samples.push_back(msSince(timer));
        }
        if (screen.scene->rackItemCount() != 3000)
            qWarning("layout-editor: the large hall has %d racks", screen.scene->rackItemCount());
        screen.view->zoomToFit();
        screen.repaint();
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            screen.repaint();
            paintHall.samples.push_back(msSince(timer));
        }
        const QPointF middle = screen.scene->sceneRect().center();
        for (int i = 0; i < runs; ++i) {
            screen.view->zoomToFit();
            screen.repaint();
            QElapsedTimer timer;
            timer.start();
            screen.view->setZoom(1.0);
            screen.view->centerOn(middle);
            screen.repaint();
            zoomIn.samples.push_back(msSince(timer));
        }
    }
    return {dropClose, dropDetail, dropHall, hover, open, paintHall, zoomIn};
}
