#include "document/document.h"
#include "document/editing.h"
#include "editions/changesreport.h"
#include "editions/changesreportwriter.h"
#include "io/plangenerator.h"
#include "report/reportwriter.h"
#include "storage/schema.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

// A published edition is the plan as it was, whatever happens to the plan later: its plan, its
// printed pages and the file's refusal to change it.
class TestEditions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void editionKeepsThePlanAsPublished();
    void publishingIsNoUndoStep();
    void badNamesAndReadOnlyFilesAreRefused();
    void fileRefusesToChangeAnEdition_data();
    void fileRefusesToChangeAnEdition();
    void foreignOrMissingTriggerIsRefused_data();
    void foreignOrMissingTriggerIsRefused();
    void damagedSnapshotIsReported();
    void largePlanIsStoredInParts();
    void editionFileOpensWithItsHistory();
    void editionPdfTextIsUnchangedByLaterEdits_data();
    void editionPdfTextIsUnchangedByLaterEdits();
    void changesReportPdfListsTheChanges();
    void longChangesReportGoesOnOverPages();

private:
    // Edits that show in every layout: a department row's status and narrative in the last
    // period, a pledge's title, another row deleted.
    void editPlanLater();
    qint64 editedRow() const;
    QString pdfText(const QString &path) const;
    // Runs statements through a second, raw connection, as another program would.
    QStringList rawExec(const QStringList &statements);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Document> m_doc;
    bool m_poppler = false;
};

void TestEditions::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_poppler = !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
}

void TestEditions::init()
{
    m_path =
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) +
                       QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".pledges"));
    QString error;
    m_doc = Document::create(m_path, TestSupport::samplePlan(QStringLiteral("tokorozawa")), &error);
    QVERIFY2(m_doc, qPrintable(error));
}

void TestEditions::cleanup()
{
    m_doc.reset();
}

qint64 TestEditions::editedRow() const
{
    for (const PledgeRow &r : m_doc->plan().rows) {
        if (r.departmentId != 0)
            return r.id;
    }
    return 0;
}

void TestEditions::editPlanLater()
{
    const Plan &plan = m_doc->plan();
    const qint64 row = editedRow();
    const qint64 period = plan.periods.constLast().id;
    Cell cell = plan.cell(row, period);
    cell.narrative = QStringLiteral("公表後に書き直した取組状況");
    cell.levelId = plan.periodScale.levels.constLast().id == cell.levelId
                       ? plan.periodScale.levels.constFirst().id
                       : plan.periodScale.levels.constLast().id;
    QVERIFY(Editing::setCell(*m_doc, row, period, cell));
    Pledge pledge = *plan.pledge(plan.row(row)->pledgeId);
    pledge.title = QStringLiteral("公表後に変えた公約名");
    QVERIFY(Editing::editPledge(*m_doc, pledge));
    QVERIFY(Editing::deleteRow(*m_doc, m_doc->plan().rows.constLast().id));
}

QString TestEditions::pdfText(const QString &path) const
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-layout"), path, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QStringList TestEditions::rawExec(const QStringList &statements)
{
    QStringList errors;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(m_path);
        if (!db.open())
            qFatal("cannot open %s", qPrintable(m_path));
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            if (!q.exec(sql))
                errors << q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return errors;
}

void TestEditions::editionKeepsThePlanAsPublished()
{
    const Plan published = m_doc->plan();
    Edition edition;
    QVERIFY(
        m_doc->publishEdition(QStringLiteral(" 令和6年9月末現在 "), QDate(2024, 10, 15), &edition));
    QCOMPARE(edition.id, 1);
    QCOMPARE(edition.name, QStringLiteral("令和6年9月末現在"));
    editPlanLater();
    QVERIFY(!(m_doc->plan() == published));

    const QList<Edition> editions = m_doc->editions();
    QCOMPARE(editions.size(), 1);
    QCOMPARE(editions.first().name, QStringLiteral("令和6年9月末現在"));
    QCOMPARE(editions.first().date, QDate(2024, 10, 15));
    QCOMPARE(editions.first().publishedBy, Document::currentUser());
    QVERIFY(editions.first().publishedAt.isValid());
    QString error;
    const auto plan = m_doc->editionPlan(edition.id, &error);
    QVERIFY2(plan, qPrintable(error));
    QVERIFY(*plan == published);

    // Read again from the file by a new connection: the same.
    m_doc.reset();
    m_doc = Document::open(m_path, Document::Access::ReadOnly, &error);
    QVERIFY2(m_doc, qPrintable(error));
    const auto reread = m_doc->editionPlan(edition.id, &error);
    QVERIFY2(reread, qPrintable(error));
    QVERIFY(*reread == published);
    QVERIFY(!m_doc->editionPlan(99, &error));
    QVERIFY2(error.contains(QStringLiteral("no edition 99")), qPrintable(error));
}

