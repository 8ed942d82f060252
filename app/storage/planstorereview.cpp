// PlanStore's review comments and the marks that make a file a review copy. Comments are
// matched by uid, never by id: a review copy and its plan number their comments apart.
#include "planstore.h"
#include "sqlvalues.h"

#include <QSqlQuery>
#include <QVariant>

using namespace SqlValues;

namespace {

const QString kReviewCopyFor = QStringLiteral("review-copy-for");
const QString kReviewCopyLastComment = QStringLiteral("review-copy-last-comment");

} // namespace

bool PlanStore::readComments(QList<ReviewComment> *comments)
{
    comments->clear();
    QSqlQuery q(m_db);
    if (!select(q, QStringLiteral("SELECT id, uid, reviewer, row_id, pledge_id, period_id, mark,"
                                  " text, created_at, resolved_at, resolved_by"
                                  " FROM review_comments ORDER BY created_at, id")))
        return false;
    while (q.next()) {
        ReviewComment c;
        c.id = q.value(0).toLongLong();
        c.uid = q.value(1).toString();
        c.reviewer = q.value(2).toString();
        c.rowId = q.value(3).toLongLong();
        c.pledgeId = q.value(4).toLongLong();
        c.periodId = q.value(5).toLongLong();
        c.mark = ReviewComment::markFromKey(q.value(6).toString());
        c.text = q.value(7).toString();
        c.createdAt = toTime(q.value(8));
        c.resolvedAt = toTime(q.value(9));
        c.resolvedBy = q.value(10).toString();
        comments->append(c);
    }
    return true;
}

// A comment with an id keeps it (an undone deletion comes back as it was); one without is
// numbered by the file (a merged comment).
bool PlanStore::writeComment(const ReviewComment &c)
{
    return run(QStringLiteral("INSERT INTO review_comments (id, uid, reviewer, row_id, pledge_id,"
                              " period_id, mark, text, created_at, resolved_at, resolved_by)"
                              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                              " ON CONFLICT (uid) DO UPDATE SET reviewer = excluded.reviewer,"
                              " row_id = excluded.row_id, pledge_id = excluded.pledge_id,"
                              " period_id = excluded.period_id, mark = excluded.mark,"
                              " text = excluded.text, created_at = excluded.created_at,"
                              " resolved_at = excluded.resolved_at,"
                              " resolved_by = excluded.resolved_by"),
               {idOrNull(c.id), c.uid, text(c.reviewer), idOrNull(c.rowId), idOrNull(c.pledgeId),
                idOrNull(c.periodId), text(ReviewComment::markKey(c.mark)), text(c.text),
                timeOrNull(c.createdAt.isValid() ? c.createdAt : QDateTime::currentDateTimeUtc()),
                timeOrNull(c.resolvedAt), text(c.resolvedBy)});
}

bool PlanStore::deleteComment(const QString &uid)
{
    return run(QStringLiteral("DELETE FROM review_comments WHERE uid = ?"), {uid});
}

bool PlanStore::readReviewCopy(ReviewCopyInfo *info)
{
    QString last;
    if (!readSetting(kReviewCopyFor, &info->reviewer) ||
        !readSetting(kReviewCopyLastComment, &last))
        return false;
    info->lastInheritedComment = last.toLongLong();
    return true;
}

// Marks the file a review copy; the last comment it came with is the largest id it has now.
bool PlanStore::makeReviewCopy(const QString &reviewer)
{
    QSqlQuery q(m_db);
    if (!select(q, QStringLiteral("SELECT coalesce(max(id), 0) FROM review_comments")) || !q.next())
        return false;
    const QString last = QString::number(q.value(0).toLongLong());
    return writeSetting(kReviewCopyFor, reviewer) && writeSetting(kReviewCopyLastComment, last);
}
