#include "views/quote/companyprofiledialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

CompanyProfileDialog::CompanyProfileDialog(const CompanyProfile &profile, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(profile.name, this))
    , m_logo(new QLineEdit(profile.logoPath, this))
    , m_contact(new QLineEdit(profile.contact, this))
    , m_logoPreview(new QLabel(this))
{
    setWindowTitle(tr("Company on proposals"));
    m_name->setObjectName(QStringLiteral("companyNameEdit"));
    m_logo->setObjectName(QStringLiteral("companyLogoEdit"));
    m_contact->setObjectName(QStringLiteral("companyContactEdit"));
    m_contact->setPlaceholderText(tr("Address, e-mail, telephone"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &CompanyProfileDialog::chooseLogo);
    connect(m_logo, &QLineEdit::textChanged, this, &CompanyProfileDialog::updateLogoPreview);

    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo, 1);
    logoRow->addWidget(browse);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Company &name:"), m_name);
    form->addRow(tr("&Logo:"), logoRow);
    form->addRow(QString(), m_logoPreview);
    form->addRow(tr("C&ontact:"), m_contact);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    updateLogoPreview();
}

CompanyProfile CompanyProfileDialog::profile() const
{
    return {m_name->text().trimmed(), m_logo->text().trimmed(), m_contact->text().trimmed()};
}

void CompanyProfileDialog::chooseLogo()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a logo"), m_logo->text(),
                                                      tr("Images (*.svg *.png *.jpg *.jpeg)"));
    if (!path.isEmpty())
        m_logo->setText(path);
}

void CompanyProfileDialog::updateLogoPreview()
{
    const QIcon icon(m_logo->text());
    const QPixmap pixmap = m_logo->text().isEmpty() ? QPixmap() : icon.pixmap(QSize(160, 48));
    if (!pixmap.isNull())
        m_logoPreview->setPixmap(pixmap);
    else
        m_logoPreview->setText(
            m_logo->text().isEmpty() ? QString() : tr("This file cannot be read as an image."));
}
