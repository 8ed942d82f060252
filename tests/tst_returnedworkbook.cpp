#include "departments/collections.h"
#include "departments/returnedworkbook.h"
#include "departments/workbookbatch.h"
#include "departments/workbookformat.h"
#include "document/document.h"
#include "document/editing.h"
#include "io/xlsxreader.h"
#include "testsupport.h"
#include "xlsxedit.h"

#include <QFile>
#include <QTemporaryDir>

// Returned department workbooks on the Tokorozawa sample: 経営企画課's workbook for 令和6年度
// 上半期 is sent out, edited inside its zip as Excel would save it, and read and merged back.
// Its columns: A id (hidden), B–F the row, G–I 令和5年度 1–3月, J plan, K status, L narrative;
// the rows start at line 11.
class TestReturnedWorkbook : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void roundTripMergesAsOneStep();
    void unchangedWorkbookChangesNothing();
    void sortedRowsStillMatch();
    void statusSpelledAsTheDepartmentLikes();
    void neutralisedTextComesBackAsWritten();
    void changedInThePlanTooIsAConflict();
    void twoWorkbooksDisagree();
    void anotherPlan();
    void anotherPeriod();
    void damagedRowId();
    void duplicatedRow();
    void statusOutsideTheScale();
    void editedLockedCell();
    void changedColumns();
    void notAnXlsxFile();

private:
    // A copy of the workbook as sent, to edit as if the department had.
    QString returned(const QString &name);
    bool edit(const QString &file, const QString &cell, const QString &text)
    {
        return XlsxEdit::setCell(file, QStringLiteral("xl/worksheets/sheet1.xml"), cell, text);
    }
    ReturnedWorkbook read(const QString &file, qint64 expectedPeriod = 0)
    {
        return ReturnedWorkbookReader::read(m_doc->plan(), Collections::planUid(*m_doc), file,
                                            expectedPeriod);
    }
    // The plan row on a line of the workbook as sent.
    qint64 rowAt(int line) const
    {
        return m_rowIds.value(line - 1 - WorkbookFormat::kFirstDataRow);
    }
    void sendOut(Document &doc, const QString &folder);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Document> m_doc;
    qint64 m_period = 0;
    QString m_sent;
    QList<qint64> m_rowIds; // in the order sent
};

void TestReturnedWorkbook::sendOut(Document &doc, const QString &folder)
{
    WorkbookBatch::Request request;
    request.periodId = doc.plan().periods.at(2).id;
    request.folder = folder;
    for (const Department &d : doc.plan().departments) {
        if (d.name == QStringLiteral("経営企画課"))
            request.departmentIds << d.id;
    }
    QList<WorkbookBatch::Written> written;
    QString error;
    QVERIFY2(WorkbookBatch::sendOut(doc, request, &written, &error), qPrintable(error));
    QCOMPARE(written.size(), 1);
    m_sent = written.first().path;
}

void TestReturnedWorkbook::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_doc = Document::create(m_dir->filePath(QStringLiteral("tokorozawa.pledges")),
                             TestSupport::samplePlan(QStringLiteral("tokorozawa")), &error);
    QVERIFY2(m_doc, qPrintable(error));
    m_period = m_doc->plan().periods.at(2).id;
    sendOut(*m_doc, m_dir->filePath(QStringLiteral("sent")));
    const auto data = XlsxReader::readSheet(m_sent, 0, &error);
    QVERIFY2(data, qPrintable(error));
    m_rowIds.clear();
    for (int r = WorkbookFormat::kFirstDataRow; r < data->rows.size(); ++r)
        m_rowIds << WorkbookFormat::rowIdFromToken(Collections::planUid(*m_doc), data->cell(r, 0));
    QCOMPARE(m_rowIds.size(), 9);
}

void TestReturnedWorkbook::cleanup()
{
    m_doc.reset();
    m_dir.reset();
}

QString TestReturnedWorkbook::returned(const QString &name)
{
    const QString path = m_dir->filePath(name);
    QFile::remove(path);
    if (!QFile::copy(m_sent, path))
        qFatal("cannot copy the sent workbook");
    return path;
}

