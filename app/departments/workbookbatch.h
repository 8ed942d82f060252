#pragma once

#include "io/sheet.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Document;
struct Plan;

// Sends a period's collection out: one DepartmentWorkbook per department into a folder,
// named like 令和6年度上半期_こども支援課.xlsx, then records them as sent (Collections).
class WorkbookBatch
{
    Q_DECLARE_TR_FUNCTIONS(WorkbookBatch)

public:
    struct Request
    {
        qint64 periodId = 0;
        bool withNextPlan = false;   // also ask for the next period's plan
        QList<qint64> departmentIds; // empty: every department with rows in the period
        QString folder;              // made when missing; files of the same name are replaced
    };
    struct Written
    {
        qint64 departmentId = 0;
        QString path;
        int rows = 0;
    };

    // Writes the workbooks in the order of the plan's departments. Stops at the first one
    // that cannot be written, or when progress (counting workbooks) returns false; those
    // written until then stay, are listed in *written and recorded as sent.
    static bool sendOut(Document &doc, const Request &request, QList<Written> *written,
                        QString *error, const ProgressCallback &progress = {});
    // The departments that have rows in the period, in the plan's order.
    static QList<qint64> departmentsWithRows(const Plan &plan, qint64 periodId);
    // "令和6年度上半期_こども支援課.xlsx", with characters Windows refuses in names replaced.
    static QString fileName(const Plan &plan, qint64 departmentId, qint64 periodId);
};
