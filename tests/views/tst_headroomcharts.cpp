#include "model/project/project.h"
#include "model/project/sampleproject.h"
#include "support/pdftext.h"
#include "support/testenvironment.h"
#include "views/proposal/headroomcharts.h"
#include "views/proposal/proposalbuilder.h"
#include "views/proposal/proposalrenderer.h"

#include <QTemporaryDir>
#include <QTest>

// The proposal's Headroom section: the dock's four charts for the hall as vector drawings,
// those with nothing to show left out with a sentence.
class tst_HeadroomCharts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void chartsPerWorkloadKind_data();
    void chartsPerWorkloadKind();
    void chartsAreVectorsWithText();

private:
    QTemporaryDir m_dir;
};

namespace {
struct Section
{
    int drawings = 0;
    QStringList paragraphs;
};

// What the Headroom section holds: from its heading to the page break that ends it.
Section headroomSection(const ProposalDocument &document)
{
    const QString title = ProposalBuilder::sectionTitles().at(1);
    Section section;
    bool inside = false;
    for (const auto &block : document.blocks()) {
        if (const auto *h = std::get_if<ProposalDocument::Heading>(&block)) {
            if (h->level == 1)
                inside = h->text == title;
        } else if (inside && std::holds_alternative<ProposalDocument::PageBreak>(block)) {
            break;
        } else if (inside && std::holds_alternative<ProposalDocument::Drawing>(block)) {
            ++section.drawings;
        } else if (const auto *p = std::get_if<ProposalDocument::Paragraph>(&block); p && inside) {
            section.paragraphs << p->text;
        }
    }
    return section;
}

ProjectContent sampleWith(bool training, bool inference)
{
    ProjectContent content = SampleProject::content();
    std::erase_if(content.workloads, [&](const WorkloadSnapshot &s) {
        return s.workload.isTraining() ? !training : !inference;
    });
    return content;
}
} // namespace

void tst_HeadroomCharts::initTestCase()
{
    HeadroomTest::useHermeticEnvironment();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_HeadroomCharts::chartsPerWorkloadKind_data()
{
    QTest::addColumn<bool>("training");
    QTest::addColumn<bool>("inference");
    QTest::addColumn<int>("drawings");
    QTest::addColumn<QStringList>("leftOut");
    // Headroom, latency, training time, power per rack: power always has racks to show.
    QTest::newRow("both kinds") << true << true << 4 << QStringList();
    QTest::newRow("training only")
        << true << false << 3 << QStringList {QStringLiteral("no latency chart")};
    QTest::newRow("inference only")
        << false << true << 3 << QStringList {QStringLiteral("no training-time chart")};
    QTest::newRow("no workloads") << false << false << 1
                                  << QStringList {QStringLiteral("no headroom chart"),
                                                  QStringLiteral("no latency chart"),
                                                  QStringLiteral("no training-time chart")};
}

void tst_HeadroomCharts::chartsPerWorkloadKind()
{
    QFETCH(bool, training);
    QFETCH(bool, inference);
    QFETCH(int, drawings);
    QFETCH(QStringList, leftOut);
    Project project;
    project.load(sampleWith(training, inference), QString());
    QCOMPARE(project.workloads()->count(), int(training) + int(inference));
    const Section section = headroomSection(ProposalBuilder::build(project, {}));
    QCOMPARE(section.drawings, drawings);
    // One sentence for each chart left out, and none for those drawn.
    const QString text = section.paragraphs.join(QLatin1Char('\n'));
    for (const QString &why : leftOut)
        QVERIFY2(text.contains(why), qPrintable(text));
    QCOMPARE(int(text.count(QStringLiteral("so there is no"))), 4 - drawings);
}

void tst_HeadroomCharts::chartsAreVectorsWithText()
{
    Project project;
    project.load(SampleProject::content(), QString());
    const QString path = m_dir.filePath(QStringLiteral("charts.pdf"));
    QVERIFY(ProposalRenderer::renderToFile(ProposalBuilder::build(project, {}), path,
                                           {QPageSize(QPageSize::A4), 300})
                .ok);
    const QStringList pages = HeadroomTest::pdfPages(path);
    // The section's pages: from its heading to the next section's.
    const QStringList titles = ProposalBuilder::sectionTitles();
    auto pageOf = [&pages](const QString &heading) {
        for (int p = 0; p < pages.size(); ++p) {
            const QStringList lines = pages.at(p).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            if (lines.size() > 1 && lines.at(1).trimmed() == heading)
                return p;
        }
        return -1;
    };
    const int first = pageOf(titles.at(1));
    const int next = pageOf(titles.at(2));
    QVERIFY(first > 0);
    QVERIFY(next > first);
    QString section;
    for (int p = first; p < next; ++p)
        section += pages.at(p);
    // The charts' own words (axis titles, legends) are text in the PDF, not pixels.
    for (const char *label : {"Time to first token", "Request rate", "Inference", "Training"})
        QVERIFY2(section.contains(QLatin1String(label)), label);
    QCOMPARE(section.count(QStringLiteral("Latency vs load:")), 1);
    // And no chart is a picture: the section's pages hold no raster image.
    QProcess list;
    list.start(QStringLiteral("pdfimages"),
               {QStringLiteral("-list"), QStringLiteral("-f"), QString::number(first + 1),
                QStringLiteral("-l"), QString::number(next), path});
    QVERIFY(list.waitForFinished(30000));
    const QStringList lines = QString::fromUtf8(list.readAllStandardOutput())
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2); // the header and its rule, no image
}

QTEST_MAIN(tst_HeadroomCharts)
#include "tst_headroomcharts.moc"
