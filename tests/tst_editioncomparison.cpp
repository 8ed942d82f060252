#include "editions/changesreport.h"
#include "editions/editioncomparison.h"
#include "report/reporttext.h"
#include "testsupport.h"

// Comparing two states of a plan finds exactly what was changed: rows matched by id, periods
// by id, status directions by the scale's order (best first).
class TestEditionComparison : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void samePlanHasNoChanges();
    void craftedChangesAreFoundExactly();
    void givenAndClearedStatusesAreNeitherUpNorDown();
    void rowPledgeAndYearTextsAreCompared();
    void newPeriodIsListedNotItsCells();
    void reportNamesEveryChange();
    void reportInEnglish();

private:
    // The first cell of the plan (in row, then period order) at this level.
    CellKey cellAt(const Plan &plan, int levelIndex, const QSet<qint64> &skipRows = {}) const;
    qint64 level(int index) const { return m_before.periodScale.levels.at(index).id; }

    Plan m_before;
};

void TestEditionComparison::initTestCase()
{
    m_before = TestSupport::samplePlan(QStringLiteral("iruma"));
    QVERIFY(m_before.periodScale.levels.size() >= 3); // A 完了, B 実施中, C …
}

CellKey TestEditionComparison::cellAt(const Plan &plan, int levelIndex,
                                      const QSet<qint64> &skipRows) const
{
    for (const PledgeRow &r : plan.rows) {
        for (const Period &p : plan.periods) {
            if (!skipRows.contains(r.id) && plan.cell(r.id, p.id).levelId == level(levelIndex))
                return {r.id, p.id};
        }
    }
    qFatal("no cell at level %d", levelIndex);
}

void TestEditionComparison::samePlanHasNoChanges()
{
    const EditionComparison c = EditionComparison::compare(m_before, m_before);
    QVERIFY(c.isEmpty());
    ChangesReport report = ChangesReport::build(
        m_before, {QStringLiteral("第1版"), QDate(2024, 10, 1)}, m_before, {}, ReportOptions());
    QVERIFY(report.sections.isEmpty());
    QCOMPARE(report.noChanges, QStringLiteral("変更はありません。"));
}

// The acceptance test: one status up, one down, a new row, a removed row and a changed
// narrative are found, and nothing else.
void TestEditionComparison::craftedChangesAreFoundExactly()
{
    Plan after = m_before;
    const CellKey up = cellAt(after, 1); // B → A
    after.cells[up].levelId = level(0);
    const CellKey down = cellAt(after, 0, {up.first}); // A → C
    after.cells[down].levelId = level(2);
    CellKey narrative;
    for (auto it = after.cells.cbegin(); it != after.cells.cend(); ++it) {
        if (it.key().first != up.first && it.key().first != down.first &&
            !it->narrative.isEmpty()) {
            narrative = it.key();
            break;
        }
    }
    QVERIFY(narrative.first);
    const QString oldNarrative = after.cells[narrative].narrative;
    after.cells[narrative].narrative = oldNarrative + QStringLiteral("\n・10月に説明会を開催");
    qint64 removed = 0;
    for (const PledgeRow &r : after.rows) {
        if (r.id != up.first && r.id != down.first && r.id != narrative.first)
            removed = r.id;
    }
    after.rows.removeIf([removed](const PledgeRow &r) { return r.id == removed; });
    after.cells.removeIf([removed](const auto &it) { return it.key().first == removed; });
    PledgeRow added = after.rows.first();
    added.id = 9000;
    added.title = QStringLiteral("新しい項目");
    after.rows.insert(1, added);
    after.cells.insert({added.id, after.periods.first().id},
                       {QString(), level(1), QStringLiteral("新規")});

    const EditionComparison c = EditionComparison::compare(m_before, after);
    QCOMPARE(c.statusChanges.size(), 2);
    const auto ups = c.withDirection(EditionComparison::Direction::Up);
    QCOMPARE(ups.size(), 1);
    QCOMPARE(ups.first().rowId, up.first);
    QCOMPARE(ups.first().periodId, up.second);
    QCOMPARE(ups.first().beforeLevelId, level(1));
    QCOMPARE(ups.first().afterLevelId, level(0));
    const auto downs = c.withDirection(EditionComparison::Direction::Down);
    QCOMPARE(downs.size(), 1);
    QCOMPARE(downs.first().rowId, down.first);
    QCOMPARE(downs.first().periodId, down.second);
    QCOMPARE(c.newRows, QList<qint64>{added.id});
    QCOMPARE(c.removedRows, QList<qint64>{removed});
    QCOMPARE(c.textChanges.size(), 1);
    const EditionComparison::TextChange &t = c.textChanges.first();
    QCOMPARE(t.field, EditionComparison::Field::Narrative);
    QCOMPARE(t.rowId, narrative.first);
    QCOMPARE(t.periodId, narrative.second);
    QCOMPARE(t.before, oldNarrative);
    QCOMPARE(t.after, after.cells[narrative].narrative);
    QVERIFY(c.newPeriods.isEmpty());
    QVERIFY(c.removedPeriods.isEmpty());

    // Swapped, the same changes read the other way round.
    const EditionComparison back = EditionComparison::compare(after, m_before);
    QCOMPARE(back.withDirection(EditionComparison::Direction::Up).first().rowId, down.first);
    QCOMPARE(back.withDirection(EditionComparison::Direction::Down).first().rowId, up.first);
    QCOMPARE(back.newRows, QList<qint64>{removed});
    QCOMPARE(back.removedRows, QList<qint64>{added.id});
}

