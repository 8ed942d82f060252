#include "domain/period.h"

#include <QTest>

// Period labels and the calendar dates each kind of period covers.
class TestPeriod : public QObject
{
    Q_OBJECT

private slots:
    void labels_data();
    void labels();
    void dates_data();
    void dates();
    void customLabelOverrides();
    void fiscalYearOf_data();
    void fiscalYearOf();
};

void TestPeriod::labels_data()
{
    QTest::addColumn<Period>("period");
    QTest::addColumn<QString>("japanese");
    QTest::addColumn<QString>("western");
    QTest::newRow("year, first Reiwa")
        << Period::year(2019) << QStringLiteral("令和元年度") << QStringLiteral("FY2019");
    QTest::newRow("first half") << Period::half(2024, 1) << QStringLiteral("令和6年度 上半期")
                                << QStringLiteral("FY2024 H1");
    QTest::newRow("second half") << Period::half(2024, 2) << QStringLiteral("令和6年度 下半期")
                                 << QStringLiteral("FY2024 H2");
    QTest::newRow("Q3") << Period::quarter(2023, 3) << QStringLiteral("令和5年度 10–12月")
                        << QStringLiteral("FY2023 Q3");
    QTest::newRow("Q4") << Period::quarter(2023, 4) << QStringLiteral("令和5年度 1–3月")
                        << QStringLiteral("FY2023 Q4");
    QTest::newRow("months") << Period::months(2023, 10, 12) << QStringLiteral("令和5年度 10–12月")
                            << QStringLiteral("FY2023 Oct–Dec");
    QTest::newRow("reporting date")
        << Period::reportingDate(QDate(2023, 9, 30)) << QStringLiteral("令和5年9月末現在")
        << QStringLiteral("As of 2023-09-30");
}

void TestPeriod::labels()
{
    QFETCH(Period, period);
    QFETCH(QString, japanese);
    QFETCH(QString, western);
    QCOMPARE(period.japaneseLabel(), japanese);
    QCOMPARE(period.westernLabel(), western);
    QCOMPARE(period.label(true), japanese);
    QCOMPARE(period.label(false), western);
}

void TestPeriod::dates_data()
{
    QTest::addColumn<Period>("period");
    QTest::addColumn<int>("startMonth");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::newRow("year") << Period::year(2023) << 4 << QDate(2023, 4, 1) << QDate(2024, 3, 31);
    QTest::newRow("H1") << Period::half(2024, 1) << 4 << QDate(2024, 4, 1) << QDate(2024, 9, 30);
    QTest::newRow("H2") << Period::half(2024, 2) << 4 << QDate(2024, 10, 1) << QDate(2025, 3, 31);
    QTest::newRow("Q1") << Period::quarter(2023, 1) << 4 << QDate(2023, 4, 1) << QDate(2023, 6, 30);
    QTest::newRow("Q3") << Period::quarter(2023, 3) << 4 << QDate(2023, 10, 1)
                        << QDate(2023, 12, 31);
    QTest::newRow("Q4") << Period::quarter(2023, 4) << 4 << QDate(2024, 1, 1) << QDate(2024, 3, 31);
    QTest::newRow("months Oct–Dec")
        << Period::months(2023, 10, 12) << 4 << QDate(2023, 10, 1) << QDate(2023, 12, 31);
    QTest::newRow("months Jan–Mar")
        << Period::months(2023, 1, 3) << 4 << QDate(2024, 1, 1) << QDate(2024, 3, 31);
    QTest::newRow("reporting date") << Period::reportingDate(QDate(2023, 9, 30)) << 4
                                    << QDate(2023, 9, 30) << QDate(2023, 9, 30);
    QTest::newRow("January start, year")
        << Period::year(2024) << 1 << QDate(2024, 1, 1) << QDate(2024, 12, 31);
    QTest::newRow("January start, H2")
        << Period::half(2024, 2) << 1 << QDate(2024, 7, 1) << QDate(2024, 12, 31);
    QTest::newRow("January start, Q4")
        << Period::quarter(2024, 4) << 1 << QDate(2024, 10, 1) << QDate(2024, 12, 31);
    QTest::newRow("October start, Q2")
        << Period::quarter(2024, 2) << 10 << QDate(2025, 1, 1) << QDate(2025, 3, 31);
}

void TestPeriod::dates()
{
    QFETCH(Period, period);
    QFETCH(int, startMonth);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QCOMPARE(period.startDate(startMonth), start);
    QCOMPARE(period.endDate(startMonth), end);
}

void TestPeriod::customLabelOverrides()
{
    Period p = Period::half(2024, 1);
    p.customLabel = QStringLiteral("前期");
    QCOMPARE(p.label(true), QStringLiteral("前期"));
    QCOMPARE(p.label(false), QStringLiteral("前期"));
    QCOMPARE(p.japaneseLabel(), QStringLiteral("令和6年度 上半期")); // generated labels remain
    QVERIFY(!(p == Period::half(2024, 1)));

    const Period r = Period::reportingDate(QDate(2023, 9, 30));
    QCOMPARE(r.fiscalYear, 2023);
    QCOMPARE(r.fiscalYearLabel(true), QStringLiteral("令和5年度"));
    QCOMPARE(r.fiscalYearLabel(false), QStringLiteral("FY2023"));
    QCOMPARE(Period::reportingDate(QDate(2024, 3, 31)).fiscalYear, 2023);
}

void TestPeriod::fiscalYearOf_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("startMonth");
    QTest::addColumn<int>("expected");
    QTest::newRow("last day of FY2023") << QDate(2024, 3, 31) << 4 << 2023;
    QTest::newRow("first day of FY2024") << QDate(2024, 4, 1) << 4 << 2024;
    QTest::newRow("December, April start") << QDate(2023, 12, 31) << 4 << 2023;
    QTest::newRow("January start") << QDate(2024, 1, 1) << 1 << 2024;
    QTest::newRow("October start, September") << QDate(2024, 9, 30) << 10 << 2023;
}

void TestPeriod::fiscalYearOf()
{
    QFETCH(QDate, date);
    QFETCH(int, startMonth);
    QFETCH(int, expected);
    QCOMPARE(::fiscalYearOf(date, startMonth), expected);
}

QTEST_GUILESS_MAIN(TestPeriod)
#include "tst_period.moc"
