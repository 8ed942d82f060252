#pragma once

#include "domain/plan.h"
#include "domain/reviewcomment.h"

#include <QCoreApplication>

// How a review comment is named to people, the same in the comments list, the detail pane and
// the command line: where it is, its mark and its state, translated.
class ReviewText
{
    Q_DECLARE_TR_FUNCTIONS(ReviewText)

public:
    // "Pledge 3 ② · R6 1st half", "Pledge 3 ②", "Pledge 3"; a deleted part is said to be gone.
    static QString where(const Plan &plan, const ReviewComment &comment, bool japanese);
    static QString markName(ReviewComment::Mark mark);   // empty for None
    static QString markSymbol(ReviewComment::Mark mark); // ✓, !, or empty
    static QString stateName(const ReviewComment &comment);
};
