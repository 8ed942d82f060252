#include "document/document.h"
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

private:
    QString makeVersion1File(const QString &name);
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

// A version 1 file as the first release wrote it: one row, one cell, one history entry.
QString TestMigrations::makeVersion1File(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QString error;
    auto db = Database::createAtVersion(path, 1, &error);
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
        qFatal("cannot fill the version 1 file");
    if (db->schemaVersion() != 1)
        qFatal("the file is not at version 1");
    return path;
}

void TestMigrations::fromVersion1KeepsDataAndAddsSource()
{
    const QString path = makeVersion1File(QStringLiteral("v1.pledges"));
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
    const QString path = makeVersion1File(QStringLiteral("v1-readonly.pledges"));
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
    const QString path = makeVersion1File(QStringLiteral("v1-blocked.pledges"));
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

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