void TestEditionComparison::givenAndClearedStatusesAreNeitherUpNorDown()
{
    // Every cell of the sample has a status: each side clears a different one.
    const CellKey given = cellAt(m_before, 0);
    const CellKey cleared = cellAt(m_before, 1);
    Plan before = m_before;
    before.cells[given].levelId = 0;
    Plan after = m_before;
    after.cells[cleared].levelId = 0;
    const EditionComparison c = EditionComparison::compare(before, after);
    QCOMPARE(c.statusChanges.size(), 2);
    const auto givens = c.withDirection(EditionComparison::Direction::Given);
    QCOMPARE(givens.size(), 1);
    QCOMPARE(givens.first().rowId, given.first);
    QCOMPARE(givens.first().afterLevelId, level(0));
    const auto cleareds = c.withDirection(EditionComparison::Direction::Cleared);
    QCOMPARE(cleareds.size(), 1);
    QCOMPARE(cleareds.first().rowId, cleared.first);
    QCOMPARE(cleareds.first().beforeLevelId, level(1));
    QVERIFY(c.withDirection(EditionComparison::Direction::Up).isEmpty());
    QVERIFY(c.withDirection(EditionComparison::Direction::Down).isEmpty());
}

void TestEditionComparison::rowPledgeAndYearTextsAreCompared()
{
    Plan after = m_before;
    after.rows[2].content = QStringLiteral("書き直した内容");
    after.pledges[0].title = QStringLiteral("新しい公約名");
    const int year = after.fiscalYears().first();
    const qint64 row = after.rows[3].id;
    YearCell goal = after.yearCell(row, year);
    goal.goal = QStringLiteral("年度内に完了");
    goal.levelId = level(0);
    after.yearCells.insert({row, year}, goal);

    const EditionComparison c = EditionComparison::compare(m_before, after);
    QCOMPARE(c.textChanges.size(), 3);
    QCOMPARE(c.textChanges.at(0).field, EditionComparison::Field::PledgeTitle);
    QCOMPARE(c.textChanges.at(0).pledgeId, after.pledges[0].id);
    QCOMPARE(c.textChanges.at(1).field, EditionComparison::Field::Content);
    QCOMPARE(c.textChanges.at(1).rowId, after.rows[2].id);
    QCOMPARE(c.textChanges.at(2).field, EditionComparison::Field::AnnualGoal);
    QCOMPARE(c.textChanges.at(2).fiscalYear, year);
    QCOMPARE(c.statusChanges.size(), 1); // the year-end evaluation
    QCOMPARE(c.statusChanges.first().fiscalYear, year);
    QCOMPARE(c.statusChanges.first().periodId, 0);
}

