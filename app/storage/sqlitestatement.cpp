#include "sqlitestatement.h"

#include <QSqlDriver>
#include <QStringDecoder>
#include <QVariant>

#include <sqlite3.h>

SqliteStatement::SqliteStatement(QSqlDatabase &db, const QString &sql)
{
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_db = *static_cast<sqlite3 *const *>(handle.constData());
    if (!m_db) {
        m_error = QStringLiteral("not an open SQLite connection");
        return;
    }
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &m_statement, nullptr) !=
        SQLITE_OK)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

bool SqliteStatement::bind(int index, qint64 value)
{
    if (!m_statement)
        return false;
    if (sqlite3_bind_int64(m_statement, index, value) == SQLITE_OK)
        return true;
    m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

bool SqliteStatement::next()
{
    if (!m_statement)
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString SqliteStatement::text(int column) const
{
    // The pointer comes first and the length after, as SQLite's documentation asks.
    const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!utf8)
        return QString();
    const int bytes = sqlite3_column_bytes(m_statement, column);
    if (bytes == 0)
        return QStringLiteral(""); // empty, not null: a NULL value is the null string
    // QString::fromUtf8 would keep a buffer sized by the bytes, three times what Japanese
    // text needs: decode into the scratch buffer and copy just the characters. Stateless: a
    // sequence cut off at the end becomes U+FFFD, as fromUtf8 makes it, not nothing.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const qsizetype room = decoder.requiredSpace(bytes);
    if (m_scratch.size() < room)
        m_scratch.resize(room);
    const QChar *end = decoder.appendToBuffer(m_scratch.data(), QByteArrayView(utf8, bytes));
    return QString(m_scratch.constData(), end - m_scratch.constData());
}
