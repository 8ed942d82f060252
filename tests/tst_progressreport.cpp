#include "report/progressreport.h"
#include "report/reporttext.h"
#include "testsupport.h"

#include <QJsonObject>
#include <QSet>

// The report as data: what the printed sheets will show, grouped and counted, for both
// sample plans, before anything is painted.
class TestProgressReport : public QObject
{
    Q_OBJECT

private slots:
    void irumaSummaryMatchesPrintedTable();
    void tokorozawaCountsMatchSeed();
    void irumaShape();
    void tokorozawaShape();
    void departmentSheetHasOnlyItsRows();
    void chosenPeriods();
    void textOptions();
    void filterLimitsRowsAndCounts();
    void rowsAddedLaterAreNotApplicable();
    void headingWordsInBothLanguages();

private:
    static qint64 departmentId(const Plan &plan, const QString &name);
};

qint64 TestProgressReport::departmentId(const Plan &plan, const QString &name)
{
    for (const Department &d : plan.departments) {
        if (d.name == name)
            return d.id;
    }
    return 0;
}

void TestProgressReport::irumaSummaryMatchesPrintedTable()
{
    const Plan plan = TestSupport::samplePlan(QStringLiteral("iruma"));
    ReportOptions options;
    options.layout = ReportOptions::Layout::Summary;
    const ProgressReport report = ProgressReport::build(plan, options);
    QCOMPARE(report.summary.periods.size(), 1);
    const StatusCounts &counts = report.summary.periods.first().counts;
    // The closing 評価 / 件数 table of the city's sheet: A 37, B 19, C 4, D 0.
    QCOMPARE(counts.perLevel, (QList<int>{37, 19, 4, 0}));
    QCOMPARE(counts.none, 0);
    QCOMPARE(counts.total(), 60);
    QCOMPARE(report.summary.breakdownPeriodId, plan.periods.first().id);
    QCOMPARE(report.summary.byChapter.size(), 6);
    QCOMPARE(report.summary.byChapter.first().label, QStringLiteral("第1章 デジタル未来都市"));
    int sum = 0;
    for (const ProgressReport::Counts &c : report.summary.byChapter)
        sum += c.counts.total();
    QCOMPARE(sum, 60);
    QVERIFY(report.summary.byDepartment.isEmpty()); // Iruma names no departments
}

void TestProgressReport::tokorozawaCountsMatchSeed()
{
    const Plan plan = TestSupport::samplePlan(QStringLiteral("tokorozawa"));
    const ProgressReport report = ProgressReport::build(plan, ReportOptions());
    const QJsonObject seed = TestSupport::seedJson(QStringLiteral("tokorozawa"))
                                 .value(QStringLiteral("summary"))
                                 .toObject()
                                 .value(QStringLiteral("indicator_counts_by_period"))
                                 .toObject();
    QCOMPARE(seed.size(), 4);
    QCOMPARE(report.summary.periods.size(), 4);
    for (auto it = seed.constBegin(); it != seed.constEnd(); ++it) {
        // "R6 H1", "R5 10-12": the era year and the part of the fiscal year.
        const QString key = it.key();
        const int fiscalYear = 2018 + key.section(QLatin1Char(' '), 0, 0).mid(1).toInt();
        const QString part = key.section(QLatin1Char(' '), 1, 1);
        int column = -1;
        for (int i = 0; i < plan.periods.size(); ++i) {
            const Period &p = plan.periods.at(i);
            const bool half = part.startsWith(QLatin1Char('H')) && p.kind == Period::Kind::Half &&
                              p.part == part.mid(1).toInt();
            const bool months =
                part.contains(QLatin1Char('-')) &&
                p.startDate().month() == part.section(QLatin1Char('-'), 0, 0).toInt();
            if (p.fiscalYear == fiscalYear && (half || months))
                column = i;
        }
        QVERIFY2(column >= 0, qPrintable(key));
        const StatusCounts &counts = report.summary.periods.at(column).counts;
        const QJsonObject expected = it.value().toObject();
        for (int l = 0; l < plan.periodScale.levels.size(); ++l) {
            const QString code = plan.periodScale.levels.at(l).code;
            QCOMPARE(counts.perLevel.at(l), expected.value(code).toInt(0));
        }
        QCOMPARE(counts.none, expected.value(QStringLiteral("null")).toInt(0));
        QCOMPARE(counts.total(), 81);
    }
    // The breakdown is of the latest period with statuses: 令和6年度 上半期, not 下半期.
    QCOMPARE(report.summary.breakdownPeriodId, plan.periods.at(2).id);
    QCOMPARE(report.summary.breakdownPeriodLabel, QStringLiteral("令和6年度 上半期"));
    QVERIFY(report.summary.byChapter.isEmpty()); // Tokorozawa has no chapters
    int sum = 0;
    for (const ProgressReport::Counts &c : report.summary.byDepartment)
        sum += c.counts.total();
    QCOMPARE(sum, 81);
    QCOMPARE(report.summary.byDepartment.size(), qsizetype(plan.departments.size()));
}

