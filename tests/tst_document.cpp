#include "document/document.h"
#include "document/editing.h"
#include "storage/database.h"
#include "storage/planstore.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>

// Every edit is on disk when it returns, undo and redo are edits too, and cell changes are
// recorded in the history.
class TestDocument : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void editIsOnDiskAtOnce();
    void undoRedoAreCommitted();
    void multiCellStatusIsOneStep();
    void historyRecordsEveryChange();
    void planInfoAndYearCellEdits();
    void unchangedEditAddsNoStep();
    void readOnlyRefusesEdits();
    void failedWriteChangesNothing();
    void saveCopyIsACompletePlan();
    void taskBeforeFirstWriteSeesThePlanAsOpened();

private:
    Plan reloadFromDisk() const;
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Document> m_doc;
};

void TestDocument::init()
{
    m_path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) +
                            QStringLiteral(".pledges"));
    QString error;
    m_doc = Document::create(m_path, TestSupport::samplePlan(QStringLiteral("tokorozawa")), &error);
    QVERIFY2(m_doc, qPrintable(error));
}

void TestDocument::cleanup()
{
    m_doc.reset();
}

// What a second program reading the file sees.
Plan TestDocument::reloadFromDisk() const
{
    return TestSupport::reloadFromDisk(m_path);
}

void TestDocument::editIsOnDiskAtOnce()
{
    const qint64 row = m_doc->plan().rows.at(5).id;
    const qint64 period = m_doc->plan().periods.at(3).id;
    QSignalSpy changed(m_doc.get(), &Document::cellChanged);
    Cell cell = m_doc->plan().cell(row, period);
    cell.narrative = QStringLiteral("新しい状況\n二行目");
    cell.levelId = m_doc->plan().periodScale.levels.at(2).id;
    QVERIFY(Editing::setCell(*m_doc, row, period, cell));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toLongLong(), row);
    QCOMPARE(m_doc->plan().cell(row, period), cell);
    QCOMPARE(reloadFromDisk().cell(row, period), cell);
}

void TestDocument::undoRedoAreCommitted()
{
    const qint64 row = m_doc->plan().rows.at(0).id;
    const qint64 period = m_doc->plan().periods.at(0).id;
    const Cell before = m_doc->plan().cell(row, period);
    Cell after = before;
    after.plan = QStringLiteral("変更後の計画");
    QVERIFY(Editing::setCell(*m_doc, row, period, after));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Edit cell"));

    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->plan().cell(row, period), before);
    QCOMPARE(reloadFromDisk().cell(row, period), before);

    m_doc->undoStack()->redo();
    QCOMPARE(m_doc->plan().cell(row, period), after);
    QCOMPARE(reloadFromDisk().cell(row, period), after);
}

void TestDocument::multiCellStatusIsOneStep()
{
    const Plan &plan = m_doc->plan();
    const qint64 period = plan.periods.at(3).id; // 下半期: no statuses yet
    const qint64 star = plan.periodScale.levels.at(0).id;
    QList<CellKey> cells;
    for (int i = 0; i < 3; ++i)
        cells.append({plan.rows.at(i).id, period});
    QVERIFY(Editing::setStatus(*m_doc, cells, star));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Set status of 3 cell(s)"));
    const Plan disk = reloadFromDisk();
    for (const CellKey &key : cells) {
        QCOMPARE(disk.cells.value(key).levelId, star);
        QVERIFY(!disk.cells.value(key).plan.isEmpty()); // the plan text was kept
    }
    m_doc->undoStack()->undo();
    for (const CellKey &key : cells)
        QCOMPARE(reloadFromDisk().cells.value(key).levelId, qint64(0));
}

void TestDocument::historyRecordsEveryChange()
{
    const qint64 row = m_doc->plan().rows.at(2).id;
    const qint64 period = m_doc->plan().periods.at(2).id;
    const QString oldSymbol =
        m_doc->plan().periodScale.levelById(m_doc->plan().cell(row, period).levelId)->symbol;
    const int before = int(m_doc->history(row, period).size());
    QVERIFY(Editing::setStatus(*m_doc, {{row, period}}, m_doc->plan().periodScale.levels.at(3).id));
    m_doc->undoStack()->undo();
    const QList<HistoryEntry> history = m_doc->history(row, period);
    QCOMPARE(history.size(), before + 2);
    QCOMPARE(history.at(before).field, QStringLiteral("status"));
    QCOMPARE(history.at(before).oldValue, oldSymbol);
    QCOMPARE(history.at(before).newValue, QStringLiteral("×"));
    QCOMPARE(history.at(before + 1).oldValue, QStringLiteral("×"));
    QCOMPARE(history.at(before + 1).newValue, oldSymbol);
    QCOMPARE(history.at(before + 1).user, Document::currentUser());
}

void TestDocument::planInfoAndYearCellEdits()
{
    PlanInfo info = m_doc->plan().info;
    info.title = QStringLiteral("新しい題名");
    info.asOf = QDate(2025, 3, 31);
    QVERIFY(Editing::setPlanInfo(*m_doc, info));
    const qint64 row = m_doc->plan().rows.at(0).id;
    YearCell goal{QStringLiteral("年度目標"), m_doc->plan().periodScale.levels.at(1).id, QString()};
    QVERIFY(Editing::setYearCell(*m_doc, row, 2025, goal));
    QCOMPARE(reloadFromDisk().info, info);
    QCOMPARE(reloadFromDisk().yearCell(row, 2025), goal);
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(reloadFromDisk().info.title, QStringLiteral("市長が掲げた重点政策No.1~45"));
    QVERIFY(reloadFromDisk().yearCell(row, 2025).isEmpty());
}