void TestReturnedWorkbook::roundTripMergesAsOneStep()
{
    const QString file = returned(QStringLiteral("経営企画課_回答.xlsx"));
    QVERIFY(
        edit(file, QStringLiteral("L11"), QStringLiteral("計画どおり実施した。\n次期も継続。")));
    QVERIFY(edit(file, QStringLiteral("K11"), QStringLiteral("☆")));
    QVERIFY(edit(file, QStringLiteral("J12"), QStringLiteral("新しい計画")));
    const Cell before11 = m_doc->plan().cell(rowAt(11), m_period);
    const Cell before12 = m_doc->plan().cell(rowAt(12), m_period);
    QCOMPARE(m_doc->plan().periodScale.levelById(before11.levelId)->symbol, QStringLiteral("○"));

    const QList<ReturnedWorkbook> workbooks = ReturnedWorkbookReader::readAll(
        m_doc->plan(), Collections::planUid(*m_doc), {file}, m_period);
    QCOMPARE(workbooks.size(), 1);
    const ReturnedWorkbook &workbook = workbooks.first();
    QVERIFY(workbook.usable);
    QVERIFY(!workbook.hasProblems());
    QCOMPARE(workbook.rows, 9);
    QCOMPARE(workbook.periodId, m_period);
    const QList<ReturnedChange> changes = workbook.changes;
    QCOMPARE(changes.size(), 3);
    QHash<QString, ReturnedChange> byCell;
    for (const ReturnedChange &c : changes)
        byCell.insert(c.cell, c);
    QCOMPARE(byCell.value(QStringLiteral("L11")).field, QStringLiteral("narrative"));
    QCOMPARE(byCell.value(QStringLiteral("L11")).rowId, rowAt(11));
    QCOMPARE(byCell.value(QStringLiteral("L11")).currentValue, before11.narrative);
    QCOMPARE(byCell.value(QStringLiteral("L11")).returnedValue,
             QStringLiteral("計画どおり実施した。\n次期も継続。"));
    QCOMPARE(byCell.value(QStringLiteral("K11")).field, QStringLiteral("status"));
    QCOMPARE(byCell.value(QStringLiteral("K11")).returnedValue, QStringLiteral("☆"));
    QCOMPARE(byCell.value(QStringLiteral("J12")).field, QStringLiteral("plan"));
    QCOMPARE(byCell.value(QStringLiteral("J12")).currentValue, before12.plan);
    for (const ReturnedChange &c : changes)
        QVERIFY(!c.conflict);

    const int steps = m_doc->undoStack()->count();
    QString error;
    QVERIFY2(Editing::mergeReturned(*m_doc, changes, &error), qPrintable(error));
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    const Plan plan = TestSupport::reloadFromDisk(m_doc->filePath());
    QCOMPARE(plan.cell(rowAt(11), m_period).narrative,
             QStringLiteral("計画どおり実施した。\n次期も継続。"));
    QCOMPARE(plan.periodScale.levelById(plan.cell(rowAt(11), m_period).levelId)->symbol,
             QStringLiteral("☆"));
    QCOMPARE(plan.cell(rowAt(11), m_period).plan, before11.plan);
    QCOMPARE(plan.cell(rowAt(12), m_period).plan, QStringLiteral("新しい計画"));
    QCOMPARE(plan.cell(rowAt(12), m_period).narrative, before12.narrative);
    const QList<HistoryEntry> history = m_doc->history(rowAt(11), m_period);
    QVERIFY(history.size() >= 2);
    for (const HistoryEntry &entry : history.mid(history.size() - 2)) {
        QCOMPARE(entry.source, QStringLiteral("経営企画課_回答.xlsx"));
        QVERIFY(entry.field == QStringLiteral("status") ||
                entry.field == QStringLiteral("narrative"));
    }

    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->plan().cell(rowAt(11), m_period), before11);
    QCOMPARE(m_doc->plan().cell(rowAt(12), m_period), before12);
    m_doc->undoStack()->redo();
    QCOMPARE(m_doc->plan().cell(rowAt(12), m_period).plan, QStringLiteral("新しい計画"));

    QVERIFY(Collections::recordReturned(*m_doc, workbooks));
    QVERIFY(Collections::recordMerged(*m_doc, workbooks));
    const QList<CollectionStatus> status =
        Collections::status(m_doc->plan(), Collections::records(*m_doc), m_period);
    const auto line = std::find_if(status.cbegin(), status.cend(), [&](const CollectionStatus &s) {
        return s.departmentId == workbook.departmentId;
    });
    QVERIFY(line != status.cend());
    QCOMPARE(line->state, CollectionStatus::State::Merged);
    QCOMPARE(line->returnedFile, QStringLiteral("経営企画課_回答.xlsx"));
    QVERIFY(line->returned.isValid() && line->merged.isValid());
}

