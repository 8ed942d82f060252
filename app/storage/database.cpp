#include "database.h"
#include "schema.h"

#include <QAtomicInt>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>
#include <QtEndian>

#include <sqlite3.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("pledges-%1").arg(counter.fetchAndAddRelaxed(1));
}

quint32 bigEndian32(const QByteArray &header, int offset)
{
    return qFromBigEndian<quint32>(reinterpret_cast<const uchar *>(header.constData()) + offset);
}

QString nativeName(const QString &path)
{
    return QFileInfo(path).fileName();
}

} // namespace

Database::Database(const QString &path, bool readOnly)
    : m_path(path), m_connectionName(nextConnectionName()), m_readOnly(readOnly)
{
}

Database::~Database()
{
    if (m_stopScan)
        *m_stopScan = true; // m_damageScan's destructor then waits only a moment
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::inspectHeader(const QString &path, int *version)
{
    const QString name = nativeName(path);
    QFile file(path);
    if (!file.exists())
        return tr("%1: the file does not exist.").arg(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("%1: cannot be read (%2).").arg(path, file.errorString());
    const qint64 size = file.size();
    if (size == 0)
        return tr("%1: the file is empty, not a Pledge Tracker plan.").arg(name);
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return tr("%1: not a Pledge Tracker plan (it is not an SQLite database).").arg(name);
    const quint32 appId = bigEndian32(header, 68);
    const quint32 userVersion = bigEndian32(header, 60);
    if (appId != quint32(Schema::kApplicationId))
        return tr("%1: an SQLite database of another program, not a Pledge Tracker plan.")
            .arg(name);
    if (userVersion > quint32(Schema::kCurrentVersion))
        return tr("%1: written by a newer version of Pledge Tracker (file format %2; this "
                  "version reads up to %3). Open it with a newer Pledge Tracker.")
            .arg(name)
            .arg(userVersion)
            .arg(Schema::kCurrentVersion);
    // The page count in the header is valid when its version-valid-for number matches the
    // change counter; a shorter file than it claims was cut off. Not while a journal is left
    // from an editor that died mid-write: the file is then between two states, and rolling the
    // journal back (see open()) restores the last committed one.
    const QFileInfo journal(path + QStringLiteral("-journal"));
    const bool hotJournal = journal.exists() && journal.size() > 0;
    quint32 pageSize =
        qFromBigEndian<quint16>(reinterpret_cast<const uchar *>(header.constData()) + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pageCount = bigEndian32(header, 28);
    if (!hotJournal && bigEndian32(header, 92) == bigEndian32(header, 24) && pageCount > 0 &&
        size < qint64(pageSize) * pageCount)
        return tr("%1: the file is truncated (%2 of %3 bytes); it cannot be opened.")
            .arg(name)
            .arg(size)
            .arg(qint64(pageSize) * pageCount);
    if (version)
        *version = int(userVersion);
    return {};
}

bool Database::connect(QString *error)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (m_readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    m_db.setConnectOptions(options);
    if (!m_db.open()) {
        *error = tr("%1: cannot be opened (%2).").arg(nativeName(m_path), m_db.lastError().text());
        return false;
    }
    return configure(error);
}

// A plan often lives on a shared network drive, where SQLite's WAL mode does not work (it
// needs shared memory between hosts). A rollback journal with synchronous=FULL is safe there
// and makes each committed edit durable before the editor reports it done.
bool Database::configure(QString *error)
{
    QStringList pragmas = {QStringLiteral("PRAGMA foreign_keys = ON"),
                           QStringLiteral("PRAGMA trusted_schema = OFF")};
    if (!m_readOnly) {
        pragmas << QStringLiteral("PRAGMA journal_mode = DELETE")
                << QStringLiteral("PRAGMA synchronous = FULL");
    }
    // Defensive mode forbids writes that could corrupt the file (writable_schema and the like),
    // whatever a file we did not write asks for.
    // No text in a plan is anywhere near a megabyte; a larger value (typed, pasted or in a
    // hostile file) is refused by SQLite itself, on writing and on reading.
    if (sqlite3 *handle = *static_cast<sqlite3 *const *>(m_db.driver()->handle().constData())) {
        sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
        sqlite3_limit(handle, SQLITE_LIMIT_LENGTH, kMaxValueBytes);
    }
    for (const QString &sql : pragmas) {
        QSqlQuery q(m_db);
        if (!q.exec(sql)) {
            *error =
                tr("%1: cannot be configured (%2).").arg(nativeName(m_path), q.lastError().text());
            return false;
        }
    }
    return true;
}

int Database::schemaVersion()
{
    QSqlQuery q(QStringLiteral("PRAGMA user_version"), m_db);
    return q.next() ? q.value(0).toInt() : -1;
}

namespace {

// PRAGMA quick_check through a read-only connection of its own (plain SQLite), so that it can
// run on another thread: why the file is damaged, or empty when it is sound. Setting *stop
// ends it early (the result is then not used).
QString scanForDamage(const QString &path, const std::shared_ptr<std::atomic_bool> &stop)
{
    const QString name = nativeName(path);
    sqlite3 *db = nullptr;
    sqlite3_stmt *check = nullptr;
    QStringList findings;
    int rc =
        sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_busy_timeout(db, 5000); // another editor committing holds the file a moment
        sqlite3_progress_handler(
            db, 10000,
            [](void *flag) { return int(static_cast<std::atomic_bool *>(flag)->load()); },
            stop.get());
        rc = sqlite3_prepare_v2(db, "PRAGMA quick_check", -1, &check, nullptr);
    }
    while (rc == SQLITE_OK || rc == SQLITE_ROW) {
        rc = sqlite3_step(check);
        if (rc == SQLITE_ROW)
            findings << QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(check, 0)));
    }
    const QString why = QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory");
    sqlite3_finalize(check);
    sqlite3_close(db);
    // A file held by another editor for longer than the timeout is busy, not damaged.
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED || rc == SQLITE_INTERRUPT)
        return Database::tr("%1: cannot be read (%2).").arg(name, why);
    if (rc != SQLITE_DONE)
        return Database::tr("%1: is damaged and cannot be read (%2).").arg(name, why);
    if (findings != QStringList{QStringLiteral("ok")})
        return Database::tr("%1: is damaged (%2).")
            .arg(name, findings.mid(0, 3).join(QStringLiteral("; ")));
    return {};
}

} // namespace

