#include "io/combinedcells.h"
#include "io/csvexport.h"
#include "io/periodlabels.h"
#include "io/sheetfile.h"
#include "io/sheetimport.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using Field = ColumnMapping::Field;

// Sheets into plans: Wide and Long layouts, combined and merged cells, each kind of bad input
// reported with its line and column, cancelling, and our own CSV export read back.
class TestSheetImport : public QObject
{
    Q_OBJECT

private slots:
    void splitsCombinedCells();
    void importsWideSheet();
    void groupsLongLinesIntoRows();
    void readsOwnCsvExportBack_data();
    void readsOwnCsvExportBack();
    void reportsMissingRequiredColumn();
    void reportsUnmappedStatusWord();
    void reportsUnknownPeriod();
    void createsPeriodsForNewPlan();
    void reportsWidePeriodAndColumnProblems();
    void reportsLineWithoutPledge();
    void reportsMappingToUnknownLevel();
    void reportsConflictingLongLines();
    void cancels();
    void listsStatusTexts();

private:
    static Plan target();
    static Sheet sheet(const QString &name, const QList<QStringList> &rows);
    static Sheet wideSheet();
    static ColumnMapping wideMapping();
    static Sheet longSheet(const QString &secondStatus, const QString &lastPeriod);
    static ColumnMapping longMapping();
    static QStringList problemTexts(const SheetImport::Result &result, const QString &source);
};

Plan TestSheetImport::target()
{
    Plan plan;
    plan.periodScale = StatusScale::preset(StatusScale::Preset::AtoD);
    for (int i = 0; i < plan.periodScale.levels.size(); ++i)
        plan.periodScale.levels[i].id = i + 1;
    Period h1 = Period::half(2024, 1);
    h1.id = 10;
    Period h2 = Period::half(2024, 2);
    h2.id = 11;
    plan.periods = {h1, h2};
    plan.departments = {{20, QStringLiteral("総務課")}};
    return plan;
}

Sheet TestSheetImport::sheet(const QString &name, const QList<QStringList> &rows)
{
    Sheet s;
    s.name = name;
    s.rows = rows;
    return s;
}

// Iruma- and Tokorozawa-like: a period band over the header, combined chapter, pledge and item
// cells, merged chapter and pledge cells left empty below their first line, a blank line.
Sheet TestSheetImport::wideSheet()
{
    const QString e;
    return sheet(
        QStringLiteral("wide.csv"),
        {{e, e, e, e, e, e, QStringLiteral("令和6年度 上半期"), e, e,
          QStringLiteral("令和6年度 下半期")},
         {QStringLiteral("章"), QStringLiteral("公約"), QStringLiteral("項目"),
          QStringLiteral("内容"), QStringLiteral("所管課"), QStringLiteral("目標期日"),
          QStringLiteral("計画"), QStringLiteral("評価"), QStringLiteral("状況"),
          QStringLiteral("計画"), QStringLiteral("評価"), QStringLiteral("状況")},
         {QStringLiteral("第1章 デジタル未来都市"),
          QStringLiteral("1:【デジタル】 行政手続きのオンライン化"),
          QStringLiteral("①電子申請の拡大"), QStringLiteral("申請を電子化する"),
          QStringLiteral("総務課"), QStringLiteral("R6.10"), QStringLiteral("対象拡大"),
          QStringLiteral("B"), QStringLiteral("20件を追加"), e, e, e},
         {e, e, QStringLiteral("②窓口の予約"), QStringLiteral("予約制を導入"),
          QStringLiteral("市民課"), QStringLiteral("令和7年3月"), QStringLiteral("導入"),
          QStringLiteral("完了"), QStringLiteral("導入済み"), e, QStringLiteral("Ａ"),
          QStringLiteral("運用中")},
         {e, QStringLiteral("2:【子育て】 保育の充実"), e, QStringLiteral("待機児童ゼロ"),
          QStringLiteral("保育課"), e, e, e, e, QStringLiteral("計画"), QStringLiteral("C"), e},
         {},
         {QStringLiteral("第2章 安全"), QStringLiteral("3: 防災"), QStringLiteral("①備蓄"), e, e, e,
          e, QStringLiteral("D"), e, e, e, e}});
}

