#include "checks/plancheck.h"
#include "testsupport.h"

// Each consistency rule is found on a plan made to break it, exactly where it was broken, and
// nothing is found on the same plan kept clean.
class TestPlanCheck : public QObject
{
    Q_OBJECT

private slots:
    void cleanPlanHasNoFindings();
    void eachRuleFoundWhereBroken_data();
    void eachRuleFoundWhereBroken();
    void findingsNameThePlace();
    void disabledRulesAreSkipped();
    void planSwitchesApply();
    void targetDateFallsBackToPledge();
    void rowsAddedLaterSkipEarlierPeriods();
    void onPlanIsFirstLevelNotAchieved();
    void ruleKeysRoundTrip();
    void samplesGiveReadableFindings_data();
    void samplesGiveReadableFindings();
};

namespace {

enum Level : qint64
{
    Star = 1, // ☆ achieved
    Circle,   // ○ on plan
    Triangle, // △ behind
    Cross     // × behind
};
enum PeriodId : qint64
{
    H1_2024 = 10,
    H2_2024,
    H1_2025,
    H2_2025
};

// Seven rows of two pledges over three half-years, every cell filled, plans all different,
// statuses never worse than before, target dates still ahead.
Plan cleanPlan()
{
    Plan plan;
    plan.periodScale = StatusScale::preset(StatusScale::Preset::StarCircleTriangleCross);
    for (int i = 0; i < plan.periodScale.levels.size(); ++i)
        plan.periodScale.levels[i].id = Star + i;
    for (const auto &[id, year, half] :
         {std::tuple{H1_2024, 2024, 1}, {H2_2024, 2024, 2}, {H1_2025, 2025, 1}}) {
        Period p = Period::half(year, half);
        p.id = id;
        plan.periods.append(p);
    }
    Pledge first;
    first.id = 100;
    first.number = QStringLiteral("1");
    Pledge second = first;
    second.id = 101;
    second.number = QStringLiteral("12");
    plan.pledges = {first, second};
    const QStringList markers = {QStringLiteral("①"), QStringLiteral("②"), QStringLiteral("③"),
                                 QStringLiteral("④"), QStringLiteral("①"), QStringLiteral("②"),
                                 QStringLiteral("③")};
    for (int i = 0; i < markers.size(); ++i) {
        PledgeRow row;
        row.id = i + 1;
        row.pledgeId = i < 4 ? 100 : 101;
        row.marker = markers.at(i);
        plan.rows.append(row);
    }
    plan.rows[3].targetDate = QDate(2025, 12, 31); // row 4: R7.12, after the last period
    plan.rows[3].targetDateText = QStringLiteral("R7.12");
    plan.rows[6].addedInFiscalYear = 2025; // row 7: "R7年度より追加"
    for (const PledgeRow &row : plan.rows) {
        for (const Period &period : plan.periods) {
            if (period.fiscalYear < row.addedInFiscalYear)
                continue;
            const qint64 level = row.id == 3 ? Triangle : Circle; // row 3 is behind, explained
            plan.cells.insert({row.id, period.id},
                              Cell{QStringLiteral("計画 %1-%2").arg(row.id).arg(period.id), level,
                                   QStringLiteral("状況")});
        }
    }
    return plan;
}

Cell &cell(Plan &plan, qint64 rowId, qint64 periodId)
{
    return plan.cells[{rowId, periodId}];
}

// The clean plan with each rule broken once, in a cell of its own.
Plan brokenPlan()
{
    Plan plan = cleanPlan();
    cell(plan, 2, H1_2025) = Cell{QStringLiteral("計画"), Star, QString()};
    cell(plan, 3, H2_2024).narrative = QStringLiteral("  \n"); // blank counts as empty
    plan.rows[3].targetDate = QDate(2024, 12, 31);
    plan.rows[3].targetDateText = QStringLiteral("R6.12");
    cell(plan, 5, H2_2024).levelId = 0; // went down from H1 2024, over a period without status
    cell(plan, 5, H1_2025).levelId = Triangle;
    cell(plan, 6, H2_2024).plan = cell(plan, 6, H1_2024).plan;
    Period empty = Period::half(2025, 2);
    empty.id = H2_2025;
    plan.periods.append(empty);
    cell(plan, 7, H2_2025) = Cell{QStringLiteral("計画"), 0, QString()}; // 6 of 7 rows empty
    return plan;
}

QString describe(const QList<CheckFinding> &findings)
{
    QStringList lines;
    for (const CheckFinding &f : findings)
        lines << CheckRules::key(f.rule) + QLatin1Char(' ') + f.where + QStringLiteral(": ") +
                     f.message;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

void TestPlanCheck::cleanPlanHasNoFindings()
{
    for (const bool japanese : {false, true}) {
        const QList<CheckFinding> findings = PlanCheck::run(cleanPlan(), {}, japanese);
        QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
    }
}

void TestPlanCheck::eachRuleFoundWhereBroken_data()
{
    QTest::addColumn<CheckRule>("rule");
    QTest::addColumn<qint64>("rowId");
    QTest::addColumn<qint64>("periodId");
    QTest::newRow("achieved") << CheckRule::AchievedWithoutNarrative << qint64(2)
                              << qint64(H1_2025);
    QTest::newRow("behind") << CheckRule::BehindWithoutNarrative << qint64(3) << qint64(H2_2024);
    QTest::newRow("target date") << CheckRule::TargetDatePassed << qint64(4) << qint64(H1_2025);
    QTest::newRow("went down") << CheckRule::StatusWentDown << qint64(5) << qint64(H1_2025);
    QTest::newRow("mostly empty") << CheckRule::PeriodMostlyEmpty << qint64(0) << qint64(H2_2025);
    QTest::newRow("plan copied") << CheckRule::PlanCopiedFromPrevious << qint64(6)
                                 << qint64(H2_2024);
}

void TestPlanCheck::eachRuleFoundWhereBroken()
{
    QFETCH(CheckRule, rule);
    QFETCH(qint64, rowId);
    QFETCH(qint64, periodId);
    const QList<CheckFinding> all = PlanCheck::run(brokenPlan(), {}, false);
    QList<CheckFinding> found;
    std::copy_if(all.cbegin(), all.cend(), std::back_inserter(found),
                 [rule](const CheckFinding &f) { return f.rule == rule; });
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().rowId, rowId);
    QCOMPARE(found.first().periodId, periodId);
    QVERIFY(!found.first().message.isEmpty());
    QCOMPARE(all.size(), CheckRules::all().size()); // and nothing else
}

void TestPlanCheck::findingsNameThePlace()
{
    const QList<CheckFinding> findings = PlanCheck::run(brokenPlan(), {}, false);
    // Whole periods first, then in table order.
    QCOMPARE(findings.first().rule, CheckRule::PeriodMostlyEmpty);
    QCOMPARE(findings.first().where, QStringLiteral("FY2025 H2"));
    QCOMPARE(findings.first().message,
             QStringLiteral("6 of 7 row(s) have no plan, status or narrative"));
    QCOMPARE(findings.at(1).where, QStringLiteral("pledge 1 ② FY2025 H1"));
    QCOMPARE(findings.at(1).message,
             QStringLiteral("the status is ☆ Done but the narrative does not say what was done"));
    QCOMPARE(findings.at(3).message,
             QStringLiteral("the target date R6.12 has passed but the status is ○ On plan"));
    QCOMPARE(findings.at(4).where, QStringLiteral("pledge 12 ① FY2025 H1"));
    QCOMPARE(findings.at(4).message,
             QStringLiteral("the status went down from ○ On plan in FY2024 H1 to △ Behind plan"));
    QCOMPARE(findings.at(5).message, QStringLiteral("the plan is the same as in FY2024 H1"));

    const QList<CheckFinding> japanese = PlanCheck::run(brokenPlan(), {}, true);
    QVERIFY2(japanese.at(1).where.endsWith(QStringLiteral("令和7年度 上半期")),
             qPrintable(japanese.at(1).where));
    QVERIFY2(japanese.at(1).message.contains(QStringLiteral("☆ 実施済み")),
             qPrintable(japanese.at(1).message));
}

void TestPlanCheck::disabledRulesAreSkipped()
{
    const Plan plan = brokenPlan();
    const QList<CheckRule> rules = CheckRules::all();
    QVERIFY(PlanCheck::run(plan, QSet<CheckRule>(rules.cbegin(), rules.cend()), false).isEmpty());
    for (const CheckRule rule : rules) {
        const QList<CheckFinding> findings = PlanCheck::run(plan, {rule}, false);
        QCOMPARE(findings.size(), rules.size() - 1);
        for (const CheckFinding &f : findings)
            QVERIFY(f.rule != rule);
    }
}

void TestPlanCheck::planSwitchesApply()
{
    Plan plan = brokenPlan();
    plan.disabledChecks = {QStringLiteral("status-went-down"), QStringLiteral("from-the-future")};
    const QList<CheckFinding> findings = PlanCheck::run(plan, false);
    QCOMPARE(findings.size(), CheckRules::all().size() - 1);
    for (const CheckFinding &f : findings)
        QVERIFY(f.rule != CheckRule::StatusWentDown);
}

void TestPlanCheck::targetDateFallsBackToPledge()
{
    Plan plan = cleanPlan();
    plan.pledges[1].targetDate = QDate(2024, 9, 30); // pledge 12: R6.9, its rows have none
    plan.pledges[1].targetDateText = QStringLiteral("R6.9");
    QList<CheckFinding> findings = PlanCheck::run(plan, {}, false);
    QCOMPARE(findings.size(), 3); // rows 5, 6 and 7, each at its latest status
    for (const CheckFinding &f : findings) {
        QCOMPARE(f.rule, CheckRule::TargetDatePassed);
        QCOMPARE(f.periodId, qint64(H1_2025));
        QVERIFY2(f.message.contains(QStringLiteral("pledge's target date R6.9")),
                 qPrintable(f.message));
    }
    // Achieved by then: nothing to say.
    for (qint64 row : {5, 6, 7})
        cell(plan, row, H1_2025).levelId = Star;
    findings = PlanCheck::run(plan, {}, false);
    QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
}

void TestPlanCheck::rowsAddedLaterSkipEarlierPeriods()
{
    Plan plan = cleanPlan();
    // Row 7 has no cells in 2024 and is not counted there; row 6's 2024 cells empty make
    // two of six rows empty, not the majority.
    plan.cells.remove({6, H1_2024});
    plan.cells.remove({6, H2_2024});
    QList<CheckFinding> findings = PlanCheck::run(plan, {}, false);
    QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
    plan.rows[6].addedInFiscalYear = 0; // now its empty 2024 cells count
    for (qint64 row : {1, 2})
        plan.cells.remove({row, H1_2024});
    findings = PlanCheck::run(plan, {}, false);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().rule, CheckRule::PeriodMostlyEmpty);
    QCOMPARE(findings.first().periodId, qint64(H1_2024));
    QCOMPARE(findings.first().message,
             QStringLiteral("4 of 7 row(s) have no plan, status or narrative"));
}