// Looks inside a file already known to be an SQLite file with our application id.
QString Database::checkObjects()
{
    const QString name = nativeName(m_path);
    // Triggers and views could run code of someone else's on our writes: ours has no views,
    // and only the triggers the schema names, each exactly as the schema wrote it.
    const int version = schemaVersion();
    const QHash<QString, QString> ourTriggers = Schema::expectedTriggers(version);
    QSqlQuery objects(m_db);
    objects.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master"
                                " WHERE type IN ('trigger', 'view')"));
    int triggersFound = 0;
    while (objects.next()) {
        const QString type = objects.value(0).toString();
        const QString object = objects.value(1).toString();
        if (type != QLatin1String("trigger") ||
            ourTriggers.value(object) != objects.value(2).toString())
            return tr("%1: contains a %2 named \"%3\" that Pledge Tracker did not create; it is "
                      "refused for safety.")
                .arg(name, type, object);
        ++triggersFound;
    }
    if (triggersFound != ourTriggers.size())
        return tr("%1: is missing triggers that keep its published editions unchanged; it is not "
                  "a complete Pledge Tracker plan.")
            .arg(name);
    if (version == 0)
        return {};
    QSqlQuery tables(m_db);
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    QStringList present;
    while (tables.next())
        present << tables.value(0).toString();
    for (const QString &table : Schema::expectedTables(version)) {
        if (!present.contains(table))
            return tr("%1: is missing its \"%2\" table; it is not a complete Pledge Tracker plan.")
                .arg(name, table);
    }
    return {};
}

