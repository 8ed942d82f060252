#pragma once

#include <QCoreApplication>

class Document;

// File ▸ Review Copy: a copy of the plan for one reviewer to take away. Opened, it refuses
// changes to the plan's data and takes comments and marks, which ReviewMerge later brings
// into the plan. The copy carries the plan's identifier, so it merges into this plan only.
class ReviewCopy
{
    Q_DECLARE_TR_FUNCTIONS(ReviewCopy)

public:
    // Writes the copy to path (replacing a file there). A plan without an identifier gets one
    // first, which needs the plan open for writing. False with *error set when it cannot.
    static bool write(Document &plan, const QString &reviewer, const QString &path, QString *error);
};
