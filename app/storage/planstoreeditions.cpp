// PlanStore's published editions. A snapshot is stored compressed and cut into parts, since no
// single value may exceed Database::kMaxValueBytes and a large plan's JSON does; its SHA-256
// beside it tells a damaged or tampered snapshot from the one that was published.
#include "database.h"
#include "planstore.h"
#include "sqlvalues.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QVariant>

using namespace SqlValues;

namespace {

constexpr int kPartBytes = Database::kMaxValueBytes / 2;

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

bool PlanStore::readEditions(QList<Edition> *editions)
{
    editions->clear();
    QSqlQuery q(m_db);
    if (!select(q, QStringLiteral("SELECT id, name, publication_date, published_at, published_by"
                                  " FROM editions ORDER BY id")))
        return false;
    while (q.next()) {
        Edition e;
        e.id = q.value(0).toLongLong();
        e.name = q.value(1).toString();
        e.date = toDate(q.value(2));
        e.publishedAt = toTime(q.value(3));
        e.publishedBy = q.value(4).toString();
        editions->append(e);
    }
    return true;
}

bool PlanStore::insertEdition(Edition *edition, const QByteArray &snapshot)
{
    QSqlQuery q(m_db);
    if (!select(q, QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM editions")) || !q.next())
        return false;
    const qint64 id = q.value(0).toLongLong();
    if (!run(QStringLiteral("INSERT INTO editions (id, name, publication_date, published_at,"
                            " published_by, snapshot_sha256) VALUES (?, ?, ?, ?, ?, ?)"),
             {id, text(edition->name), edition->date.toString(Qt::ISODate),
              edition->publishedAt.toUTC().toString(Qt::ISODateWithMs), text(edition->publishedBy),
              sha256(snapshot)}))
        return false;
    const QByteArray compressed = qCompress(snapshot);
    for (int part = 0; part * qsizetype(kPartBytes) < compressed.size(); ++part) {
        if (!run(QStringLiteral(
                     "INSERT INTO edition_parts (edition_id, part, data) VALUES (?, ?, ?)"),
                 {id, part, compressed.mid(part * qsizetype(kPartBytes), kPartBytes)}))
            return false;
    }
    edition->id = id;
    return true;
}

bool PlanStore::readEditionSnapshot(qint64 editionId, QByteArray *snapshot)
{
    snapshot->clear();
    QSqlQuery q(m_db);
    if (!select(q, QStringLiteral("SELECT snapshot_sha256 FROM editions WHERE id = ?"),
                {editionId}))
        return false;
    if (!q.next()) {
        m_error = tr("there is no edition %1").arg(editionId);
        return false;
    }
    const QString expected = q.value(0).toString();
    QSqlQuery parts(m_db);
    if (!select(parts,
                QStringLiteral("SELECT data FROM edition_parts WHERE edition_id = ? ORDER BY part"),
                {editionId}))
        return false;
    QByteArray compressed;
    while (parts.next())
        compressed += parts.value(0).toByteArray();
    const QByteArray bytes = compressed.isEmpty() ? QByteArray() : qUncompress(compressed);
    if (bytes.isEmpty() || sha256(bytes) != expected) {
        m_error = tr("edition %1 is damaged: its contents are not those that were published")
                      .arg(editionId);
        return false;
    }
    *snapshot = bytes;
    return true;
}