void TestReturnedWorkbook::unchangedWorkbookChangesNothing()
{
    const ReturnedWorkbook workbook = read(returned(QStringLiteral("same.xlsx")));
    QVERIFY(workbook.usable);
    QVERIFY(!workbook.hasProblems());
    QCOMPARE(workbook.rows, 9);
    QVERIFY(workbook.changes.isEmpty());
    QString error;
    const int steps = m_doc->undoStack()->count();
    QVERIFY(Editing::mergeReturned(*m_doc, workbook.changes, &error));
    QCOMPARE(m_doc->undoStack()->count(), steps); // no empty undo step
}

// Sorting moves whole rows, the hidden id with them.
void TestReturnedWorkbook::sortedRowsStillMatch()
{
    const QString file = returned(QStringLiteral("sorted.xlsx"));
    QVERIFY(XlsxEdit::swapRows(file, QStringLiteral("xl/worksheets/sheet1.xml"), 11, 13));
    QVERIFY(edit(file, QStringLiteral("L11"), QStringLiteral("並べ替え後に記入")));
    const ReturnedWorkbook workbook = read(file);
    QVERIFY(!workbook.hasProblems());
    QCOMPARE(workbook.changes.size(), 1);
    QCOMPARE(workbook.changes.first().rowId, rowAt(13));
    QCOMPARE(workbook.changes.first().cell, QStringLiteral("L11"));
}

void TestReturnedWorkbook::statusSpelledAsTheDepartmentLikes()
{
    const QString file = returned(QStringLiteral("spelled.xlsx"));
    QVERIFY(edit(file, QStringLiteral("K11"), QStringLiteral("☆ 実施済み")));
    QVERIFY(edit(file, QStringLiteral("K12"), QStringLiteral("×")));
    const ReturnedWorkbook workbook = read(file);
    QVERIFY(!workbook.hasProblems());
    QCOMPARE(workbook.changes.size(), 2);
    QCOMPARE(workbook.changes.at(0).returnedValue, QStringLiteral("☆"));
    QCOMPARE(workbook.changes.at(1).returnedValue, QStringLiteral("×"));
}

// Text a spreadsheet could run as a formula goes out with an apostrophe and comes back without.
void TestReturnedWorkbook::neutralisedTextComesBackAsWritten()
{
    Cell cell = m_doc->plan().cell(rowAt(11), m_period);
    cell.narrative = QStringLiteral("- 着手");
    QVERIFY(Editing::setCell(*m_doc, rowAt(11), m_period, cell));
    sendOut(*m_doc, m_dir->filePath(QStringLiteral("again")));
    QVERIFY(read(returned(QStringLiteral("same.xlsx"))).changes.isEmpty());
    const QString file = returned(QStringLiteral("dash.xlsx"));
    QVERIFY(edit(file, QStringLiteral("L11"), QStringLiteral("'- 完了")));
    const ReturnedWorkbook workbook = read(file);
    QCOMPARE(workbook.changes.size(), 1);
    QCOMPARE(workbook.changes.first().sentValue, QStringLiteral("- 着手"));
    QCOMPARE(workbook.changes.first().returnedValue, QStringLiteral("- 完了"));
    QVERIFY(!workbook.changes.first().conflict);
}

void TestReturnedWorkbook::changedInThePlanTooIsAConflict()
{
    const QString file = returned(QStringLiteral("conflict.xlsx"));
    QVERIFY(edit(file, QStringLiteral("L11"), QStringLiteral("部署の記入")));
    QVERIFY(edit(file, QStringLiteral("L13"), QStringLiteral("部署だけの記入")));
    const QString sent = m_doc->plan().cell(rowAt(11), m_period).narrative;
    // Since sending, the office edited row 11 (the same field) and row 12 (another one).
    for (int line : {11, 12}) {
        Cell cell = m_doc->plan().cell(rowAt(line), m_period);
        cell.narrative = QStringLiteral("企画課の修正");
        QVERIFY(Editing::setCell(*m_doc, rowAt(line), m_period, cell));
    }
    const ReturnedWorkbook workbook = read(file);
    QVERIFY(!workbook.hasProblems());
    QCOMPARE(workbook.changes.size(), 2); // row 12: changed in the plan only, nothing to merge
    const ReturnedChange &conflict = workbook.changes.at(0);
    QCOMPARE(conflict.cell, QStringLiteral("L11"));
    QVERIFY(conflict.conflict);
    QCOMPARE(conflict.sentValue, sent);
    QCOMPARE(conflict.currentValue, QStringLiteral("企画課の修正"));
    QCOMPARE(conflict.returnedValue, QStringLiteral("部署の記入"));
    QVERIFY(!workbook.changes.at(1).conflict);

    const QList<ReturnedChange> accepted =
        ReturnedWorkbookReader::mergeable({workbook}, false, false);
    QCOMPARE(accepted.size(), 1);
    QString error;
    QVERIFY(Editing::mergeReturned(*m_doc, accepted, &error));
    QCOMPARE(m_doc->plan().cell(rowAt(11), m_period).narrative, QStringLiteral("企画課の修正"));
    QCOMPARE(m_doc->plan().cell(rowAt(13), m_period).narrative, QStringLiteral("部署だけの記入"));
    // The office may still take the department's value.
    QVERIFY(Editing::mergeReturned(*m_doc, {conflict}, &error));
    QCOMPARE(m_doc->plan().cell(rowAt(11), m_period).narrative, QStringLiteral("部署の記入"));
}

