#include "domain/japaneseera.h"

#include <QTest>

// Era names, as-of labels and the target texts cities print in their pledge tables.
class TestJapaneseEra : public QObject
{
    Q_OBJECT

private slots:
    void fiscalYearName_data();
    void fiscalYearName();
    void yearName_data();
    void yearName();
    void asOfLabel_data();
    void asOfLabel();
    void parseYear_data();
    void parseYear();
    void parseTargetDate_data();
    void parseTargetDate();
};

void TestJapaneseEra::fiscalYearName_data()
{
    QTest::addColumn<int>("fiscalYear");
    QTest::addColumn<QString>("expected");
    QTest::newRow("first Reiwa year") << 2019 << QStringLiteral("令和元年度");
    QTest::newRow("Reiwa 5") << 2023 << QStringLiteral("令和5年度");
    QTest::newRow("last Heisei year") << 2018 << QStringLiteral("平成30年度");
    QTest::newRow("Heisei 1") << 1989 << QStringLiteral("平成元年度");
}

void TestJapaneseEra::fiscalYearName()
{
    QFETCH(int, fiscalYear);
    QFETCH(QString, expected);
    QCOMPARE(JapaneseEra::fiscalYearName(fiscalYear), expected);
}

void TestJapaneseEra::yearName_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");
    QTest::newRow("last Heisei day") << QDate(2019, 4, 30) << QStringLiteral("平成31年");
    QTest::newRow("first Reiwa day") << QDate(2019, 5, 1) << QStringLiteral("令和元年");
    QTest::newRow("Reiwa 5") << QDate(2023, 9, 30) << QStringLiteral("令和5年");
    QTest::newRow("Showa 64") << QDate(1989, 1, 7) << QStringLiteral("昭和64年");
}

void TestJapaneseEra::yearName()
{
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    QCOMPARE(JapaneseEra::yearName(date), expected);
}

void TestJapaneseEra::asOfLabel_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");
    QTest::newRow("end of month") << QDate(2023, 9, 30) << QStringLiteral("令和5年9月末現在");
    QTest::newRow("mid month") << QDate(2024, 9, 11) << QStringLiteral("令和6年9月11日現在");
    QTest::newRow("leap February end") << QDate(2024, 2, 29) << QStringLiteral("令和6年2月末現在");
    QTest::newRow("February 28 in leap year")
        << QDate(2024, 2, 28) << QStringLiteral("令和6年2月28日現在");
    QTest::newRow("invalid") << QDate() << QString();
}

void TestJapaneseEra::asOfLabel()
{
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    QCOMPARE(JapaneseEra::asOfLabel(date), expected);
}

void TestJapaneseEra::parseYear_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::newRow("R6") << QStringLiteral("R6") << true << 2024 << 0;
    QTest::newRow("令和元年度") << QStringLiteral("令和元年度") << true << 2019 << 0;
    QTest::newRow("H30") << QStringLiteral("H30") << true << 2018 << 0;
    QTest::newRow("R6.10") << QStringLiteral("R6.10") << true << 2024 << 10;
    QTest::newRow("令和6年3月") << QStringLiteral("令和6年3月") << true << 2024 << 3;
    QTest::newRow("full-width") << QStringLiteral("令和６年３月") << true << 2024 << 3;
    QTest::newRow("未定") << QStringLiteral("未定") << false << 0 << 0;
    QTest::newRow("empty") << QString() << false << 0 << 0;
}

void TestJapaneseEra::parseYear()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(int, year);
    QFETCH(int, month);
    int parsedYear = 0;
    int parsedMonth = -1;
    QCOMPARE(JapaneseEra::parseYear(text, &parsedYear, &parsedMonth), ok);
    if (!ok)
        return;
    QCOMPARE(parsedYear, year);
    QCOMPARE(parsedMonth, month);
    int yearOnly = 0;
    QVERIFY(JapaneseEra::parseYear(text, &yearOnly)); // the month is optional
    QCOMPARE(yearOnly, year);
}

void TestJapaneseEra::parseTargetDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("startMonth");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("R6.10") << QStringLiteral("R6.10") << 4 << QDate(2024, 10, 31);
    QTest::newRow("month with まで") << QStringLiteral("令和6年3月まで") << 4 << QDate(2024, 3, 31);
    QTest::newRow("day") << QStringLiteral("令和7年3月15日") << 4 << QDate(2025, 3, 15);
    QTest::newRow("day, dotted") << QStringLiteral("R5.12.1") << 4 << QDate(2023, 12, 1);
    QTest::newRow("no such day") << QStringLiteral("R5.2.30") << 4 << QDate(2023, 2, 28);
    QTest::newRow("fiscal year") << QStringLiteral("令和7年度") << 4 << QDate(2026, 3, 31);
    QTest::newRow("fiscal year, January start")
        << QStringLiteral("令和7年度") << 1 << QDate(2025, 12, 31);
    QTest::newRow("fiscal year in a sentence")
        << QStringLiteral("令和9年度を目安とするがその後も必要に応じて充実を図る") << 4
        << QDate(2028, 3, 31);
    QTest::newRow("calendar year") << QStringLiteral("令和8年") << 4 << QDate(2026, 12, 31);
    QTest::newRow("full-width") << QStringLiteral("令和６年３月") << 4 << QDate(2024, 3, 31);
    QTest::newRow("leap February") << QStringLiteral("R6.2") << 4 << QDate(2024, 2, 29);
    QTest::newRow("未定") << QStringLiteral("未定") << 4 << QDate();
    QTest::newRow("no date") << QStringLiteral("年度ごとに達成度を確認") << 4 << QDate();
}

void TestJapaneseEra::parseTargetDate()
{
    QFETCH(QString, text);
    QFETCH(int, startMonth);
    QFETCH(QDate, expected);
    const QDate date = JapaneseEra::parseTargetDate(text, startMonth);
    QCOMPARE(date.isValid(), expected.isValid());
    QCOMPARE(date, expected);
}

QTEST_GUILESS_MAIN(TestJapaneseEra)
#include "tst_japaneseera.moc"
