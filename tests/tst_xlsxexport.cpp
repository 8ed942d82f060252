#include "io/spreadsheetsafety.h"
#include "io/xlsxexport.h"
#include "io/xlsxpackage.h"
#include "io/xlsxreader.h"
#include "stats/statuscounts.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QXmlStreamReader>

namespace {

// An element of a workbook part with its attributes: the layout (frozen panes, filter, merged
// ranges, formulas) is in the XML, not in the cell text the reader gives.
struct Element
{
    QString name;
    QXmlStreamAttributes attributes;
};

QList<Element> elements(const QString &path, const QString &part)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    XlsxPackage package(&file, path, XlsxReader::MaxPartSize);
    QString error;
    QList<Element> found;
    const bool ok = package.open(&error) &&
                    package.readXml(
                        part,
                        [&](QXmlStreamReader &xml) {
                            while (!xml.atEnd()) {
                                if (xml.readNext() == QXmlStreamReader::StartElement)
                                    found.append({xml.name().toString(), xml.attributes()});
                            }
                        },
                        &error);
    if (!ok)
        qWarning("%s", qPrintable(error));
    return found;
}

QList<Element> named(const QList<Element> &all, const QString &name)
{
    QList<Element> result;
    for (const Element &e : all) {
        if (e.name == name)
            result.append(e);
    }
    return result;
}

Sheet readSheet(const QString &path, int index)
{
    QString error;
    const auto sheet = XlsxReader::readSheet(path, index, &error);
    if (!sheet)
        qWarning("%s", qPrintable(error));
    return sheet.value_or(Sheet());
}

} // namespace

// The XLSX export, read back: the progress table and the summary, its layout, and text that
// must not run as a formula.
class TestXlsxExport : public QObject
{
    Q_OBJECT

private slots:
    void progressTable_data();
    void progressTable();
    void summaryCounts();
    void englishHeadings();
    void formulasAreNeutralised();
    void missingFolderFails();
    void cancelLeavesNoFile();
    void existingFileReplacedOnlyOnSuccess();

private:
    QString exported(const Plan &plan, const QString &name, bool japanese = true);
    QTemporaryDir m_dir;
};

QString TestXlsxExport::exported(const Plan &plan, const QString &name, bool japanese)
{
    const QString path = m_dir.filePath(name + QStringLiteral(".xlsx"));
    QString error;
    if (!XlsxExport::write(plan, path, &error, {}, japanese))
        qWarning("%s", qPrintable(error));
    return path;
}

void TestXlsxExport::progressTable_data()
{
    QTest::addColumn<QString>("sample");
    QTest::newRow("iruma") << QStringLiteral("iruma");
    QTest::newRow("tokorozawa") << QStringLiteral("tokorozawa");
}

