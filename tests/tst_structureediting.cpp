#include "document/document.h"
#include "document/editing.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>

// Structural edits: each is one undo step, lands on disk at once, and its undo gives back
// exactly the plan that was there, cells, year cells and history included.
class TestStructureEditing : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyEditUndoesExactly_data();
    void everyEditUndoesExactly();
    void deleteRowKeepsHistoryThroughUndo();
    void addRowWithNewDepartment();
    void moveRowsAndPledges();
    void deletePeriodRestoresCells();
    void departmentInUseIsRefused();
    void scaleLevelInUseIsRefused();

private:
    Plan onDisk() const;
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Document> m_doc;
};

void TestStructureEditing::init()
{
    m_path =
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) +
                       QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".pledges"));
    QString error;
    m_doc = Document::create(m_path, TestSupport::samplePlan(QStringLiteral("iruma")), &error);
    QVERIFY2(m_doc, qPrintable(error));
}

void TestStructureEditing::cleanup()
{
    m_doc.reset();
}

Plan TestStructureEditing::onDisk() const
{
    QString error;
    auto doc = Document::open(m_path, Document::Access::ReadOnly, &error);
    if (!doc)
        qFatal("%s", qPrintable(error));
    return doc->plan();
}

void TestStructureEditing::everyEditUndoesExactly_data()
{
    QTest::addColumn<QString>("edit");
    for (const char *edit : {"addChapter", "editChapter", "deleteChapter", "addPledge",
                             "editPledge", "movePledgeToOtherChapter", "deletePledge", "addRow",
                             "editRow", "deleteRow", "moveChapter", "movePledge", "moveRow",
                             "addPeriods", "renamePeriod", "editDepartments", "editScale"})
        QTest::newRow(edit) << QString::fromLatin1(edit);
}

