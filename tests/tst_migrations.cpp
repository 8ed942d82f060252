#include "departments/collections.h"
#include "document/document.h"
#include "document/editing.h"
#include "storage/database.h"
#include "storage/schema.h"
#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

// Each schema step takes a file of the previous version, with data in it, to the next.
class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void fromVersion1KeepsDataAndAddsSource();
    void readOnlyOpenOfOldFileLeavesItUntouched();
    void failedMigrationLeavesOldVersion();
    void fromVersion2AddsPlanSettings();
    void failedVersion3StepLeavesVersion2();
    void fromVersion3AddsCollections();
    void failedVersion4StepLeavesVersion3();
    void fromVersion4AddsEditions();
    void failedVersion5StepLeavesVersion4();
    void fromVersion5AddsReviewComments();
    void failedVersion6StepLeavesVersion5();

private:
    QString makeOldFile(const QString &name, int version);
    QTemporaryDir m_dir;
};

namespace {
int pragmaValue(QSqlDatabase &db, const QString &pragma)
{
    QSqlQuery q(QStringLiteral("PRAGMA ") + pragma, db);
    return q.next() ? q.value(0).toInt() : -1;
}

bool execAll(QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            qWarning() << sql << q.lastError().text();
            return false;
        }
    }
    return true;
}
} // namespace

// A file of an older version as its release wrote it: one row, one cell, one history entry.
QString TestMigrations::makeOldFile(const QString &name, int version)
{
    const QString path = m_dir.filePath(name);
    QString error;
    auto db = Database::createAtVersion(path, version, &error);
    if (!db)
        qFatal("%s", qPrintable(error));
    const bool ok = execAll(
        db->connection(),
        {QStringLiteral("INSERT INTO scales (id, name) VALUES (1, 'A–D')"),
         QStringLiteral("INSERT INTO levels (id, scale_id, position, code, symbol, label)"
                        " VALUES (1, 1, 0, 'A', 'A', '完了')"),
         QStringLiteral("INSERT INTO plan_info (id, title, period_scale_id) VALUES (1, '計画', 1)"),
         QStringLiteral("INSERT INTO periods (id, position, fiscal_year, kind, part)"
                        " VALUES (1, 0, 2024, 1, 1)"),
         QStringLiteral(
             "INSERT INTO pledges (id, position, number, title) VALUES (1, 0, '1', '公約')"),
         QStringLiteral(
             "INSERT INTO rows (id, pledge_id, position, title) VALUES (1, 1, 0, '項目')"),
         QStringLiteral("INSERT INTO cells (row_id, period_id, level_id, narrative)"
                        " VALUES (1, 1, 1, '状況')"),
         QStringLiteral("INSERT INTO history (row_id, period_id, field, old_value, new_value,"
                        " changed_at, changed_by) VALUES (1, 1, 'status', '', 'A',"
                        " '2024-09-30T00:00:00.000Z', 'tanaka')")});
    if (!ok)
        qFatal("cannot fill the version %d file", version);
    if (db->schemaVersion() != version)
        qFatal("the file is not at version %d", version);
    return path;
}

void TestMigrations::fromVersion1KeepsDataAndAddsSource()
{
    const QString path = makeOldFile(QStringLiteral("v1.pledges"), 1);
    QString error;
    auto doc = Document::open(path, Document::Access::ReadWrite, &error);
    QVERIFY2(doc, qPrintable(error));
    QCOMPARE(doc->plan().rows.size(), 1);
    QCOMPARE(doc->plan().cell(1, 1).narrative, QStringLiteral("状況"));
    const QList<HistoryEntry> history = doc->history(1, 1);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().user, QStringLiteral("tanaka"));
    QCOMPARE(history.first().source, QString());
    doc.reset();

    auto db = Database::open(path, Database::Access::ReadOnly, &error);
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), Schema::kCurrentVersion);
    QCOMPARE(pragmaValue(db->connection(), QStringLiteral("application_id")),
             Schema::kApplicationId);
    QSqlQuery index(
        QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'history_by_cell'"),
        db->connection());
    QVERIFY(index.next());
    QCOMPARE(index.value(0).toInt(), 1);
}

void TestMigrations::readOnlyOpenOfOldFileLeavesItUntouched()
{
    const QString path = makeOldFile(QStringLiteral("v1-readonly.pledges"), 1);
    const QByteArray before = TestSupport::fileBytes(path);
    QString error;
    auto doc = Document::open(path, Document::Access::ReadOnly, &error);
    QVERIFY2(doc, qPrintable(error));
    QVERIFY(doc->isReadOnly());
    QCOMPARE(doc->plan().cell(1, 1).narrative, QStringLiteral("状況"));
    QCOMPARE(doc->filePath(), path);
    doc.reset();
    QCOMPARE(TestSupport::fileBytes(path), before);
}