ColumnMapping TestSheetImport::wideMapping()
{
    ColumnMapping m;
    m.headerRow = 1;
    m.setColumn(Field::ChapterTitle, 0);
    m.setColumn(Field::PledgeTitle, 1);
    m.setColumn(Field::RowTitle, 2);
    m.setColumn(Field::Content, 3);
    m.setColumn(Field::Department, 4);
    m.setColumn(Field::TargetDate, 5);
    m.periodColumns = {{QStringLiteral("令和6年度 上半期"), 6, 7, 8},
                       {QStringLiteral("令和6年度 下半期"), 9, 10, 11}};
    return m;
}

Sheet TestSheetImport::longSheet(const QString &secondStatus, const QString &lastPeriod)
{
    return sheet(QStringLiteral("report.csv"),
                 {{QStringLiteral("No."), QStringLiteral("公約"), QStringLiteral("内容"),
                   QStringLiteral("期間"), QStringLiteral("評価")},
                  {QStringLiteral("1"), QStringLiteral("公約A"), QStringLiteral("内容a"),
                   QStringLiteral("令和6年度 上半期"), QStringLiteral("A")},
                  {QStringLiteral("1"), QStringLiteral("公約A"), QStringLiteral("内容a"),
                   QStringLiteral("FY2024 H2"), secondStatus},
                  {QStringLiteral("2"), QStringLiteral("公約B"), QStringLiteral("内容b"),
                   QStringLiteral("令和6年度 上半期"), secondStatus},
                  {QStringLiteral("2"), QStringLiteral("公約B"), QStringLiteral("内容b"),
                   lastPeriod, QStringLiteral("B")}});
}

ColumnMapping TestSheetImport::longMapping()
{
    ColumnMapping m;
    m.layout = ColumnMapping::Layout::Long;
    m.setColumn(Field::PledgeNumber, 0);
    m.setColumn(Field::PledgeTitle, 1);
    m.setColumn(Field::Content, 2);
    m.setColumn(Field::Period, 3);
    m.setColumn(Field::Status, 4);
    return m;
}

QStringList TestSheetImport::problemTexts(const SheetImport::Result &result, const QString &source)
{
    QStringList texts;
    for (const ImportProblem &p : result.problems)
        texts << p.text(source);
    return texts;
}

void TestSheetImport::splitsCombinedCells()
{
    using namespace CombinedCells;
    QCOMPARE(splitChapter(QStringLiteral("第1章 デジタル未来都市")).number, QStringLiteral("1"));
    QCOMPARE(splitChapter(QStringLiteral("第1章 デジタル未来都市")).title,
             QStringLiteral("デジタル未来都市"));
    QCOMPARE(splitChapter(QStringLiteral("第十二章　安全")).number, QStringLiteral("12"));
    QCOMPARE(splitChapter(QStringLiteral("第１章：安全")).title, QStringLiteral("安全"));
    QCOMPARE(splitChapter(QStringLiteral("安全なまち")).number, QString());
    QCOMPARE(chapterNumber(QStringLiteral("第3章")), 3);
    QCOMPARE(chapterNumber(QStringLiteral("３")), 3);
    QCOMPARE(chapterNumber(QStringLiteral("三")), 3);
    QCOMPARE(chapterNumber(QStringLiteral("序")), 0);

    const CombinedCells::Pledge p =
        splitPledge(QStringLiteral("1:【デジタル】 デジタル未来都市推進部門の設置"));
    QCOMPARE(p.number, QStringLiteral("1"));
    QCOMPARE(p.tag, QStringLiteral("デジタル"));
    QCOMPARE(p.title, QStringLiteral("デジタル未来都市推進部門の設置"));
    QCOMPARE(splitPledge(QStringLiteral("１２－２．公園の整備")).number, QStringLiteral("12-2"));
    QCOMPARE(splitPledge(QStringLiteral("１２－２．公園の整備")).title,
             QStringLiteral("公園の整備"));
    QCOMPARE(splitPledge(QStringLiteral("【福祉】 見守り")).tag, QStringLiteral("福祉"));
    QCOMPARE(splitPledge(QStringLiteral("1.5倍の予算")).title, QStringLiteral("1.5倍の予算"));
    QCOMPARE(pledgeNumber(QStringLiteral(" ３： ")), QStringLiteral("3"));

    QCOMPARE(splitRow(QStringLiteral("①行政手続きのオンライン化")).marker, QStringLiteral("①"));
    QCOMPARE(splitRow(QStringLiteral("①行政手続きのオンライン化")).title,
             QStringLiteral("行政手続きのオンライン化"));
    QCOMPARE(splitRow(QStringLiteral("㉑ 二十一番目")).marker, QStringLiteral("㉑"));
    QCOMPARE(splitRow(QStringLiteral("1 番目")).marker, QString());
}

