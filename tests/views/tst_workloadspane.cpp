#include "model/workload/workloadlistmodel.h"
#include "model/workload/workloadmime.h"
#include "model/workload/workloadtemplates.h"
#include "support/testenvironment.h"
#include "support/workloadhall.h"
#include "views/workloads/workloadform.h"
#include "views/workloads/workloaditemdelegate.h"
#include "views/workloads/workloadpalette.h"
#include "views/workloads/workloadspane.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

class tst_WorkloadsPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { HeadroomTest::useHermeticEnvironment(); }
    void templateMenuOffersEveryTemplate();
    void newFromTemplateSelectsIt();
    void duplicateAndDeleteWithUndo();
    void keyboardShortcuts();
    void rowsDragAsWorkloadIds();
    void kindsLookDifferent();
};

void tst_WorkloadsPane::templateMenuOffersEveryTemplate()
{
    WorkloadHall::Hall h;
    WorkloadsPane pane(&h.workloads, h.hall(), h.stack());
    QStringList offered;
    for (QAction *action : pane.templateMenu()->actions()) {
        if (!action->isSeparator())
            offered << action->objectName();
    }
    QStringList expected;
    for (const WorkloadTemplate &t : WorkloadTemplates::all())
        expected << QStringLiteral("template_") + t.key;
    QCOMPARE(offered, expected);
}

void tst_WorkloadsPane::newFromTemplateSelectsIt()
{
    WorkloadHall::Hall h;
    WorkloadsPane pane(&h.workloads, h.hall(), h.stack());
    QAbstractItemModelTester tester(pane.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy current(&pane, &WorkloadsPane::currentWorkloadChanged);
    pane.templateMenu()
        ->findChild<QAction *>(QStringLiteral("template_") + WorkloadHall::chat70b())
        ->trigger();
    QCOMPARE(h.workloads.count(), 1);
    QCOMPARE(h.stack()->count(), 1);
    const WorkloadId id = h.workloads.workloadIds().front();
    QCOMPARE(pane.currentId(), id);
    QCOMPARE(pane.form()->workloadId(), id);
    QCOMPARE(current.last().first().value<WorkloadId>(), id);
    // The next one goes after the current one.
    QVERIFY(pane.addFromTemplate(WorkloadHall::pretrain70b()));
    QCOMPARE(h.workloads.count(), 2);
    QCOMPARE(h.workloads.workloadIndex(pane.currentId()), 1);
    h.stack()->undo();
    h.stack()->undo();
    QCOMPARE(pane.model()->rowCount(), 0);
    QCOMPARE(pane.form()->workloadId(), WorkloadId(0));
}

void tst_WorkloadsPane::duplicateAndDeleteWithUndo()
{
    WorkloadHall::Hall h;
    const WorkloadId a = h.add(WorkloadHall::pretrain70b());
    const WorkloadId b = h.add(WorkloadHall::chat70b());
    QVERIFY(h.editor()
                .assign(b, AssignmentTarget::rack(h.rack(QStringLiteral("Training 2"))))
                .applied());
    h.stack()->clear();
    WorkloadsPane pane(&h.workloads, h.hall(), h.stack());
    QAbstractItemModelTester tester(pane.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    pane.select({a, b});
    pane.duplicateSelected();
    QCOMPARE(h.workloads.count(), 4);
    QCOMPARE(h.stack()->count(), 1);
    QCOMPARE(pane.selectedIds().size(), 2); // the copies
    h.stack()->undo();
    QCOMPARE(h.workloads.count(), 2);

    const std::vector<PlacementId> servers = h.workloads.servers(b);
    pane.select({b});
    pane.removeSelected();
    QCOMPARE(h.workloads.count(), 1);
    QVERIFY(!h.workloads.workload(b));
    h.stack()->undo(); // the workload and its assignments come back
    QVERIFY(h.workloads.workload(b));
    QCOMPARE(h.workloads.servers(b), servers);
    h.stack()->redo();
    QVERIFY(!h.workloads.workload(b));
}

void tst_WorkloadsPane::keyboardShortcuts()
{
    WorkloadHall::Hall h;
    const WorkloadId a = h.add(WorkloadHall::pretrain70b());
    WorkloadsPane pane(&h.workloads, h.hall(), h.stack());
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.select({a});
    pane.list()->setFocus();
    QTRY_VERIFY(pane.list()->hasFocus());
    QTest::keyClick(pane.list(), Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(h.workloads.count(), 2);
    QTest::keyClick(pane.list(), Qt::Key_Delete);
    QCOMPARE(h.workloads.count(), 1);
    QCOMPARE(h.stack()->count(), 2);
    QCOMPARE(pane.duplicateAction()->shortcutContext(), Qt::WidgetWithChildrenShortcut);
}

void tst_WorkloadsPane::rowsDragAsWorkloadIds()
{
    WorkloadHall::Hall h;
    const WorkloadId a = h.add(WorkloadHall::pretrain70b());
    WorkloadsPane pane(&h.workloads, h.hall(), h.stack());
    QVERIFY(pane.list()->dragEnabled());
    const QModelIndex index = pane.model()->indexOf(a);
    QVERIFY(pane.model()->flags(index) & Qt::ItemIsDragEnabled);
    const std::unique_ptr<QMimeData> data(pane.model()->mimeData({index}));
    QVERIFY(data->hasFormat(QStringLiteral("application/x-headroom-workload")));
    QCOMPARE(WorkloadMime::ids(data.get()), QList<WorkloadId> {a});
}

void tst_WorkloadsPane::kindsLookDifferent()
{
    WorkloadHall::Hall h;
    h.add(WorkloadHall::pretrain70b());
    h.add(WorkloadHall::chat70b());
    WorkloadsPane pane(&h.workloads, h.hall(), h.stack());
    pane.resize(500, 400);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    const QImage image = pane.list()->viewport()->grab().toImage();
    auto stripe = [&](int row) {
        const QRect r = pane.list()->visualRect(pane.model()->index(row, 0));
        return QColor(image.pixel(r.left() + 4, r.center().y() - 3)).rgb();
    };
    QCOMPARE(stripe(0), WorkloadPalette::kind(WorkloadKind::Training).rgb());
    QCOMPARE(stripe(1), WorkloadPalette::kind(WorkloadKind::Inference).rgb());
}

QTEST_MAIN(tst_WorkloadsPane)
#include "tst_workloadspane.moc"