// A step that fails half-way (here: a table the step wants to create already exists) rolls
// back, so the file stays a valid version 1 file and the next open tries again.
void TestMigrations::failedMigrationLeavesOldVersion()
{
    const QString path = makeOldFile(QStringLiteral("v1-blocked.pledges"), 1);
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QVERIFY(execAll(raw, {QStringLiteral("CREATE INDEX history_by_cell ON history(row_id)")}));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    QString error;
    auto doc = Document::open(path, Document::Access::ReadWrite, &error);
    QVERIFY(!doc);
    QVERIFY2(error.contains(QStringLiteral("left as it was")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("v1-blocked.pledges")), qPrintable(error));
    QSqlDatabase raw =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
    raw.setDatabaseName(path);
    QVERIFY(raw.open());
    QCOMPARE(pragmaValue(raw, QStringLiteral("user_version")), 1);
    QSqlQuery columns(QStringLiteral("SELECT count(*) FROM pragma_table_info('history')"
                                     " WHERE name = 'source'"),
                      raw);
    QVERIFY(columns.next());
    QCOMPARE(columns.value(0).toInt(), 0);
    raw.close();
}

// Version 3 adds the plan's settings: a version 2 file opens with every check switched on,
// and can then store its own switches.
void TestMigrations::fromVersion2AddsPlanSettings()
{
    const QString path = makeOldFile(QStringLiteral("v2.pledges"), 2);
    QString error;
    auto doc = Document::open(path, Document::Access::ReadWrite, &error);
    QVERIFY2(doc, qPrintable(error));
    QCOMPARE(doc->plan().cell(1, 1).narrative, QStringLiteral("状況"));
    QCOMPARE(doc->history(1, 1).size(), 1);
    QVERIFY(doc->plan().disabledChecks.isEmpty());
    QVERIFY(Editing::setDisabledChecks(*doc, {CheckRule::StatusWentDown}));
    doc.reset();

    doc = Document::open(path, Document::Access::ReadOnly, &error);
    QVERIFY2(doc, qPrintable(error));
    QCOMPARE(doc->plan().disabledChecks, QStringList{QStringLiteral("status-went-down")});
    doc.reset();
    auto db = Database::open(path, Database::Access::ReadOnly, &error);
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), Schema::kCurrentVersion);
}

// A version 2 file whose step to 3 cannot run (a table of that name is in the way) is left a
// valid version 2 file.
void TestMigrations::failedVersion3StepLeavesVersion2()
{
    const QString path = makeOldFile(QStringLiteral("v2-blocked.pledges"), 2);
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw2"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QVERIFY(execAll(raw, {QStringLiteral("CREATE TABLE plan_settings (x)")}));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw2"));
    const QByteArray before = TestSupport::fileBytes(path);
    QString error;
    auto doc = Document::open(path, Document::Access::ReadWrite, &error);
    QVERIFY(!doc);
    QVERIFY2(error.contains(QStringLiteral("left as it was")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("v2-blocked.pledges")), qPrintable(error));
    QCOMPARE(TestSupport::fileBytes(path), before);
    QSqlDatabase raw =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check2"));
    raw.setDatabaseName(path);
    QVERIFY(raw.open());
    QCOMPARE(pragmaValue(raw, QStringLiteral("user_version")), 2);
    raw.close();
}

// Version 4 adds the department collections: a version 3 file opens with none, and can then
// record a send-out and get the identifier its workbooks carry.
void TestMigrations::fromVersion3AddsCollections()
{
    const QString path = makeOldFile(QStringLiteral("v3.pledges"), 3);
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw3"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QVERIFY(execAll(raw, {QStringLiteral("INSERT INTO departments (id, position, name)"
                                             " VALUES (1, 0, '企画課')")}));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw3"));
    QString error;
    auto doc = Document::open(path, Document::Access::ReadWrite, &error);
    QVERIFY2(doc, qPrintable(error));
    QCOMPARE(doc->plan().cell(1, 1).narrative, QStringLiteral("状況"));
    QVERIFY(Collections::records(*doc).isEmpty());
    QVERIFY(Collections::planUid(*doc).isEmpty());
    QString uid;
    QVERIFY(Collections::ensurePlanUid(*doc, &uid));
    const QDateTime sent =
        QDateTime::fromString(QStringLiteral("2024-10-01T09:00:00.000Z"), Qt::ISODateWithMs);
    QVERIFY(Collections::recordSent(*doc, 1, {{1, QStringLiteral("a.xlsx")}}, sent));
    doc.reset();

    doc = Document::open(path, Document::Access::ReadOnly, &error);
    QVERIFY2(doc, qPrintable(error));
    QCOMPARE(Collections::planUid(*doc), uid);
    const QList<CollectionRecord> records = Collections::records(*doc);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().sentAt, sent);
    QCOMPARE(records.first().sentFile, QStringLiteral("a.xlsx"));
    QVERIFY(!records.first().returnedAt.isValid());
}

