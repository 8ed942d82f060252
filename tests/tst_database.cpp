#include "document/document.h"
#include "storage/database.h"
#include "storage/schema.h"
#include "storage/sqlitestatement.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <chrono>
#include <future>
#include <thread>

// Files that are not ours, damaged or too new are refused with a clear message and left
// byte-for-byte as they were.
class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refusedFilesStayUntouched_data();
    void refusedFilesStayUntouched();
    void pragmasAreSet();
    void sqliteStatementReadsTexts();
    void briefLockByAnotherEditorIsNotDamage();
    void readOnlyFileOpensReadOnly();
    void defensiveModeRefusesSchemaWrites();

private:
    QString makeValidPlan(const QString &name);
    QTemporaryDir m_dir;
};

QString TestDatabase::makeValidPlan(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QString error;
    if (!Document::create(path, TestSupport::samplePlan(QStringLiteral("iruma")), &error))
        qFatal("%s", qPrintable(error));
    return path;
}

void TestDatabase::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestDatabase::refusedFilesStayUntouched_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QStringLiteral("empty") << QStringLiteral("empty");
    QTest::newRow("text") << QStringLiteral("text") << QStringLiteral("not an SQLite database");
    QTest::newRow("other program") << QStringLiteral("other") << QStringLiteral("another program");
    QTest::newRow("newer version") << QStringLiteral("newer") << QStringLiteral("newer version");
    QTest::newRow("truncated") << QStringLiteral("truncated") << QStringLiteral("truncated");
    QTest::newRow("overwritten pages")
        << QStringLiteral("overwritten") << QStringLiteral("damaged");
    QTest::newRow("extra trigger") << QStringLiteral("trigger") << QStringLiteral("trigger");
    QTest::newRow("missing table") << QStringLiteral("missingtable") << QStringLiteral("missing");
}

namespace {
void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

// Runs SQL on a file through a separate raw connection, bypassing our checks.
void rawExec(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            QVERIFY2(q.exec(sql), qPrintable(sql));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}
} // namespace

void TestDatabase::refusedFilesStayUntouched()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    const QString path = m_dir.filePath(kind + QStringLiteral(".pledges"));
    if (kind == QStringLiteral("empty")) {
        writeBytes(path, {});
    } else if (kind == QStringLiteral("text")) {
        writeBytes(path, "第1章 デジタル未来都市\tnot a database\n");
    } else if (kind == QStringLiteral("other")) {
        rawExec(path,
                {QStringLiteral("CREATE TABLE t (x)"), QStringLiteral("INSERT INTO t VALUES (1)")});
    } else {
        QFile::copy(makeValidPlan(kind + QStringLiteral("-source.pledges")), path);
        if (kind == QStringLiteral("newer")) {
            rawExec(path,
                    {QStringLiteral("PRAGMA user_version = %1").arg(Schema::kCurrentVersion + 1)});
        } else if (kind == QStringLiteral("truncated")) {
            QFile file(path);
            QVERIFY(file.resize(file.size() / 2));
        } else if (kind == QStringLiteral("overwritten")) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            const qint64 size = file.size();
            for (qint64 page = 4096 * 2; page < size; page += 4096 * 3) {
                file.seek(page);
                file.write(QByteArray(4096, '\xA5'));
            }
        } else if (kind == QStringLiteral("trigger")) {
            rawExec(path, {QStringLiteral("CREATE TRIGGER evil AFTER UPDATE ON cells BEGIN"
                                          " DELETE FROM rows; END")});
        } else if (kind == QStringLiteral("missingtable")) {
            rawExec(path, {QStringLiteral("DROP TABLE year_cells")});
        }
    }
    const QByteArray before = TestSupport::fileBytes(path);
    QString error;
    const auto doc = Document::open(path, Document::Access::ReadWrite, &error);
    QVERIFY(!doc);
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY2(error.contains(kind), qPrintable(error)); // names the file
    QCOMPARE(TestSupport::fileBytes(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
}

void TestDatabase::pragmasAreSet()
{
    QString error;
    auto db = Database::open(makeValidPlan(QStringLiteral("pragmas.pledges")),
                             Database::Access::ReadWrite, &error);
    QVERIFY2(db, qPrintable(error));
    const QList<QPair<QString, QString>> expected = {
        {QStringLiteral("foreign_keys"), QStringLiteral("1")},
        {QStringLiteral("journal_mode"), QStringLiteral("delete")},
        {QStringLiteral("synchronous"), QStringLiteral("2")},
        {QStringLiteral("trusted_schema"), QStringLiteral("0")},
        {QStringLiteral("application_id"), QString::number(Schema::kApplicationId)},
        {QStringLiteral("user_version"), QString::number(Schema::kCurrentVersion)},
    };
    for (const auto &[pragma, value] : expected) {
        QSqlQuery q(QStringLiteral("PRAGMA ") + pragma, db->connection());
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), value);
    }
}