void TestSheetImport::importsWideSheet()
{
    const SheetImport::Result result = SheetImport(target(), wideMapping()).run(wideSheet());
    QVERIFY2(result.plan, qPrintable(problemTexts(result, QStringLiteral("wide.csv")).join(u'\n')));
    const Plan &plan = *result.plan;

    QCOMPARE(plan.periodScale, target().periodScale);
    QCOMPARE(plan.periods, target().periods);
    QCOMPARE(plan.chapters.size(), 2);
    QCOMPARE(plan.chapters.at(0).number, 1);
    QCOMPARE(plan.chapters.at(0).title, QStringLiteral("デジタル未来都市"));
    QCOMPARE(plan.chapters.at(1).number, 2);
    QCOMPARE(plan.chapters.at(1).title, QStringLiteral("安全"));

    QCOMPARE(plan.pledges.size(), 3);
    const Pledge &first = plan.pledges.at(0);
    QCOMPARE(first.number, QStringLiteral("1"));
    QCOMPARE(first.tag, QStringLiteral("デジタル"));
    QCOMPARE(first.title, QStringLiteral("行政手続きのオンライン化"));
    QCOMPARE(first.chapterId, plan.chapters.at(0).id);
    QCOMPARE(plan.pledges.at(1).number, QStringLiteral("2"));
    QCOMPARE(plan.pledges.at(1).chapterId, plan.chapters.at(0).id);
    QCOMPARE(plan.pledges.at(2).title, QStringLiteral("防災"));
    QCOMPARE(plan.pledges.at(2).chapterId, plan.chapters.at(1).id);

    QCOMPARE(plan.rows.size(), 4);
    const PledgeRow &online = plan.rows.at(0);
    QCOMPARE(online.pledgeId, first.id);
    QCOMPARE(online.kind, PledgeRow::Kind::Item);
    QCOMPARE(online.marker, QStringLiteral("①"));
    QCOMPARE(online.title, QStringLiteral("電子申請の拡大"));
    QCOMPARE(online.departmentId, qint64(20)); // matched by name
    QCOMPARE(online.targetDate, QDate(2024, 10, 31));
    QCOMPARE(plan.rows.at(1).pledgeId, first.id); // the merged pledge cell continues
    QCOMPARE(plan.rows.at(1).marker, QStringLiteral("②"));
    const PledgeRow &nursery = plan.rows.at(2);
    QCOMPARE(nursery.kind, PledgeRow::Kind::Department);
    QCOMPARE(plan.department(nursery.departmentId)->name, QStringLiteral("保育課"));
    QCOMPARE(plan.departments.size(), 3);
    QCOMPARE(result.summary.newDepartments,
             (QStringList{QStringLiteral("市民課"), QStringLiteral("保育課")}));

    // Fresh ids beyond the target's (20), none used twice.
    QSet<qint64> ids;
    for (const Chapter &c : plan.chapters)
        ids.insert(c.id);
    for (const Pledge &p : plan.pledges)
        ids.insert(p.id);
    for (const PledgeRow &r : plan.rows)
        ids.insert(r.id);
    for (const Department &d : plan.departments.mid(1))
        ids.insert(d.id);
    QCOMPARE(ids.size(), 2 + 3 + 4 + 2);
    QVERIFY(*std::min_element(ids.begin(), ids.end()) > 20);

    QCOMPARE(plan.cells.size(), 5);
    const Cell cell = plan.cell(online.id, 10);
    QCOMPARE(cell.plan, QStringLiteral("対象拡大"));
    QCOMPARE(cell.levelId, qint64(2)); // B
    QCOMPARE(cell.narrative, QStringLiteral("20件を追加"));
    QCOMPARE(plan.cell(plan.rows.at(1).id, 10).levelId, qint64(1)); // 完了 is A's label
    QCOMPARE(plan.cell(plan.rows.at(1).id, 11).levelId, qint64(1)); // full-width Ａ
    QCOMPARE(plan.cell(plan.rows.at(3).id, 10).levelId, qint64(4));

    QCOMPARE(result.summary.chapters, 2);
    QCOMPARE(result.summary.pledges, 3);
    QCOMPARE(result.summary.rows, 4);
    QCOMPARE(result.summary.cells, 5);
    QCOMPARE(result.summary.cellsPerLevel, (QList<int>{2, 1, 1, 1}));
    QVERIFY(result.summary.newPeriods.isEmpty());
}

