#include "document/document.h"
#include "io/plangenerator.h"
#include "stats/plansummary.h"
#include "testsupport.h"

#include <QSet>
#include <QTemporaryDir>

// The generated plans the benchmarks measure: the same for a seed, the sizes asked for, and
// shaped like a city's table (texts, fill, statuses), so the numbers mean something.
class TestPlanGenerator : public QObject
{
    Q_OBJECT

private slots:
    void deterministicForSeed();
    void sizes_data();
    void sizes();
    void cellsAndStatuses();
    void textLengths();
    void writtenPlanOpens();
    void history();
};

void TestPlanGenerator::deterministicForSeed()
{
    QCOMPARE(PlanGenerator::generate(12, 3, 6, 7), PlanGenerator::generate(12, 3, 6, 7));
    QVERIFY(!(PlanGenerator::generate(12, 3, 6, 7) == PlanGenerator::generate(12, 3, 6, 8)));
}

void TestPlanGenerator::sizes_data()
{
    QTest::addColumn<int>("pledges");
    QTest::addColumn<int>("rowsPerPledge");
    QTest::addColumn<int>("periods");
    QTest::addColumn<int>("chapters");
    QTest::addColumn<int>("fiscalYears");
    QTest::newRow("one") << 1 << 1 << 1 << 1 << 1;
    QTest::newRow("ten pledges") << 10 << 2 << 4 << 1 << 2;
    QTest::newRow("eleven pledges") << 11 << 2 << 5 << 2 << 3;
    QTest::newRow("large shape") << 25 << 10 << 16 << 3 << 8;
}

void TestPlanGenerator::sizes()
{
    QFETCH(int, pledges);
    QFETCH(int, rowsPerPledge);
    QFETCH(int, periods);
    QFETCH(int, chapters);
    QFETCH(int, fiscalYears);
    const Plan plan = PlanGenerator::generate(pledges, rowsPerPledge, periods, 1);
    QCOMPARE(plan.pledges.size(), pledges);
    QCOMPARE(plan.rows.size(), pledges * rowsPerPledge);
    QCOMPARE(plan.periods.size(), periods);
    QCOMPARE(plan.chapters.size(), chapters);
    QCOMPARE(plan.fiscalYears().size(), fiscalYears);
    QCOMPARE(plan.periods.constFirst(), [&] {
        Period p = Period::half(2019, 1);
        p.id = plan.periods.constFirst().id;
        return p;
    }());
    QVERIFY(plan.departments.size() >= 40);
    QCOMPARE(plan.yearCells.size(), plan.rows.size() * fiscalYears);

    QSet<qint64> ids;
    for (const StatusLevel &l : plan.periodScale.levels)
        ids.insert(l.id);
    for (const Period &p : plan.periods)
        ids.insert(p.id);
    for (const Department &d : plan.departments)
        ids.insert(d.id);
    for (const Chapter &c : plan.chapters)
        ids.insert(c.id);
    for (const Pledge &p : plan.pledges)
        ids.insert(p.id);
    for (const PledgeRow &r : plan.rows)
        ids.insert(r.id);
    QCOMPARE(ids.size(), plan.periodScale.levels.size() + periods + plan.departments.size() +
                             chapters + pledges + plan.rows.size());
}

void TestPlanGenerator::cellsAndStatuses()
{
    const Plan plan = PlanGenerator::generate(50, 4, 8, 3);
    const double filled = double(plan.cells.size()) / double(plan.rows.size() * 8);
    QVERIFY2(filled > 0.75 && filled < 0.85, qPrintable(QString::number(filled)));
    QHash<qint64, int> perLevel;
    for (const Cell &cell : plan.cells)
        ++perLevel[cell.levelId];
    QVERIFY(!perLevel.contains(0));
    const StatusScale &scale = plan.periodScale;
    QCOMPARE(scale, [&] {
        StatusScale s = StatusScale::preset(StatusScale::Preset::StarCircleTriangleCross);
        for (int i = 0; i < s.levels.size(); ++i)
            s.levels[i].id = scale.levels.at(i).id;
        return s;
    }());
    const int circles = perLevel.value(scale.levelByCode(QStringLiteral("○"))->id);
    for (const StatusLevel &level : scale.levels) {
        QVERIFY2(perLevel.value(level.id) > 0, qPrintable(level.symbol));
        QVERIFY(perLevel.value(level.id) <= circles); // mostly ○
    }
}

void TestPlanGenerator::textLengths()
{
    const Plan plan = PlanGenerator::generate(20, 5, 4, 11);
    for (const Pledge &p : plan.pledges) {
        QVERIFY(!p.tag.isEmpty());
        QVERIFY(!p.title.isEmpty());
    }
    for (const PledgeRow &row : plan.rows) {
        QVERIFY2(row.content.size() >= 80 && row.content.size() <= 180, qPrintable(row.content));
        QVERIFY(plan.department(row.departmentId));
        QCOMPARE(row.kind, PledgeRow::Kind::Department);
    }
    for (const Cell &cell : plan.cells) {
        QVERIFY2(cell.plan.size() >= 25 && cell.plan.size() <= 80, qPrintable(cell.plan));
        QVERIFY2(cell.narrative.size() >= 120 && cell.narrative.size() <= 260,
                 qPrintable(cell.narrative));
        QVERIFY(cell.narrative.contains(QLatin1Char('\n')));
    }
}

void TestPlanGenerator::writtenPlanOpens()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("generated.pledges"));
    const Plan plan = PlanGenerator::generate(15, 3, 6, 5);
    QString error;
    QVERIFY2(Document::create(path, plan, &error), qPrintable(error));
    const auto doc = Document::open(path, Document::Access::ReadOnly, &error);
    QVERIFY2(doc, qPrintable(error));
    QCOMPARE(doc->plan().rows.size(), 45);
    QCOMPARE(doc->plan().cells.size(), plan.cells.size());
    QCOMPARE(doc->plan().yearCells.size(), plan.yearCells.size());
    const PlanSummary summary(doc->plan());
    QCOMPARE(summary.chapters(), 2);
    QCOMPARE(summary.pledges(), 15);
    int filled = 0;
    for (const StatusCounts &counts : summary.periodCounts()) {
        QCOMPARE(counts.total(), 45);
        filled += counts.total() - counts.none;
    }
    QCOMPARE(filled, plan.cells.size());
}

void TestPlanGenerator::history()
{
    const Plan plan = PlanGenerator::generate(10, 3, 4, 2);
    const QList<HistoryEntry> entries = PlanGenerator::history(plan, 50, 9);
    QCOMPARE(entries.size(), 50);
    QCOMPARE(PlanGenerator::history(plan, 50, 9).constFirst().at, entries.constFirst().at);
    for (const HistoryEntry &e : entries) {
        QCOMPARE(e.field, QStringLiteral("status"));
        QVERIFY(e.oldValue != e.newValue);
        const Period *period = plan.period(e.periodId);
        QVERIFY(period);
        QVERIFY(e.at.date() >= period->startDate() && e.at.date() <= period->endDate());
        QCOMPARE(plan.periodScale.levelById(plan.cell(e.rowId, e.periodId).levelId)->symbol,
                 e.newValue);
    }
}

QTEST_GUILESS_MAIN(TestPlanGenerator)
#include "tst_plangenerator.moc"
