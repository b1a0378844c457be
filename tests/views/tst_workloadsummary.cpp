#include "model/core/unitformat.h"
#include "model/project/project.h"
#include "model/project/sampleproject.h"
#include "model/workload/headroomview.h"
#include "model/workload/modelpresets.h"
#include "support/pdftext.h"
#include "support/testenvironment.h"
#include "views/proposal/proposalbuilder.h"
#include "views/proposal/proposalrenderer.h"

#include <QTemporaryDir>
#include <QTest>

// The executive summary tells the project's own workloads: what the tracker estimates for
// each (compared with the model's numbers, formatted as the proposal formats them), those
// not yet placed, the headroom left; without workloads, the reference yardstick.
class tst_WorkloadSummary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sampleWorkloadFiguresAreInThePdf();
    void unplacedWorkloadsAreListed();
    void headroomLeftMatchesTheTracker();
    void withoutWorkloadsTheYardstickStays();

private:
    QTemporaryDir m_dir;
};

namespace {
// Every text of the document's blocks, table cells included, one per line.
QString documentText(const ProposalDocument &document)
{
    QStringList text;
    for (const auto &block : document.blocks()) {
        if (const auto *h = std::get_if<ProposalDocument::Heading>(&block))
            text << h->text;
        else if (const auto *p = std::get_if<ProposalDocument::Paragraph>(&block))
            text << p->text;
        else if (const auto *t = std::get_if<ProposalDocument::Table>(&block)) {
            for (const auto &column : t->columns)
                text << column.title;
            for (const auto &row : t->rows)
                text << row.cells.join(QLatin1Char('|'));
        }
    }
    return text.join(QLatin1Char('\n'));
}

// The rows of the first table after a heading.
QList<QStringList> tableAfter(const ProposalDocument &document, const QString &heading)
{
    bool seen = false;
    for (const auto &block : document.blocks()) {
        if (const auto *h = std::get_if<ProposalDocument::Heading>(&block))
            seen = seen || h->text == heading;
        else if (const auto *t = std::get_if<ProposalDocument::Table>(&block); t && seen) {
            QList<QStringList> rows;
            for (const auto &row : t->rows)
                rows << row.cells;
            return rows;
        }
    }
    return {};
}
} // namespace

