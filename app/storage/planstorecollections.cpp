// PlanStore's department collections: the plan's identifier that sent-out workbooks carry, and
// when each department's workbook for a period was sent, returned and merged.
#include "planstore.h"
#include "sqlvalues.h"

#include <QSqlQuery>
#include <QVariant>

using namespace SqlValues;

namespace {

const QString kPlanUid = QStringLiteral("plan-uid");

} // namespace

bool PlanStore::readPlanUid(QString *uid)
{
    return readSetting(kPlanUid, uid);
}

bool PlanStore::writePlanUid(const QString &uid)
{
    return writeSetting(kPlanUid, uid);
}

bool PlanStore::readCollections(QList<CollectionRecord> *records)
{
    records->clear();
    QSqlQuery q(m_db);
    if (!select(q, QStringLiteral("SELECT department_id, period_id, sent_at, returned_at,"
                                  " merged_at, sent_file, returned_file FROM collections"
                                  " ORDER BY period_id, department_id")))
        return false;
    while (q.next()) {
        CollectionRecord r;
        r.departmentId = q.value(0).toLongLong();
        r.periodId = q.value(1).toLongLong();
        r.sentAt = toTime(q.value(2));
        r.returnedAt = toTime(q.value(3));
        r.mergedAt = toTime(q.value(4));
        r.sentFile = q.value(5).toString();
        r.returnedFile = q.value(6).toString();
        records->append(r);
    }
    return true;
}

bool PlanStore::writeCollection(const CollectionRecord &record)
{
    return run(QStringLiteral("INSERT OR REPLACE INTO collections (department_id, period_id,"
                              " sent_at, returned_at, merged_at, sent_file, returned_file)"
                              " VALUES (?, ?, ?, ?, ?, ?, ?)"),
               {record.departmentId, record.periodId, timeOrNull(record.sentAt),
                timeOrNull(record.returnedAt), timeOrNull(record.mergedAt), text(record.sentFile),
                text(record.returnedFile)});
}