void TestDocument::unchangedEditAddsNoStep()
{
    const qint64 row = m_doc->plan().rows.at(0).id;
    const qint64 period = m_doc->plan().periods.at(0).id;
    QVERIFY(Editing::setCell(*m_doc, row, period, m_doc->plan().cell(row, period)));
    QVERIFY(Editing::setPlanInfo(*m_doc, m_doc->plan().info));
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

void TestDocument::readOnlyRefusesEdits()
{
    m_doc.reset();
    QString error;
    m_doc = Document::open(m_path, Document::Access::ReadOnly, &error);
    QVERIFY2(m_doc, qPrintable(error));
    QVERIFY(m_doc->isReadOnly());
    QSignalSpy failed(m_doc.get(), &Document::writeFailed);
    const qint64 row = m_doc->plan().rows.at(0).id;
    const qint64 period = m_doc->plan().periods.at(0).id;
    QVERIFY(!Editing::setStatus(*m_doc, {{row, period}}, 0));
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().at(0).toString().contains(QStringLiteral("read-only")));
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QVERIFY(m_doc->plan().cell(row, period).levelId != 0);
}

// Another program holding the write lock makes the edit fail after the busy timeout: the
// user is told, the plan in memory stays as on disk, and no undo step is left behind.
void TestDocument::failedWriteChangesNothing()
{
    QSqlDatabase other =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
    other.setDatabaseName(m_path);
    QVERIFY(other.open());
    QSqlQuery lock(other);
    QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));

    QSignalSpy failed(m_doc.get(), &Document::writeFailed);
    const qint64 row = m_doc->plan().rows.at(0).id;
    const qint64 period = m_doc->plan().periods.at(0).id;
    const Cell before = m_doc->plan().cell(row, period);
    QVERIFY(!Editing::setStatus(*m_doc, {{row, period}}, 0));
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.first().at(0).toString().contains(QFileInfo(m_path).fileName()),
             qPrintable(failed.first().at(0).toString()));
    QCOMPARE(m_doc->plan().cell(row, period), before);
    QCOMPARE(m_doc->undoStack()->count(), 0);

    QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
    lock = QSqlQuery();
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    QVERIFY(Editing::setStatus(*m_doc, {{row, period}}, 0)); // and the editor goes on working
    QCOMPARE(reloadFromDisk().cell(row, period).levelId, qint64(0));
}

void TestDocument::saveCopyIsACompletePlan()
{
    const qint64 row = m_doc->plan().rows.at(0).id;
    const qint64 period = m_doc->plan().periods.at(0).id;
    QVERIFY(Editing::setStatus(*m_doc, {{row, period}}, 0)); // an edit, then the copy
    const QString copy = m_dir.filePath(QStringLiteral("copy.pledges"));
    QString error;
    QVERIFY2(m_doc->saveCopy(copy, &error), qPrintable(error));
    QVERIFY(!QFile::exists(copy + QStringLiteral(".part")));
    auto copied = Document::open(copy, Document::Access::ReadOnly, &error);
    QVERIFY2(copied, qPrintable(error));
    QCOMPARE(copied->plan(), m_doc->plan());
    QCOMPARE(copied->history(row, period).size(), 1);
    QVERIFY(!m_doc->saveCopy(QStringLiteral("/nonexistent/dir/copy.pledges"), &error));
    QVERIFY2(error.contains(QStringLiteral("copy.pledges")), qPrintable(error));
}

// The editor's backup on open waits for this: it must copy the file before any change lands.
void TestDocument::taskBeforeFirstWriteSeesThePlanAsOpened()
{
    const qint64 row = m_doc->plan().rows.at(0).id;
    const qint64 period = m_doc->plan().periods.at(0).id;
    const Cell opened = m_doc->plan().cell(row, period);
    const QString copy = m_dir.filePath(QStringLiteral("before.pledges"));
    int runs = 0;
    QString error;
    m_doc->setBeforeFirstWrite([&] {
        ++runs;
        QVERIFY2(m_doc->saveCopy(copy, &error), qPrintable(error));
    });
    QCOMPARE(runs, 0); // nothing written yet, nothing run
    const QList<StatusLevel> &levels = m_doc->plan().periodScale.levels;
    const qint64 other = levels.at(opened.levelId == levels.at(0).id ? 1 : 0).id;
    QVERIFY(Editing::setStatus(*m_doc, {{row, period}}, other));
    QVERIFY(Editing::setStatus(*m_doc, {{row, period}}, 0));
    QCOMPARE(runs, 1);
    QCOMPARE(TestSupport::reloadFromDisk(copy).cell(row, period), opened);
    QCOMPARE(reloadFromDisk().cell(row, period).levelId, qint64(0));

    // Run early, it does not run again at the next write.
    m_doc->setBeforeFirstWrite([&] { ++runs; });
    m_doc->runBeforeFirstWrite();
    m_doc->runBeforeFirstWrite();
    QVERIFY(Editing::setStatus(*m_doc, {{row, period}}, other));
    QCOMPARE(runs, 2);
}

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