void TestSheetImport::groupsLongLinesIntoRows()
{
    const Sheet s =
        sheet(QStringLiteral("long.csv"),
              {{QStringLiteral("公約"), QStringLiteral("項目"), QStringLiteral("期間"),
                QStringLiteral("計画"), QStringLiteral("評価")},
               {QStringLiteral("1: 公約A"), QStringLiteral("①項目"),
                QStringLiteral("令和6年度 上半期"), QStringLiteral("計画1"), QStringLiteral("A")},
               {QString(), QStringLiteral("①項目"), QStringLiteral("令和6年度 下半期"),
                QStringLiteral("計画2"), QStringLiteral("B")},
               {QString(), QStringLiteral("②別の項目"), QStringLiteral("令和6年度 上半期"),
                QString(), QStringLiteral("C")}});
    const ColumnMapping m = ColumnMapping::guess(s, 0);
    QCOMPARE(m.layout, ColumnMapping::Layout::Long);
    const SheetImport::Result result = SheetImport(target(), m).run(s);
    QVERIFY2(result.plan, qPrintable(problemTexts(result, s.name).join(u'\n')));
    QCOMPARE(result.plan->pledges.size(), 1);
    QCOMPARE(result.plan->pledges.at(0).number, QStringLiteral("1"));
    QCOMPARE(result.plan->rows.size(), 2);
    const qint64 row = result.plan->rows.at(0).id;
    QCOMPARE(result.plan->cell(row, 10).plan, QStringLiteral("計画1"));
    QCOMPARE(result.plan->cell(row, 11).plan, QStringLiteral("計画2"));
    QCOMPARE(result.plan->cell(result.plan->rows.at(1).id, 10).levelId, qint64(3));
}

void TestSheetImport::readsOwnCsvExportBack_data()
{
    QTest::addColumn<QString>("sample");
    QTest::newRow("iruma") << QStringLiteral("iruma");
    QTest::newRow("tokorozawa") << QStringLiteral("tokorozawa");
}