void TestProgressReport::irumaShape()
{
    const Plan plan = TestSupport::samplePlan(QStringLiteral("iruma"));
    const ProgressReport report = ProgressReport::build(plan, ReportOptions());
    QCOMPARE(report.title,
             QStringLiteral("市長公約（政策宣言）進捗状況一覧表【令和5年9月末現在】"));
    QCOMPARE(report.organisation, QStringLiteral("入間市"));
    QCOMPARE(report.asOf, QStringLiteral("令和5年9月末現在"));
    QCOMPARE(report.chapters.size(), 6);
    QCOMPARE(report.pledgeCount(), 30);
    QCOMPARE(report.rowCount(), 60);
    QCOMPARE(report.pledgeStyle, ProgressReport::PledgeStyle::Band);
    QVERIFY(report.itemRows);
    const ProgressReport::Chapter &first = report.chapters.first();
    QCOMPARE(first.heading, QStringLiteral("第1章 デジタル未来都市"));
    QCOMPARE(first.pledges.first().heading(),
             QStringLiteral("1:【デジタル】 デジタル未来都市推進部門の設置と特命人材の公募"));
    const ProgressReport::Row &row = first.pledges.first().rows.first();
    QCOMPARE(row.marker, QStringLiteral("①"));
    QCOMPARE(row.title, QStringLiteral("デジタル未来都市推進部門の設置"));
    QCOMPARE(row.cells.size(), 1);
    QCOMPARE(row.cells.first().status.symbol, QStringLiteral("A"));
    QCOMPARE(row.cells.first().status.label, QStringLiteral("完了"));
    QCOMPARE(row.cells.first().status.color, plan.periodScale.levels.first().color);
    QVERIFY(row.cells.first().narrative.contains(QStringLiteral("デジタル行政推進課")));
    // Iruma has no plans, departments, target dates or annual goals: no columns for them.
    QVERIFY(!report.showPlans);
    QVERIFY(report.showNarratives);
    QVERIFY(!report.showDepartments);
    QVERIFY(!report.showTargetDates);
    QVERIFY(!report.showGoals);
    QCOMPARE(report.legend.size(), 4);
    QCOMPARE(report.legend.first().symbol, QStringLiteral("A"));
    QCOMPARE(report.legend.first().label, QStringLiteral("完了"));
    QVERIFY(!report.legend.first().description.isEmpty());
}

