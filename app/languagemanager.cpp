#include "app/languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
}

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
    , m_headroom(std::make_unique<QTranslator>())
    , m_qtBase(std::make_unique<QTranslator>())
{ }

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

QStringList LanguageManager::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("zh_CN"),
            QStringLiteral("ja")};
}

QString LanguageManager::nativeName(const QString &language)
{
    // Spelled out rather than taken from QLocale, which calls "en" "American English".
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    if (language == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (language == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    if (language == QLatin1String("ja"))
        return QStringLiteral("日本語");
    return QLocale(language).nativeLanguageName();
}

QString LanguageManager::savedLanguage() const
{
    return QSettings().value(kLanguageKey).toString();
}

void LanguageManager::setSavedLanguage(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(kLanguageKey);
    else
        settings.setValue(kLanguageKey, language);
    apply(language);
}

bool LanguageManager::hasHeadroomTranslation() const
{
    return m_headroomInstalled && !m_english;
}

void LanguageManager::removeTranslators()
{
    if (m_headroomInstalled)
        QCoreApplication::removeTranslator(m_headroom.get());
    if (m_qtBaseInstalled)
        QCoreApplication::removeTranslator(m_qtBase.get());
    m_headroomInstalled = m_qtBaseInstalled = false;
}

void LanguageManager::apply(const QString &language)
{
    removeTranslators();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // Numbers, dates and money follow the chosen language too.
    QLocale::setDefault(locale);

    // A shipped translation for the locale, otherwise English: the source language, whose
    // headroom_en.qm holds only the singular and plural forms of counted messages.
    if (m_headroom->load(locale, QStringLiteral("headroom"), QStringLiteral("_"),
                         QStringLiteral(":/i18n"))
        || m_headroom->load(QStringLiteral(":/i18n/headroom_en.qm")))
        m_headroomInstalled = QCoreApplication::installTranslator(m_headroom.get());
    m_english = m_headroom->language().startsWith(QLatin1String("en"));
    if (!m_english
        && m_qtBase->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        m_qtBaseInstalled = QCoreApplication::installTranslator(m_qtBase.get());
    m_applied = language;
    emit languageChanged();
}
