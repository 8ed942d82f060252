#include "io/periodlabels.h"

#include <QTest>

// Reading period labels back: the forms Period writes, the variants cities type, and finding
// a label among a plan's periods.
class TestPeriodLabels : public QObject
{
    Q_OBJECT

private slots:
    void parsesVariants_data();
    void parsesVariants();
    void rejects_data();
    void rejects();
    void roundTrips_data();
    void roundTrips();
    void findsAmongPlanPeriods();
};

void TestPeriodLabels::parsesVariants_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<Period>("expected");
    const auto row = [](const char *name, const char *label, const Period &p) {
        QTest::newRow(name) << QString::fromUtf8(label) << p;
    };
    row("first half", "令和6年度 上半期", Period::half(2024, 1));
    row("second half", "令和6年度 下半期", Period::half(2024, 2));
    row("no space", "令和6年度下期", Period::half(2024, 2));
    row("en dash months", "令和5年度 10–12月", Period::quarter(2023, 3));
    row("wave dash", "令和5年度 10〜12月", Period::quarter(2023, 3));
    row("tilde", "令和5年度 10~12月", Period::quarter(2023, 3));
    row("hyphen", "令和5年度 10-12月", Period::quarter(2023, 3));
    row("unicode hyphen", "令和5年度 10‐12月", Period::quarter(2023, 3));
    row("full-width minus and digits", "令和５年度　１０－１２月", Period::quarter(2023, 3));
    row("month on both ends", "令和5年度 10月〜12月", Period::quarter(2023, 3));
    row("unaligned months", "令和5年度 4–9月", Period::months(2023, 4, 9));
    row("Jan–Mar", "令和5年度 1–3月", Period::quarter(2023, 4));
    row("third quarter", "令和5年度 第3四半期", Period::quarter(2023, 3));
    row("kanji quarter", "令和5年度 第三四半期", Period::quarter(2023, 3));
    row("full-width quarter", "令和5年度 第３四半期", Period::quarter(2023, 3));
    row("year", "令和6年度", Period::year(2024));
    row("first Reiwa year", "令和元年度", Period::year(2019));
    row("Heisei", "平成30年度", Period::year(2018));
    row("Western year", "2024年度 上半期", Period::half(2024, 1));
    row("end of month", "令和5年9月末現在", Period::reportingDate(QDate(2023, 9, 30)));
    row("day", "令和5年9月11日現在", Period::reportingDate(QDate(2023, 9, 11)));
    row("時点", "令和6年3月末時点", Period::reportingDate(QDate(2024, 3, 31)));
    row("letter era", "R6 上半期", Period::half(2024, 1));
    row("letter era, full width", "Ｒ６　下半期", Period::half(2024, 2));
    row("letter era year", "R5", Period::year(2023));
    row("FY half", "FY2024 H1", Period::half(2024, 1));
    row("FY quarter", "FY2023 Q3", Period::quarter(2023, 3));
    row("FY lower case", "fy2023 q3", Period::quarter(2023, 3));
    row("FY months", "FY2023 Oct–Dec", Period::quarter(2023, 3));
    row("FY unaligned months", "FY2023 Apr–Sep", Period::months(2023, 4, 9));
    row("FY year", "FY2024", Period::year(2024));
    row("as of", "As of 2023-09-30", Period::reportingDate(QDate(2023, 9, 30)));
    row("ISO date", "2023/09/30現在", Period::reportingDate(QDate(2023, 9, 30)));
}

void TestPeriodLabels::parsesVariants()
{
    QFETCH(QString, label);
    QFETCH(Period, expected);
    const std::optional<Period> parsed = PeriodLabels::parse(label);
    QVERIFY2(parsed, qPrintable(label));
    QCOMPARE(*parsed, expected);
}

void TestPeriodLabels::rejects_data()
{
    QTest::addColumn<QString>("label");
    QTest::newRow("empty") << QString();
    QTest::newRow("word") << QStringLiteral("計画");
    QTest::newRow("month only") << QStringLiteral("令和5年9月");
    QTest::newRow("bad part") << QStringLiteral("令和5年度 中間");
    QTest::newRow("fifth quarter") << QStringLiteral("令和5年度 第5四半期");
    QTest::newRow("month 13") << QStringLiteral("令和5年度 10–13月");
    QTest::newRow("bad date") << QStringLiteral("As of 2023-02-30");
    QTest::newRow("target date") << QStringLiteral("R6.10");
}

