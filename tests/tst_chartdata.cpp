#include "models/rowfilter.h"
#include "stats/chartdata.h"
#include "testsupport.h"

// The chart pane's numbers, checked against what the cities printed and against counts made
// here independently of ChartData.
class TestChartData : public QObject
{
    Q_OBJECT

private slots:
    void irumaPeriod();
    void tokorozawaMatchesSeed_data();
    void tokorozawaMatchesSeed();
    void emptyPeriodIsFlagged();
    void distributionPercentages();
    void breakdownByChapter();
    void breakdownByTagInFirstAppearanceOrder();
    void breakdownByDepartment();
    void rowsWithoutGroupComeLast_data();
    void rowsWithoutGroupComeLast();
    void predicateChangesNumbers();

private:
    static QHash<QString, qint64> tokorozawaPeriodsByKey(const Plan &plan);
    static QList<int> countLevels(const Plan &plan, qint64 periodId,
                                  const std::function<bool(const PledgeRow &)> &take);
};

// The seed's period keys ("R5 10-12", "R6 H1") for the plan's periods, from their months.
QHash<QString, qint64> TestChartData::tokorozawaPeriodsByKey(const Plan &plan)
{
    QHash<QString, qint64> ids;
    for (const Period &p : plan.periods) {
        QString part = QStringLiteral("%1-%2").arg(p.startDate().month()).arg(p.endDate().month());
        if (p.kind == Period::Kind::Half)
            part = QStringLiteral("H%1").arg(p.part);
        ids.insert(QStringLiteral("R%1 %2").arg(p.fiscalYear - 2018).arg(part), p.id);
    }
    return ids;
}

// Counts per level in scale order, then rows without a status, by walking the cells.
QList<int> TestChartData::countLevels(const Plan &plan, qint64 periodId,
                                      const std::function<bool(const PledgeRow &)> &take)
{
    QList<int> counts(plan.periodScale.levels.size() + 1, 0);
    for (const PledgeRow &row : plan.rows) {
        if (!take(row))
            continue;
        const qint64 levelId = plan.cell(row.id, periodId).levelId;
        int i = 0;
        while (i < plan.periodScale.levels.size() && plan.periodScale.levels.at(i).id != levelId)
            ++i;
        ++counts[i];
    }
    return counts;
}

void TestChartData::irumaPeriod()
{
    const Plan plan = TestSupport::samplePlan(QStringLiteral("iruma"));
    const ChartData data(plan);
    const auto periods = data.perPeriod();
    QCOMPARE(periods.size(), 1);
    QCOMPARE(periods.first().periodId, plan.periods.first().id);
    QCOMPARE(periods.first().counts.perLevel, (QList<int>{37, 19, 4, 0}));
    QCOMPARE(periods.first().counts.none, 0);

    const auto shares = data.achievedShare();
    QCOMPARE(shares.size(), 1);
    QCOMPARE(shares.first().achieved, 37);
    QCOMPARE(shares.first().rows, 60);
    QCOMPARE(shares.first().withStatus, 60);
    QVERIFY(!shares.first().isEmpty());
    QCOMPARE(shares.first().percent(), 100.0 * 37 / 60);
}

void TestChartData::tokorozawaMatchesSeed_data()
{
    QTest::addColumn<QString>("key");
    const QJsonObject byPeriod = TestSupport::seedJson(QStringLiteral("tokorozawa"))
                                     .value(QStringLiteral("summary"))
                                     .toObject()
                                     .value(QStringLiteral("indicator_counts_by_period"))
                                     .toObject();
    QCOMPARE(byPeriod.size(), 4);
    for (const QString &key : byPeriod.keys())
        QTest::newRow(qPrintable(key)) << key;
}

void TestChartData::tokorozawaMatchesSeed()
{
    QFETCH(QString, key);
    const Plan plan = TestSupport::samplePlan(QStringLiteral("tokorozawa"));
    const QJsonObject seed = TestSupport::seedJson(QStringLiteral("tokorozawa"))
                                 .value(QStringLiteral("summary"))
                                 .toObject()
                                 .value(QStringLiteral("indicator_counts_by_period"))
                                 .toObject()
                                 .value(key)
                                 .toObject();
    const qint64 periodId = tokorozawaPeriodsByKey(plan).value(key);
    QVERIFY2(periodId, qPrintable(key));

    const auto periods = ChartData(plan).perPeriod();
    QCOMPARE(periods.size(), plan.periods.size());
    const auto it =
        std::find_if(periods.cbegin(), periods.cend(),
                     [&](const ChartData::PeriodCounts &p) { return p.periodId == periodId; });
    QVERIFY(it != periods.cend());
    QCOMPARE(it->counts.perLevel.size(), plan.periodScale.levels.size());
    for (int i = 0; i < plan.periodScale.levels.size(); ++i) {
        const QString symbol = plan.periodScale.levels.at(i).symbol;
        QCOMPARE(it->counts.perLevel.at(i), seed.value(symbol).toInt(0));
    }
    QCOMPARE(it->counts.none, seed.value(QStringLiteral("null")).toInt(0));
    QCOMPARE(it->counts.total(), 81);
}

