#include "views/widgets/placeholderpane.h"

#include <QLabel>
#include <QVBoxLayout>

PlaceholderPane::PlaceholderPane(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_text(new QLabel(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setAlignment(Qt::AlignCenter);
    m_heading->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_heading);
    layout->addWidget(m_text);
    layout->addStretch(1);
    layout->setContentsMargins(24, 24, 24, 24);
}

void PlaceholderPane::setHeading(const QString &heading)
{
    m_heading->setText(heading);
}

void PlaceholderPane::setText(const QString &text)
{
    m_text->setText(text);
}

QString PlaceholderPane::heading() const
{
    return m_heading->text();
}

QString PlaceholderPane::text() const
{
    return m_text->text();
}
