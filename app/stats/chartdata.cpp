#include "chartdata.h"

namespace {
double percentOf(int part, int whole)
{
    return whole > 0 ? 100.0 * part / whole : 0.0;
}
} // namespace

double ChartData::AchievedShare::percent() const
{
    return percentOf(achieved, rows);
}

ChartData::ChartData(const Plan &plan, RowPredicate predicate)
    : m_plan(plan), m_predicate(std::move(predicate))
{
}

QList<ChartData::PeriodCounts> ChartData::perPeriod() const
{
    QList<PeriodCounts> result;
    result.reserve(m_plan.periods.size());
    for (const Period &period : m_plan.periods)
        result.append({period.id, StatusCounts::forPeriod(m_plan, period.id, m_predicate)});
    return result;
}

QList<ChartData::AchievedShare> ChartData::achievedShare() const
{
    QList<AchievedShare> result;
    for (const PeriodCounts &p : perPeriod()) {
        AchievedShare share;
        share.periodId = p.periodId;
        share.achieved = p.counts.achieved(m_plan.periodScale);
        share.rows = p.counts.total();
        share.withStatus = share.rows - p.counts.none;
        result.append(share);
    }
    return result;
}

QString ChartData::groupKey(const PledgeRow &row, By by) const
{
    if (by == By::Department) {
        return m_plan.department(row.departmentId) ? QString::number(row.departmentId) : QString();
    }
    const Pledge *pledge = m_plan.pledge(row.pledgeId);
    if (!pledge)
        return {};
    if (by == By::Tag)
        return pledge->tag;
    return m_plan.chapter(pledge->chapterId) ? QString::number(pledge->chapterId) : QString();
}

QList<ChartData::Group> ChartData::breakdown(qint64 periodId, By by) const
{
    // The candidate groups in display order; the one without a key goes last.
    QList<Group> groups;
    if (by == By::Chapter) {
        for (const Chapter &c : m_plan.chapters)
            groups.append({QString::number(c.id), c.title, c.number, {}});
    } else if (by == By::Department) {
        for (const Department &d : m_plan.departments)
            groups.append({QString::number(d.id), d.name, 0, {}});
    } else {
        QSet<QString> seen;
        for (const Pledge &p : m_plan.pledges) {
            if (!p.tag.isEmpty() && !seen.contains(p.tag)) {
                seen.insert(p.tag);
                groups.append({p.tag, p.tag, 0, {}});
            }
        }
    }
    groups.append(Group());

    // Looked up once: the plan's finders are linear.
    QHash<qint64, QString> keyOfRow;
    for (const PledgeRow &row : m_plan.rows)
        keyOfRow.insert(row.id, groupKey(row, by));

    QList<Group> result;
    for (Group &group : groups) {
        group.counts = StatusCounts::forPeriod(m_plan, periodId, [&](const PledgeRow &row) {
            return keyOfRow.value(row.id) == group.key && (!m_predicate || m_predicate(row));
        });
        if (group.counts.total() > 0)
            result.append(group);
    }
    return result;
}

ChartData::Distribution ChartData::distribution(qint64 periodId) const
{
    const StatusCounts counts = StatusCounts::forPeriod(m_plan, periodId, m_predicate);
    Distribution d;
    d.periodId = periodId;
    d.none = counts.none;
    d.rows = counts.total();
    d.withStatus = d.rows - d.none;
    for (const int n : counts.perLevel)
        d.levels.append({n, percentOf(n, d.withStatus), percentOf(n, d.rows)});
    return d;
}

qint64 ChartData::latestReportedPeriod() const
{
    qint64 latest = 0;
    for (const AchievedShare &share : achievedShare()) {
        if (!share.isEmpty())
            latest = share.periodId;
    }
    return latest;
}
