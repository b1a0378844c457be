#include "views/quote/quoterevisionspanel.h"

#include "model/core/unitformat.h"
#include "model/project/project.h"
#include "model/quote/quotecomparisonmodel.h"
#include "model/quote/quoteformat.h"
#include "model/quote/quotelinemodel.h"
#include "model/workload/headroomview.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

QuoteRevisionsPanel::QuoteRevisionsPanel(Project *project, QuoteLineModel *lines, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_lines(lines)
    , m_before(new QComboBox(this))
    , m_after(new QComboBox(this))
    , m_beforeLabel(new QLabel(this))
    , m_afterLabel(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new QuoteComparisonModel(this))
    , m_summary(new QLabel(this))
{
    for (QComboBox *box : {m_before, m_after}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(4); // the tab shares the window with two docks
    }
    m_before->setObjectName(QStringLiteral("compareBefore"));
    m_after->setObjectName(QStringLiteral("compareAfter"));
    m_beforeLabel->setBuddy(m_before);
    m_afterLabel->setBuddy(m_after);
    m_table->setObjectName(QStringLiteral("comparisonTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summary->setObjectName(QStringLiteral("comparisonSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *choose = new QHBoxLayout;
    choose->addWidget(m_beforeLabel);
    choose->addWidget(m_before, 1);
    choose->addWidget(m_afterLabel);
    choose->addWidget(m_after, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(choose);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    connect(m_before, &QComboBox::currentIndexChanged, this, &QuoteRevisionsPanel::compare);
    connect(m_after, &QComboBox::currentIndexChanged, this, &QuoteRevisionsPanel::compare);
    connect(project->quote(), &QuoteDocument::revisionsChanged, this,
            &QuoteRevisionsPanel::rebuildChoices);
    connect(project->quote(), &QuoteDocument::quoteReset, this,
            &QuoteRevisionsPanel::rebuildChoices);
    // The draft follows the layout and the terms.
    connect(lines, &QuoteLineModel::quoteChanged, this, &QuoteRevisionsPanel::compare);
    connect(project->headroom(), &HeadroomTracker::changed, this, &QuoteRevisionsPanel::compare);
    m_beforeLabel->setText(tr("Compare &revision:"));
    m_afterLabel->setText(tr("&with:"));
    rebuildChoices();
}

void QuoteRevisionsPanel::rebuildChoices()
{
    const QSignalBlocker blockBefore(m_before);
    const QSignalBlocker blockAfter(m_after);
    m_before->clear();
    m_after->clear();
    const QLocale locale;
    for (const QuoteRevision &revision : m_project->quote()->revisions()) {
        const QString text =
            tr("Revision %1 (%2)")
                .arg(revision.number())
                .arg(locale.toString(revision.quote.header.date, QLocale::ShortFormat));
        m_before->addItem(text, revision.number());
        m_after->addItem(text, revision.number());
    }
    const QString draft =
        tr("Draft of revision %1").arg(m_project->quote()->terms().header.revision);
    m_before->addItem(draft, 0);
    m_after->addItem(draft, 0);
    // By default: the last revision sent against the draft.
    m_after->setCurrentIndex(m_after->count() - 1);
    m_before->setCurrentIndex(std::max(0, m_before->count() - 2));
    compare();
}

bool QuoteRevisionsPanel::choice(const QComboBox *box, Quote *quote, HallFigures *figures) const
{
    const int number = box->currentData().toInt();
    if (number == 0) {
        *quote = m_lines->quote();
        *figures = m_lines->bom().figures;
        figures->setHeadroom(m_project->headroom()->current().headroom(HeadroomScope::hall()));
        return true;
    }
    const QuoteRevision *revision = m_project->quote()->revision(number);
    if (!revision)
        return false;
    *quote = revision->quote;
    *figures = revision->figures;
    return true;
}

void QuoteRevisionsPanel::compare()
{
    Quote before;
    Quote after;
    HallFigures hallBefore;
    HallFigures hallAfter;
    if (!choice(m_before, &before, &hallBefore) || !choice(m_after, &after, &hallAfter)) {
        m_model->setComparison({}, m_lines->quote().currency);
        m_summary->clear();
        return;
    }
    const QuoteComparison comparison = compareQuotes(before, after);
    m_model->setComparison(comparison, after.currency);
    const QuoteFormat format;
    const UnitFormat units;
    QStringList parts;
    parts << tr("Total %1 → %2 (%3).")
                 .arg(format.money(comparison.before.totalMinor, before.currency),
                      format.money(comparison.after.totalMinor, after.currency),
                      format.signedMoney(comparison.totalDeltaMinor(), after.currency));
    if (comparison.changes.isEmpty())
        parts << tr("No line changed.");
    else
        parts << tr("%n line(s) changed.", nullptr, int(comparison.changes.size()));
    parts << tr("Accelerators %1 → %2, servers %3 → %4, racks %5 → %6, maximum power %7 → %8.")
                 .arg(hallBefore.acceleratorCount)
                 .arg(hallAfter.acceleratorCount)
                 .arg(hallBefore.serverCount)
                 .arg(hallAfter.serverCount)
                 .arg(hallBefore.rackCount)
                 .arg(hallAfter.rackCount)
                 .arg(units.power(hallBefore.powerMaxWatts), units.power(hallAfter.powerMaxWatts));
    const QString headroom = HallFigures::describeHeadroomChange(hallBefore, hallAfter);
    if (!headroom.isEmpty())
        parts << headroom;
    m_summary->setText(parts.join(QLatin1Char(' ')));
}

QString QuoteRevisionsPanel::summaryText() const
{
    return m_summary->text();
}

void QuoteRevisionsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_beforeLabel->setText(tr("Compare &revision:"));
        m_afterLabel->setText(tr("&with:"));
        rebuildChoices();
    }
    QWidget::changeEvent(event);
}
