#include "app/bench/proposalbenchmark.h"

#include "app/bench/benchhall.h"
#include "model/project/layouteditor.h"
#include "model/project/project.h"
#include "model/project/sampleproject.h"
#include "views/proposal/proposalbuilder.h"
#include "views/proposal/proposalrenderer.h"

#include <QBuffer>
#include <QElapsedTimer>

#include <cmath>

namespace {
double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Builds and renders into memory (the preview does the same); the page count goes out.
double exportMs(const Project &project, int *pages)
{
    QElapsedTimer timer;
    timer.start();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const CompanyProfile company {QStringLiteral("Bench Systems GmbH"), QString(),
                                  QStringLiteral("bench@example.com")};
    const auto result = ProposalRenderer::render(ProposalBuilder::build(project, company), &buffer,
                                                 {QPageSize(QPageSize::A4), 300});
    *pages = result.pageCount;
    return msSince(timer);
}

CatalogItem itemOf(const QList<CatalogItem> &rows, const char *id)
{
    for (const CatalogItem &row : rows) {
        if (row.id == QLatin1String(id))
            return row;
    }
    return {};
}
} // namespace

QString ProposalBenchmark::description() const
{
    return tr("Builds and writes the sample project's proposal, and a proposal of about 20 pages "
              "for a generated hall of 60 rack designs running a training job and a chat service; "
              "derives the bill of materials of 3,000 "
              "racks holding 12,000 servers.");
}

void ProposalBenchmark::buildGeneratedHall(Project &project, int designs, int copies)
{
    const QList<CatalogItem> rows = SampleProject::catalogRows();
    DataHall *hall = project.hall();
    hall->addCatalogItems(rows);
    const CatalogItem rackType = itemOf(rows, "apc-netshelter-sx-ar3300");
    const CatalogItem pdu = itemOf(rows, "apc-apdu11450me");
    const QList<CatalogItem> servers = {itemOf(rows, "nvidia-dgx-h100"),
                                        itemOf(rows, "hpe-cray-xd670"),
                                        itemOf(rows, "dell-poweredge-r760xa")};
    const double circuitWatts = std::sqrt(3.0) * 415.0 * 60.0;
    RowId row = 0;
    int rackNumber = 0;
    for (int design = 0; design < designs; ++design) {
        const CatalogItem &server = servers.at(design % servers.size());
        // Varied builds: how many servers, and for the R760xa which accelerator and how
        // many, so designs (and bill-of-materials lines) differ.
        ServerConfiguration configuration = LayoutEditor::defaultConfiguration(server);
        if (!server.acceleratorOptions.isEmpty() && server.acceleratorOptions.size() > 1) {
            configuration.acceleratorId =
                server.acceleratorOptions.at((design / 3) % server.acceleratorOptions.size());
            configuration.acceleratorCount = 1 + (design / 3) % server.acceleratorCount;
        }
        const int count = 1 + (design / 3) % 4;
        for (int copy = 0; copy < copies; ++copy) {
            if (rackNumber % 12 == 0) {
                row = hall->allocateId();
                hall->insertRow(int(hall->rowIds().size()),
                                {{row, QStringLiteral("Row %1").arg(rackNumber / 12 + 1)}, {}});
            }
            RackSnapshot rack;
            rack.rack = {hall->allocateId(),
                         QStringLiteral("R%1").arg(++rackNumber),
                         rackType.id,
                         {2 * circuitWatts, 2, PowerPhase::Three},
                         RackCooling::ofType(CoolingType::DirectLiquid),
                         {pdu.id, pdu.id, pdu.id, pdu.id}};
            for (int s = 0; s < count; ++s)
                rack.placements.push_back({hall->allocateId(), server.id,
                                           3 + s * std::max(1, server.rackUnits), RackFace::Front,
                                           configuration});
            hall->insertRack(row, int(hall->rackIds(row).size()), rack);
        }
    }
    // A pre-training job on the first row and a chat service on the second, so the summary
    // and the four headroom charts carry what a real proposal does.
    WorkloadEditor workloads = project.workloadEditor();
    const std::vector<RowId> rowIds = hall->rowIds();
    const std::pair<const char *, size_t> assignments[] = {{"pretrain-70b-2t-30d", 0},
                                                           {"chat-llama-3.1-70b-50rps", 1}};
    for (const auto &[key, rowIndex] : assignments) {
        const WorkloadEditOutcome added = workloads.addFromTemplate(QLatin1String(key));
        if (added.applied() && rowIndex < rowIds.size())
            workloads.assign(added.createdIds.front(), AssignmentTarget::row(rowIds.at(rowIndex)));
    }
}

QList<Measurement> ProposalBenchmark::run(const BenchOptions &options)
{
    const int runs = options.runs > 0 ? options.runs : defaultRuns();
    Measurement sample {QStringLiteral("sample_proposal")};
    Measurement samplePages {QStringLiteral("sample_proposal_pages"), QStringLiteral("pages")};
    Measurement generated {QStringLiteral("generated_proposal")};
    Measurement generatedPages {QStringLiteral("generated_proposal_pages"),
                                QStringLiteral("pages")};
    Measurement bom {QStringLiteral("bom_3000_racks")};

    Project sampleProject;
    sampleProject.load(SampleProject::content(), QString());
    Project generatedProject;
    buildGeneratedHall(generatedProject, 60, 10);
    Project large;
    BenchHall::build(large, 3000, 4);

    for (int i = 0; i < runs; ++i) {
        int pages = 0;
        sample.samples.push_back(exportMs(sampleProject, &pages));
        samplePages.samples.push_back(pages);
        generated.samples.push_back(exportMs(generatedProject, &pages));
        generatedPages.samples.push_back(pages);
        QElapsedTimer timer;
        timer.start();
        const Bom derived = large.quote()->bom(*large.hall());
        bom.samples.push_back(msSince(timer));
        Q_UNUSED(derived);
    }
    return {sample, samplePages, generated, generatedPages, bom};
}