void TestStructureEditing::everyEditUndoesExactly()
{
    QFETCH(QString, edit);
    Document &doc = *m_doc;
    const Plan before = doc.plan();
    const Chapter chapter = before.chapters.at(1);
    const Pledge pledge = before.pledges.at(3);
    const PledgeRow row = before.rows.at(5);
    QSignalSpy reset(&doc, &Document::planReset);
    QString error;
    bool ok = false;
    if (edit == QStringLiteral("addChapter")) {
        ok = Editing::addChapter(doc, {0, 7, QStringLiteral("新しい章")}, 2) != 0;
        QCOMPARE(doc.plan().chapters.at(2).title, QStringLiteral("新しい章"));
    } else if (edit == QStringLiteral("editChapter")) {
        Chapter c = chapter;
        c.title = QStringLiteral("改題");
        ok = Editing::editChapter(doc, c);
        QCOMPARE(doc.plan().chapters.at(1).title, QStringLiteral("改題"));
    } else if (edit == QStringLiteral("deleteChapter")) {
        ok = Editing::deleteChapter(doc, chapter.id);
        QCOMPARE(doc.plan().chapters.size(), 5);
        QVERIFY(doc.plan().rows.size() < 60);
    } else if (edit == QStringLiteral("addPledge")) {
        Pledge p;
        p.chapterId = chapter.id;
        p.number = QStringLiteral("99");
        p.title = QStringLiteral("新しい公約");
        ok = Editing::addPledge(doc, p, 0) != 0;
        QCOMPARE(doc.plan().pledge(doc.plan().pledges.at(4).id)->title,
                 QStringLiteral("新しい公約"));
    } else if (edit == QStringLiteral("editPledge")) {
        Pledge p = pledge;
        p.description = QStringLiteral("説明");
        p.targetDateText = QStringLiteral("R8.3");
        ok = Editing::editPledge(doc, p);
        QCOMPARE(*doc.plan().pledge(p.id), p);
    } else if (edit == QStringLiteral("movePledgeToOtherChapter")) {
        Pledge p = pledge;
        p.chapterId = before.chapters.last().id;
        ok = Editing::editPledge(doc, p);
        QCOMPARE(doc.plan().pledges.last().id, p.id);
        QCOMPARE(doc.undoStack()->count(), 1); // a move and an edit, one step
    } else if (edit == QStringLiteral("deletePledge")) {
        ok = Editing::deletePledge(doc, pledge.id);
        QVERIFY(!doc.plan().pledge(pledge.id));
        QCOMPARE(doc.plan().rows.size(), 58);
    } else if (edit == QStringLiteral("addRow")) {
        PledgeRow r;
        r.pledgeId = pledge.id;
        r.marker = QStringLiteral("③");
        r.title = QStringLiteral("新しい項目");
        ok = Editing::addRow(doc, r, 99) != 0;
        QCOMPARE(doc.plan().rows.size(), 61);
    } else if (edit == QStringLiteral("editRow")) {
        PledgeRow r = row;
        r.content = QStringLiteral("内容を変更");
        ok = Editing::editRow(doc, r);
        QCOMPARE(doc.plan().row(r.id)->content, QStringLiteral("内容を変更"));
    } else if (edit == QStringLiteral("deleteRow")) {
        ok = Editing::deleteRow(doc, row.id);
        QCOMPARE(doc.plan().rows.size(), 59);
        QVERIFY(!doc.plan().cells.contains({row.id, before.periods.first().id}));
    } else if (edit == QStringLiteral("moveChapter")) {
        ok = Editing::moveChapter(doc, chapter.id, -1);
        QCOMPARE(doc.plan().chapters.first().id, chapter.id);
        QVERIFY(!Editing::moveChapter(doc, chapter.id, -1)); // already first
    } else if (edit == QStringLiteral("movePledge")) {
        ok = Editing::movePledge(doc, before.pledges.at(0).id, +1);
        QCOMPARE(doc.plan().pledges.at(1).id, before.pledges.at(0).id);
    } else if (edit == QStringLiteral("moveRow")) {
        ok = Editing::moveRow(doc, before.rows.at(1).id, -1);
        QCOMPARE(doc.plan().rows.at(0).id, before.rows.at(1).id);
    } else if (edit == QStringLiteral("addPeriods")) {
        QList<Period> periods = before.periods;
        periods << Period::half(2024, 1) << Period::half(2024, 2);
        ok = Editing::setPeriods(doc, periods);
        QCOMPARE(doc.plan().periods.size(), 3);
        QCOMPARE(doc.plan().periods.at(2).japaneseLabel(), QStringLiteral("令和6年度 下半期"));
    } else if (edit == QStringLiteral("renamePeriod")) {
        QList<Period> periods = before.periods;
        periods[0].customLabel = QStringLiteral("9月末");
        ok = Editing::setPeriods(doc, periods);
        QCOMPARE(doc.plan().periods.at(0).label(true), QStringLiteral("9月末"));
    } else if (edit == QStringLiteral("editDepartments")) {
        ok = Editing::setDepartments(
            doc, {{0, QStringLiteral("企画課")}, {0, QStringLiteral("財政課")}}, &error);
        QCOMPARE(doc.plan().departments.size(), 2);
    } else if (edit == QStringLiteral("editScale")) {
        StatusScale scale = before.periodScale;
        scale.levels[3].label = QStringLiteral("未実施");
        scale.levels.append(scale.levels.at(3));
        scale.levels.last().id = 0;
        scale.levels.last().code = QStringLiteral("E");
        ok = Editing::setPeriodScale(doc, scale, &error);
        QCOMPARE(doc.plan().periodScale.levels.size(), 5);
        QCOMPARE(doc.plan().periodScale.levels.at(3).label, QStringLiteral("未実施"));
    }
    QVERIFY2(ok, qPrintable(error));
    QVERIFY(reset.size() >= 1);
    QCOMPARE(doc.undoStack()->count(), 1);
    const Plan after = doc.plan();
    QVERIFY(!(after == before));
    QCOMPARE(onDisk(), after);

    doc.undoStack()->undo();
    QCOMPARE(doc.plan(), before);
    QCOMPARE(onDisk(), before);
    doc.undoStack()->redo();
    QCOMPARE(doc.plan(), after);
    QCOMPARE(onDisk(), after);
}

void TestStructureEditing::deleteRowKeepsHistoryThroughUndo()
{
    const PledgeRow row = m_doc->plan().rows.at(0);
    const qint64 period = m_doc->plan().periods.first().id;
    QVERIFY(
        Editing::setStatus(*m_doc, {{row.id, period}}, m_doc->plan().periodScale.levels.at(3).id));
    QCOMPARE(m_doc->history(row.id, period).size(), 1);
    QVERIFY(Editing::deleteRow(*m_doc, row.id));
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->plan().rows.at(0), row);
    QCOMPARE(m_doc->history(row.id, period).size(), 1);
    m_doc->undoStack()->undo(); // and the status edit before it still undoes
    QCOMPARE(m_doc->plan().cell(row.id, period).levelId, m_doc->plan().periodScale.levels.at(0).id);
}