void TestXlsxExport::progressTable()
{
    QFETCH(QString, sample);
    const Plan plan = TestSupport::samplePlan(sample);
    const QString path = exported(plan, sample);
    QString error;
    QCOMPARE(XlsxReader::sheetNames(path, &error),
             QStringList({QStringLiteral("進捗状況"), QStringLiteral("集計")}));

    const Sheet table = readSheet(path, 0);
    const int periodColumns = 3 * int(plan.periods.size());
    QCOMPARE(table.columnCount(), 6 + periodColumns);
    QCOMPARE(table.rows.at(1).mid(0, 6),
             QStringList({QStringLiteral("NO."), QStringLiteral("公約"), QStringLiteral("項目"),
                          QStringLiteral("内容"), QStringLiteral("所管課等"),
                          QStringLiteral("目標期日")}));
    const int start = plan.info.fiscalYearStartMonth;
    for (int p = 0; p < plan.periods.size(); ++p) {
        const QString label = plan.periods.at(p).label(true, start);
        for (int c = 0; c < 3; ++c) // the label is merged over the period's three columns
            QCOMPARE(table.cell(0, 6 + 3 * p + c), label);
        QCOMPARE(table.cell(1, 6 + 3 * p), QStringLiteral("計画"));
        QCOMPARE(table.cell(1, 6 + 3 * p + 1), QStringLiteral("評価"));
        QCOMPARE(table.cell(1, 6 + 3 * p + 2), QStringLiteral("取組状況"));
    }
    // Two heading rows, then the rows in plan order, each chapter's line before its pledges.
    const int lastColumn = 5 + periodColumns;
    int line = 2;
    qint64 chapterId = -1;
    for (const PledgeRow &row : plan.rows) {
        const Pledge *pledge = plan.pledge(row.pledgeId);
        if (const Chapter *chapter = plan.chapter(pledge->chapterId);
            chapter && chapter->id != chapterId) {
            const QString heading =
                QStringLiteral("第%1章 %2").arg(chapter->number).arg(chapter->title);
            QCOMPARE(table.cell(line, 0), heading);
            QCOMPARE(table.cell(line, lastColumn), heading); // merged over the whole width
            ++line;
        }
        chapterId = pledge->chapterId;
        QCOMPARE(table.cell(line, 0), pledge->number);
        QCOMPARE(table.cell(line, 3), SpreadsheetSafety::neutralised(row.content));
        for (int p = 0; p < plan.periods.size(); ++p) {
            const Cell cell = plan.cell(row.id, plan.periods.at(p).id);
            const StatusLevel *level = plan.periodScale.levelById(cell.levelId);
            QCOMPARE(table.cell(line, 6 + 3 * p), SpreadsheetSafety::neutralised(cell.plan));
            QCOMPARE(table.cell(line, 6 + 3 * p + 1), level ? level->symbol : QString());
            QCOMPARE(table.cell(line, 6 + 3 * p + 2),
                     SpreadsheetSafety::neutralised(cell.narrative));
        }
        ++line;
    }
    QCOMPARE(line, table.rows.size());

    const QList<Element> xml = elements(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    const QList<Element> panes = named(xml, QStringLiteral("pane"));
    QCOMPARE(panes.size(), 1);
    QCOMPARE(panes.first().attributes.value(QLatin1String("state")), QLatin1String("frozen"));
    QCOMPARE(panes.first().attributes.value(QLatin1String("xSplit")), QLatin1String("6"));
    QCOMPARE(panes.first().attributes.value(QLatin1String("ySplit")), QLatin1String("2"));
    QCOMPARE(named(xml, QStringLiteral("autoFilter")).size(), 1);
    QCOMPARE(named(xml, QStringLiteral("mergeCell")).size(),
             1 + plan.periods.size() + plan.chapters.size());

    // Status cells are filled with their level's colour (a format no cell uses is not written).
    const QList<Element> styles = elements(path, QStringLiteral("xl/styles.xml"));
    QStringList fills;
    for (const Element &e : named(styles, QStringLiteral("fgColor")))
        fills.append(e.attributes.value(QLatin1String("rgb")).toString().toUpper());
    for (const Cell &cell : plan.cells) {
        if (const StatusLevel *level = plan.periodScale.levelById(cell.levelId)) {
            const QString argb = QStringLiteral("FF") + level->color.name().mid(1).toUpper();
            QVERIFY2(fills.contains(argb), qPrintable(argb));
        }
    }
}

void TestXlsxExport::summaryCounts()
{
    const Plan plan = TestSupport::samplePlan(QStringLiteral("tokorozawa"));
    const QString path = exported(plan, QStringLiteral("summary"));
    const Sheet summary = readSheet(path, 1);
    const int levels = int(plan.periodScale.levels.size());
    QCOMPARE(summary.rows.size(), 1 + plan.periods.size());
    QCOMPARE(summary.cell(0, 1 + levels), QStringLiteral("未評価"));
    QCOMPARE(summary.cell(0, 2 + levels), QStringLiteral("合計"));
    for (int p = 0; p < plan.periods.size(); ++p) {
        const StatusCounts counts = StatusCounts::forPeriod(plan, plan.periods.at(p).id);
        QCOMPARE(summary.cell(p + 1, 0), plan.periods.at(p).label(true, 4));
        for (int l = 0; l < levels; ++l)
            QCOMPARE(summary.cell(p + 1, 1 + l), QString::number(counts.perLevel.at(l)));
        QCOMPARE(summary.cell(p + 1, 1 + levels), QString::number(counts.none));
        QCOMPARE(summary.cell(p + 1, 2 + levels), QString::number(counts.total()));
        QCOMPARE(summary.cell(p + 1, 3 + levels),
                 QString::number(counts.achieved(plan.periodScale)));
        QVERIFY2(summary.cell(p + 1, 4 + levels).endsWith(QLatin1Char('%')),
                 qPrintable(summary.cell(p + 1, 4 + levels)));
    }
}

void TestXlsxExport::englishHeadings()
{
    const Plan plan = TestSupport::samplePlan(QStringLiteral("iruma"));
    const QString path = exported(plan, QStringLiteral("english"), false);
    QString error;
    QCOMPARE(XlsxReader::sheetNames(path, &error),
             QStringList({QStringLiteral("Progress"), QStringLiteral("Summary")}));
    const Sheet table = readSheet(path, 0);
    QCOMPARE(table.cell(1, 0), QStringLiteral("No."));
    QCOMPARE(table.cell(1, 6), QStringLiteral("Plan"));
    QCOMPARE(table.cell(0, 6), plan.periods.first().label(false, 4));
    QCOMPARE(readSheet(path, 1).cell(0, 0), QStringLiteral("Period"));
}

void TestXlsxExport::formulasAreNeutralised()
{
    Plan plan = TestSupport::samplePlan(QStringLiteral("iruma"));
    const QStringList risky = {QStringLiteral("=1+1"), QStringLiteral("@SUM(A1:A9)"),
                               QStringLiteral("+x"),   QStringLiteral("-y"),
                               QStringLiteral("\tz"),  QStringLiteral("- 令和5年度着手")};
    for (int i = 0; i < risky.size(); ++i)
        plan.rows[i].content = risky.at(i);
    plan.cells[{plan.rows.at(0).id, plan.periods.at(0).id}].narrative = QStringLiteral("=1+1");
    plan.periods[0].customLabel = QStringLiteral("=HYPERLINK(\"x\")");
    const QString path = exported(plan, QStringLiteral("formulas"));

    const Sheet table = readSheet(path, 0);
    QStringList contents;
    for (const QStringList &row : table.rows)
        contents.append(row.value(3));
    for (const QString &text : risky)
        QVERIFY2(contents.contains(QLatin1Char('\'') + text), qPrintable(text));
    QCOMPARE(table.cell(3, 8), QStringLiteral("'=1+1")); // the first row's first narrative
    QCOMPARE(table.cell(0, 6), QStringLiteral("'=HYPERLINK(\"x\")"));
    QCOMPARE(readSheet(path, 1).cell(1, 0), QStringLiteral("'=HYPERLINK(\"x\")"));

    for (const QString &part :
         {QStringLiteral("xl/worksheets/sheet1.xml"), QStringLiteral("xl/worksheets/sheet2.xml")}) {
        const QList<Element> xml = elements(path, part);
        QVERIFY(!xml.isEmpty());
        QVERIFY2(named(xml, QStringLiteral("f")).isEmpty(), qPrintable(part));
    }
}

void TestXlsxExport::missingFolderFails()
{
    const QString path = m_dir.filePath(QStringLiteral("no such folder/plan.xlsx"));
    QString error;
    QVERIFY(!XlsxExport::write(TestSupport::samplePlan(QStringLiteral("iruma")), path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("no such folder"))));
}

