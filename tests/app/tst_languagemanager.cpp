#include "app/languagemanager.h"
#include "support/testenvironment.h"

#include <QLocale>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

class tst_LanguageManager : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { HeadroomTest::useHermeticEnvironment(); }
    void shipsFourLanguages();
    void appliesEachTranslation_data();
    void appliesEachTranslation();
    void englishNeedsNoTranslator();
    void savedChoicePersists();
    void translatorsGoAwayWithTheManager();
};

void tst_LanguageManager::shipsFourLanguages()
{
    QCOMPARE(LanguageManager::availableLanguages(),
             (QStringList {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("zh_CN"),
                           QStringLiteral("ja")}));
    QCOMPARE(LanguageManager::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
    QCOMPARE(LanguageManager::nativeName(QStringLiteral("ja")), QStringLiteral("日本語"));
    QCOMPARE(LanguageManager::nativeName(QStringLiteral("en")), QStringLiteral("English"));
    QCOMPARE(LanguageManager::nativeName(QStringLiteral("zh_CN")), QStringLiteral("简体中文"));
}

void tst_LanguageManager::appliesEachTranslation_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("file"); // MainWindow's "&File" in that language
    QTest::addColumn<QString>("cancel"); // qtbase's "Cancel": proves Qt's own catalogue loads
    QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("&Datei")
                            << QStringLiteral("Abbrechen");
    QTest::newRow("Chinese") << QStringLiteral("zh_CN") << QStringLiteral("文件(&F)")
                             << QStringLiteral("取消");
    QTest::newRow("Japanese") << QStringLiteral("ja") << QStringLiteral("ファイル(&F)")
                              << QStringLiteral("キャンセル");
}

void tst_LanguageManager::appliesEachTranslation()
{
    QFETCH(QString, language);
    QFETCH(QString, file);
    QFETCH(QString, cancel);
    LanguageManager manager;
    QSignalSpy spy(&manager, &LanguageManager::languageChanged);
    manager.apply(language);
    QCOMPARE(spy.count(), 1);
    QVERIFY(manager.hasHeadroomTranslation());
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), file);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), cancel);
    QCOMPARE(QLocale().name().left(2), language.left(2)); // numbers follow the language
}

void tst_LanguageManager::englishNeedsNoTranslator()
{
    LanguageManager manager;
    manager.apply(QStringLiteral("de"));
    manager.apply(QStringLiteral("en"));
    QVERIFY(!manager.hasHeadroomTranslation());
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&File"));
    // English still gets singular and plural forms for counts.
    QCOMPARE(QCoreApplication::translate("LayoutEditor", "Remove %n rack(s)", nullptr, 1),
             QStringLiteral("Remove 1 rack"));
    QCOMPARE(QCoreApplication::translate("LayoutEditor", "Remove %n rack(s)", nullptr, 3),
             QStringLiteral("Remove 3 racks"));
    QCOMPARE(manager.appliedLanguage(), QStringLiteral("en"));
}

void tst_LanguageManager::savedChoicePersists()
{
    {
        LanguageManager manager;
        manager.setSavedLanguage(QStringLiteral("ja"));
        QCOMPARE(manager.appliedLanguage(), QStringLiteral("ja"));
    }
    LanguageManager next; // the next start reads the choice back
    QCOMPARE(next.savedLanguage(), QStringLiteral("ja"));
    next.setSavedLanguage(QString()); // back to the system language
    QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
    QCOMPARE(next.savedLanguage(), QString());
}

void tst_LanguageManager::translatorsGoAwayWithTheManager()
{
    {
        LanguageManager manager;
        manager.apply(QStringLiteral("de"));
        QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&Datei"));
    }
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&File"));
}

QTEST_GUILESS_MAIN(tst_LanguageManager)
#include "tst_languagemanager.moc"