void tst_WorkloadSummary::initTestCase()
{
    HeadroomTest::useHermeticEnvironment();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_WorkloadSummary::sampleWorkloadFiguresAreInThePdf()
{
    Project project;
    project.load(SampleProject::content(), QString());
    const QString path = m_dir.filePath(QStringLiteral("sample.pdf"));
    QVERIFY(ProposalRenderer::renderToFile(ProposalBuilder::build(project, {}), path,
                                           {QPageSize(QPageSize::A4), 300})
                .ok);
    const QString text =
        HeadroomTest::squeezed(HeadroomTest::pdfPages(path, false).join(QLatin1Char('\n')));
    QVERIFY(!text.isEmpty());
    auto contains = [&text](const QString &what) {
        if (!text.contains(HeadroomTest::squeezed(what)))
            qWarning("missing: %s", qPrintable(what));
        return text.contains(HeadroomTest::squeezed(what));
    };

    const UnitFormat format;
    const HeadroomView view = project.headroom()->current();
    const WorkloadSet &workloads = *project.workloads();
    int training = 0;
    int inference = 0;
    for (WorkloadId id : workloads.workloadIds()) {
        const Workload &w = *workloads.workload(id);
        QVERIFY(contains(w.name));
        const auto result = view.result(id);
        QVERIFY2(result && result->isRunning(), qPrintable(w.name));
        if (w.isTraining()) {
            ++training;
            const TrainingEstimate &e = *result->training;
            QVERIFY(contains(format.duration(e.wallHours.value * 3600.0)));
            QVERIFY(contains(format.duration(e.wallHours.low * 3600.0)));
            QVERIFY(contains(format.duration(e.wallHours.high * 3600.0)));
            QVERIFY(contains(format.duration(w.training.deadlineSeconds)));
        } else {
            ++inference;
            const InferenceEstimate &e = *result->inference;
            QVERIFY(e.requestsPerSecondWithinTargets > 0.0);
            QVERIFY(contains(format.number(e.requestsPerSecondWithinTargets)
                             + QStringLiteral(" req/s")));
            QVERIFY(contains(format.number(w.inference.requestRatePerSecond)
                             + QStringLiteral(" req/s")));
            QVERIFY(contains(format.duration(e.ttftSeconds.value)));
            QVERIFY(contains(format.duration(e.tpotSeconds.value)));
        }
    }
    // The sample ships one of each kind.
    QCOMPARE(training, 1);
    QCOMPARE(inference, 1);
}

void tst_WorkloadSummary::unplacedWorkloadsAreListed()
{
    Project project;
    project.load(SampleProject::content(), QString());
    Workload idle;
    idle.name = QStringLiteral("Pre-train a 405B model, not placed");
    idle.kind = WorkloadKind::Training;
    idle.model = *ModelPresets::find(QStringLiteral("Llama 3.1 405B"));
    idle.training.tokens = 1e12;
    idle.training.deadlineSeconds = 30 * 86400.0;
    QVERIFY(project.workloadEditor().addWorkload(idle).applied());
    const QString text = documentText(ProposalBuilder::build(project, {}));
    QVERIFY2(
        text.contains(
            QStringLiteral("Not yet placed on any server, so not estimated: %1.").arg(idle.name)),
        qPrintable(text));
    // It is in no table of estimates.
    QVERIFY(!text.contains(idle.name + QLatin1Char('|')));
}

void tst_WorkloadSummary::headroomLeftMatchesTheTracker()
{
    Project project;
    project.load(SampleProject::content(), QString());
    const ProposalDocument document = ProposalBuilder::build(project, {});
    const QList<QStringList> rows =
        tableAfter(document, QStringLiteral("Headroom left in the hall"));
    QCOMPARE(rows.size(), kHeadroomDimensionCount);
    const ScopeHeadroom headroom = project.headroom()->current().headroom(HeadroomScope::hall());
    const UnitFormat format;
    int compared = 0;
    for (int d = 0; d < kHeadroomDimensionCount; ++d) {
        const QStringList &row = rows.at(d);
        QCOMPARE(row.first(), HeadroomDimensions::displayName(HeadroomDimension(d)));
        const std::pair<WorkloadKind, int> sides[] = {{WorkloadKind::Training, 2},
                                                      {WorkloadKind::Inference, 4}};
        for (const auto &[kind, column] : sides) {
            const HeadroomEntry &entry = headroom.entry(kind, HeadroomDimension(d));
            const auto fraction = entry.headroomFraction();
            if (!fraction) {
                QCOMPARE(row.at(column - 1), QString());
                continue;
            }
            QVERIFY2(
                row.at(column - 1)
                    .endsWith(HeadroomDimensions::format(HeadroomDimension(d), entry.capacity)),
                qPrintable(row.join(QLatin1Char('|'))));
            if (std::isfinite(*fraction)) {
                QVERIFY2(row.at(column).contains(format.percent(std::abs(*fraction))),
                         qPrintable(row.join(QLatin1Char('|'))));
                QCOMPARE(row.at(column).startsWith(QStringLiteral("over")), *fraction < 0.0);
                ++compared;
            }
        }
    }
    // Both kinds run in the sample: most dimensions have numbers on both sides.
    QVERIFY(compared >= 8);
}

void tst_WorkloadSummary::withoutWorkloadsTheYardstickStays()
{
    ProjectContent content = SampleProject::content();
    content.workloads.clear();
    Project project;
    project.load(content, QString());
    QVERIFY(project.workloads()->isEmpty());
    const QString text = documentText(ProposalBuilder::build(project, {}));
    QVERIFY(text.contains(QStringLiteral("What the hardware achieves")));
    QVERIFY(text.contains(QStringLiteral("Training yardstick")));
    QVERIFY(text.contains(QStringLiteral("these figures are for a reference workload")));
    QVERIFY(!text.contains(QStringLiteral("The workloads on this hardware")));
    QVERIFY(!text.contains(QStringLiteral("Headroom left in the hall")));

    // With workloads, they come first and the yardstick follows as what the hardware could do.
    Project sample;
    sample.load(SampleProject::content(), QString());
    const QString withWorkloads = documentText(ProposalBuilder::build(sample, {}));
    const qsizetype workloads =
        withWorkloads.indexOf(QStringLiteral("The workloads on this hardware"));
    const qsizetype yardstick = withWorkloads.indexOf(QStringLiteral("What the hardware could do"));
    QVERIFY(workloads > 0);
    QVERIFY(yardstick > workloads);
}

QTEST_MAIN(tst_WorkloadSummary)
#include "tst_workloadsummary.moc"
