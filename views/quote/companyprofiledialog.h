#pragma once

#include "views/proposal/companyprofile.h"

#include <QDialog>

class QLabel;
class QLineEdit;

// Quote tab ▸ Company…: the name, logo and contact line every proposal carries, saved in
// the user's settings.
class CompanyProfileDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CompanyProfileDialog(const CompanyProfile &profile, QWidget *parent = nullptr);

    CompanyProfile profile() const;

private:
    void chooseLogo();
    void updateLogoPreview();

    QLineEdit *m_name;
    QLineEdit *m_logo;
    QLineEdit *m_contact;
    QLabel *m_logoPreview;
};
