#pragma once

#include <QCoreApplication>
#include <QString>

// Who the proposal comes from: the company name, its logo and a contact line, kept in the
// user's settings (Quote tab ▸ Company…) and printed on the cover and in every footer.
struct CompanyProfile
{
    Q_DECLARE_TR_FUNCTIONS(CompanyProfile)

public:
    QString name;
    QString logoPath; // PNG, JPEG or SVG; empty for none
    QString contact; // one line: address, e-mail, telephone

    static CompanyProfile fromSettings();
    void saveToSettings() const;

    friend bool operator==(const CompanyProfile &, const CompanyProfile &) = default;
};
