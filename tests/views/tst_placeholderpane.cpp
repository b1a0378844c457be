#include "views/widgets/placeholderpane.h"

#include <QLabel>
#include <QTest>

class tst_PlaceholderPane : public QObject
{
    Q_OBJECT

private slots:
    void showsHeadingAndText();
};

void tst_PlaceholderPane::showsHeadingAndText()
{
    PlaceholderPane pane;
    pane.setHeading(QStringLiteral("Quote"));
    pane.setText(QStringLiteral("The bill of materials will appear here."));
    QCOMPARE(pane.heading(), QStringLiteral("Quote"));
    QCOMPARE(pane.text(), QStringLiteral("The bill of materials will appear here."));
    const auto labels = pane.findChildren<QLabel *>();
    QCOMPARE(labels.size(), 2);
    for (const QLabel *label : labels)
        QVERIFY(label->wordWrap());
}

QTEST_MAIN(tst_PlaceholderPane)
#include "tst_placeholderpane.moc"