void TestProgressReport::tokorozawaShape()
{
    const Plan plan = TestSupport::samplePlan(QStringLiteral("tokorozawa"));
    const ProgressReport report = ProgressReport::build(plan, ReportOptions());
    QCOMPARE(report.title, QStringLiteral("市長が掲げた重点政策No.1~45"));
    QCOMPARE(report.chapters.size(), 1);
    QVERIFY(report.chapters.first().heading.isEmpty());
    QCOMPARE(report.pledgeCount(), 45);
    QCOMPARE(report.rowCount(), 81);
    QCOMPARE(report.pledgeStyle, ProgressReport::PledgeStyle::Column);
    QVERIFY(!report.itemRows);
    QVERIFY(report.showPlans);
    QVERIFY(report.showDepartments);
    QVERIFY(report.showTargetDates);
    QVERIFY(report.showGoals);
    QCOMPARE(report.periods.size(), 4);
    QCOMPARE(report.periods.at(2).label, QStringLiteral("令和6年度 上半期"));
    QCOMPARE(report.fiscalYears.size(), 2);
    QCOMPARE(report.fiscalYears.first().label, QStringLiteral("令和5年度"));
    QCOMPARE(report.fiscalYears.first().columnCount, 2);
    QCOMPARE(report.fiscalYears.last().firstColumn, 2);
    const ProgressReport::Pledge &first = report.chapters.first().pledges.first();
    QCOMPARE(first.number, QStringLiteral("1"));
    QCOMPARE(first.title, QStringLiteral("18歳までの医療費完全無料化"));
    const ProgressReport::Row &row = first.rows.first();
    QCOMPARE(row.department, QStringLiteral("こども支援課"));
    QCOMPARE(row.targetDate, QStringLiteral("R6.10"));
    QCOMPARE(row.goals.first().goal, QStringLiteral("パブリックコメントの実施および条例の整備"));
    QCOMPARE(row.goals.first().yearEnd.symbol, QStringLiteral("☆"));
    QCOMPARE(row.cells.first().plan,
             QStringLiteral("パブリックコメントの実施・公表および条例改正"));
    QCOMPARE(row.cells.first().status.symbol, QStringLiteral("○"));
    QVERIFY(row.cells.at(3).status.isEmpty()); // 下半期: plans only
    QVERIFY(!row.cells.at(3).plan.isEmpty());
    int pledge34 = 0;
    for (const ProgressReport::Pledge &p : report.chapters.first().pledges) {
        if (p.number == QStringLiteral("34"))
            pledge34 = int(p.rows.size());
    }
    QCOMPARE(pledge34, 9);
}

void TestProgressReport::departmentSheetHasOnlyItsRows()
{
    const Plan plan = TestSupport::samplePlan(QStringLiteral("tokorozawa"));
    ReportOptions options;
    options.layout = ReportOptions::Layout::Department;
    options.departmentId = departmentId(plan, QStringLiteral("こども支援課"));
    QVERIFY(options.departmentId != 0);
    const ProgressReport report = ProgressReport::build(plan, options);
    QList<qint64> expected;
    for (const PledgeRow &r : plan.rows) {
        if (r.departmentId == options.departmentId)
            expected.append(r.id);
    }
    QVERIFY(!expected.isEmpty());
    QCOMPARE(report.rowIds(), expected);
    for (const ProgressReport::Chapter &c : report.chapters) {
        for (const ProgressReport::Pledge &p : c.pledges) {
            QVERIFY(!p.rows.isEmpty()); // no pledge without a row of this department
            for (const ProgressReport::Row &r : p.rows)
                QCOMPARE(r.department, QStringLiteral("こども支援課"));
        }
    }
    QCOMPARE(report.subtitle, QStringLiteral("所管課：こども支援課"));
    QCOMPARE(report.summary.periods.at(2).counts.total(), int(expected.size()));
}

void TestProgressReport::chosenPeriods()
{
    const Plan plan = TestSupport::samplePlan(QStringLiteral("tokorozawa"));
    ReportOptions options;
    // Chosen out of order: printed in the plan's order.
    options.periodIds = {plan.periods.at(3).id, plan.periods.at(1).id};
    const ProgressReport report = ProgressReport::build(plan, options);
    QCOMPARE(report.periods.size(), 2);
    QCOMPARE(report.periods.first().periodId, plan.periods.at(1).id);
    QCOMPARE(report.periods.last().periodId, plan.periods.at(3).id);
    QCOMPARE(report.fiscalYears.size(), 2);
    QCOMPARE(report.fiscalYears.first().columnCount, 1);
    for (const ProgressReport::Chapter &c : report.chapters) {
        for (const ProgressReport::Pledge &p : c.pledges) {
            for (const ProgressReport::Row &r : p.rows) {
                QCOMPARE(r.cells.size(), 2);
                QCOMPARE(r.goals.size(), 2);
            }
        }
    }
    // 下半期 has no statuses yet: the breakdown shows 令和5年度 1–3月.
    QCOMPARE(report.summary.breakdownPeriodId, plan.periods.at(1).id);
    QCOMPARE(report.summary.periods.size(), 2);
}