void TestPlanCheck::onPlanIsFirstLevelNotAchieved()
{
    using P = StatusScale::Preset;
    QCOMPARE(PlanCheck::onPlanIndex(StatusScale::preset(P::StarCircleTriangleCross)), 1); // ○
    QCOMPARE(PlanCheck::onPlanIndex(StatusScale::preset(P::AtoD)), 1);                    // B
    StatusScale allDone = StatusScale::preset(P::AtoD);
    for (StatusLevel &level : allDone.levels)
        level.achieved = true;
    QCOMPARE(PlanCheck::onPlanIndex(allDone), -1);
}

void TestPlanCheck::ruleKeysRoundTrip()
{
    QSet<QString> keys;
    for (const CheckRule rule : CheckRules::all()) {
        keys.insert(CheckRules::key(rule));
        QCOMPARE(CheckRules::fromKey(CheckRules::key(rule)), std::optional<CheckRule>(rule));
        QVERIFY(!CheckRules::name(rule).isEmpty());
        QVERIFY(!CheckRules::description(rule).isEmpty());
    }
    QCOMPARE(keys.size(), CheckRules::all().size());
    QVERIFY(!CheckRules::fromKey(QStringLiteral("no-such-rule")));
    // A newer version's keys survive a change made here; known keys come in rule order.
    const QStringList stored = {QStringLiteral("from-the-future"),
                                QStringLiteral("status-went-down")};
    QCOMPARE(CheckRules::toKeys({CheckRule::PlanCopiedFromPrevious, CheckRule::TargetDatePassed},
                                stored),
             QStringList({QStringLiteral("target-date-passed"),
                          QStringLiteral("plan-copied-from-previous"),
                          QStringLiteral("from-the-future")}));
}