void TestChartData::emptyPeriodIsFlagged()
{
    const Plan plan = TestSupport::samplePlan(QStringLiteral("tokorozawa"));
    const QHash<QString, qint64> ids = tokorozawaPeriodsByKey(plan);
    const ChartData data(plan);
    for (const ChartData::AchievedShare &share : data.achievedShare()) {
        const bool h2 = share.periodId == ids.value(QStringLiteral("R6 H2"));
        QCOMPARE(share.isEmpty(), h2);
        QCOMPARE(share.rows, 81);
    }
    QVERIFY(data.distribution(ids.value(QStringLiteral("R6 H2"))).isEmpty());
    QVERIFY(!data.distribution(ids.value(QStringLiteral("R6 H1"))).isEmpty());
    QCOMPARE(data.latestReportedPeriod(), ids.value(QStringLiteral("R6 H1")));

    // A filter that keeps no row leaves every period empty, and no period to start on.
    const ChartData none(plan, [](const PledgeRow &) { return false; });
    for (const ChartData::AchievedShare &share : none.achievedShare())
        QVERIFY(share.isEmpty());
    QCOMPARE(none.latestReportedPeriod(), 0);
}

void TestChartData::distributionPercentages()
{
    const Plan plan = TestSupport::samplePlan(QStringLiteral("tokorozawa"));
    const qint64 h1 = tokorozawaPeriodsByKey(plan).value(QStringLiteral("R6 H1"));
    const ChartData::Distribution d = ChartData(plan).distribution(h1);
    QCOMPARE(d.periodId, h1);
    QCOMPARE(d.rows, 81);
    QCOMPARE(d.none, 3);
    QCOMPARE(d.withStatus, 78);
    QCOMPARE(d.levels.size(), 4);
    // ☆ 2, ○ 69, △ 6, × 1
    QCOMPARE(d.levels.at(1).count, 69);
    QCOMPARE(d.levels.at(1).percentOfStatused, 100.0 * 69 / 78);
    QCOMPARE(d.levels.at(1).percentOfRows, 100.0 * 69 / 81);
    double statused = 0;
    for (const ChartData::LevelShare &l : d.levels)
        statused += l.percentOfStatused;
    QVERIFY(qAbs(statused - 100.0) < 1e-9);
}

void TestChartData::breakdownByChapter()
{
    const Plan plan = TestSupport::samplePlan(QStringLiteral("iruma"));
    const qint64 period = plan.periods.first().id;
    const auto groups = ChartData(plan).breakdown(period, ChartData::By::Chapter);
    QCOMPARE(groups.size(), plan.chapters.size());
    QList<int> sum(plan.periodScale.levels.size(), 0);
    for (int i = 0; i < groups.size(); ++i) {
        QCOMPARE(groups.at(i).key, QString::number(plan.chapters.at(i).id));
        QCOMPARE(groups.at(i).label, plan.chapters.at(i).title);
        QCOMPARE(groups.at(i).number, i + 1);
        for (int l = 0; l < sum.size(); ++l)
            sum[l] += groups.at(i).counts.perLevel.at(l);
    }
    QCOMPARE(sum, (QList<int>{37, 19, 4, 0}));

    const qint64 first = plan.chapters.first().id;
    const QList<int> expected = countLevels(plan, period, [&](const PledgeRow &row) {
        return plan.pledge(row.pledgeId)->chapterId == first;
    });
    QCOMPARE(groups.first().counts.perLevel + QList<int>{groups.first().counts.none}, expected);
    QCOMPARE(groups.first().counts.total(), 8); // 第1章 デジタル未来都市 lists 8 items
}

void TestChartData::breakdownByTagInFirstAppearanceOrder()
{
    const Plan plan = TestSupport::samplePlan(QStringLiteral("iruma"));
    const auto groups = ChartData(plan).breakdown(plan.periods.first().id, ChartData::By::Tag);
    QStringList order;
    for (const Pledge &p : plan.pledges) {
        if (!order.contains(p.tag))
            order.append(p.tag);
    }
    QStringList labels;
    int total = 0;
    for (const ChartData::Group &g : groups) {
        QCOMPARE(g.key, g.label);
        labels.append(g.label);
        total += g.counts.total();
    }
    QCOMPARE(labels, order);
    QCOMPARE(labels.first(), QStringLiteral("デジタル"));
    QCOMPARE(total, 60);
}

