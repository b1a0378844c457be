#include "model/workload/headroomview.h"
#include "model/workload/workloadmime.h"
#include "support/testenvironment.h"
#include "support/workloadhall.h"
#include "views/layout/droppreviewitem.h"
#include "views/layout/rackitem.h"
#include "views/layout/racklayoutscene.h"
#include "views/layout/racklayoutview.h"
#include "views/layout/workloadassignmentactions.h"

#include <QAction>
#include <QApplication>
#include <QDropEvent>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

#include <memory>

class tst_WorkloadDrag : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { HeadroomTest::useHermeticEnvironment(); }
    void dropOnARack_data();
    void dropOnARack();
    void dropOnAServer();
    void sameTargetIsCheckedOnce();
    void leavingClearsThePreview();
    void targetsByPosition();
    void badgesFollowAssignments();
    void moveAnAssignment();
    void removeAssignments();
};

namespace {
struct Screen
{
    WorkloadHall::Hall hall;
    std::unique_ptr<RackLayoutScene> scene;
    std::unique_ptr<RackLayoutView> view;

    Screen()
    {
        scene = std::make_unique<RackLayoutScene>(hall.hall());
        scene->setWorkloads(&hall.workloads, hall.project.headroom());
        view = std::make_unique<RackLayoutView>(scene.get(), hall.stack());
        view->setWorkloads(&hall.workloads);
        view->resize(1200, 900);
        view->show();
        view->setZoom(1.0);
    }
    ~Screen() { view.reset(); }