std::unique_ptr<Database> Database::open(const QString &path, Access access, QString *error,
                                         DamageScan scan)
{
    int version = 0;
    *error = inspectHeader(path, &version);
    if (!error->isEmpty())
        return nullptr;

    // A journal left by an editor that died mid-write must be rolled back before the file
    // can be read at all; SQLite does that on the first read through a writable connection,
    // putting back the last committed state.
    const QFileInfo journal(path + QStringLiteral("-journal"));
    if (journal.exists() && journal.size() > 0) {
        if (!QFileInfo(path).isWritable()) {
            *error = tr("%1: an editor stopped while saving it; open it once with write access "
                        "so the unfinished change can be rolled back.")
                         .arg(nativeName(path));
            return nullptr;
        }
        {
            std::unique_ptr<Database> recovery(new Database(path, false));
            if (!recovery->connect(error))
                return nullptr;
            QSqlQuery q(QStringLiteral("SELECT count(*) FROM sqlite_master"), recovery->m_db);
            if (!q.isActive()) { // busy, or the journal could not be played back
                *error = tr("%1: cannot be read (%2).").arg(nativeName(path), q.lastError().text());
                return nullptr;
            }
        }
        // Rolled back, the file may be shorter and of an older version than its header said.
        *error = inspectHeader(path, &version);
        if (!error->isEmpty())
            return nullptr;
    }

    // A file that opening migrates is written to, so it is scanned before, whatever was asked.
    std::future<QString> damageScan;
    auto stopScan = std::make_shared<std::atomic_bool>(false);
    // A scan no one will ask about any more (a refused or cancelled open) stops at once.
    const auto stopped = qScopeGuard([&] {
        if (damageScan.valid())
            *stopScan = true;
    });
    if (scan == DamageScan::Alongside && version >= Schema::kCurrentVersion)
        damageScan = std::async(std::launch::async, scanForDamage, path, stopScan);
    else if (*error = scanForDamage(path, stopScan); !error->isEmpty())
        return nullptr;
    // Look first through a read-only connection, so nothing is written to a refused file.
    {
        std::unique_ptr<Database> probe(new Database(path, true));
        if (!probe->connect(error) || !(*error = probe->checkObjects()).isEmpty()) {
            // Damage explains a strange schema better than the schema does.
            if (damageScan.valid())
                if (const QString damage = damageScan.get(); !damage.isEmpty())
                    *error = damage;
            return nullptr;
        }
    }
    const QFileInfo info(path);
    const bool readOnly = access == Access::ReadOnly || !info.isWritable() ||
                          !QFileInfo(info.absolutePath()).isWritable();
    std::unique_ptr<Database> db(new Database(path, readOnly));
    if (!db->connect(error))
        return nullptr;
    if (!readOnly && version < Schema::kCurrentVersion) {
        WriteTransaction transaction(db->m_db);
        QString why;
        if (!transaction.isActive() || !Schema::migrate(db->m_db, Schema::kCurrentVersion, &why) ||
            !transaction.commit()) {
            if (why.isEmpty())
                why = transaction.error();
            *error = tr("%1: cannot be updated to the current file format (%2). The file was "
                        "left as it was.")
                         .arg(nativeName(path), why);
            return nullptr;
        }
    } else if (readOnly && version < Schema::kCurrentVersion) {
        // A read-only file in an older format is read through an updated private copy; the
        // file itself is never written.
        db.reset();
        return openUpdatedCopy(path, error);
    }
    db->m_stopScan = stopScan;
    db->m_damageScan = std::move(damageScan);
    return db;
}

QString Database::damageFound()
{
    if (m_damageScan.valid())
        m_damage = m_damageScan.get();
    return m_damage;
}

std::unique_ptr<Database> Database::openUpdatedCopy(const QString &path, QString *error)
{
    auto folder = std::make_unique<QTemporaryDir>();
    const QString copy = folder->filePath(QStringLiteral("copy.pledges"));
    if (!folder->isValid() || !QFile::copy(path, copy)) {
        *error = tr("%1: is in an older file format and cannot be read here (no room for a "
                    "temporary copy).")
                     .arg(nativeName(path));
        return nullptr;
    }
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    auto db = open(copy, Access::ReadWrite, error);
    if (!db) {
        error->replace(QFileInfo(copy).fileName(), nativeName(path));
        return nullptr;
    }
    db->m_readOnly = true;
    db->m_path = path;
    db->m_temporaryCopy = std::move(folder);
    return db;
}

