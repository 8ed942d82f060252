#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

// One statement on a QSQLITE connection through SQLite's own API, for reading many rows fast:
// texts come as UTF-8 straight into QString, without QSqlQuery's UTF-16 conversion inside
// SQLite and its QVariant per value. Ids bind as 64-bit integers.
class SqliteStatement
{
public:
    SqliteStatement(QSqlDatabase &db, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }
    bool bind(int index, qint64 value); // index from 1, as SQLite counts
    // The next row; false at the end or on an error, which error() then describes.
    bool next();
    qint64 integer(int column) const;
    QString text(int column) const;
    // Why preparing or stepping failed; empty when nothing failed.
    QString error() const { return m_error; }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
    mutable QList<QChar> m_scratch; // text()'s decoding buffer, reused for every value
};
