#include "support/testenvironment.h"
#include "support/workloadhall.h"
#include "views/workloads/workloadform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>

class tst_WorkloadForm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { HeadroomTest::useHermeticEnvironment(); }
    void emptyWithoutAWorkload();
    void showsTheWorkloadInPeoplesUnits();
    void editIsOneUndoCommand_data();
    void editIsOneUndoCommand();
    void refusedValueStaysWithItsReason_data();
    void refusedValueStaysWithItsReason();
    void unchangedValuePushesNothing();
    void followsTheKind();
};

namespace {
void setSpin(QWidget *editor, double value)
{
    if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor))
        spin->setValue(value);
    else if (auto *count = qobject_cast<QSpinBox *>(editor))
        count->setValue(int(value));
}
} // namespace

void tst_WorkloadForm::emptyWithoutAWorkload()
{
    WorkloadHall::Hall h;
    WorkloadForm form(&h.workloads, h.hall(), h.stack());
    QCOMPARE(form.workloadId(), WorkloadId(0));
    QVERIFY(!form.editor(WorkloadField::Name)->isEnabled());
    form.setWorkload(12345); // unknown: stays empty
    QCOMPARE(form.workloadId(), WorkloadId(0));
}

void tst_WorkloadForm::showsTheWorkloadInPeoplesUnits()
{
    WorkloadHall::Hall h;
    const WorkloadId training = h.add(WorkloadHall::pretrain70b());
    const WorkloadId chat = h.add(WorkloadHall::chat70b());
    WorkloadForm form(&h.workloads, h.hall(), h.stack());
    form.setWorkload(training);
    const Workload *t = h.workloads.workload(training);
    QCOMPARE(qobject_cast<QLineEdit *>(form.editor(WorkloadField::Name))->text(), t->name);
    // Tokens in billions, the deadline in days.
    QCOMPARE(qobject_cast<QDoubleSpinBox *>(form.editor(WorkloadField::Tokens))->value(),
             std::round(t->training.tokens / 1e8) / 10.0);
    QCOMPARE(qobject_cast<QDoubleSpinBox *>(form.editor(WorkloadField::Deadline))->value(),
             std::round(t->training.deadlineSeconds / 86400.0 * 10.0) / 10.0);
    QVERIFY(qobject_cast<QDoubleSpinBox *>(form.editor(WorkloadField::Tokens))
                ->suffix()
                .contains(QStringLiteral("billion tokens")));
    form.setWorkload(chat);
    const Workload *c = h.workloads.workload(chat);
    // Latency targets in milliseconds.
    QCOMPARE(qobject_cast<QDoubleSpinBox *>(form.editor(WorkloadField::TtftTarget))->value(),
             std::round(c->inference.ttftTargetSeconds * 1000.0));
    QCOMPARE(qobject_cast<QDoubleSpinBox *>(form.editor(WorkloadField::RequestRate))->value(),
             c->inference.requestRatePerSecond);
    QCOMPARE(h.stack()->count(), 0); // showing is not editing
}

void tst_WorkloadForm::editIsOneUndoCommand_data()
{
    QTest::addColumn<QString>("templateKey");
    QTest::addColumn<int>("field");
    QTest::addColumn<double>("shown"); // in the form's unit
    QTest::addColumn<double>("stored"); // in the document's (SI) unit
    QTest::newRow("tokens in billions")
        << WorkloadHall::pretrain70b() << int(WorkloadField::Tokens) << 1500.0 << 1.5e12;
    QTest::newRow("deadline in days")
        << WorkloadHall::pretrain70b() << int(WorkloadField::Deadline) << 45.0 << 45.0 * 86400.0;
    QTest::newRow("request rate") << WorkloadHall::chat70b() << int(WorkloadField::RequestRate)
                                  << 80.0 << 80.0;
    QTest::newRow("TTFT target in ms")
        << WorkloadHall::chat70b() << int(WorkloadField::TtftTarget) << 500.0 << 0.5;
    QTest::newRow("output tokens")
        << WorkloadHall::chat70b() << int(WorkloadField::OutputTokens) << 300.0 << 300.0;
}

void tst_WorkloadForm::editIsOneUndoCommand()
{
    QFETCH(QString, templateKey);
    QFETCH(int, field);
    QFETCH(double, shown);
    QFETCH(double, stored);
    WorkloadHall::Hall h;
    const WorkloadId id = h.add(templateKey);
    const Workload before = *h.workloads.workload(id);
    WorkloadForm form(&h.workloads, h.hall(), h.stack());
    form.setWorkload(id);
    const auto f = WorkloadField(field);
    auto value = [&](const Workload &w) {
        switch (f) {
        case WorkloadField::Tokens:
            return w.training.tokens;
        case WorkloadField::Deadline:
            return w.training.deadlineSeconds;
        case WorkloadField::RequestRate:
            return w.inference.requestRatePerSecond;
        case WorkloadField::TtftTarget:
            return w.inference.ttftTargetSeconds;
        case WorkloadField::OutputTokens:
            return double(w.inference.outputTokens);
        default:
            return 0.0;
        }
    };
    setSpin(form.editor(f), shown);
    QCOMPARE(h.stack()->count(), 1);
    QCOMPARE(value(*h.workloads.workload(id)), stored);
    QVERIFY(form.errorText(f).isEmpty());
    // Undo puts the document and the form back; redo does it again.
    h.stack()->undo();
    QCOMPARE(*h.workloads.workload(id), before);
    QCOMPARE(value(*h.workloads.workload(id)), value(before));
    auto *spin = qobject_cast<QAbstractSpinBox *>(form.editor(f));
    QVERIFY(spin->text() != QString());
    h.stack()->redo();
    QCOMPARE(value(*h.workloads.workload(id)), stored);
}

