#pragma once

#include <QDateTime>
#include <QString>

// A reviewer's note on a cell, a row or a pledge, and for a cell perhaps a mark ("looks right",
// "needs revision"): made offline in a review copy, merged into the plan, resolved there. The
// uid names the comment in every file it is copied to, so a merge can tell what it has.
struct ReviewComment
{
    enum class Mark
    {
        None,
        LooksRight,
        NeedsRevision
    };
    enum class Target
    {
        Cell,
        Row,
        Pledge
    };

    qint64 id = 0; // the file's own number; differs between a copy and the plan
    QString uid;
    QString reviewer;
    qint64 rowId = 0;    // a row's or a cell's row
    qint64 pledgeId = 0; // a comment on a whole pledge (0 otherwise)
    qint64 periodId = 0; // a cell's period (0 otherwise)
    Mark mark = Mark::None;
    QString text;
    QDateTime createdAt;
    QDateTime resolvedAt; // invalid while the comment is open
    QString resolvedBy;

    Target target() const;
    bool isResolved() const { return resolvedAt.isValid(); }
    bool isOnCell(qint64 row, qint64 period) const { return rowId == row && periodId == period; }
    bool operator==(const ReviewComment &o) const;

    // As stored: "", "looks-right", "needs-revision"; a key this version does not know reads
    // as no mark.
    static QString markKey(Mark mark);
    static Mark markFromKey(const QString &key);
};

// What makes a file a review copy: the reviewer it was written for, and the last comment it
// came with. Comments after that one were made in the copy; only those are the reviewer's to
// change, since a merge adds comments and never updates them.
struct ReviewCopyInfo
{
    QString reviewer; // empty: the file is a plan, not a review copy
    qint64 lastInheritedComment = 0;
    bool isReviewCopy() const { return !reviewer.isEmpty(); }
};
