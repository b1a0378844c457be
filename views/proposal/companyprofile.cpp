#include "views/proposal/companyprofile.h"

#include <QSettings>

namespace {
const QString kNameKey = QStringLiteral("proposal/companyName");
const QString kLogoKey = QStringLiteral("proposal/logoPath");
const QString kContactKey = QStringLiteral("proposal/contact");
} // namespace

CompanyProfile CompanyProfile::fromSettings()
{
    const QSettings settings;
    return {settings.value(kNameKey).toString(), settings.value(kLogoKey).toString(),
            settings.value(kContactKey).toString()};
}

void CompanyProfile::saveToSettings() const
{
    QSettings settings;
    settings.setValue(kNameKey, name);
    settings.setValue(kLogoKey, logoPath);
    settings.setValue(kContactKey, contact);
}
