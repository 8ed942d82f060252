#pragma once

#include "domain/plan.h"
#include "io/sheet.h"

#include <QCoreApplication>
#include <QDateTime>

// One field a returned department workbook changes: what the office reviews, accepts or
// rejects, and what Editing::mergeReturned() applies.
struct ReturnedChange
{
    QString file; // the returned workbook's path
    QString cell; // where the returned value is in it, e.g. "K12"
    qint64 rowId = 0;
    qint64 periodId = 0;
    QString field;         // "plan", "status" or "narrative", as the history names it
    QString sentValue;     // in the workbook when it was sent out; statuses by symbol
    QString currentValue;  // in the plan now
    QString returnedValue; // what the department wrote
    // Changed in the plan too since the workbook was sent out, or by another returned
    // workbook: the office decides which value stays.
    bool conflict = false;
};

// Something in a returned workbook that keeps (part of) it from being merged.
struct WorkbookProblem
{
    QString file;
    QString cell; // empty when it is about the whole file
    QString message;
};

// What one returned workbook holds. A file that is not one of this plan's workbooks is not
// usable: nothing of it can be merged. A usable one with problems (damaged row ids, unknown
// statuses, edited locked cells) leaves out the rows concerned; its other changes are
// merged only when the office chooses to apply the rest.
struct ReturnedWorkbook
{
    QString file;
    bool usable = false;
    qint64 departmentId = 0;
    qint64 periodId = 0;
    qint64 nextPeriodId = 0; // 0 when the workbook did not ask for the next period's plan
    QDateTime sentAt;
    int rows = 0;                  // rows matched to the plan and read without problems
    QList<ReturnedChange> changes; // from rows without problems
    QList<WorkbookProblem> problems;

    bool hasProblems() const { return !problems.isEmpty(); }
};

// Reads returned department workbooks (DepartmentWorkbook's files after Excel) against the
// plan, matching rows by their hidden identifiers, wherever sorting put them.
class ReturnedWorkbookReader
{
    Q_DECLARE_TR_FUNCTIONS(ReturnedWorkbookReader)

public:
    // planUid: the plan's identifier (Collections::planUid); expectedPeriodId, when not 0,
    // refuses workbooks sent out for another period.
    static ReturnedWorkbook read(const Plan &plan, const QString &planUid, const QString &path,
                                 qint64 expectedPeriodId = 0);
    // Reads each file, then marks as conflicts the fields two files change differently.
    // Progress counts files; returning false stops, and the files not read are left out.
    static QList<ReturnedWorkbook> readAll(const Plan &plan, const QString &planUid,
                                           const QStringList &paths, qint64 expectedPeriodId = 0,
                                           const ProgressCallback &progress = {});
    // The changes to merge: of usable workbooks without problems, or with applyRest of every
    // usable workbook; conflicts only when withConflicts.
    static QList<ReturnedChange> mergeable(const QList<ReturnedWorkbook> &workbooks, bool applyRest,
                                           bool withConflicts);
};