void TestDatabase::readOnlyFileOpensReadOnly()
{
    const QString path = makeValidPlan(QStringLiteral("readonly.pledges"));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup);
    if (QFileInfo(path).isWritable())
        QSKIP("running as a user who can write read-only files (root)");
    QString error;
    auto doc = Document::open(path, Document::Access::ReadWrite, &error);
    QVERIFY2(doc, qPrintable(error));
    QVERIFY(doc->isReadOnly());
}

void TestDatabase::defensiveModeRefusesSchemaWrites()
{
    QString error;
    auto db = Database::open(makeValidPlan(QStringLiteral("defensive.pledges")),
                             Database::Access::ReadWrite, &error);
    QVERIFY2(db, qPrintable(error));
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA writable_schema = ON")));
    // In defensive mode the schema cannot be edited by hand even so.
    QVERIFY(!q.exec(QStringLiteral("UPDATE sqlite_master SET sql = 'x' WHERE name = 'rows'")));
}

// The plan's cells are read through SQLite's own API: texts in any script, empty and NULL,
// bound ids, and errors that say what went wrong.
void TestDatabase::sqliteStatementReadsTexts()
{
    QString error;
    auto db = Database::open(makeValidPlan(QStringLiteral("statement.pledges")),
                             Database::Access::ReadOnly, &error);
    QVERIFY2(db, qPrintable(error));
    // The empty text comes before any other, when the decoding buffer is still unused.
    SqliteStatement texts(db->connection(),
                          QStringLiteral("SELECT ?, '令和6年度 ①進捗 😀 ok', '', NULL,"
                                         " CAST(x'6162e381' AS TEXT)"));
    QVERIFY2(texts.isValid(), qPrintable(texts.error()));
    QVERIFY(texts.bind(1, Q_INT64_C(9007199254740993)));
    QVERIFY(texts.next());
    QCOMPARE(texts.integer(0), Q_INT64_C(9007199254740993));
    QVERIFY(texts.text(2).isEmpty() && !texts.text(2).isNull());
    QCOMPARE(texts.text(1), QStringLiteral("令和6年度 ①進捗 😀 ok"));
    // A sequence cut off at the end is kept as a replacement character, as fromUtf8 does.
    QCOMPARE(texts.text(4), QString::fromUtf8("ab\xe3\x81"));
    QVERIFY(texts.text(3).isNull());
    QCOMPARE(texts.text(1).capacity(), texts.text(1).size()); // no slack of UTF-8's length
    QVERIFY(!texts.next());
    QVERIFY(texts.error().isEmpty());

    SqliteStatement wrong(db->connection(), QStringLiteral("SELECT value FROM nowhere"));
    QVERIFY(!wrong.isValid());
    QVERIFY(!wrong.next());
    QVERIFY2(wrong.error().contains(QStringLiteral("nowhere")), qPrintable(wrong.error()));
}

// Another editor committing holds the file a moment; opening then waits, and the scan for
// damage, on a connection of its own, must not take the busy file for a damaged one.
void TestDatabase::briefLockByAnotherEditorIsNotDamage()
{
    const QString path = makeValidPlan(QStringLiteral("busy.pledges"));
    std::promise<void> locked;
    std::thread editor([&] {
        sqlite3 *db = nullptr;
        sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
        const bool holding =
            sqlite3_exec(db, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr) == SQLITE_OK;
        locked.set_value();
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        if (holding)
            sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        sqlite3_close(db);
    });
    locked.get_future().wait();
    QString error;
    auto doc = Document::open(path, Document::Access::ReadOnly, &error);
    editor.join();
    QVERIFY2(doc, qPrintable(error));
    QCOMPARE(doc->plan().rows.size(), TestSupport::samplePlan(QStringLiteral("iruma")).rows.size());
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