// One row per row × period, with our column names: the guessed mapping reads it back whole.
void TestSheetImport::readsOwnCsvExportBack()
{
    QFETCH(QString, sample);
    const Plan original = TestSupport::samplePlan(sample);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.csv"));
    QString error;
    QVERIFY2(CsvExport::write(original, path, &error), qPrintable(error));
    const auto s = SheetFile::read(path, SheetFile::Format::Csv, 0, QString(), &error);
    QVERIFY2(s, qPrintable(error));

    Plan empty = original;
    empty.chapters.clear();
    empty.pledges.clear();
    empty.rows.clear();
    empty.cells.clear();
    empty.yearCells.clear();
    const ColumnMapping m = ColumnMapping::guess(*s, ColumnMapping::guessHeaderRow(*s));
    const SheetImport::Result result = SheetImport(empty, m).run(*s);
    QVERIFY2(result.plan,
             qPrintable(problemTexts(result, QStringLiteral("export.csv")).join(u'\n')));
    const Plan &plan = *result.plan;

    QCOMPARE(plan.periods, original.periods);
    QCOMPARE(plan.departments.size(), original.departments.size());
    QCOMPARE(plan.chapters.size(), original.chapters.size());
    for (int i = 0; i < plan.chapters.size(); ++i) {
        QCOMPARE(plan.chapters.at(i).number, original.chapters.at(i).number);
        QCOMPARE(plan.chapters.at(i).title, original.chapters.at(i).title);
    }
    QCOMPARE(plan.pledges.size(), original.pledges.size());
    for (int i = 0; i < plan.pledges.size(); ++i) {
        QCOMPARE(plan.pledges.at(i).number, original.pledges.at(i).number);
        QCOMPARE(plan.pledges.at(i).tag, original.pledges.at(i).tag);
        QCOMPARE(plan.pledges.at(i).title, original.pledges.at(i).title);
    }
    QCOMPARE(plan.rows.size(), original.rows.size());
    int cells = 0;
    for (int i = 0; i < plan.rows.size(); ++i) {
        const PledgeRow &r = plan.rows.at(i);
        const PledgeRow &o = original.rows.at(i);
        QCOMPARE(r.kind, o.kind);
        QCOMPARE(r.marker, o.marker);
        QCOMPARE(r.title, o.title);
        QCOMPARE(r.content, o.content);
        QCOMPARE(plan.department(r.departmentId) ? plan.department(r.departmentId)->name
                                                 : QString(),
                 original.department(o.departmentId) ? original.department(o.departmentId)->name
                                                     : QString());
        const QString targetText = o.targetDateText.isEmpty()
                                       ? original.pledge(o.pledgeId)->targetDateText
                                       : o.targetDateText;
        QCOMPARE(r.targetDateText, targetText);
        for (const Period &period : original.periods) {
            QCOMPARE(plan.cell(r.id, period.id), original.cell(o.id, period.id));
            cells += original.cell(o.id, period.id).isEmpty() ? 0 : 1;
        }
    }
    QCOMPARE(plan.cells.size(), cells);
    QVERIFY(cells > 0);
}

void TestSheetImport::reportsMissingRequiredColumn()
{
    ColumnMapping m = longMapping();
    m.setColumn(Field::PledgeNumber, -1);
    m.setColumn(Field::PledgeTitle, -1);
    m.setColumn(Field::Content, -1);
    const SheetImport::Result result =
        SheetImport(target(), m).run(longSheet(QStringLiteral("B"), QStringLiteral("FY2024 H2")));
    QVERIFY(!result.plan);
    QCOMPARE(problemTexts(result, QStringLiteral("report.csv")),
             (QStringList{QStringLiteral("report.csv: no column is mapped to the pledge title or "
                                         "the pledge number; choose one on the columns page or in "
                                         "the mapping file (columns.pledge_title)"),
                          QStringLiteral("report.csv: no column is mapped to the item title or the "
                                         "content; choose one on the columns page or in the "
                                         "mapping file (columns.content)")}));
}