void tst_WorkloadForm::refusedValueStaysWithItsReason_data()
{
    QTest::addColumn<QString>("templateKey");
    QTest::addColumn<int>("field");
    QTest::newRow("no tokens") << WorkloadHall::pretrain70b() << int(WorkloadField::Tokens);
    QTest::newRow("no deadline") << WorkloadHall::pretrain70b() << int(WorkloadField::Deadline);
    QTest::newRow("no requests") << WorkloadHall::chat70b() << int(WorkloadField::RequestRate);
    QTest::newRow("no output") << WorkloadHall::chat70b() << int(WorkloadField::OutputTokens);
    QTest::newRow("tensor parallel 3")
        << WorkloadHall::pretrain70b() << int(WorkloadField::TensorParallel);
}

void tst_WorkloadForm::refusedValueStaysWithItsReason()
{
    QFETCH(QString, templateKey);
    QFETCH(int, field);
    WorkloadHall::Hall h;
    const WorkloadId id = h.add(templateKey);
    const Workload before = *h.workloads.workload(id);
    WorkloadForm form(&h.workloads, h.hall(), h.stack());
    form.setWorkload(id);
    const auto f = WorkloadField(field);
    setSpin(form.editor(f), f == WorkloadField::TensorParallel ? 3 : 0);
    QCOMPARE(h.stack()->count(), 0);
    QCOMPARE(*h.workloads.workload(id), before); // no data lost, nothing half-changed
    // The reason is the model's own, under the field it is about.
    Workload attempted = before;
    if (f == WorkloadField::TensorParallel)
        attempted.training.tensorParallel = 3;
    const QList<FieldError> errors = attempted.validate();
    QString expected;
    for (const FieldError &e : errors) {
        if (e.field == f)
            expected = e.message;
    }
    if (f != WorkloadField::TensorParallel)
        QVERIFY(!expected.isEmpty() || !form.errorText(f).isEmpty());
    QVERIFY2(!form.errorText(f).isEmpty(), qPrintable(WorkloadFields::key(f)));
    if (!expected.isEmpty())
        QVERIFY(form.errorText(f).contains(expected));
    // Fixing the field clears the reason and edits once.
    setSpin(form.editor(f), f == WorkloadField::TensorParallel ? 8 : 10);
    QVERIFY(form.errorText(f).isEmpty());
    QCOMPARE(h.stack()->count(), 1);
}

void tst_WorkloadForm::unchangedValuePushesNothing()
{
    WorkloadHall::Hall h;
    const WorkloadId id = h.add(WorkloadHall::chat70b());
    WorkloadForm form(&h.workloads, h.hall(), h.stack());
    form.setWorkload(id);
    auto *name = qobject_cast<QLineEdit *>(form.editor(WorkloadField::Name));
    name->setText(h.workloads.workload(id)->name);
    emit name->editingFinished();
    QCOMPARE(h.stack()->count(), 0);
    name->setText(QStringLiteral("Support bot"));
    emit name->editingFinished();
    QCOMPARE(h.stack()->count(), 1);
    QCOMPARE(h.workloads.workload(id)->name, QStringLiteral("Support bot"));
    name->setText(QString()); // a name is required
    emit name->editingFinished();
    QCOMPARE(h.stack()->count(), 1);
    QVERIFY(!form.errorText(WorkloadField::Name).isEmpty());
    QCOMPARE(h.workloads.workload(id)->name, QStringLiteral("Support bot"));
}

void tst_WorkloadForm::followsTheKind()
{
    WorkloadHall::Hall h;
    const WorkloadId id = h.add(WorkloadHall::chat70b());
    WorkloadForm form(&h.workloads, h.hall(), h.stack());
    form.setWorkload(id);
    form.show();
    QVERIFY(form.editor(WorkloadField::RequestRate)->isVisibleTo(&form));
    QVERIFY(!form.editor(WorkloadField::Tokens)->isVisibleTo(&form));
    auto *kind = qobject_cast<QComboBox *>(form.editor(WorkloadField::Kind));
    kind->setCurrentIndex(kind->findData(int(WorkloadKind::Training)));
    emit kind->activated(kind->currentIndex());
    if (h.stack()->count() == 1) {
        QVERIFY(form.editor(WorkloadField::Tokens)->isVisibleTo(&form));
        h.stack()->undo();
        QVERIFY(form.editor(WorkloadField::RequestRate)->isVisibleTo(&form));
    } else {
        // Refused: the training fields it lacks are named.
        QVERIFY(h.workloads.workload(id)->kind == WorkloadKind::Inference);
    }
}

QTEST_MAIN(tst_WorkloadForm)
#include "tst_workloadform.moc"
