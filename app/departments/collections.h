#pragma once

#include "domain/collection.h"
#include "domain/plan.h"

#include <QCoreApplication>
#include <QDateTime>

class Document;
struct ReturnedWorkbook;

// Where a department stands in a period's collection: what the office looks at to know whom
// to chase.
struct CollectionStatus
{
    enum class State
    {
        NotSent,
        Sent,
        Returned,
        Merged
    };

    qint64 departmentId = 0;
    qint64 periodId = 0;
    State state = State::NotSent;
    QDateTime sent; // invalid when not (yet) done
    QDateTime returned;
    QDateTime merged;
    QString sentFile;
    QString returnedFile;
    int rows = 0;      // the department's rows that apply in the period
    int emptyRows = 0; // of those, rows whose cell has neither a status nor a narrative yet
};

// The bookkeeping of collecting updates from departments, kept in the plan file beside the
// plan: the identifier workbooks carry, and when each department's workbook was sent,
// returned and merged. Recording is a committed write (Document::applyRecords), not an undo
// step: undoing a merge does not unsend a workbook.
class Collections
{
    Q_DECLARE_TR_FUNCTIONS(Collections)

public:
    // The plan's identifier; empty until the first send-out.
    static QString planUid(const Document &doc);
    // The identifier, made (a random UUID, written to the file) when the plan has none yet.
    // False when the file refused it; the document has then emitted writeFailed.
    static bool ensurePlanUid(Document &doc, QString *uid);

    static QList<CollectionRecord> records(const Document &doc);
    // Starts a new round for each department: sent now as the file, not returned or merged.
    static bool recordSent(Document &doc, qint64 periodId,
                           const QList<QPair<qint64, QString>> &departmentFiles,
                           const QDateTime &at);
    // Marks the usable workbooks' rounds returned (as read now), or merged.
    static bool recordReturned(Document &doc, const QList<ReturnedWorkbook> &workbooks);
    static bool recordMerged(Document &doc, const QList<ReturnedWorkbook> &workbooks);

    // One line per department with rows in the period, in the plan's department order.
    static QList<CollectionStatus> status(const Plan &plan, const QList<CollectionRecord> &records,
                                          qint64 periodId);
    static QString stateName(CollectionStatus::State state); // translated: "not sent", …
};
