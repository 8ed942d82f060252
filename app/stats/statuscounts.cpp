#include "statuscounts.h"

#include <numeric>

int StatusCounts::total() const
{
    return std::accumulate(perLevel.cbegin(), perLevel.cend(), none);
}

int StatusCounts::achieved(const StatusScale &scale) const
{
    int n = 0;
    for (int i = 0; i < perLevel.size() && i < scale.levels.size(); ++i) {
        if (scale.levels.at(i).achieved)
            n += perLevel.at(i);
    }
    return n;
}

StatusCounts StatusCounts::forPeriod(const Plan &plan, qint64 periodId, const RowFilter &filter)
{
    StatusCounts counts;
    QHash<qint64, int> position;
    for (int i = 0; i < plan.periodScale.levels.size(); ++i)
        position.insert(plan.periodScale.levels.at(i).id, i);
    counts.perLevel.fill(0, plan.periodScale.levels.size());
    for (const PledgeRow &row : plan.rows) {
        if (filter && !filter(row))
            continue;
        const qint64 levelId = plan.cells.value({row.id, periodId}).levelId;
        const auto it = position.constFind(levelId);
        if (it == position.cend())
            ++counts.none;
        else
            ++counts.perLevel[it.value()];
    }
    return counts;
}