void TestSheetImport::reportsUnmappedStatusWord()
{
    const Sheet s = longSheet(QStringLiteral("済"), QStringLiteral("FY2024 H2"));
    ColumnMapping m = longMapping();
    SheetImport::Result result = SheetImport(target(), m).run(s);
    QVERIFY(!result.plan);
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.at(0).line, 3);
    QCOMPARE(result.problems.at(0).column, 4);
    QCOMPARE(result.problems.at(0).text(QStringLiteral("report.csv")),
             QStringLiteral("report.csv line 3, column E (評価): the status \"済\" is on no level "
                            "of the scale A–D; map it on the status page or in the mapping file "
                            "(2 lines in all)"));

    m.statusWords.insert(QStringLiteral("済"), QStringLiteral("A"));
    result = SheetImport(target(), m).run(s);
    QVERIFY(result.plan);
    QCOMPARE(result.summary.cellsPerLevel, (QList<int>{3, 1, 0, 0}));
}

void TestSheetImport::reportsUnknownPeriod()
{
    const Sheet s = longSheet(QStringLiteral("B"), QStringLiteral("令和9年度 上半期"));
    const SheetImport::Result result = SheetImport(target(), longMapping()).run(s);
    QVERIFY(!result.plan);
    QCOMPARE(
        problemTexts(result, QStringLiteral("report.csv")),
        QStringList{QStringLiteral(
            "report.csv line 5, column D (期間): the period \"令和9年度 上半期\" is not one of "
            "the plan's periods; add it under Plan › Periods first, or import into a new plan")});
}

void TestSheetImport::createsPeriodsForNewPlan()
{
    const Sheet s = longSheet(QStringLiteral("B"), QStringLiteral("令和9年度 上半期"));
    ColumnMapping m = longMapping();
    m.createPeriods = true;
    m.scalePreset = StatusScale::Preset::AtoD;
    Plan newPlan;
    SheetImport::Result result = SheetImport(newPlan, m).run(s);
    QVERIFY2(result.plan, qPrintable(problemTexts(result, s.name).join(u'\n')));
    QCOMPARE(result.plan->periodScale.levels.size(), 4);
    QVERIFY(result.plan->periodScale.levels.at(0).id > 0);
    const QList<Period> periods = result.plan->periods;
    QCOMPARE(periods.size(), 3);
    QVERIFY(PeriodLabels::samePeriod(periods.at(0), Period::half(2024, 1)));
    QVERIFY(PeriodLabels::samePeriod(periods.at(1), Period::half(2024, 2)));
    QVERIFY(PeriodLabels::samePeriod(periods.at(2), Period::half(2027, 1)));
    QSet<qint64> ids;
    for (const Period &p : periods)
        ids.insert(p.id);
    for (const StatusLevel &l : result.plan->periodScale.levels)
        ids.insert(l.id);
    QCOMPARE(ids.size(), 7);
    QVERIFY(!ids.contains(0));
    QCOMPARE(result.summary.newPeriods, periods);
    QCOMPARE(result.plan->cell(result.plan->rows.at(1).id, periods.at(2).id).levelId,
             result.plan->periodScale.levels.at(1).id);
}

void TestSheetImport::reportsWidePeriodAndColumnProblems()
{
    ColumnMapping m = wideMapping();
    m.periodColumns[1].period = QStringLiteral("令和9年度");
    m.periodColumns.append({QString(), 12, -1, -1});
    m.setColumn(Field::RowMarker, 40);
    const SheetImport::Result result = SheetImport(target(), m).run(wideSheet());
    QVERIFY(!result.plan);
    const QStringList texts = problemTexts(result, QStringLiteral("wide.xlsx"));
    QCOMPARE(texts.size(), 4);
    QVERIFY2(texts.at(0).startsWith(QStringLiteral("wide.xlsx: Item marker (①) is mapped to "
                                                   "column AO, but the sheet has only 12 columns")),
             qPrintable(texts.at(0)));
    QVERIFY2(
        texts.at(1).startsWith(QStringLiteral("wide.xlsx row 2, column J (計画): the period "
                                              "\"令和9年度\" is not one of the plan's periods")),
        qPrintable(texts.at(1)));
    QVERIFY2(texts.at(2).startsWith(QStringLiteral("wide.xlsx: Plan is mapped to column M")),
             qPrintable(texts.at(2)));
    QVERIFY2(texts.at(3).startsWith(
                 QStringLiteral("wide.xlsx row 2, column M: these columns name no period")),
             qPrintable(texts.at(3)));
}