void TestStructureEditing::addRowWithNewDepartment()
{
    PledgeRow r;
    r.pledgeId = m_doc->plan().pledges.first().id;
    r.kind = PledgeRow::Kind::Department;
    const qint64 id = Editing::addRow(*m_doc, r, 0, QStringLiteral("デジタル推進課"));
    QVERIFY(id);
    QCOMPARE(m_doc->plan().departments.size(), 1);
    QCOMPARE(m_doc->plan().row(id)->departmentId, m_doc->plan().departments.first().id);
    QCOMPARE(m_doc->plan().rows.first().id, id);
    // Editing another row to the same new name reuses the department.
    PledgeRow other = m_doc->plan().rows.at(1);
    QVERIFY(Editing::editRow(*m_doc, other, QStringLiteral("デジタル推進課")));
    QCOMPARE(m_doc->plan().departments.size(), 1);
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->plan().departments.size(), 0);
}

void TestStructureEditing::moveRowsAndPledges()
{
    const Plan before = m_doc->plan();
    const PledgeRow row = before.rows.at(0);
    const qint64 target = before.pledges.at(2).id;
    QVERIFY(Editing::moveRowTo(*m_doc, row.id, target, 1)); // between the target's ① and ②
    QList<qint64> targetRows;
    for (const PledgeRow &r : m_doc->plan().rows) {
        if (r.pledgeId == target)
            targetRows << r.id;
    }
    QCOMPARE(targetRows.size(), 3);
    QCOMPARE(targetRows.at(1), row.id);
    QVERIFY(Editing::movePledgeTo(*m_doc, before.pledges.at(0).id, before.chapters.at(5).id, 0));
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->plan(), before);
}

void TestStructureEditing::deletePeriodRestoresCells()
{
    m_doc.reset();
    QString error;
    QFile::remove(m_path);
    m_doc = Document::create(m_path, TestSupport::samplePlan(QStringLiteral("tokorozawa")), &error);
    QVERIFY(m_doc);
    const Plan before = m_doc->plan();
    QList<Period> periods = before.periods;
    periods.removeAt(1);
    periods.move(2, 0);
    QVERIFY(Editing::setPeriods(*m_doc, periods));
    QCOMPARE(m_doc->plan().periods.size(), 3);
    QCOMPARE(m_doc->plan().periods.first().id, before.periods.at(3).id);
    int cellsOfRemoved = 0;
    for (auto it = before.cells.cbegin(); it != before.cells.cend(); ++it)
        cellsOfRemoved += it.key().second == before.periods.at(1).id;
    QCOMPARE(m_doc->plan().cells.size(), before.cells.size() - cellsOfRemoved);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->plan(), before);
    QCOMPARE(onDisk(), before);
}

void TestStructureEditing::departmentInUseIsRefused()
{
    PledgeRow r = m_doc->plan().rows.first();
    QVERIFY(Editing::editRow(*m_doc, r, QStringLiteral("企画課")));
    QString error;
    QVERIFY(!Editing::setDepartments(*m_doc, {}, &error));
    QVERIFY2(error.contains(QStringLiteral("企画課")) && error.contains(QStringLiteral("1 row")),
             qPrintable(error));
    QCOMPARE(m_doc->undoStack()->count(), 1);
}

void TestStructureEditing::scaleLevelInUseIsRefused()
{
    StatusScale scale = m_doc->plan().periodScale;
    scale.levels.removeFirst(); // A is used by 37 cells
    QString error;
    QVERIFY(!Editing::setPeriodScale(*m_doc, scale, &error));
    QVERIFY2(error.contains(QStringLiteral("37")), qPrintable(error));
    scale = m_doc->plan().periodScale;
    scale.levels.removeLast(); // D is used by none
    QVERIFY2(Editing::setPeriodScale(*m_doc, scale, &error), qPrintable(error));
    QCOMPARE(m_doc->plan().periodScale.levels.size(), 3);
}

QTEST_GUILESS_MAIN(TestStructureEditing)
#include "tst_structureediting.moc"