void TestChartData::breakdownByDepartment()
{
    const Plan plan = TestSupport::samplePlan(QStringLiteral("tokorozawa"));
    const qint64 h1 = tokorozawaPeriodsByKey(plan).value(QStringLiteral("R6 H1"));
    const auto groups = ChartData(plan).breakdown(h1, ChartData::By::Department);
    QCOMPARE(groups.size(), 41);
    int position = -1;
    int total = 0;
    for (const ChartData::Group &g : groups) {
        // In the plan's order of departments, each labelled with its name.
        const auto it =
            std::find_if(plan.departments.cbegin(), plan.departments.cend(),
                         [&](const Department &d) { return QString::number(d.id) == g.key; });
        QVERIFY2(it != plan.departments.cend(), qPrintable(g.key));
        QVERIFY(it - plan.departments.cbegin() > position);
        position = int(it - plan.departments.cbegin());
        QCOMPARE(g.label, it->name);
        const qint64 id = it->id;
        const QList<int> expected =
            countLevels(plan, h1, [&](const PledgeRow &row) { return row.departmentId == id; });
        QCOMPARE(g.counts.perLevel + QList<int>{g.counts.none}, expected);
        total += g.counts.total();
    }
    QCOMPARE(total, 81);
}

void TestChartData::rowsWithoutGroupComeLast_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<ChartData::By>("by");
    QTest::newRow("iruma tag") << QStringLiteral("iruma") << ChartData::By::Tag;
    QTest::newRow("iruma chapter") << QStringLiteral("iruma") << ChartData::By::Chapter;
    QTest::newRow("tokorozawa department")
        << QStringLiteral("tokorozawa") << ChartData::By::Department;
}

void TestChartData::rowsWithoutGroupComeLast()
{
    QFETCH(QString, sample);
    QFETCH(ChartData::By, by);
    Plan plan = TestSupport::samplePlan(sample);
    const qint64 period = plan.periods.first().id;
    QVERIFY(ChartData(plan).breakdown(period, by).last().key != QString());

    // Take the first pledge out of its chapter and tag, and the first row out of its department.
    plan.pledges.first().chapterId = 0;
    plan.pledges.first().tag.clear();
    plan.rows.first().departmentId = 0;
    const auto groups = ChartData(plan).breakdown(period, by);
    QCOMPARE(groups.last().key, QString());
    QCOMPARE(groups.last().label, QString());
    const int expected =
        by == ChartData::By::Department
            ? 1
            : int(std::count_if(plan.rows.cbegin(), plan.rows.cend(), [&](const PledgeRow &r) {
                  return r.pledgeId == plan.pledges.first().id;
              }));
    QCOMPARE(groups.last().counts.total(), expected);
}

void TestChartData::predicateChangesNumbers()
{
    const Plan plan = TestSupport::samplePlan(QStringLiteral("tokorozawa"));
    const qint64 h1 = tokorozawaPeriodsByKey(plan).value(QStringLiteral("R6 H1"));
    const auto department =
        std::find_if(plan.departments.cbegin(), plan.departments.cend(),
                     [](const Department &d) { return d.name == QStringLiteral("学校教育課"); });
    QVERIFY(department != plan.departments.cend());
    const qint64 id = department->id;
    const QList<int> expected =
        countLevels(plan, h1, [&](const PledgeRow &row) { return row.departmentId == id; });
    int rows = 0;
    for (const int n : expected)
        rows += n;
    QVERIFY(rows > 0 && rows < 81);

    // The way the window builds it: the table's filter, prepared for the plan.
    RowFilter filter;
    filter.setDepartmentId(id);
    const RowFilter::Matcher matcher(filter, plan);
    const ChartData data(plan, [&](const PledgeRow &row) { return matcher.matches(row); });

    for (const ChartData::PeriodCounts &p : data.perPeriod())
        QCOMPARE(p.counts.total(), rows);
    const auto periods = data.perPeriod();
    const auto inH1 =
        std::find_if(periods.cbegin(), periods.cend(),
                     [&](const ChartData::PeriodCounts &p) { return p.periodId == h1; });
    QCOMPARE(inH1->counts.perLevel + QList<int>{inH1->counts.none}, expected);
    QCOMPARE(data.distribution(h1).rows, rows);
    const auto groups = data.breakdown(h1, ChartData::By::Department);
    QCOMPARE(groups.size(), 1);
    QCOMPARE(groups.first().key, QString::number(id));
    for (const ChartData::AchievedShare &share : data.achievedShare())
        QCOMPARE(share.rows, rows);
}

QTEST_GUILESS_MAIN(TestChartData)
#include "tst_chartdata.moc"
