#include "reviewrules.h"
#include "document/document.h"

namespace ReviewRules {

QString author(const Document &doc)
{
    return doc.reviewCopy().isReviewCopy() ? doc.reviewCopy().reviewer : Document::currentUser();
}

bool canComment(const Document &doc)
{
    return !doc.isReadOnly();
}

bool canChange(const Document &doc, const ReviewComment &comment)
{
    if (!canComment(doc))
        return false;
    const ReviewCopyInfo &copy = doc.reviewCopy();
    return !copy.isReviewCopy() || comment.id > copy.lastInheritedComment;
}

QList<ReviewComment> openOnCell(const Document &doc, qint64 rowId, qint64 periodId)
{
    QList<ReviewComment> found;
    for (const ReviewComment &c : doc.comments()) {
        if (!c.isResolved() && c.periodId && c.isOnCell(rowId, periodId))
            found.append(c);
    }
    return found;
}

ReviewComment::Mark markOfCell(const QList<ReviewComment> &openOnCell)
{
    for (auto c = openOnCell.crbegin(); c != openOnCell.crend(); ++c) {
        if (c->mark != ReviewComment::Mark::None)
            return c->mark;
    }
    return ReviewComment::Mark::None;
}

} // namespace ReviewRules
