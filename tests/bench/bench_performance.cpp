// The performance benchmarks of issue 9, on generated plans: "large" (1,000 rows × 16 periods)
// and "huge" (10,000 rows × 24 periods). scripts/benchmark generates them with
// `pledgetracker generate` and passes their folder in PLEDGE_BENCH_DATA; without it they are
// generated here, or tiny ones when PLEDGE_BENCH_TINY is set (the smoke test).
#include "document/document.h"
#include "document/editing.h"
#include "io/csvexport.h"
#include "io/planimport.h"
#include "io/plangenerator.h"
#include "io/xlsxexport.h"
#include "models/pledgefiltermodel.h"
#include "models/pledgetreemodel.h"
#include "report/reportwriter.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

// The median of single operations, which QBENCHMARK's mean of many iterations hides: printed
// as "median NAME MS" for scripts/benchmark.
template <typename Operation> void printMedian(const char *name, int count, Operation operation)
{
    QList<double> ms;
    for (int i = 0; i < count; ++i) {
        QElapsedTimer timer;
        timer.start();
        operation();
        ms.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    qInfo("median %s %.3f", name, ms.at(ms.size() / 2));
}

} // namespace

class BenchPerformance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void openLarge();
    void openHuge();
    void floorReadHuge();
    void statusEditHuge();
    void filterKeystrokeHuge();
    void pdfTableLarge();
    void pdfSummaryHuge();
    void xlsxExportLarge();
    void csvExportLarge();
    void csvImport10000Rows();

private:
    void open(const QString &path);
    QString generate(const QString &name, int pledges, int rowsPerPledge, int periods);

    QTemporaryDir m_dir;
    QString m_large;
    QString m_huge;
};

QString BenchPerformance::generate(const QString &name, int pledges, int rowsPerPledge, int periods)
{
    const QString path = m_dir.filePath(name + QStringLiteral(".pledges"));
    QString error;
    const auto doc =
        Document::create(path, PlanGenerator::generate(pledges, rowsPerPledge, periods, 1), &error);
    if (!doc)
        qFatal("%s", qPrintable(error));
    return path;
}

void BenchPerformance::initTestCase()
{
    const QString data = qEnvironmentVariable("PLEDGE_BENCH_DATA");
    if (!data.isEmpty()) {
        m_large = data + QStringLiteral("/large.pledges");
        m_huge = data + QStringLiteral("/huge.pledges");
    } else if (qEnvironmentVariableIsSet("PLEDGE_BENCH_TINY")) {
        m_large = generate(QStringLiteral("large"), 5, 2, 4);
        m_huge = generate(QStringLiteral("huge"), 10, 2, 6);
    } else {
        m_large = generate(QStringLiteral("large"), 100, 10, 16);
        m_huge = generate(QStringLiteral("huge"), 1000, 10, 24);
    }
    QVERIFY2(QFile::exists(m_large) && QFile::exists(m_huge), qPrintable(m_huge));
}

// Open for writing as the editor does, with the table's models built (no widgets, no paint).
// Each iteration also closes the document it opened.
void BenchPerformance::open(const QString &path)
{
    QBENCHMARK
    {
        QString error;
        const auto doc = Document::open(path, Document::Access::ReadWrite, &error);
        QVERIFY2(doc, qPrintable(error));
        PledgeTreeModel tree(doc.get());
        PledgeFilterModel filter(doc.get());
        filter.setSourceModel(&tree);
        QVERIFY(filter.rowCount() > 0);
    }
}

void BenchPerformance::openLarge()
{
    open(m_large);
}

void BenchPerformance::openHuge()
{
    open(m_huge);
}

// The floor: what SQLite and Qt's driver need to hand over every cell, with nothing built.
void BenchPerformance::floorReadHuge()
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("floor"));
        db.setDatabaseName(m_huge);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY(db.open());
        qint64 cells = 0;
        QBENCHMARK
        {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            QVERIFY(q.exec(
                QStringLiteral("SELECT row_id, period_id, plan, level_id, narrative FROM cells")));
            cells = 0;
            while (q.next()) {
                const qint64 row = q.value(0).toLongLong();
                const qint64 period = q.value(1).toLongLong();
                const QString plan = q.value(2).toString();
                const qint64 level = q.value(3).toLongLong();
                const QString narrative = q.value(4).toString();
                cells += (row + period + level + plan.size() + narrative.size()) ? 1 : 0;
            }
        }
        QVERIFY(cells > 0);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("floor"));
}

// One status change as the table makes it: an undo command, committed (synchronous=FULL),
// the tree and filter models told. Alternates two levels so every iteration changes the cell.
void BenchPerformance::statusEditHuge()
{
    QString error;
    const auto doc = Document::open(m_huge, Document::Access::ReadWrite, &error);
    QVERIFY2(doc, qPrintable(error));
    PledgeTreeModel tree(doc.get());
    PledgeFilterModel filter(doc.get());
    filter.setSourceModel(&tree);
    const Plan &plan = doc->plan();
    const CellKey key{plan.rows.at(plan.rows.size() / 2).id, plan.periods.constLast().id};
    const qint64 levels[] = {plan.periodScale.levels.at(0).id, plan.periodScale.levels.at(2).id};
    int i = 0;
    printMedian("statusEditHuge", 31, [&] { Editing::setStatus(*doc, {key}, levels[i++ % 2]); });
    QBENCHMARK
    {
        QVERIFY(Editing::setStatus(*doc, {key}, levels[i++ % 2]));
    }
}

