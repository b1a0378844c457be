#include "model/catalog/catalogdatabase.h"
#include "model/catalog/catalogseed.h"
#include "model/catalog/catalogvalidator.h"

#include <QTest>

class tst_CatalogValidator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void references_data();
    void references();
    void anAcceleratorServersListStaysAnAccelerator();
    void aServerRewrittenAlongsideReleasesIt();

private:
    static bool hasError(const QList<CatalogFieldError> &errors, const QString &key,
                         const QString &message);
    CatalogDatabase m_db;
};

void tst_CatalogValidator::initTestCase()
{
    QVERIFY(m_db.open(QStringLiteral(":memory:")).ok());
    QVERIFY(m_db.replaceAll(CatalogSeed::items(), {}).ok());
}

bool tst_CatalogValidator::hasError(const QList<CatalogFieldError> &errors, const QString &key,
                                    const QString &message)
{
    return std::any_of(errors.begin(), errors.end(), [&](const CatalogFieldError &e) {
        return e.key == key && e.message.contains(message);
    });
}

void tst_CatalogValidator::references_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<bool>("pendingAccelerator"); // an import also brings "acme-a1"
    QTest::addColumn<QString>("message"); // empty: valid
    QTest::newRow("seeded accelerators") << QStringList {QStringLiteral("nvidia-h100-sxm5-80gb"),
                                                         QStringLiteral("amd-instinct-mi300x")}
                                         << false << "";
    QTest::newRow("unknown id") << QStringList {QStringLiteral("nvidia-h900")} << false
                                << "there is no accelerator 'nvidia-h900' in the catalog";
    QTest::newRow("a rack is no accelerator")
        << QStringList {QStringLiteral("vertiv-vr3300")} << false
        << "'vertiv-vr3300' is of kind 'Rack', not an accelerator";
    QTest::newRow("an accelerator imported alongside")
        << QStringList {QStringLiteral("acme-a1")} << true << "";
    QTest::newRow("the same accelerator without the import")
        << QStringList {QStringLiteral("acme-a1")} << false << "no accelerator 'acme-a1'";
}

void tst_CatalogValidator::references()
{
    QFETCH(QStringList, options);
    QFETCH(bool, pendingAccelerator);
    QFETCH(QString, message);
    CatalogItem server = *m_db.item(QStringLiteral("dell-poweredge-xe9680"));
    server.acceleratorOptions = options;
    CatalogValidator validator(m_db);
    if (pendingAccelerator) {
        CatalogItem accelerator = *m_db.item(QStringLiteral("nvidia-l4"));
        accelerator.id = QStringLiteral("acme-a1");
        validator.addPending(accelerator);
    }
    const QList<CatalogFieldError> errors = validator.validate(server);
    if (message.isEmpty())
        QVERIFY(errors.isEmpty());
    else
        QVERIFY(hasError(errors, QStringLiteral("accelerator_options"), message));
}

void tst_CatalogValidator::anAcceleratorServersListStaysAnAccelerator()
{
    CatalogItem h100 = *m_db.item(QStringLiteral("nvidia-h100-sxm5-80gb"));
    CatalogValidator validator(m_db);
    QVERIFY(validator.validate(h100).isEmpty());
    h100.kind = ItemKind::Nic;
    h100.accelerator = Accelerator();
    h100.memoryType.clear();
    const QList<CatalogFieldError> errors = validator.validate(h100);
    QVERIFY(hasError(errors, QStringLiteral("kind"), QStringLiteral("dell-poweredge-xe9680")));
    QVERIFY(hasError(errors, QStringLiteral("kind"), QStringLiteral("must stay an accelerator")));
}

void tst_CatalogValidator::aServerRewrittenAlongsideReleasesIt()
{
    // The L40 is listed by the R760xa and the DL380a only.
    QCOMPARE(m_db.serversOffering(QStringLiteral("nvidia-l40")),
             (QStringList {QStringLiteral("dell-poweredge-r760xa"),
                           QStringLiteral("hpe-proliant-dl380a-gen11")}));
    CatalogValidator validator(m_db);
    for (const char *id : {"dell-poweredge-r760xa", "hpe-proliant-dl380a-gen11"}) {
        CatalogItem server = *m_db.item(QLatin1String(id));
        server.acceleratorOptions.removeAll(QStringLiteral("nvidia-l40"));
        validator.addPending(server);
    }
    CatalogItem l40 = *m_db.item(QStringLiteral("nvidia-l40"));
    l40.kind = ItemKind::Nic;
    l40.accelerator = Accelerator();
    l40.memoryType.clear();
    QVERIFY(validator.validate(l40).isEmpty());
}

QTEST_GUILESS_MAIN(tst_CatalogValidator)
#include "tst_catalogvalidator.moc"
