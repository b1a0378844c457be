#pragma once

#include <QWidget>

class Project;
class QComboBox;
class QLabel;
class QTableView;
class QuoteComparisonModel;
class QuoteLineModel;
struct HallFigures;
struct Quote;

// The quote's revisions: pick two (any frozen revision, or the draft being worked on)
// and see what changed, line by line, in the total, and in what the hardware is.
class QuoteRevisionsPanel : public QWidget
{
    Q_OBJECT

public:
    QuoteRevisionsPanel(Project *project, QuoteLineModel *lines, QWidget *parent = nullptr);

    QComboBox *beforeBox() const { return m_before; }
    QComboBox *afterBox() const { return m_after; }
    QuoteComparisonModel *comparisonModel() const { return m_model; }
    QString summaryText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildChoices();
    void compare();
    // The quote and hall figures behind a choice: a frozen revision, or the draft (0).
    bool choice(const QComboBox *box, Quote *quote, HallFigures *figures) const;

    Project *m_project;
    QuoteLineModel *m_lines;
    QComboBox *m_before;
    QComboBox *m_after;
    QLabel *m_beforeLabel;
    QLabel *m_afterLabel;
    QTableView *m_table;
    QuoteComparisonModel *m_model;
    QLabel *m_summary;
};
