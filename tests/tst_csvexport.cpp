#include "io/csvexport.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

namespace {

// A strict RFC 4180 reader for the test: records of fields, CRLF between records.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += c;
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty()) {
        record.append(field);
        records.append(record);
    }
    return records;
}

QList<QStringList> exported(const Plan &plan)
{
    return parseCsv(QString::fromUtf8(CsvExport::toBytes(plan).mid(3)));
}

} // namespace

// The open-data CSV: its shape, its quoting, and text that must not run as a formula.
class TestCsvExport : public QObject
{
    Q_OBJECT

private slots:
    void headerAndBom();
    void oneLinePerRowAndPeriod_data();
    void oneLinePerRowAndPeriod();
    void columnValues();
    void quotedFieldsRoundTrip();
    void formulasAreNeutralised_data();
    void formulasAreNeutralised();
    void missingFolderFails();
    void cancelLeavesNoFile();
    void existingFileReplacedOnlyOnSuccess();

private:
    QTemporaryDir m_dir;
};

void TestCsvExport::headerAndBom()
{
    const QByteArray bytes = CsvExport::toBytes(TestSupport::samplePlan(QStringLiteral("iruma")));
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QByteArray header =
        "row_id,chapter_number,chapter_title,pledge_number,pledge_tag,pledge_title,row_kind,"
        "row_marker,row_title,content,department,target_date_text,target_date,period,"
        "period_start,period_end,plan,status,status_label,achieved,narrative\r\n";
    QCOMPARE(bytes.mid(3, header.size()), header);
    QVERIFY(bytes.endsWith("\r\n"));
}

void TestCsvExport::oneLinePerRowAndPeriod_data()
{
    QTest::addColumn<QString>("sample");
    QTest::newRow("iruma") << QStringLiteral("iruma");
    QTest::newRow("tokorozawa") << QStringLiteral("tokorozawa");
}

void TestCsvExport::oneLinePerRowAndPeriod()
{
    QFETCH(QString, sample);
    const Plan plan = TestSupport::samplePlan(sample);
    const QList<QStringList> records = exported(plan);
    QCOMPARE(records.size(), 1 + plan.rows.size() * plan.periods.size());
    for (const QStringList &record : records)
        QCOMPARE(record.size(), CsvExport::columns().size());
    // In plan order: row by row, each row's periods in the plan's order.
    const int start = plan.info.fiscalYearStartMonth;
    for (int r = 0; r < plan.rows.size(); ++r) {
        for (int p = 0; p < plan.periods.size(); ++p) {
            const QStringList &record = records.at(1 + r * plan.periods.size() + p);
            QCOMPARE(record.at(0), QString::number(plan.rows.at(r).id));
            QCOMPARE(record.at(13), plan.periods.at(p).label(true, start));
        }
    }
}

void TestCsvExport::columnValues()
{
    const Plan plan = TestSupport::samplePlan(QStringLiteral("tokorozawa"));
    const QList<QStringList> records = exported(plan);
    const QStringList columns = CsvExport::columns();
    // The first cell that has a status.
    for (int r = 0; r < plan.rows.size(); ++r) {
        for (int p = 0; p < plan.periods.size(); ++p) {
            const PledgeRow &row = plan.rows.at(r);
            const Period &period = plan.periods.at(p);
            const Cell cell = plan.cell(row.id, period.id);
            const StatusLevel *level = plan.periodScale.levelById(cell.levelId);
            if (!level)
                continue;
            const QStringList &record = records.at(1 + r * plan.periods.size() + p);
            auto value = [&](const char *name) {
                return record.at(columns.indexOf(QLatin1String(name)));
            };
            QCOMPARE(value("pledge_number"), plan.pledge(row.pledgeId)->number);
            QCOMPARE(value("row_kind"), row.kind == PledgeRow::Kind::Item
                                            ? QStringLiteral("item")
                                            : QStringLiteral("department"));
            QCOMPARE(value("period_start"), period.startDate().toString(Qt::ISODate));
            QCOMPARE(value("period_end"), period.endDate().toString(Qt::ISODate));
            QCOMPARE(value("status"), level->symbol);
            QCOMPARE(value("status_label"), level->label);
            QCOMPARE(value("achieved"),
                     level->achieved ? QStringLiteral("1") : QStringLiteral("0"));
            return;
        }
    }
    QFAIL("the sample has no status");
}

