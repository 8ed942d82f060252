#include "io/spreadsheetsafety.h"

#include <QTest>

// Text that could start a formula gets an apostrophe; everything else is left as written.
class TestSpreadsheetSafety : public QObject
{
    Q_OBJECT

private slots:
    void neutralised_data();
    void neutralised();
};

void TestSpreadsheetSafety::neutralised_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("equals") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
    QTest::newRow("plus") << QStringLiteral("+x") << QStringLiteral("'+x");
    QTest::newRow("minus") << QStringLiteral("-y") << QStringLiteral("'-y");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\tz") << QStringLiteral("'\tz");
    QTest::newRow("carriage return") << QStringLiteral("\rw") << QStringLiteral("'\rw");
    QTest::newRow("bullet line") << QStringLiteral("- 令和5年度に着手")
                                 << QStringLiteral("'- 令和5年度に着手");
    QTest::newRow("plain") << QStringLiteral("令和6年3月まで") << QStringLiteral("令和6年3月まで");
    QTest::newRow("inner equals") << QStringLiteral("a=1") << QStringLiteral("a=1");
    QTest::newRow("pledge number") << QStringLiteral("12-2") << QStringLiteral("12-2");
    QTest::newRow("empty") << QString() << QString();
}

void TestSpreadsheetSafety::neutralised()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(SpreadsheetSafety::neutralised(text), expected);
    QCOMPARE(SpreadsheetSafety::isRisky(text), text != expected);
}

QTEST_GUILESS_MAIN(TestSpreadsheetSafety)
#include "tst_spreadsheetsafety.moc"
