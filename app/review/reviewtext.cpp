#include "reviewtext.h"

namespace {

QString rowName(const PledgeRow &row)
{
    const QString marker = row.marker.trimmed();
    const QString title = row.title.simplified();
    if (marker.isEmpty())
        return title;
    return title.isEmpty() ? marker : marker + QLatin1Char(' ') + title;
}

} // namespace

QString ReviewText::where(const Plan &plan, const ReviewComment &comment, bool japanese)
{
    const PledgeRow *row = plan.row(comment.rowId);
    const qint64 pledgeId = row ? row->pledgeId : comment.pledgeId;
    const Pledge *pledge = plan.pledge(pledgeId);
    QString text;
    if (comment.target() == ReviewComment::Target::Pledge || row) {
        text = pledge ? tr("Pledge %1").arg(pledge->number) : tr("(deleted pledge)");
        if (row)
            text += QLatin1Char(' ') + rowName(*row);
    } else {
        text = tr("(deleted row)");
    }
    if (comment.target() == ReviewComment::Target::Cell) {
        const Period *period = plan.period(comment.periodId);
        text += QStringLiteral(" · ") +
                (period ? period->label(japanese, plan.info.fiscalYearStartMonth)
                        : tr("(deleted period)"));
    }
    return text;
}

QString ReviewText::markName(ReviewComment::Mark mark)
{
    switch (mark) {
    case ReviewComment::Mark::None:
        return QString();
    case ReviewComment::Mark::LooksRight:
        return tr("looks right");
    case ReviewComment::Mark::NeedsRevision:
        return tr("needs revision");
    }
    return QString();
}

QString ReviewText::markSymbol(ReviewComment::Mark mark)
{
    switch (mark) {
    case ReviewComment::Mark::None:
        return QString();
    case ReviewComment::Mark::LooksRight:
        return QStringLiteral("✓");
    case ReviewComment::Mark::NeedsRevision:
        return QStringLiteral("!");
    }
    return QString();
}

QString ReviewText::stateName(const ReviewComment &comment)
{
    return comment.isResolved() ? tr("resolved") : tr("open");
}