void TestCsvExport::quotedFieldsRoundTrip()
{
    Plan plan = TestSupport::samplePlan(QStringLiteral("iruma"));
    const QString tricky = QStringLiteral("市民, 事業者と協議\n「説明会」を\"2回\"開催\r\n済");
    plan.rows[0].content = tricky;
    plan.cells[{plan.rows.at(0).id, plan.periods.at(0).id}].narrative = tricky;
    const QList<QStringList> records = exported(plan);
    QCOMPARE(records.size(), 1 + plan.rows.size() * plan.periods.size());
    QCOMPARE(records.at(1).at(9), tricky);  // content
    QCOMPARE(records.at(1).at(20), tricky); // narrative
}

void TestCsvExport::formulasAreNeutralised_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("equals") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
    QTest::newRow("at") << QStringLiteral("@SUM(A1:A9)") << QStringLiteral("'@SUM(A1:A9)");
    QTest::newRow("plus") << QStringLiteral("+x") << QStringLiteral("'+x");
    QTest::newRow("minus") << QStringLiteral("-y") << QStringLiteral("'-y");
    QTest::newRow("tab") << QStringLiteral("\tcmd") << QStringLiteral("'\tcmd");
    QTest::newRow("carriage return") << QStringLiteral("\rcmd") << QStringLiteral("'\rcmd");
    QTest::newRow("bullet") << QStringLiteral("- 令和5年度着手")
                            << QStringLiteral("'- 令和5年度着手");
    QTest::newRow("plain") << QStringLiteral("協議中") << QStringLiteral("協議中");
}

void TestCsvExport::formulasAreNeutralised()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    Plan plan = TestSupport::samplePlan(QStringLiteral("iruma"));
    plan.rows[0].title = text;
    plan.cells[{plan.rows.at(0).id, plan.periods.at(0).id}].plan = text;
    const QList<QStringList> records = exported(plan);
    const QStringList columns = CsvExport::columns();
    QCOMPARE(records.at(1).at(columns.indexOf(QStringLiteral("row_title"))), expected);
    QCOMPARE(records.at(1).at(columns.indexOf(QStringLiteral("plan"))), expected);
}

void TestCsvExport::missingFolderFails()
{
    const QString path = m_dir.filePath(QStringLiteral("no such folder/plan.csv"));
    QString error;
    QVERIFY(!CsvExport::write(TestSupport::samplePlan(QStringLiteral("iruma")), path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("no such folder"))));
}

void TestCsvExport::cancelLeavesNoFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cancelled.csv"));
    QString error;
    qint64 calls = 0;
    QVERIFY(!CsvExport::write(TestSupport::samplePlan(QStringLiteral("tokorozawa")), path, &error,
                              [&](qint64 done, qint64 total) {
                                  ++calls;
                                  return done < total / 2;
                              }));
    QVERIFY(calls > 1);
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestCsvExport::existingFileReplacedOnlyOnSuccess()
{
    const QString path = m_dir.filePath(QStringLiteral("existing.csv"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    const Plan plan = TestSupport::samplePlan(QStringLiteral("iruma"));
    QString error;
    QVERIFY(!CsvExport::write(plan, path, &error, [](qint64, qint64) { return false; }));
    QCOMPARE(TestSupport::fileBytes(path), QByteArray("old"));
    qint64 last = 0;
    qint64 lastTotal = -1;
    QVERIFY2(CsvExport::write(plan, path, &error,
                              [&](qint64 done, qint64 total) {
                                  last = done;
                                  lastTotal = total;
                                  return true;
                              }),
             qPrintable(error));
    QCOMPARE(last, lastTotal);
    QCOMPARE(TestSupport::fileBytes(path), CsvExport::toBytes(plan));
}

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
