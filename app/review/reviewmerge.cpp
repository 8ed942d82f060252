#include "reviewmerge.h"
#include "departments/collections.h"
#include "document/document.h"
#include "document/editing.h"

#include <QFileInfo>

namespace {

bool has(const Document &doc, const QString &uid)
{
    const QList<ReviewComment> &comments = doc.comments();
    return std::any_of(comments.cbegin(), comments.cend(),
                       [&uid](const ReviewComment &c) { return c.uid == uid; });
}

} // namespace

std::optional<ReviewMerge::Result> ReviewMerge::merge(Document &plan, const QString &reviewCopyPath,
                                                      QString *error)
{
    const QString planName = QFileInfo(plan.filePath()).fileName();
    const QString copyName = QFileInfo(reviewCopyPath).fileName();
    if (plan.reviewCopy().isReviewCopy()) {
        *error = tr("%1 is itself a review copy; merge reviews into the plan.").arg(planName);
        return std::nullopt;
    }
    if (plan.isReadOnly()) {
        *error = tr("%1 is open read-only; a review cannot be merged into it.").arg(planName);
        return std::nullopt;
    }
    auto copy = Document::open(reviewCopyPath, Document::Access::ReadOnly, error);
    if (!copy)
        return std::nullopt;
    if (!copy->reviewCopy().isReviewCopy()) {
        *error = tr("%1: is not a review copy (File ▸ Review Copy… makes one).").arg(copyName);
        return std::nullopt;
    }
    const QString planUid = Collections::planUid(plan);
    if (planUid.isEmpty() || Collections::planUid(*copy) != planUid) {
        *error = tr("%1: is a review copy of another plan; it cannot be merged into %2.")
                     .arg(copyName, planName);
        return std::nullopt;
    }
    Result result;
    result.reviewer = copy->reviewCopy().reviewer;
    QList<ReviewComment> incoming;
    for (const ReviewComment &c : copy->comments()) {
        if (has(plan, c.uid))
            continue;
        incoming.append(c);
        result.comments += !c.text.trimmed().isEmpty();
        result.marks += c.mark != ReviewComment::Mark::None;
    }
    const int added =
        Editing::addNewComments(plan, incoming, tr("Merge %1's review").arg(result.reviewer));
    if (added < 0) {
        *error = tr("The review could not be saved to %1.").arg(planName);
        return std::nullopt;
    }
    result.added = added;
    return result;
}

QString ReviewMerge::summary(const Result &result)
{
    if (result.added == 0)
        return tr("%1's review: nothing new to merge.").arg(result.reviewer);
    return tr("%1's review: %2 and %3 added.")
        .arg(result.reviewer, tr("%n comment(s)", nullptr, result.comments),
             tr("%n mark(s)", nullptr, result.marks));
}