void TestSheetImport::reportsLineWithoutPledge()
{
    Sheet s = longSheet(QStringLiteral("B"), QStringLiteral("FY2024 H2"));
    s.rows.insert(1, {QString(), QString(), QStringLiteral("孤立した内容")});
    const SheetImport::Result result = SheetImport(target(), longMapping()).run(s);
    QVERIFY(!result.plan);
    QCOMPARE(problemTexts(result, QStringLiteral("report.csv")),
             QStringList{QStringLiteral("report.csv line 2: this line names no pledge (number or "
                                        "title), and no line above it does either; fill in the "
                                        "pledge")});
}

void TestSheetImport::reportsMappingToUnknownLevel()
{
    ColumnMapping m = longMapping();
    m.statusWords.insert(QStringLiteral("済"), QStringLiteral("☆"));
    const SheetImport::Result result =
        SheetImport(target(), m).run(longSheet(QStringLiteral("B"), QStringLiteral("FY2024 H2")));
    QVERIFY(!result.plan);
    QCOMPARE(problemTexts(result, QStringLiteral("m.csv")),
             QStringList{QStringLiteral("m.csv: the status word \"済\" is mapped to \"☆\", which "
                                        "is no level of the scale A–D (status_words)")});
}

void TestSheetImport::reportsConflictingLongLines()
{
    Sheet s = longSheet(QStringLiteral("B"), QStringLiteral("FY2024 H2"));
    s.rows.append({QStringLiteral("1"), QStringLiteral("公約A"), QStringLiteral("内容a"),
                   QStringLiteral("令和6年度 上半期"), QStringLiteral("C")});
    const SheetImport::Result result = SheetImport(target(), longMapping()).run(s);
    QVERIFY(!result.plan);
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.at(0).line, 6);
}

void TestSheetImport::cancels()
{
    Sheet s = wideSheet();
    for (int i = 0; i < 50; ++i)
        s.rows.append(s.rows.at(2));
    SheetImport import(target(), wideMapping());
    QList<qint64> seen;
    import.setProgress(
        [&](qint64 done, qint64 total) {
            seen.append(done);
    return total == s.rows.size() - 2 && done < 20;
},
        10);
const SheetImport::Result result = import.run(s);
QVERIFY(result.cancelled);
QVERIFY(!result.plan);
QCOMPARE(seen, (QList<qint64>{0, 10, 20}));
QCOMPARE(problemTexts(result, QStringLiteral("big.csv")),
         QStringList{QStringLiteral("big.csv: the import was cancelled; nothing was changed")});

SheetImport whole(target(), wideMapping());
seen.clear();
whole.setProgress([&](qint64 done, qint64) {
    seen.append(done);
    return true;
});
QVERIFY(whole.run(s).plan);
QCOMPARE(seen, (QList<qint64>{0, s.rows.size() - 2}));
}

void TestSheetImport::listsStatusTexts()
{
    QCOMPARE(SheetImport::statusTexts(wideSheet(), wideMapping()),
             (QStringList{QStringLiteral("B"), QStringLiteral("完了"), QStringLiteral("Ａ"),
                          QStringLiteral("C"), QStringLiteral("D")}));
    QCOMPARE(SheetImport::statusTexts(longSheet(QStringLiteral("済"), QStringLiteral("R6")),
                                      longMapping()),
             (QStringList{QStringLiteral("A"), QStringLiteral("済"), QStringLiteral("B")}));
}

QTEST_GUILESS_MAIN(TestSheetImport)
#include "tst_sheetimport.moc"