// One keystroke in the find box: the text grows by a character, or shrinks by one.
void BenchPerformance::filterKeystrokeHuge()
{
    QString error;
    const auto doc = Document::open(m_huge, Document::Access::ReadOnly, &error);
    QVERIFY2(doc, qPrintable(error));
    PledgeTreeModel tree(doc.get());
    PledgeFilterModel filter(doc.get());
    filter.setSourceModel(&tree);
    RowFilter typed;
    typed.setText(QStringLiteral("協議"));
    filter.setFilter(typed); // builds the text index once, as the first keystroke does
    const QString texts[] = {QStringLiteral("協議を"), QStringLiteral("協議")};
    int i = 0;
    printMedian("filterKeystrokeHuge", 31, [&] {
        typed.setText(texts[i++ % 2]);
        filter.setFilter(typed);
    });
    QBENCHMARK
    {
        typed.setText(texts[i++ % 2]);
        filter.setFilter(typed);
    }
    QVERIFY(filter.matchingRowCount() > 0);
}

void BenchPerformance::pdfTableLarge()
{
    QString error;
    const auto doc = Document::open(m_large, Document::Access::ReadOnly, &error);
    QVERIFY2(doc, qPrintable(error));
    ReportOptions options;
    options.layout = ReportOptions::Layout::Table;
    for (const Period &p : doc->plan().periods.mid(doc->plan().periods.size() - 4))
        options.periodIds.append(p.id);
    const QString pdf = m_dir.filePath(QStringLiteral("table.pdf"));
    int pages = 0;
    QBENCHMARK
    {
        QVERIFY2(ReportWriter::writePdf(doc->plan(), options, pdf, &error, {}, &pages),
                 qPrintable(error));
    }
    qInfo("table of large: %d pages", pages);
}

void BenchPerformance::pdfSummaryHuge()
{
    QString error;
    const auto doc = Document::open(m_huge, Document::Access::ReadOnly, &error);
    QVERIFY2(doc, qPrintable(error));
    ReportOptions options;
    options.layout = ReportOptions::Layout::Summary;
    const QString pdf = m_dir.filePath(QStringLiteral("summary.pdf"));
    int pages = 0;
    QBENCHMARK
    {
        QVERIFY2(ReportWriter::writePdf(doc->plan(), options, pdf, &error, {}, &pages),
                 qPrintable(error));
    }
    qInfo("summary of huge: %d pages", pages);
}

// Export XLSX of the whole large plan (every period), through the temporary file and QSaveFile.
void BenchPerformance::xlsxExportLarge()
{
    QString error;
    const auto doc = Document::open(m_large, Document::Access::ReadOnly, &error);
    QVERIFY2(doc, qPrintable(error));
    const QString xlsx = m_dir.filePath(QStringLiteral("large.xlsx"));
    QBENCHMARK
    {
        QVERIFY2(XlsxExport::write(doc->plan(), xlsx, &error), qPrintable(error));
    }
    qInfo("xlsx of large: %lld bytes", QFileInfo(xlsx).size());
}

void BenchPerformance::csvExportLarge()
{
    QString error;
    const auto doc = Document::open(m_large, Document::Access::ReadOnly, &error);
    QVERIFY2(doc, qPrintable(error));
    const QString csv = m_dir.filePath(QStringLiteral("large.csv"));
    QBENCHMARK
    {
        QVERIFY2(CsvExport::write(doc->plan(), csv, &error), qPrintable(error));
    }
    qInfo("csv of large: %lld bytes", QFileInfo(csv).size());
}

// CSV import of 10,000 plan rows (one period, our open-data CSV: 10,000 lines) into a new plan
// file, as `pledgetracker import` does it: read, decode, parse, map, build, write.
void BenchPerformance::csvImport10000Rows()
{
    const bool tiny = qEnvironmentVariableIsSet("PLEDGE_BENCH_TINY");
    QString error;
    const QString csv = m_dir.filePath(QStringLiteral("rows.csv"));
    QVERIFY2(CsvExport::write(PlanGenerator::generate(tiny ? 10 : 2000, 5, 1, 1), csv, &error),
             qPrintable(error));
    const QString target = m_dir.filePath(QStringLiteral("imported.pledges"));
    int rows = 0;
    QBENCHMARK
    {
        QFile::remove(target);
        PlanImport::Request request;
        request.path = csv;
        const auto result = PlanImport::readFile(request, Plan(), &error);
        QVERIFY2(result, qPrintable(error));
        const auto doc = Document::create(target, result->plan, &error);
        QVERIFY2(doc, qPrintable(error));
        rows = int(doc->plan().rows.size());
    }
    QCOMPARE(rows, tiny ? 50 : 10000);
}

QTEST_MAIN(BenchPerformance)
#include "bench_performance.moc"