// A version 3 file whose step to 4 cannot run is left a valid version 3 file.
void TestMigrations::failedVersion4StepLeavesVersion3()
{
    const QString path = makeOldFile(QStringLiteral("v3-blocked.pledges"), 3);
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw4"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QVERIFY(execAll(raw, {QStringLiteral("CREATE TABLE collections (x)")}));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw4"));
    const QByteArray before = TestSupport::fileBytes(path);
    QString error;
    QVERIFY(!Document::open(path, Document::Access::ReadWrite, &error));
    QVERIFY2(error.contains(QStringLiteral("left as it was")), qPrintable(error));
    QCOMPARE(TestSupport::fileBytes(path), before);
}

// Version 5 adds published editions: a version 4 file opens with none, can then publish one,
// and its triggers keep it unchanged.
void TestMigrations::fromVersion4AddsEditions()
{
    const QString path = makeOldFile(QStringLiteral("v4.pledges"), 4);
    QString error;
    auto doc = Document::open(path, Document::Access::ReadWrite, &error);
    QVERIFY2(doc, qPrintable(error));
    QVERIFY(doc->editions().isEmpty());
    QVERIFY(doc->publishEdition(QStringLiteral("令和6年9月末現在"), QDate(2024, 10, 15)));
    doc.reset();

    doc = Document::open(path, Document::Access::ReadOnly, &error);
    QVERIFY2(doc, qPrintable(error));
    QCOMPARE(doc->editions().size(), 1);
    const auto plan = doc->editionPlan(1, &error);
    QVERIFY2(plan, qPrintable(error));
    QCOMPARE(plan->cell(1, 1).narrative, QStringLiteral("状況"));
    doc.reset();
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw5"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery rename(raw);
        QVERIFY(!rename.exec(QStringLiteral("UPDATE editions SET name = 'x'")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw5"));
}

// A version 4 file whose step to 5 fails half-way (its second table is in the way) is left a
// valid version 4 file, without the first table either.
void TestMigrations::failedVersion5StepLeavesVersion4()
{
    const QString path = makeOldFile(QStringLiteral("v4-blocked.pledges"), 4);
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw5b"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QVERIFY(execAll(raw, {QStringLiteral("CREATE TABLE edition_parts (x)")}));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw5b"));
    const QByteArray before = TestSupport::fileBytes(path);
    QString error;
    QVERIFY(!Document::open(path, Document::Access::ReadWrite, &error));
    QVERIFY2(error.contains(QStringLiteral("left as it was")), qPrintable(error));
    QCOMPARE(TestSupport::fileBytes(path), before);
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check5"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QCOMPARE(pragmaValue(raw, QStringLiteral("user_version")), 4);
        QSqlQuery editions(
            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'editions'"), raw);
        QVERIFY(editions.next());
        QCOMPARE(editions.value(0).toInt(), 0);
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check5"));
}

// Version 6 adds review comments: a version 5 file opens with none, is no review copy, and
// can then keep a comment.
void TestMigrations::fromVersion5AddsReviewComments()
{
    const QString path = makeOldFile(QStringLiteral("v5.pledges"), 5);
    QString error;
    auto doc = Document::open(path, Document::Access::ReadWrite, &error);
    QVERIFY2(doc, qPrintable(error));
    QCOMPARE(doc->plan().cell(1, 1).narrative, QStringLiteral("状況"));
    QVERIFY(doc->comments().isEmpty());
    QVERIFY(!doc->reviewCopy().isReviewCopy());
    ReviewComment comment;
    comment.rowId = 1;
    comment.periodId = 1;
    comment.text = QStringLiteral("根拠を確認");
    const QString uid = Editing::addComment(*doc, comment);
    QVERIFY(!uid.isEmpty());
    doc.reset();

    doc = Document::open(path, Document::Access::ReadOnly, &error);
    QVERIFY2(doc, qPrintable(error));
    QCOMPARE(doc->comments().size(), 1);
    QCOMPARE(doc->comments().first().uid, uid);
    QCOMPARE(doc->comments().first().text, QStringLiteral("根拠を確認"));
}

// A version 5 file whose step to 6 cannot run is left a valid version 5 file.
void TestMigrations::failedVersion6StepLeavesVersion5()
{
    const QString path = makeOldFile(QStringLiteral("v5-blocked.pledges"), 5);
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw6"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QVERIFY(execAll(raw, {QStringLiteral("CREATE TABLE review_comments (x)")}));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw6"));
    const QByteArray before = TestSupport::fileBytes(path);
    QString error;
    QVERIFY(!Document::open(path, Document::Access::ReadWrite, &error));
    QVERIFY2(error.contains(QStringLiteral("left as it was")), qPrintable(error));
    QCOMPARE(TestSupport::fileBytes(path), before);
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check6"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QCOMPARE(pragmaValue(raw, QStringLiteral("user_version")), 5);
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check6"));
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
