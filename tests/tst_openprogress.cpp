#include "document/document.h"
#include "io/plangenerator.h"
#include "storage/planlock.h"
#include "testsupport.h"

#include <QTemporaryDir>

// Opening a plan reports how many cells have been read, and the report can cancel the open:
// then nothing is returned, the file is exactly as it was and no lock is left behind.
class TestOpenProgress : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reportsGrowingCounts();
    void cancelLeavesFileUntouched_data();
    void cancelLeavesFileUntouched();

private:
    QTemporaryDir m_dir;
    QString m_path;
    qsizetype m_cells = 0;
};

void TestOpenProgress::initTestCase()
{
    // 400 rows × 24 periods, about 7,700 filled cells: a few reports, one every 2,000 cells.
    m_path = m_dir.filePath(QStringLiteral("plan.pledges"));
    QString error;
    const auto doc = Document::create(m_path, PlanGenerator::generate(40, 10, 24, 7), &error);
    QVERIFY2(doc, qPrintable(error));
    m_cells = doc->plan().cells.size();
    QVERIFY(m_cells > 6000);
}

void TestOpenProgress::reportsGrowingCounts()
{
    QList<QPair<qint64, qint64>> reports;
    QString error;
    const auto doc = Document::open(m_path, Document::Access::ReadWrite, &error, nullptr,
                                    [&](qint64 done, qint64 total) {
                                        reports.append({done, total});
                                        return true;
                                    });
    QVERIFY2(doc, qPrintable(error));
    QCOMPARE(doc->plan().cells.size(), m_cells);
    QVERIFY(reports.size() >= 4);
    QCOMPARE(reports.constFirst().first, qint64(0));
    const qint64 total = reports.constFirst().second;
    QVERIFY(total >= m_cells);
    for (int i = 1; i < reports.size(); ++i) {
        QCOMPARE(reports.at(i).second, total);
        QVERIFY(reports.at(i).first > reports.at(i - 1).first);
    }
    QCOMPARE(reports.constLast().first, total);
}

void TestOpenProgress::cancelLeavesFileUntouched_data()
{
    QTest::addColumn<bool>("readOnly");
    QTest::addColumn<int>("stopAt"); // the report that answers false; -1 for the last
    QTest::newRow("at the start") << false << 0;
    QTest::newRow("halfway") << false << 2;
    QTest::newRow("at the end") << false << -1;
    QTest::newRow("read-only, halfway") << true << 2;
}

void TestOpenProgress::cancelLeavesFileUntouched()
{
    QFETCH(bool, readOnly);
    QFETCH(int, stopAt);
    const QByteArray before = TestSupport::fileBytes(m_path);
    QVERIFY(!before.isEmpty());
    int reports = 0;
    QString error;
    const auto access = readOnly ? Document::Access::ReadOnly : Document::Access::ReadWrite;
    auto doc = Document::open(m_path, access, &error, nullptr, [&](qint64 done, qint64 total) {
        const bool last = done == total;
        return !(reports++ == stopAt || (stopAt < 0 && last));
    });
    QVERIFY(!doc);
    QVERIFY2(error.contains(QStringLiteral("cancelled")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("plan.pledges")), qPrintable(error));
    QCOMPARE(TestSupport::fileBytes(m_path), before);
    QVERIFY(!QFile::exists(PlanLock::lockPath(m_path)));

    doc = Document::open(m_path, Document::Access::ReadWrite, &error);
    QVERIFY2(doc, qPrintable(error));
    QVERIFY(!doc->isReadOnly());
    QCOMPARE(doc->plan().cells.size(), m_cells);
}

QTEST_GUILESS_MAIN(TestOpenProgress)
#include "tst_openprogress.moc"
