#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// A published edition: the plan as it stood when the city made it public, frozen inside the
// file under a name such as 令和6年9月末現在. It is written once and never changed; its plan
// is read with Document::editionPlan().
struct Edition
{
    qint64 id = 0;
    QString name;
    QDate date;            // the publication date the user gave: what lists and reports show
    QDateTime publishedAt; // the moment it was frozen (UTC): history up to here belongs to it
    QString publishedBy;
};