void TestPlanCheck::samplesGiveReadableFindings_data()
{
    QTest::addColumn<QString>("sample");
    QTest::newRow("iruma") << QStringLiteral("iruma");
    QTest::newRow("tokorozawa") << QStringLiteral("tokorozawa");
}

void TestPlanCheck::samplesGiveReadableFindings()
{
    QFETCH(QString, sample);
    const Plan plan = TestSupport::samplePlan(sample);
    const QList<CheckFinding> findings = PlanCheck::run(plan, {}, true);
    if (qEnvironmentVariableIsSet("SHOW_FINDINGS"))
        qInfo().noquote() << describe(findings);
    QHash<CheckRule, int> counts;
    for (const CheckFinding &f : findings) {
        QVERIFY(plan.period(f.periodId));
        QVERIFY(f.rowId == 0 || plan.row(f.rowId));
        QVERIFY(!f.where.isEmpty() && !f.message.isEmpty());
        ++counts[f.rule];
    }
    // What the real tables hold. Iruma (one reporting date): pledge 29 ② is A 完了 with its
    // 取組状況 cell empty. Tokorozawa: plans carried over unchanged from period to period,
    // statuses that fell from ○ to △ (and from ☆ back to ○ for a new year's goal), and two
    // target dates before the latest ○.
    const QHash<CheckRule, int> expected =
        sample == QStringLiteral("iruma")
            ? QHash<CheckRule, int>{{CheckRule::AchievedWithoutNarrative, 1}}
            : QHash<CheckRule, int>{{CheckRule::PlanCopiedFromPrevious, 101},
                                    {CheckRule::StatusWentDown, 12},
                                    {CheckRule::TargetDatePassed, 2}};
    QCOMPARE(counts, expected);
}

QTEST_GUILESS_MAIN(TestPlanCheck)
#include "tst_plancheck.moc"
