#pragma once

#include "domain/plan.h"

#include <QCoreApplication>
#include <QDateTime>

// One department's workbook for collecting a period's progress, for departments that fill it
// in with Excel: its rows with the fixed fields locked (pledge, item, content, target date,
// the previous period's plan, status and narrative), the period's plan, status and narrative
// open, the status a drop-down of the scale's symbols, and instructions in Japanese at the
// top. A hidden column and a hidden sheet carry the identifiers and the values as sent
// (WorkbookFormat), so ReturnedWorkbookReader can match the rows after the department sorted
// or filtered them, and tell their changes from changes made in the plan meanwhile.
class DepartmentWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(DepartmentWorkbook)

public:
    struct Request
    {
        QString planUid; // see Collections::ensurePlanUid()
        qint64 departmentId = 0;
        qint64 periodId = 0;
        bool withNextPlan = false; // also ask for the next period's plan
        QDateTime sentAt;
    };

    // The rows a department is asked about: its rows that apply in the period (not added in a
    // later fiscal year), in plan order.
    static QList<PledgeRow> rows(const Plan &plan, qint64 departmentId, qint64 periodId);
    // The periods before and after the given one in the plan's order; 0 when there is none.
    static qint64 previousPeriod(const Plan &plan, qint64 periodId);
    static qint64 nextPeriod(const Plan &plan, qint64 periodId);

    // Writes through QSaveFile: the file appears whole or not at all. False with *error
    // naming the file when the request does not fit the plan or the file cannot be written.
    static bool write(const Plan &plan, const Request &request, const QString &path,
                      QString *error);
};
