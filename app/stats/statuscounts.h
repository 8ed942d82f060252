#pragma once

#include "domain/plan.h"

#include <functional>

// How many rows stand at each level of the plan's scale in one period, and how many have no
// status: the numbers behind the summary, the charts and the report totals.
struct StatusCounts
{
    QList<int> perLevel; // in scale order
    int none = 0;

    int total() const;
    int achieved(const StatusScale &scale) const;

    using RowFilter = std::function<bool(const PledgeRow &)>;
    static StatusCounts forPeriod(const Plan &plan, qint64 periodId, const RowFilter &filter = {});
};
