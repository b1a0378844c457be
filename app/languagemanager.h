#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

// Installs Headroom's and Qt's own (qtbase) translations for one language at a time.
// The language is the system's unless View ▸ Language chose another (kept in QSettings);
// --language overrides both for one run. Switching installs new translators, which makes
// Qt send QEvent::LanguageChange to every widget so they retranslate in place.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    // Languages Headroom ships, as locale names: "en", "de", "zh_CN", "ja".
    static QStringList availableLanguages();
    // A language's name in that language ("Deutsch", "日本語"): what its speakers look for.
    static QString nativeName(const QString &language);

    // The saved choice, empty for "follow the system".
    QString savedLanguage() const;
    // Saves the choice and applies it now. Empty means follow the system.
    void setSavedLanguage(const QString &language);

    // Applies a language for this run without saving it (empty: the system's).
    void apply(const QString &language);
    // The language applied last: empty when following the system.
    QString appliedLanguage() const { return m_applied; }
    // True when a translation into another language is installed (false for English,
    // whose plural-forms-only catalogue is always installed).
    bool hasHeadroomTranslation() const;

signals:
    void languageChanged();

private:
    void removeTranslators();

    std::unique_ptr<QTranslator> m_headroom;
    std::unique_ptr<QTranslator> m_qtBase;
    bool m_headroomInstalled = false;
    bool m_qtBaseInstalled = false;
    bool m_english = false;
    QString m_applied;
};
