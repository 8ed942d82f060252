#include "reviewcomment.h"

namespace {
const QString kLooksRight = QStringLiteral("looks-right");
const QString kNeedsRevision = QStringLiteral("needs-revision");
} // namespace

ReviewComment::Target ReviewComment::target() const
{
    if (periodId)
        return Target::Cell;
    return rowId ? Target::Row : Target::Pledge;
}

bool ReviewComment::operator==(const ReviewComment &o) const
{
    return id == o.id && uid == o.uid && reviewer == o.reviewer && rowId == o.rowId &&
           pledgeId == o.pledgeId && periodId == o.periodId && mark == o.mark && text == o.text &&
           createdAt == o.createdAt && resolvedAt == o.resolvedAt && resolvedBy == o.resolvedBy;
}

QString ReviewComment::markKey(Mark mark)
{
    switch (mark) {
    case Mark::None:
        return QString();
    case Mark::LooksRight:
        return kLooksRight;
    case Mark::NeedsRevision:
        return kNeedsRevision;
    }
    return QString();
}

ReviewComment::Mark ReviewComment::markFromKey(const QString &key)
{
    if (key == kLooksRight)
        return Mark::LooksRight;
    if (key == kNeedsRevision)
        return Mark::NeedsRevision;
    return Mark::None;
}
