#include "document/document.h"
#include "document/editing.h"
#include "io/irumatableimport.h"
#include "testsupport.h"

#include <QTemporaryDir>

// An import into an open plan is one transaction and one undo step.
class TestImportEditing : public QObject
{
    Q_OBJECT

private slots:
    void importAddsAfterThePlanAndUndoes();
    void periodsAndDepartmentsAreMatched();
    void unknownLevelChangesNothing();

private:
    std::unique_ptr<Document> create(const QString &sample);
    static Plan reloadFromDisk(const Document &doc)
    {
        return TestSupport::reloadFromDisk(doc.filePath());
    }
    QTemporaryDir m_dir;
};

std::unique_ptr<Document> TestImportEditing::create(const QString &sample)
{
    QString error;
    auto doc = Document::create(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) +
                                               QStringLiteral(".pledges")),
                                TestSupport::samplePlan(sample), &error);
    if (!doc)
        qFatal("%s", qPrintable(error));
    return doc;
}

void TestImportEditing::importAddsAfterThePlanAndUndoes()
{
    auto doc = create(QStringLiteral("iruma"));
    const Plan before = doc->plan();
    QString error;
    const auto imported =
        IrumaTableImport::read(QString::fromUtf8(TestSupport::fileBytes(
                                   QStringLiteral(TEST_DATA_DIR "/iruma_2023-09.txt"))),
                               QStringLiteral("iruma.txt"), &error);
    QVERIFY2(imported, qPrintable(error));

    QVERIFY2(Editing::importPlan(*doc, *imported, QStringLiteral("iruma.txt"), &error),
             qPrintable(error));
    const Plan &after = doc->plan();
    QCOMPARE(after.chapters.size(), 12);
    QCOMPARE(after.pledges.size(), 60);
    QCOMPARE(after.rows.size(), 120);
    QCOMPARE(after.periods.size(), 1); // the same reporting date
    QCOMPARE(after.cells.size(), before.cells.size() * 2);
    // The new rows come after the old ones, with the same texts and statuses.
    for (int i = 0; i < 60; ++i) {
        const PledgeRow &old = after.rows.at(i);
        const PledgeRow &added = after.rows.at(60 + i);
        QCOMPARE(added.content, old.content);
        const qint64 period = after.periods.first().id;
        QCOMPARE(after.cell(added.id, period), after.cell(old.id, period));
    }
    QVERIFY(reloadFromDisk(*doc) == after);
    QCOMPARE(doc->undoStack()->count(), 1);
    QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Import iruma.txt"));

    doc->undoStack()->undo();
    QVERIFY(doc->plan() == before);
    QVERIFY(reloadFromDisk(*doc) == before);
    doc->undoStack()->redo();
    QCOMPARE(doc->plan().rows.size(), 120);
    QVERIFY(reloadFromDisk(*doc) == doc->plan());
}

void TestImportEditing::periodsAndDepartmentsAreMatched()
{
    auto doc = create(QStringLiteral("tokorozawa"));
    const Plan before = doc->plan();
    Plan imported = TestSupport::samplePlan(QStringLiteral("tokorozawa"));
    // One period the plan lacks, and one department.
    Period later = Period::half(2025, 1);
    later.id = 9001;
    imported.periods.append(later);
    imported.departments.append(Department{9002, QStringLiteral("新設課")});
    imported.rows.first().departmentId = 9002;
    Cell cell;
    cell.plan = QStringLiteral("来年度の計画");
    imported.cells.insert({imported.rows.first().id, later.id}, cell);

    QString error;
    QVERIFY2(Editing::importPlan(*doc, imported, QStringLiteral("t.json"), &error),
             qPrintable(error));
    const Plan &after = doc->plan();
    QCOMPARE(after.periods.size(), before.periods.size() + 1);
    QCOMPARE(after.departments.size(), before.departments.size() + 1);
    QCOMPARE(after.rows.size(), before.rows.size() * 2);
    QCOMPARE(after.yearCells.size(), before.yearCells.size() * 2);
    const PledgeRow &first = after.rows.at(before.rows.size());
    QCOMPARE(after.department(first.departmentId)->name, QStringLiteral("新設課"));
    QCOMPARE(after.cell(first.id, after.periods.last().id).plan, QStringLiteral("来年度の計画"));
    const PledgeRow &second = after.rows.at(before.rows.size() + 1);
    QCOMPARE(second.departmentId, before.rows.at(1).departmentId);

    doc->undoStack()->undo();
    QVERIFY(doc->plan() == before);
    QVERIFY(reloadFromDisk(*doc) == before);
}

void TestImportEditing::unknownLevelChangesNothing()
{
    auto doc = create(QStringLiteral("tokorozawa")); // ☆○△×
    const Plan before = doc->plan();
    const QByteArray file = TestSupport::fileBytes(doc->filePath());
    QString error;
    QVERIFY(!Editing::importPlan(*doc, TestSupport::samplePlan(QStringLiteral("iruma")),
                                 QStringLiteral("iruma.json"), &error));
    QVERIFY2(error.contains(QStringLiteral("has no level \"A\"")), qPrintable(error));
    QVERIFY(doc->plan() == before);
    QCOMPARE(doc->undoStack()->count(), 0);
    QCOMPARE(TestSupport::fileBytes(doc->filePath()), file);
}

QTEST_GUILESS_MAIN(TestImportEditing)
#include "tst_importediting.moc"