void TestReturnedWorkbook::twoWorkbooksDisagree()
{
    const QString first = returned(QStringLiteral("first.xlsx"));
    const QString second = returned(QStringLiteral("second.xlsx"));
    QVERIFY(edit(first, QStringLiteral("L11"), QStringLiteral("一回目")));
    QVERIFY(edit(second, QStringLiteral("L11"), QStringLiteral("二回目")));
    QVERIFY(edit(first, QStringLiteral("J12"), QStringLiteral("同じ計画")));
    QVERIFY(edit(second, QStringLiteral("J12"), QStringLiteral("同じ計画")));
    const QList<ReturnedWorkbook> workbooks = ReturnedWorkbookReader::readAll(
        m_doc->plan(), Collections::planUid(*m_doc), {first, second});
    QCOMPARE(workbooks.size(), 2);
    for (const ReturnedWorkbook &w : workbooks) {
        QCOMPARE(w.changes.size(), 2);
        for (const ReturnedChange &c : w.changes)
            QCOMPARE(c.conflict, c.field == QStringLiteral("narrative"));
    }
    // Both files' changes of one cell in one step: each history entry names its own file.
    QString error;
    QVERIFY(Editing::mergeReturned(
        *m_doc, ReturnedWorkbookReader::mergeable(workbooks, false, false), &error));
    QCOMPARE(m_doc->plan().cell(rowAt(12), m_period).plan, QStringLiteral("同じ計画"));
    QCOMPARE(m_doc->history(rowAt(12), m_period).last().source, QStringLiteral("first.xlsx"));
}

void TestReturnedWorkbook::anotherPlan()
{
    QString error;
    auto other = Document::create(m_dir->filePath(QStringLiteral("other.pledges")),
                                  TestSupport::samplePlan(QStringLiteral("tokorozawa")), &error);
    QVERIFY2(other, qPrintable(error));
    const QString ours = m_sent;
    sendOut(*other, m_dir->filePath(QStringLiteral("other")));
    const QString file = m_sent;
    m_sent = ours;
    const ReturnedWorkbook workbook = read(file);
    QVERIFY(!workbook.usable);
    QCOMPARE(workbook.problems.size(), 1);
    QCOMPARE(workbook.problems.first().file, file);
    QVERIFY(workbook.problems.first().cell.isEmpty());
    QVERIFY2(workbook.problems.first().message.contains(QStringLiteral("another plan")),
             qPrintable(workbook.problems.first().message));
    QVERIFY(ReturnedWorkbookReader::mergeable({workbook}, true, true).isEmpty());
}

void TestReturnedWorkbook::anotherPeriod()
{
    const QString file = returned(QStringLiteral("period.xlsx"));
    QVERIFY(edit(file, QStringLiteral("L11"), QStringLiteral("記入")));
    const ReturnedWorkbook workbook = read(file, m_doc->plan().periods.at(3).id);
    QVERIFY(!workbook.usable);
    QVERIFY2(workbook.problems.first().message.contains(QStringLiteral("令和6年度 上半期, not for "
                                                                       "令和6年度 下半期")),
             qPrintable(workbook.problems.first().message));
    QVERIFY(ReturnedWorkbookReader::mergeable({workbook}, true, true).isEmpty());
}