void TestPeriodLabels::rejects()
{
    QFETCH(QString, label);
    QVERIFY(!PeriodLabels::parse(label));
}

void TestPeriodLabels::roundTrips_data()
{
    QTest::addColumn<Period>("period");
    QTest::addColumn<int>("startMonth");
    for (int startMonth : {4, 1}) {
        for (int year = 2017; year <= 2027; ++year) {
            QList<Period> periods = {Period::year(year), Period::half(year, 1),
                                     Period::half(year, 2)};
            for (int q = 1; q <= 4; ++q)
                periods << Period::quarter(year, q);
            periods << Period::months(year, 4, 9) << Period::months(year, 10, 3)
                    << Period::months(year, 6, 7);
            for (int month = 1; month <= 12; ++month) {
                const QDate first(year, month, 1);
                periods << Period::reportingDate(first.addMonths(1).addDays(-1), startMonth)
                        << Period::reportingDate(first.addDays(10), startMonth);
            }
            for (const Period &p : periods) {
                const QString name = QStringLiteral("%1 from month %2")
                                         .arg(p.westernLabel(startMonth))
                                         .arg(startMonth);
                QTest::newRow(qPrintable(name)) << p << startMonth;
            }
        }
    }
}

void TestPeriodLabels::roundTrips()
{
    QFETCH(Period, period);
    QFETCH(int, startMonth);
    for (const QString &label :
         {period.japaneseLabel(startMonth), period.westernLabel(startMonth)}) {
        const std::optional<Period> parsed = PeriodLabels::parse(label, startMonth);
        QVERIFY2(parsed, qPrintable(label));
        QVERIFY2(PeriodLabels::samePeriod(*parsed, period, startMonth), qPrintable(label));
        QCOMPARE(parsed->japaneseLabel(startMonth), period.japaneseLabel(startMonth));
        QCOMPARE(parsed->fiscalYear, period.fiscalYear);
    }
}

void TestPeriodLabels::findsAmongPlanPeriods()
{
    Period h1 = Period::half(2024, 1);
    Period q3 = Period::quarter(2023, 3);
    Period asOf = Period::reportingDate(QDate(2023, 9, 30));
    Period custom = Period::year(2025);
    custom.customLabel = QStringLiteral("最終年度");
    const QList<Period> periods = {h1, q3, asOf, custom};

    QCOMPARE(PeriodLabels::indexIn(periods, QStringLiteral("令和6年度 上半期")), 0);
    QCOMPARE(PeriodLabels::indexIn(periods, QStringLiteral("FY2024 H1")), 0);
    QCOMPARE(PeriodLabels::indexIn(periods, QStringLiteral("R6上期")), 0);
    QCOMPARE(PeriodLabels::indexIn(periods, QStringLiteral("令和5年度 第3四半期")), 1);
    QCOMPARE(PeriodLabels::indexIn(periods, QStringLiteral("FY2023 Oct–Dec")), 1);
    QCOMPARE(PeriodLabels::indexIn(periods, QStringLiteral("As of 2023-09-30")), 2);
    QCOMPARE(PeriodLabels::indexIn(periods, QStringLiteral(" 最終年度 ")), 3);
    QCOMPARE(PeriodLabels::indexIn(periods, QStringLiteral("令和7年度")), 3);
    QCOMPARE(PeriodLabels::indexIn(periods, QStringLiteral("令和6年度 下半期")), -1);
    QCOMPARE(PeriodLabels::indexIn(periods, QStringLiteral("FY2023 Q2")), -1);
    QCOMPARE(PeriodLabels::indexIn(periods, QStringLiteral("未定")), -1);
    // A reporting date is never the range that ends on it.
    QCOMPARE(PeriodLabels::indexIn({Period::half(2023, 1)}, QStringLiteral("令和5年9月末現在")),
             -1);
}

QTEST_GUILESS_MAIN(TestPeriodLabels)
#include "tst_periodlabels.moc"