void TestProgressReport::textOptions()
{
    const Plan plan = TestSupport::samplePlan(QStringLiteral("tokorozawa"));
    ReportOptions options;
    options.includePlans = false;
    options.includeAnnualGoals = false;
    ProgressReport report = ProgressReport::build(plan, options);
    QVERIFY(!report.showPlans);
    QVERIFY(!report.showGoals);
    QVERIFY(report.showNarratives);
    const ProgressReport::Row &row = report.chapters.first().pledges.first().rows.first();
    QVERIFY(row.cells.first().plan.isEmpty());
    QVERIFY(row.goals.first().isEmpty());
    QVERIFY(!row.cells.first().narrative.isEmpty());

    options = ReportOptions();
    options.includeNarratives = false;
    report = ProgressReport::build(plan, options);
    QVERIFY(!report.showNarratives);
    QVERIFY(report.showPlans);
    QVERIFY(report.chapters.first().pledges.first().rows.first().cells.first().narrative.isEmpty());
}

void TestProgressReport::filterLimitsRowsAndCounts()
{
    const Plan plan = TestSupport::samplePlan(QStringLiteral("iruma"));
    RowFilter filter;
    filter.setStatus({plan.periods.first().id, plan.periodScale.levels.at(2).id, false}); // C
    ReportOptions options;
    options.filter = filter;
    const ProgressReport report = ProgressReport::build(plan, options);
    QCOMPARE(report.rowCount(), 4);
    QCOMPARE(report.summary.periods.first().counts.perLevel, (QList<int>{0, 0, 4, 0}));
    QCOMPARE(report.subtitle, QStringLiteral("絞り込み表示"));
    for (const ProgressReport::Chapter &c : report.chapters) {
        QVERIFY(!c.pledges.isEmpty());
        for (const ProgressReport::Pledge &p : c.pledges)
            QVERIFY(!p.rows.isEmpty());
    }
    // An empty filter is everything, and says nothing about filtering.
    options.filter = RowFilter();
    const ProgressReport all = ProgressReport::build(plan, options);
    QCOMPARE(all.rowCount(), 60);
    QVERIFY(all.subtitle.isEmpty());
}

void TestProgressReport::rowsAddedLaterAreNotApplicable()
{
    const Plan plan = TestSupport::samplePlan(QStringLiteral("tokorozawa"));
    const ProgressReport report = ProgressReport::build(plan, ReportOptions());
    int added = 0;
    for (const ProgressReport::Chapter &c : report.chapters) {
        for (const ProgressReport::Pledge &p : c.pledges) {
            for (const ProgressReport::Row &r : p.rows) {
                const PledgeRow *source = plan.row(r.rowId);
                QVERIFY(source);
                if (source->addedInFiscalYear == 0)
                    continue;
                ++added;
                for (int i = 0; i < r.cells.size(); ++i)
                    QCOMPARE(r.cells.at(i).notApplicable,
                             report.periods.at(i).fiscalYear < source->addedInFiscalYear);
            }
        }
    }
    QCOMPARE(added, 4); // "R6年度より追加"
}

void TestProgressReport::headingWordsInBothLanguages()
{
    QSet<QString> japanese;
    for (const ReportText::Key key : ReportText::keys()) {
        const QString ja = ReportText::text(key, ReportOptions::Language::Japanese);
        const QString en = ReportText::text(key, ReportOptions::Language::English);
        QVERIFY(!ja.isEmpty());
        QVERIFY(!en.isEmpty());
        QVERIFY2(ja != en || ja.contains(QLatin1Char('%')), qPrintable(en));
        japanese.insert(ja);
    }
    QCOMPARE(japanese.size(), ReportText::keys().size()); // no word used twice by mistake
    QCOMPARE(ReportText::text(ReportText::Key::Narrative, ReportOptions::Language::Japanese),
             QStringLiteral("取組状況"));
    QCOMPARE(ReportText::text(ReportText::Key::Status, ReportOptions::Language::English),
             QStringLiteral("Status"));

    const Plan plan = TestSupport::samplePlan(QStringLiteral("iruma"));
    ReportOptions options;
    options.language = ReportOptions::Language::English;
    const ProgressReport report = ProgressReport::build(plan, options);
    QCOMPARE(report.asOf, QStringLiteral("As of 2023-09-30"));
    QCOMPARE(report.periods.first().label, QStringLiteral("As of 2023-09-30"));
    QCOMPARE(report.chapters.first().heading, QStringLiteral("Chapter 1 デジタル未来都市"));
}

QTEST_GUILESS_MAIN(TestProgressReport)
#include "tst_progressreport.moc"
