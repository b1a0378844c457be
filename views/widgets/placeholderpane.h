#pragma once

#include <QWidget>

class QLabel;

// A pane that says, in words, what will appear in its place. Used while a capability is
// still being built, so the window shows its final shape without pretending to have data.
class PlaceholderPane : public QWidget
{
    Q_OBJECT

public:
    explicit PlaceholderPane(QWidget *parent = nullptr);

    void setHeading(const QString &heading);
    void setText(const QString &text);
    QString heading() const;
    QString text() const;

private:
    QLabel *m_heading;
    QLabel *m_text;
};
