#pragma once

#include <QDateTime>
#include <QString>

// One department's round of a period's collection: when its workbook was sent out, came back
// and was merged. Kept per department and period; sending out again starts a new round.
struct CollectionRecord
{
    qint64 departmentId = 0;
    qint64 periodId = 0;
    QDateTime sentAt; // invalid: not (yet) done
    QDateTime returnedAt;
    QDateTime mergedAt;
    QString sentFile;     // the workbook's file name as written
    QString returnedFile; // the file name of the last returned workbook read
    bool operator==(const CollectionRecord &o) const
    {
        return departmentId == o.departmentId && periodId == o.periodId && sentAt == o.sentAt &&
               returnedAt == o.returnedAt && mergedAt == o.mergedAt && sentFile == o.sentFile &&
               returnedFile == o.returnedFile;
    }
};