// An edition is permanent: publishing is a committed write beside the plan, like a
// department collection record, and undo does not take it back.
void TestEditions::publishingIsNoUndoStep()
{
    QVERIFY(Editing::setStatus(*m_doc, {{editedRow(), m_doc->plan().periods.first().id}}, 0));
    const int steps = m_doc->undoStack()->count();
    QSignalSpy records(m_doc.get(), &Document::recordsChanged);
    QVERIFY(m_doc->publishEdition(QStringLiteral("第1版"), QDate::currentDate()));
    QCOMPARE(records.size(), 1);
    QCOMPARE(m_doc->undoStack()->count(), steps);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->editions().size(), 1);
}

void TestEditions::badNamesAndReadOnlyFilesAreRefused()
{
    QSignalSpy failures(m_doc.get(), &Document::writeFailed);
    QVERIFY(!m_doc->publishEdition(QStringLiteral("  "), QDate::currentDate()));
    QVERIFY(!m_doc->publishEdition(QStringLiteral("第1版"), QDate()));
    QVERIFY(m_doc->publishEdition(QStringLiteral("第1版"), QDate::currentDate()));
    QVERIFY(!m_doc->publishEdition(QStringLiteral("第1版"), QDate::currentDate()));
    QCOMPARE(failures.size(), 3);
    QVERIFY(failures.last().first().toString().contains(QStringLiteral("exists already")));
    m_doc.reset();
    QString error;
    m_doc = Document::open(m_path, Document::Access::ReadOnly, &error);
    QVERIFY2(m_doc, qPrintable(error));
    QVERIFY(!m_doc->publishEdition(QStringLiteral("第2版"), QDate::currentDate()));
    QCOMPARE(m_doc->editions().size(), 1);
}

void TestEditions::fileRefusesToChangeAnEdition_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("rename") << QStringLiteral("UPDATE editions SET name = '改ざん'");
    QTest::newRow("delete") << QStringLiteral("DELETE FROM editions");
    QTest::newRow("replace snapshot") << QStringLiteral("UPDATE edition_parts SET data = x'00'");
    QTest::newRow("delete snapshot") << QStringLiteral("DELETE FROM edition_parts");
}

// Not only the editor: any program writing to the file is stopped by its triggers.
void TestEditions::fileRefusesToChangeAnEdition()
{
    QFETCH(QString, sql);
    const Plan published = m_doc->plan();
    QVERIFY(m_doc->publishEdition(QStringLiteral("第1版"), QDate::currentDate()));
    const QStringList errors = rawExec({sql});
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().contains(QStringLiteral("a published edition cannot be")),
             qPrintable(errors.first()));
    QString error;
    const auto plan = m_doc->editionPlan(1, &error);
    QVERIFY2(plan, qPrintable(error));
    QVERIFY(*plan == published);
    QCOMPARE(m_doc->editions().first().name, QStringLiteral("第1版"));
}

void TestEditions::foreignOrMissingTriggerIsRefused_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QString>("message");
    QTest::newRow("our name, another body")
        << QStringList{QStringLiteral("DROP TRIGGER editions_no_update"),
                       QStringLiteral("CREATE TRIGGER editions_no_update BEFORE UPDATE ON editions"
                                      " BEGIN DELETE FROM rows; END")}
        << QStringLiteral("did not create");
    QTest::newRow("missing") << QStringList{QStringLiteral("DROP TRIGGER editions_no_delete")}
                             << QStringLiteral("missing triggers");
}