std::unique_ptr<Database> Database::createAtVersion(const QString &path, int version,
                                                    QString *error)
{
    if (QFileInfo::exists(path)) {
        *error = tr("%1: already exists.").arg(path);
        return nullptr;
    }
    std::unique_ptr<Database> db(new Database(path, false));
    if (!db->connect(error))
        return nullptr;
    WriteTransaction transaction(db->m_db);
    QString why;
    if (!transaction.isActive() || !Schema::migrate(db->m_db, version, &why) ||
        !transaction.commit()) {
        *error = tr("%1: cannot be created (%2).")
                     .arg(nativeName(path), why.isEmpty() ? transaction.error() : why);
        db.reset();
        QFile::remove(path);
        return nullptr;
    }
    return db;
}

std::unique_ptr<Database> Database::create(const QString &path, QString *error)
{
    return createAtVersion(path, Schema::kCurrentVersion, error);
}

WriteTransaction::WriteTransaction(QSqlDatabase &db) : m_db(db)
{
    QSqlQuery q(m_db);
    m_active = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active)
        m_error = q.lastError().text();
}

WriteTransaction::~WriteTransaction()
{
    if (m_active) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

bool WriteTransaction::commit()
{
    if (!m_active)
        return false;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        m_error = q.lastError().text();
        return false;
    }
    m_active = false;
    return true;
}

namespace {

// SQLite's backup of source into a new file at path, written as path.part and renamed into
// place: rename() replaces an existing copy in one step, so a reader never sees half a file.
bool backupInto(sqlite3 *source, const QString &path, QString *error)
{
    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    sqlite3 *target = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(partial).constData(), &target,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(target, "main", source, "main");
        if (backup) {
            rc = sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
        }
        rc = backup && rc == SQLITE_DONE ? sqlite3_errcode(target) : SQLITE_ERROR;
    }
    const QString why = QString::fromUtf8(target ? sqlite3_errmsg(target) : "out of memory");
    sqlite3_close(target);
    if (rc != SQLITE_OK || std::rename(QFile::encodeName(partial).constData(),
                                       QFile::encodeName(path).constData()) != 0) {
        QFile::remove(partial);
        *error = Database::tr("%1: the copy cannot be written (%2).")
                     .arg(nativeName(path),
                          rc != SQLITE_OK ? why : QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    return true;
}

} // namespace

bool Database::saveCopy(const QString &path, QString *error)
{
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_path).absoluteFilePath()) {
        *error = tr("%1: is the open plan itself; choose another name for the copy.")
                     .arg(nativeName(path));
        return false;
    }
    return backupInto(*static_cast<sqlite3 *const *>(m_db.driver()->handle().constData()), path,
                      error);
}

bool Database::copyFile(const QString &sourcePath, const QString &path, QString *error)
{
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(sourcePath).absoluteFilePath()) {
        *error = tr("%1: is the open plan itself; choose another name for the copy.")
                     .arg(nativeName(path));
        return false;
    }
    sqlite3 *source = nullptr;
    // Read-only, and never creating: a plan that has gone away is an error, not a new file.
    if (sqlite3_open_v2(QFile::encodeName(sourcePath).constData(), &source, SQLITE_OPEN_READONLY,
                        nullptr) != SQLITE_OK) {
        *error = tr("%1: cannot be read (%2).")
                     .arg(nativeName(sourcePath),
                          QString::fromUtf8(source ? sqlite3_errmsg(source) : "out of memory"));
        sqlite3_close(source);
        return false;
    }
    sqlite3_busy_timeout(source, 5000); // an edit being committed holds the file a moment
    const bool copied = backupInto(source, path, error);
    sqlite3_close(source);
    return copied;
}