void TestXlsxExport::cancelLeavesNoFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cancelled.xlsx"));
    QString error;
    qint64 calls = 0;
    QVERIFY(!XlsxExport::write(TestSupport::samplePlan(QStringLiteral("tokorozawa")), path, &error,
                               [&](qint64 done, qint64 total) {
                                   ++calls;
                                   return done < total / 2;
                               }));
    QVERIFY(calls > 1);
    QVERIFY2(error.contains(path), qPrintable(error));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestXlsxExport::existingFileReplacedOnlyOnSuccess()
{
    const QString path = m_dir.filePath(QStringLiteral("existing.xlsx"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    const Plan plan = TestSupport::samplePlan(QStringLiteral("iruma"));
    QString error;
    // Cancelled at the last step, after the workbook was zipped.
    QVERIFY(!XlsxExport::write(plan, path, &error,
                               [](qint64 done, qint64 total) { return done < total; }));
    QCOMPARE(TestSupport::fileBytes(path), QByteArray("old"));
    qint64 last = 0;
    qint64 lastTotal = -1;
    QVERIFY2(XlsxExport::write(plan, path, &error,
                               [&](qint64 done, qint64 total) {
                                   last = done;
                                   lastTotal = total;
                                   return true;
                               }),
             qPrintable(error));
    QCOMPARE(last, lastTotal);
    QVERIFY(TestSupport::fileBytes(path).startsWith("PK"));
    QCOMPARE(XlsxReader::sheetNames(path, &error).size(), 2);
}

QTEST_GUILESS_MAIN(TestXlsxExport)
#include "tst_xlsxexport.moc"
