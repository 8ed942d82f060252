#include "collections.h"
#include "departmentworkbook.h"
#include "returnedworkbook.h"

#include "document/document.h"

#include <QFileInfo>
#include <QUuid>

namespace {

CollectionRecord recordOf(const QList<CollectionRecord> &records, qint64 departmentId,
                          qint64 periodId)
{
    for (const CollectionRecord &r : records) {
        if (r.departmentId == departmentId && r.periodId == periodId)
            return r;
    }
    CollectionRecord fresh;
    fresh.departmentId = departmentId;
    fresh.periodId = periodId;
    return fresh;
}

bool writeAll(Document &doc, const QList<CollectionRecord> &records)
{
    if (records.isEmpty())
        return true;
    return doc.applyRecords([&records](PlanStore &store) {
        return std::all_of(records.cbegin(), records.cend(), [&store](const CollectionRecord &r) {
            return store.writeCollection(r);
        });
    });
}

// The records of the usable workbooks' rounds, each changed by mark.
template <typename Mark>
QList<CollectionRecord> marked(const Document &doc, const QList<ReturnedWorkbook> &workbooks,
                               Mark mark)
{
    const QList<CollectionRecord> existing = Collections::records(doc);
    QList<CollectionRecord> changed;
    for (const ReturnedWorkbook &workbook : workbooks) {
        if (!workbook.usable)
            continue;
        CollectionRecord r = recordOf(existing, workbook.departmentId, workbook.periodId);
        if (!r.sentAt.isValid())
            r.sentAt = workbook.sentAt; // sent from a copy of the plan, say
        mark(r, QFileInfo(workbook.file).fileName());
        changed << r;
    }
    return changed;
}

} // namespace

QString Collections::planUid(const Document &doc)
{
    QString uid;
    doc.reader().readPlanUid(&uid);
    return uid;
}

bool Collections::ensurePlanUid(Document &doc, QString *uid)
{
    *uid = planUid(doc);
    if (!uid->isEmpty())
        return true;
    const QString made = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!doc.applyRecords([&made](PlanStore &store) { return store.writePlanUid(made); }))
        return false;
    *uid = made;
    return true;
}

QList<CollectionRecord> Collections::records(const Document &doc)
{
    QList<CollectionRecord> records;
    doc.reader().readCollections(&records);
    return records;
}

bool Collections::recordSent(Document &doc, qint64 periodId,
                             const QList<QPair<qint64, QString>> &departmentFiles,
                             const QDateTime &at)
{
    QList<CollectionRecord> records;
    for (const auto &[departmentId, file] : departmentFiles) {
        CollectionRecord r;
        r.departmentId = departmentId;
        r.periodId = periodId;
        r.sentAt = at;
        r.sentFile = QFileInfo(file).fileName();
        records << r;
    }
    return writeAll(doc, records);
}

bool Collections::recordReturned(Document &doc, const QList<ReturnedWorkbook> &workbooks)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return writeAll(doc, marked(doc, workbooks, [&now](CollectionRecord &r, const QString &file) {
                        r.returnedAt = now;
                        r.returnedFile = file;
                    }));
}

bool Collections::recordMerged(Document &doc, const QList<ReturnedWorkbook> &workbooks)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return writeAll(doc, marked(doc, workbooks, [&now](CollectionRecord &r, const QString &file) {
                        if (!r.returnedAt.isValid()) {
                            r.returnedAt = now;
                            r.returnedFile = file;
                        }
                        r.mergedAt = now;
                    }));
}

QList<CollectionStatus> Collections::status(const Plan &plan,
                                            const QList<CollectionRecord> &records, qint64 periodId)
{
    QList<CollectionStatus> lines;
    for (const Department &department : plan.departments) {
        const QList<PledgeRow> rows = DepartmentWorkbook::rows(plan, department.id, periodId);
        if (rows.isEmpty())
            continue;
        const CollectionRecord r = recordOf(records, department.id, periodId);
        CollectionStatus line;
        line.departmentId = department.id;
        line.periodId = periodId;
        line.sent = r.sentAt;
        line.returned = r.returnedAt;
        line.merged = r.mergedAt;
        line.sentFile = r.sentFile;
        line.returnedFile = r.returnedFile;
        line.state = r.mergedAt.isValid()     ? CollectionStatus::State::Merged
                     : r.returnedAt.isValid() ? CollectionStatus::State::Returned
                     : r.sentAt.isValid()     ? CollectionStatus::State::Sent
                                              : CollectionStatus::State::NotSent;
        line.rows = int(rows.size());
        for (const PledgeRow &row : rows) {
            const Cell cell = plan.cell(row.id, periodId);
            line.emptyRows += cell.levelId == 0 && cell.narrative.isEmpty();
        }
        lines << line;
    }
    return lines;
}

QString Collections::stateName(CollectionStatus::State state)
{
    switch (state) {
    case CollectionStatus::State::NotSent:
        return tr("not sent");
    case CollectionStatus::State::Sent:
        return tr("sent");
    case CollectionStatus::State::Returned:
        return tr("returned");
    case CollectionStatus::State::Merged:
        return tr("merged");
    }
    return {};
}
