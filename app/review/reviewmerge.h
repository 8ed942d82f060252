#pragma once

#include <QCoreApplication>

#include <optional>

class Document;

// File ▸ Merge Review: brings a review copy's comments and marks into its plan. It only adds:
// the plan's data is never changed, and comments the plan already has (by uid) are skipped,
// so merging the same review twice adds nothing the second time.
class ReviewMerge
{
    Q_DECLARE_TR_FUNCTIONS(ReviewMerge)

public:
    struct Result
    {
        QString reviewer;
        int added = 0;    // comments and marks new to the plan
        int comments = 0; // of those, the ones with text
        int marks = 0;    // and the ones that mark a cell
    };

    // One undo step (none when nothing is new). Refuses, with *error, a file that is not a
    // review copy of this plan, and a plan that cannot be written.
    static std::optional<Result> merge(Document &plan, const QString &reviewCopyPath,
                                       QString *error);
    // "Sato's review: 3 comments and 2 marks added." or that nothing was new.
    static QString summary(const Result &result);
};