    // The view position of a point in a rack (its U40 slot, above every sample server).
    QPoint inRack(RackId rack, int u = 40)
    {
        const RackItem *item = scene->rackItem(rack);
        const QPointF p =
            item->mapToScene(item->geometry().spanRect(u, 1, RackFace::Front).center());
        view->centerOn(p);
        return view->mapFromScene(p);
    }
    QPoint onServer(PlacementId server)
    {
        const RackItem *item = scene->rackItem(hall.hall()->rackOf(server));
        const RackItem::Mounted *m = item->find(server);
        const QPointF p =
            item->mapToScene(item->geometry().spanRect(m->bottomU, m->units, m->face).center());
        view->centerOn(p);
        return view->mapFromScene(p);
    }
    // Enter, move and drop as a user's drag would; returns whether the drop was accepted.
    bool drag(WorkloadId id, const QPoint &pos, bool drop = true,
              std::optional<AssignmentTarget> from = std::nullopt)
    {
        const std::unique_ptr<QMimeData> data(WorkloadMime::create({id}, {}, from));
        QWidget *viewport = view->viewport();
        QDragEnterEvent enter(pos, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &enter);
        QDragMoveEvent move(pos, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
        if (!drop)
            return move.isAccepted();
        QDropEvent dropEvent(QPointF(pos), Qt::CopyAction, data.get(), Qt::LeftButton,
                             Qt::NoModifier);
        QApplication::sendEvent(viewport, &dropEvent);
        return dropEvent.isAccepted();
    }
};
} // namespace

void tst_WorkloadDrag::dropOnARack_data()
{
    QTest::addColumn<QString>("templateKey");
    QTest::addColumn<QString>("rack");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("chat service on the DGX rack")
        << WorkloadHall::chat70b() << QStringLiteral("Training 1") << true;
    QTest::newRow("pre-training on the DGX rack")
        << WorkloadHall::pretrain70b() << QStringLiteral("Training 1") << true;
    QTest::newRow("chat service on storage and switches")
        << WorkloadHall::chat70b() << QStringLiteral("Storage and network") << false;
}

void tst_WorkloadDrag::dropOnARack()
{
    QFETCH(QString, templateKey);
    QFETCH(QString, rack);
    QFETCH(bool, accepted);
    Screen s;
    const WorkloadId id = s.hall.add(templateKey);
    QVERIFY(id);
    QSignalSpy status(s.view.get(), &RackLayoutView::statusMessage);
    const QPoint pos = s.inRack(s.hall.rack(rack));

    // Hovering: the rack shows the verdict the rules give, with their reason.
    QCOMPARE(s.drag(id, pos, false), accepted);
    QVERIFY(s.view->workloadDrag().isActive());
    QCOMPARE(s.view->workloadDrag().target(), AssignmentTarget::rack(s.hall.rack(rack)));
    const AssignmentCheck expected =
        s.hall.editor().checkAssignment(id, AssignmentTarget::rack(s.hall.rack(rack)));
    QCOMPARE(s.view->workloadDrag().check().fits(), expected.fits());
    const DropPreviewItem *preview = s.scene->preview();
    QVERIFY(preview->isVisible());
    QCOMPARE(preview->rects().size(), 1);
    QCOMPARE(preview->rects().first(), s.scene->rackItem(s.hall.rack(rack))->sceneBoundingRect());
    if (!accepted) {
        QCOMPARE(preview->verdict(), DropPreviewItem::Verdict::Refused);
        QVERIFY(!expected.reason.isEmpty());
        QCOMPARE(preview->message(), expected.reason);
        QCOMPARE(status.last().first().toString(), expected.reason);
    }
    QDragLeaveEvent leave;
    QApplication::sendEvent(s.view->viewport(), &leave);

    // The drop: one undo command when it fits, nothing when refused.
    QCOMPARE(s.drag(id, pos), accepted);
    QCOMPARE(s.hall.stack()->count(), accepted ? 1 : 0);
    const std::vector<PlacementId> servers = s.hall.workloads.servers(id);
    if (!accepted) {
        QVERIFY(servers.empty());
        QCOMPARE(status.last().first().toString(), expected.reason);
        return;
    }
    QCOMPARE(servers, expected.adding);
    QCOMPARE(servers.size(), s.hall.hall()->placementIds(s.hall.rack(rack)).size());
    s.hall.stack()->undo();
    QVERIFY(s.hall.workloads.servers(id).empty());
    s.hall.stack()->redo();
    QCOMPARE(s.hall.workloads.servers(id), expected.adding);
    QVERIFY(!s.view->workloadDrag().isActive());
    QVERIFY(!s.scene->preview()->isVisible() || s.scene->preview()->rects().isEmpty());
}

void tst_WorkloadDrag::dropOnAServer()
{
    Screen s;
    // Llama 3.1 405B at fp8 does not fit four 48 GB L40S; a DGX H100 (8 x 80 GB) holds it.
    const WorkloadId id = s.hall.add(WorkloadHall::serve405b());
    const PlacementId l40s = s.hall.firstServer(QStringLiteral("Inference 1"));
    const PlacementId dgx = s.hall.firstServer(QStringLiteral("Training 1"));
    QVERIFY(!s.drag(id, s.onServer(l40s)));
    QCOMPARE(s.view->workloadDrag().isActive(), false);
    QVERIFY(s.hall.workloads.servers(id).empty());
    QCOMPARE(s.hall.stack()->count(), 0);

    const AssignmentCheck fits = s.hall.editor().checkAssignment(id, AssignmentTarget::server(dgx));
    QCOMPARE(s.drag(id, s.onServer(dgx)), fits.fits());
    if (fits.fits())
        QCOMPARE(s.hall.workloads.servers(id), std::vector<PlacementId> {dgx});
}

void tst_WorkloadDrag::sameTargetIsCheckedOnce()
{
    Screen s;
    const WorkloadId id = s.hall.add(WorkloadHall::chat70b());
    QSignalSpy changed(s.view.get(), &RackLayoutView::workloadDragChanged);
    const RackId rack = s.hall.rack(QStringLiteral("Training 1"));
    const QPoint a = s.inRack(rack, 40);
    const QPoint b = s.inRack(rack, 38);
    const std::unique_ptr<QMimeData> data(WorkloadMime::create({id}));
    QDragEnterEvent enter(a, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(s.view->viewport(), &enter);
    const int afterEnter = changed.count();
    QVERIFY(afterEnter >= 1);
    // Moving inside the same rack: no new verdict, nothing for the charts to recompute.
    for (const QPoint &p : {b, a, b}) {
        QDragMoveEvent move(p, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(s.view->viewport(), &move);
    }
    QCOMPARE(changed.count(), afterEnter);
    // Onto a server: a new target.
    const QPoint server = s.onServer(s.hall.firstServer(QStringLiteral("Training 1")));
    QDragMoveEvent move(server, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(s.view->viewport(), &move);
    QCOMPARE(changed.count(), afterEnter + 1);
}

void tst_WorkloadDrag::leavingClearsThePreview()
{
    Screen s;
    const WorkloadId id = s.hall.add(WorkloadHall::chat70b());
    QSignalSpy changed(s.view.get(), &RackLayoutView::workloadDragChanged);
    s.drag(id, s.inRack(s.hall.rack(QStringLiteral("Training 1"))), false);
    QVERIFY(!s.scene->preview()->rects().isEmpty());
    QDragLeaveEvent leave;
    QApplication::sendEvent(s.view->viewport(), &leave);
    QVERIFY(!s.view->workloadDrag().isActive());
    QVERIFY(s.scene->preview()->rects().isEmpty() || !s.scene->preview()->isVisible());
    QVERIFY(!changed.isEmpty());
    QCOMPARE(s.hall.stack()->count(), 0);
}

void tst_WorkloadDrag::targetsByPosition()
{
    Screen s;
    const RackId rack = s.hall.rack(QStringLiteral("Training 1"));
    const RackItem *item = s.scene->rackItem(rack);
    const PlacementId server = s.hall.firstServer(QStringLiteral("Training 1"));
    const RackItem::Mounted *m = item->find(server);
    QRectF rect;
    const QPointF onServer =
        item->mapToScene(item->geometry().spanRect(m->bottomU, m->units, m->face).center());
    QCOMPARE(WorkloadDrag::targetAt(*s.scene, onServer, &rect), AssignmentTarget::server(server));
    const QPointF emptySlot =
        item->mapToScene(item->geometry().spanRect(41, 1, RackFace::Front).center());
    QCOMPARE(WorkloadDrag::targetAt(*s.scene, emptySlot, &rect), AssignmentTarget::rack(rack));
    QCOMPARE(rect, item->sceneBoundingRect());
    // Between two racks of a row: the row.
    const RowId row = s.hall.hall()->rowOf(rack);
    const QPointF gap(item->sceneBoundingRect().right() + RackLayoutScene::kRackGap / 2,
                      item->sceneBoundingRect().center().y());
    QCOMPARE(WorkloadDrag::targetAt(*s.scene, gap, &rect), AssignmentTarget::row(row));
    QCOMPARE(rect, s.scene->rowRect(row));
    // Far outside the hall: nothing.
    QVERIFY(!WorkloadDrag::targetAt(*s.scene, QPointF(-5000, -5000), &rect));
}

void tst_WorkloadDrag::badgesFollowAssignments()
{
    Screen s;
    const WorkloadId training = s.hall.add(WorkloadHall::pretrain70b());
    const WorkloadId chat = s.hall.add(WorkloadHall::chat70b());
    const PlacementId server = s.hall.firstServer(QStringLiteral("Training 1"));
    const RackItem *rack = s.scene->rackItem(s.hall.rack(QStringLiteral("Training 1")));
    QCOMPARE(rack->find(server)->workloads, 0);
    // Pre-training a 70B model takes the whole rack of DGX H100.
    QVERIFY(s.hall.editor()
                .assign(training, AssignmentTarget::rack(s.hall.rack(QStringLiteral("Training 1"))))
                .applied());
    QCOMPARE(rack->find(server)->workloads, 1);
    QVERIFY(!rack->find(server)->mixed);
    // Tinted by the compute its workload demands of it, as the headroom tracker has it.
    const ScopeHeadroom h =
        s.hall.project.headroom()->current().headroom(AssignmentTarget::server(server));
    const HeadroomEntry &compute = h.training[int(HeadroomDimension::Compute)];
    QVERIFY(compute.capacity > 0.0);
    QCOMPARE(rack->find(server)->load, compute.demand / compute.capacity);
    // Inference beside training: allowed, shown as a warning.
    const WorkloadEditOutcome mixed =
        s.hall.editor().assign(chat, AssignmentTarget::server(server));
    QVERIFY2(mixed.applied(), qPrintable(mixed.message));
    QCOMPARE(rack->find(server)->workloads, 2);
    QVERIFY(rack->find(server)->mixed);
    QVERIFY(!mixed.check.warnings.isEmpty());
    while (s.hall.stack()->canUndo())
        s.hall.stack()->undo();
    QCOMPARE(rack->find(server)->workloads, 0);
}

void tst_WorkloadDrag::moveAnAssignment()
{
    Screen s;
    const WorkloadId chat = s.hall.add(WorkloadHall::chat70b());
    const RackId from = s.hall.rack(QStringLiteral("Training 2"));
    const RackId to = s.hall.rack(QStringLiteral("Training 1"));
    QVERIFY(s.hall.editor().assign(chat, AssignmentTarget::rack(from)).applied());
    const std::vector<PlacementId> before = s.hall.workloads.servers(chat);
    s.hall.stack()->clear();
    // Dragged off one of its servers (as Alt-drag does) onto the other rack.
    const PlacementId server = s.hall.firstServer(QStringLiteral("Training 2"));
    const AssignmentCheck expected = s.hall.editor().checkAssignment(
        chat, AssignmentTarget::rack(to), AssignmentTarget::server(server));
    // The other training rack has room for the service: the move is allowed.
    QVERIFY2(expected.fits(), qPrintable(expected.reason));
    QVERIFY(s.drag(chat, s.inRack(to), true, AssignmentTarget::server(server)));
    QCOMPARE(s.hall.stack()->count(), 1);
    const std::vector<PlacementId> after = s.hall.workloads.servers(chat);
    QVERIFY(std::find(after.begin(), after.end(), server) == after.end());
    for (PlacementId p : expected.adding)
        QVERIFY(std::find(after.begin(), after.end(), p) != after.end());
    s.hall.stack()->undo();
    QCOMPARE(s.hall.workloads.servers(chat), before);
}

void tst_WorkloadDrag::removeAssignments()
{
    Screen s;
    WorkloadAssignmentActions actions(s.view.get(), &s.hall.workloads, s.hall.stack(),
                                      s.view.get());
    const WorkloadId chat = s.hall.add(WorkloadHall::chat70b());
    const RackId rack = s.hall.rack(QStringLiteral("Training 2"));
    QVERIFY(s.hall.editor().assign(chat, AssignmentTarget::rack(rack)).applied());
    const std::vector<PlacementId> assigned = s.hall.workloads.servers(chat);
    s.hall.stack()->clear();

    s.scene->selectRacks({rack});
    const QList<QAction *> context = actions.contextActions();
    QVERIFY(context.size() >= 2);
    QCOMPARE(
        context.first()->text(),
        QStringLiteral("Remove %1 from Training 2").arg(s.hall.workloads.workload(chat)->name));
    context.first()->trigger();
    QVERIFY(s.hall.workloads.servers(chat).empty());
    QCOMPARE(s.hall.stack()->count(), 1);
    s.hall.stack()->undo();
    QCOMPARE(s.hall.workloads.servers(chat), assigned);

    // Ctrl+Delete on the selection: every workload off its servers, one undo step.
    QCOMPARE(actions.unassignAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Delete));
    actions.unassignAction()->trigger();
    QVERIFY(s.hall.workloads.servers(chat).empty());
    s.hall.stack()->undo();
    QCOMPARE(s.hall.workloads.servers(chat), assigned);
    // Nothing selected: nothing to remove, nothing pushed, and the status bar says so.
    s.scene->clearSelection();
    const int count = s.hall.stack()->count();
    QSignalSpy status(&actions, &WorkloadAssignmentActions::statusMessage);
    actions.unassignSelection();
    QCOMPARE(s.hall.stack()->count(), count);
    QCOMPARE(status.size(), 1);
    QVERIFY(!status.first().first().toString().isEmpty());
    // A context menu over a selection that runs nothing leaves the shortcut working.
    QVERIFY(actions.contextActions().isEmpty());
    QVERIFY(actions.unassignAction()->isEnabled());
}

QTEST_MAIN(tst_WorkloadDrag)
#include "tst_workloaddrag.moc"
