#include "model/project/project.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoCommand>

namespace {
// The smallest real edit: sets an int and puts it back on undo.
class SetValue : public QUndoCommand
{
public:
    SetValue(int *target, int value)
        : m_target(target)
        , m_value(value)
    {
        setText(QStringLiteral("Set value"));
    }
    void redo() override { std::swap(*m_target, m_value); }
    void undo() override { std::swap(*m_target, m_value); }

private:
    int *m_target;
    int m_value;
};
} // namespace

class tst_Project : public QObject
{
    Q_OBJECT

private slots:
    void startsUntitledAndClean();
    void displayNameIsFileName();
    void modifiedFollowsUndoStack();
    void clearForgetsEverything();
};

void tst_Project::startsUntitledAndClean()
{
    Project project;
    QCOMPARE(project.displayName(), QStringLiteral("Untitled"));
    QVERIFY(project.filePath().isEmpty());
    QVERIFY(!project.isModified());
    QCOMPARE(project.undoStack()->count(), 0);
}

void tst_Project::displayNameIsFileName()
{
    Project project;
    QSignalSpy spy(&project, &Project::filePathChanged);
    project.setFilePath(QStringLiteral("/tmp/halls/north hall.headroom"));
    QCOMPARE(project.displayName(), QStringLiteral("north hall.headroom"));
    QCOMPARE(spy.count(), 1);
    project.setFilePath(QStringLiteral("/tmp/halls/north hall.headroom"));
    QCOMPARE(spy.count(), 1); // unchanged path: no signal
}

void tst_Project::modifiedFollowsUndoStack()
{
    Project project;
    QSignalSpy spy(&project, &Project::modifiedChanged);
    int value = 1;
    project.undoStack()->push(new SetValue(&value, 2));
    QCOMPARE(value, 2);
    QVERIFY(project.isModified());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.last().first().toBool(), true);

    project.undoStack()->undo();
    QCOMPARE(value, 1);
    QVERIFY(!project.isModified()); // back at the clean index
    QCOMPARE(spy.last().first().toBool(), false);

    project.undoStack()->redo();
    QCOMPARE(value, 2);
    QVERIFY(project.isModified());
    project.undoStack()->setClean(); // what a save will do
    QVERIFY(!project.isModified());
}

void tst_Project::clearForgetsEverything()
{
    Project project;
    int value = 0;
    project.setFilePath(QStringLiteral("/tmp/a.headroom"));
    project.undoStack()->push(new SetValue(&value, 5));
    project.clear();
    QVERIFY(!project.isModified());
    QCOMPARE(project.undoStack()->count(), 0);
    QCOMPARE(project.displayName(), QStringLiteral("Untitled"));
}

QTEST_GUILESS_MAIN(tst_Project)
#include "tst_project.moc"
