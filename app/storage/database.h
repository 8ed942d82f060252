#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <QTemporaryDir>

#include <atomic>
#include <future>
#include <memory>

// The connection to one .pledges file. Opening checks the file before SQLite may write to it,
// so a file that is not ours, damaged, or from a newer version is refused untouched.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Access
    {
        ReadWrite,
        ReadOnly
    };
    static constexpr int kMaxValueBytes = 1 << 20; // the longest text a plan may hold

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // When the scan for damage (PRAGMA quick_check, which reads the whole file) runs: before
    // the file is opened, or on a thread of its own while the caller reads it, for a file
    // that opening does not write to; the caller then asks damageFound() before using it.
    enum class DamageScan
    {
        First,
        Alongside
    };
    // Opens an existing file, migrating it to the current schema when writable.
    static std::unique_ptr<Database> open(const QString &path, Access access, QString *error,
                                          DamageScan scan = DamageScan::First);
    // Waits for a scan running alongside; why the file is damaged, or empty when it is sound.
    QString damageFound();
    // Creates a new, empty file with the current schema. Fails if the path exists.
    static std::unique_ptr<Database> create(const QString &path, QString *error);
    // Creates a new file at an older schema version; lets tests build files to migrate.
    static std::unique_ptr<Database> createAtVersion(const QString &path, int version,
                                                     QString *error);

    QSqlDatabase &connection() { return m_db; }
    QString filePath() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion();

    // Writes a consistent copy of the open file to path with SQLite's backup API (never a
    // file copy of an open database). The copy appears under its name only when complete.
    bool saveCopy(const QString &path, QString *error);
    // The same for a plan file through a read-only connection of its own (plain SQLite, no
    // Qt connection), so that it may run on any thread, also while the plan is open.
    static bool copyFile(const QString &sourcePath, const QString &path, QString *error);

    // Why a file cannot be used, or an empty string when its header looks like ours.
    static QString inspectHeader(const QString &path, int *version = nullptr);

private:
    Database(const QString &path, bool readOnly);
    bool connect(QString *error);
    bool configure(QString *error);
    QString checkObjects();
    static std::unique_ptr<Database> openUpdatedCopy(const QString &path, QString *error);

    QString m_path;
    QString m_connectionName;
    bool m_readOnly;
    QSqlDatabase m_db;
    std::unique_ptr<QTemporaryDir> m_temporaryCopy;
    std::shared_ptr<std::atomic_bool> m_stopScan; // set: the scan stops early
    std::future<QString> m_damageScan;            // its destructor waits for the scan to end
    QString m_damage;
};

// Runs statements in one write transaction; rolls back unless commit() succeeded.
// BEGIN IMMEDIATE takes the write lock at once, so a busy file fails here, not half-way.
class WriteTransaction
{
public:
    explicit WriteTransaction(QSqlDatabase &db);
    ~WriteTransaction();
    bool isActive() const { return m_active; }
    QString error() const { return m_error; }
    bool commit();

private:
    QSqlDatabase &m_db;
    bool m_active = false;
    QString m_error;
};