// A damaged row leaves out only itself, and the rest of the file only if the office says so.
void TestReturnedWorkbook::damagedRowId()
{
    const QString file = returned(QStringLiteral("damaged.xlsx"));
    QVERIFY(edit(file, QStringLiteral("A11"), QStringLiteral("12-abcdef")));
    QVERIFY(edit(file, QStringLiteral("L11"), QStringLiteral("照合できない行")));
    QVERIFY(edit(file, QStringLiteral("L12"), QStringLiteral("照合できる行")));
    const ReturnedWorkbook workbook = read(file);
    QVERIFY(workbook.usable);
    QCOMPARE(workbook.problems.size(), 1);
    QCOMPARE(workbook.problems.first().cell, QStringLiteral("A11"));
    QVERIFY(workbook.problems.first().message.contains(QStringLiteral("damaged")));
    QCOMPARE(workbook.changes.size(), 1);
    QCOMPARE(workbook.changes.first().rowId, rowAt(12));
    QVERIFY(ReturnedWorkbookReader::mergeable({workbook}, false, false).isEmpty());
    QCOMPARE(ReturnedWorkbookReader::mergeable({workbook}, true, false).size(), 1);
}

void TestReturnedWorkbook::duplicatedRow()
{
    const QString file = returned(QStringLiteral("twice.xlsx"));
    QString error;
    const auto data = XlsxReader::readSheet(file, 0, &error);
    QVERIFY(edit(file, QStringLiteral("A12"), data->cell(10, 0)));
    QVERIFY(edit(file, QStringLiteral("L11"), QStringLiteral("一つ目")));
    const ReturnedWorkbook workbook = read(file);
    QCOMPARE(workbook.problems.size(), 1);
    QCOMPARE(workbook.problems.first().cell, QStringLiteral("A12"));
    QVERIFY(workbook.changes.isEmpty());
}

void TestReturnedWorkbook::statusOutsideTheScale()
{
    const QString file = returned(QStringLiteral("status.xlsx"));
    QVERIFY(edit(file, QStringLiteral("K11"), QStringLiteral("済")));
    QVERIFY(edit(file, QStringLiteral("L11"), QStringLiteral("状況も記入")));
    const ReturnedWorkbook workbook = read(file);
    QVERIFY(workbook.usable);
    QCOMPARE(workbook.problems.size(), 1);
    QCOMPARE(workbook.problems.first().cell, QStringLiteral("K11"));
    QVERIFY2(workbook.problems.first().message.contains(QStringLiteral("\"済\" is not a status")),
             qPrintable(workbook.problems.first().message));
    QVERIFY(workbook.problems.first().message.contains(QStringLiteral("☆, ○, △, ×")));
    QVERIFY(workbook.changes.isEmpty()); // the row's narrative is left out with it
}

void TestReturnedWorkbook::editedLockedCell()
{
    const QString file = returned(QStringLiteral("locked.xlsx"));
    QVERIFY(edit(file, QStringLiteral("E11"), QStringLiteral("内容を書き換えた")));
    QVERIFY(edit(file, QStringLiteral("H12"), QStringLiteral("☆")));
    QVERIFY(edit(file, QStringLiteral("L11"), QStringLiteral("記入")));
    const ReturnedWorkbook workbook = read(file);
    QVERIFY(workbook.usable);
    QCOMPARE(workbook.problems.size(), 2);
    QCOMPARE(workbook.problems.at(0).cell, QStringLiteral("E11"));
    QVERIFY(workbook.problems.at(0).message.contains(QStringLiteral("locked cell (内容)")));
    QCOMPARE(workbook.problems.at(1).cell, QStringLiteral("H12"));
    QVERIFY(workbook.changes.isEmpty());
}

void TestReturnedWorkbook::changedColumns()
{
    const QString file = returned(QStringLiteral("columns.xlsx"));
    QVERIFY(edit(file, QStringLiteral("K10"), QStringLiteral("備考")));
    const ReturnedWorkbook workbook = read(file);
    QVERIFY(!workbook.usable);
    QCOMPARE(workbook.problems.first().cell, QStringLiteral("K10"));
    QVERIFY(workbook.problems.first().message.contains(QStringLiteral("columns were changed")));
}

void TestReturnedWorkbook::notAnXlsxFile()
{
    const QString file = m_dir->filePath(QStringLiteral("memo.xlsx"));
    QFile text(file);
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("今期の進捗はメールで送ります。\n");
    text.close();
    const ReturnedWorkbook workbook = read(file);
    QVERIFY(!workbook.usable);
    QCOMPARE(workbook.problems.size(), 1);
    QVERIFY2(workbook.problems.first().message.startsWith(QStringLiteral("not an XLSX file")),
             qPrintable(workbook.problems.first().message));
}

QTEST_GUILESS_MAIN(TestReturnedWorkbook)
#include "tst_returnedworkbook.moc"