void TestEditions::foreignOrMissingTriggerIsRefused()
{
    QFETCH(QStringList, statements);
    QFETCH(QString, message);
    m_doc.reset();
    QCOMPARE(rawExec(statements), QStringList());
    const QByteArray before = TestSupport::fileBytes(m_path);
    QString error;
    QVERIFY(!Document::open(m_path, Document::Access::ReadWrite, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QCOMPARE(TestSupport::fileBytes(m_path), before);
}

// A snapshot changed behind the triggers' back (dropped and put back) no longer matches its
// SHA-256: it is reported damaged, never shown as the edition.
void TestEditions::damagedSnapshotIsReported()
{
    QVERIFY(m_doc->publishEdition(QStringLiteral("第1版"), QDate::currentDate()));
    m_doc.reset();
    QStringList statements{QStringLiteral("DROP TRIGGER edition_parts_no_update")};
    statements << QStringLiteral("UPDATE edition_parts SET data = zeroblob(length(data))");
    statements << Schema::expectedTriggers().value(QStringLiteral("edition_parts_no_update"));
    QCOMPARE(rawExec(statements), QStringList());
    QString error;
    m_doc = Document::open(m_path, Document::Access::ReadOnly, &error);
    QVERIFY2(m_doc, qPrintable(error));
    QTest::ignoreMessage(QtWarningMsg, "qUncompress: Input data is corrupted");
    QVERIFY(!m_doc->editionPlan(1, &error));
    QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
}

// No value in a plan file may exceed a megabyte; a large plan's snapshot does, and is
// stored in parts.
void TestEditions::largePlanIsStoredInParts()
{
    m_doc.reset();
    QFile::remove(m_path);
    QString error;
    m_doc = Document::create(m_path, PlanGenerator::generate(100, 10, 16, 1), &error);
    QVERIFY2(m_doc, qPrintable(error));
    QVERIFY(m_doc->publishEdition(QStringLiteral("大きな版"), QDate::currentDate()));
    const auto plan = m_doc->editionPlan(1, &error);
    QVERIFY2(plan, qPrintable(error));
    QVERIFY(*plan == m_doc->plan());
    m_doc.reset();
    auto db = Database::open(m_path, Database::Access::ReadOnly, &error);
    QVERIFY2(db, qPrintable(error));
    QSqlQuery parts(QStringLiteral("SELECT count(*) FROM edition_parts"), db->connection());
    QVERIFY(parts.next());
    QVERIFY2(parts.value(0).toInt() > 1, qPrintable(parts.value(0).toString()));
}

// Opening an edition in the editor goes through a plan file of its own: the edition's plan,
// and the history up to its publication but not after.
void TestEditions::editionFileOpensWithItsHistory()
{
    const qint64 row = editedRow();
    const qint64 period = m_doc->plan().periods.first().id;
    Cell cell = m_doc->plan().cell(row, period);
    cell.plan = QStringLiteral("公表前の計画");
    QVERIFY(Editing::setCell(*m_doc, row, period, cell));
    const Plan published = m_doc->plan();
    QVERIFY(m_doc->publishEdition(QStringLiteral("第1版"), QDate::currentDate()));
    editPlanLater();
    const QString path = m_dir.filePath(QStringLiteral("edition-file.pledges"));
    QString error;
    QVERIFY2(m_doc->writeEditionFile(1, path, &error), qPrintable(error));
    QVERIFY(!m_doc->writeEditionFile(1, path, &error)); // never over an existing file
    QVERIFY(!(QFileInfo(path).permissions() & QFile::WriteOwner));
    const auto edition = Document::open(path, Document::Access::ReadOnly, &error);
    QVERIFY2(edition, qPrintable(error));
    QVERIFY(edition->isReadOnly());
    QVERIFY(edition->plan() == published);
    const QList<HistoryEntry> history = edition->history(row, period);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().newValue, QStringLiteral("公表前の計画"));
    QCOMPARE(edition->history(row, m_doc->plan().periods.constLast().id).size(), 0);
    QVERIFY(m_doc->history(row, m_doc->plan().periods.constLast().id).size() > 0);
}

void TestEditions::editionPdfTextIsUnchangedByLaterEdits_data()
{
    QTest::addColumn<int>("layout");
    QTest::newRow("table") << int(ReportOptions::Layout::Table);
    QTest::newRow("summary") << int(ReportOptions::Layout::Summary);
    QTest::newRow("department") << int(ReportOptions::Layout::Department);
}

// The acceptance test: printed from the edition after the plan was edited, every layout has
// exactly the text it had when the edition was published, and the plan now prints otherwise.
void TestEditions::editionPdfTextIsUnchangedByLaterEdits()
{
    if (!m_poppler)
        QSKIP("pdftotext (poppler-utils) not installed");
    QFETCH(int, layout);
    ReportOptions options;
    options.layout = ReportOptions::Layout(layout);
    options.departmentId = m_doc->plan().row(editedRow())->departmentId;
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    auto print = [&](const Plan &plan, const QString &name) {
        const QString path = m_dir.filePath(tag + name + QStringLiteral(".pdf"));
        QString error;
        if (!ReportWriter::writePdf(plan, options, path, &error))
            qWarning("%s", qPrintable(error));
        return pdfText(path);
    };
    const QString asPublished = print(m_doc->plan(), QStringLiteral("-plan-then"));
    QVERIFY(m_doc->publishEdition(QStringLiteral("令和6年9月末現在"), QDate(2024, 10, 15)));
    QString error;
    auto edition = m_doc->editionPlan(1, &error);
    QVERIFY2(edition, qPrintable(error));
    const QString before = print(*edition, QStringLiteral("-edition-before"));
    QVERIFY(!before.isEmpty());
    QCOMPARE(before, asPublished);

    editPlanLater();
    edition = m_doc->editionPlan(1, &error);
    QVERIFY2(edition, qPrintable(error));
    const QString after = print(*edition, QStringLiteral("-edition-after"));
    QCOMPARE(after.toUtf8(), before.toUtf8());
    QVERIFY(print(m_doc->plan(), QStringLiteral("-plan-now")) != before);
}

void TestEditions::changesReportPdfListsTheChanges()
{
    if (!m_poppler)
        QSKIP("pdftotext (poppler-utils) not installed");
    QVERIFY(m_doc->publishEdition(QStringLiteral("令和6年9月末現在"), QDate(2024, 10, 15)));
    editPlanLater();
    QString error;
    const auto edition = m_doc->editionPlan(1, &error);
    QVERIFY2(edition, qPrintable(error));
    const ChangesReport report =
        ChangesReport::build(*edition, {QStringLiteral("令和6年9月末現在"), QDate(2024, 10, 15)},
                             m_doc->plan(), {QString(), QDate(2025, 1, 20)}, ReportOptions());
    const QString path = m_dir.filePath(QStringLiteral("changes.pdf"));
    int pages = 0;
    QVERIFY2(ChangesReportWriter::writePdf(report, path, &error, &pages), qPrintable(error));
    QCOMPARE(pages, 1);
    QString text = pdfText(path);
    text.remove(QRegularExpression(QStringLiteral("\\s+")));
    for (const QString &expected :
         {QStringLiteral("比較元：令和6年9月末現在（2024年10月15日公表）"),
          QStringLiteral("比較先：現在の計画（2025年1月20日時点）"),
          QStringLiteral("削除された行（1件）"), QStringLiteral("変更された記述（2件）"),
          QStringLiteral("後：公表後に書き直した取組状況"),
          QStringLiteral("後：公表後に変えた公約名")})
        QVERIFY2(text.contains(expected), qPrintable(expected));
    QVERIFY(text.contains(QStringLiteral("評価が上がったもの（1件）")) ||
            text.contains(QStringLiteral("評価が下がったもの（1件）")) ||
            text.contains(QStringLiteral("評価が付いたもの（1件）")));
}

// Every narrative rewritten at length: the list runs over many pages, entries broken between
// lines where a page ends, and the last change is printed too.
void TestEditions::longChangesReportGoesOnOverPages()
{
    if (!m_poppler)
        QSKIP("pdftotext (poppler-utils) not installed");
    const Plan before = m_doc->plan();
    Plan after = before;
    for (auto it = after.cells.begin(); it != after.cells.end(); ++it)
        it->narrative = QStringLiteral("書き直した取組状況。").repeated(30);
    const CellKey last{after.rows.constLast().id, after.periods.constLast().id};
    after.cells[last].narrative = QStringLiteral("最後の変更点");
    const ChangesReport report = ChangesReport::build(
        before, {QStringLiteral("第1版"), QDate(2024, 10, 15)}, after, {}, ReportOptions());
    QCOMPARE(report.sections.size(), 1);
    const QString path = m_dir.filePath(QStringLiteral("long-changes.pdf"));
    QString error;
    int pages = 0;
    QVERIFY2(ChangesReportWriter::writePdf(report, path, &error, &pages), qPrintable(error));
    QVERIFY2(pages > 5, qPrintable(QString::number(pages)));
    QString text = pdfText(path);
    text.remove(QRegularExpression(QStringLiteral("\\s+")));
    QVERIFY(text.contains(QStringLiteral("変更された記述（%1件）").arg(after.cells.size())));
    QVERIFY(text.contains(QStringLiteral("後：最後の変更点")));
    QCOMPARE(text.count(QStringLiteral("後：")), int(after.cells.size()));
}

QTEST_MAIN(TestEditions)
#include "tst_editions.moc"