void TestEditionComparison::newPeriodIsListedNotItsCells()
{
    Plan after = m_before;
    Period next = Period::half(2024, 1);
    next.id = 700;
    after.periods.append(next);
    for (const PledgeRow &r : after.rows)
        after.cells.insert({r.id, next.id}, {QStringLiteral("計画"), level(0), QString()});
    const EditionComparison c = EditionComparison::compare(m_before, after);
    QCOMPARE(c.newPeriods, QList<qint64>{next.id});
    QVERIFY(c.statusChanges.isEmpty());
    QVERIFY(c.textChanges.isEmpty());
    QCOMPARE(EditionComparison::compare(after, m_before).removedPeriods, QList<qint64>{next.id});
}

void TestEditionComparison::reportNamesEveryChange()
{
    Plan after = m_before;
    const CellKey up = cellAt(after, 1);
    after.cells[up].levelId = level(0);
    after.cells[up].narrative = QStringLiteral("<b>完了</b>");
    const ChangesReport report =
        ChangesReport::build(m_before, {QStringLiteral("令和5年9月末現在"), QDate(2023, 10, 16)},
                             after, {QString(), QDate(2024, 4, 1)}, ReportOptions());
    QCOMPARE(report.comparedFrom, QStringLiteral("比較元：令和5年9月末現在（2023年10月16日公表）"));
    QCOMPARE(report.comparedTo, QStringLiteral("比較先：現在の計画（2024年4月1日時点）"));
    QCOMPARE(report.sections.size(), 2);
    QCOMPARE(report.sections.at(0).group, ChangesReport::Group::StatusUp);
    QCOMPARE(report.sections.at(0).heading, QStringLiteral("評価が上がったもの（1件）"));
    const ChangesReport::Entry &status = report.sections.at(0).entries.first();
    const PledgeRow *row = after.row(up.first);
    QVERIFY2(status.subject.startsWith(QStringLiteral("NO.") + after.pledge(row->pledgeId)->number),
             qPrintable(status.subject));
    QCOMPARE(status.place, ReportText::periodLabel(*after.period(up.second), after.info,
                                                   ReportOptions::Language::Japanese));
    QVERIFY2(status.before.startsWith(m_before.periodScale.levels.at(1).symbol),
             qPrintable(status.before));
    QVERIFY2(status.after.startsWith(m_before.periodScale.levels.at(0).symbol),
             qPrintable(status.after));
    QCOMPARE(report.sections.at(1).group, ChangesReport::Group::Texts);
    QCOMPARE(report.sections.at(1).entries.first().after, QStringLiteral("<b>完了</b>"));
    QVERIFY(report.sections.at(1).entries.first().place.endsWith(QStringLiteral("取組状況")));
    QCOMPARE(report.entryCount(), 2);
}

void TestEditionComparison::reportInEnglish()
{
    Plan after = m_before;
    after.rows.removeLast();
    ReportOptions options;
    options.language = ReportOptions::Language::English;
    const ChangesReport report = ChangesReport::build(
        m_before, {QStringLiteral("Sept"), QDate(2023, 10, 16)}, after, {}, options);
    QCOMPARE(report.comparedFrom, QStringLiteral("Compared: Sept (published 2023-10-16)"));
    QCOMPARE(report.sections.size(), 1);
    QCOMPARE(report.sections.first().heading, QStringLiteral("Removed rows (1)"));
}

QTEST_GUILESS_MAIN(TestEditionComparison)
#include "tst_editioncomparison.moc"
