#include "plan.h"

#include <algorithm>

bool PlanInfo::operator==(const PlanInfo &o) const
{
    return title == o.title && organisation == o.organisation && asOf == o.asOf &&
           fiscalYearStartMonth == o.fiscalYearStartMonth;
}

bool Chapter::operator==(const Chapter &o) const
{
    return id == o.id && number == o.number && title == o.title;
}

bool Pledge::operator==(const Pledge &o) const
{
    return id == o.id && chapterId == o.chapterId && number == o.number && tag == o.tag &&
           title == o.title && description == o.description && targetDateText == o.targetDateText &&
           targetDate == o.targetDate;
}

bool Department::operator==(const Department &o) const
{
    return id == o.id && name == o.name;
}

bool PledgeRow::operator==(const PledgeRow &o) const
{
    return id == o.id && pledgeId == o.pledgeId && kind == o.kind && marker == o.marker &&
           title == o.title && content == o.content && departmentId == o.departmentId &&
           targetDateText == o.targetDateText && targetDate == o.targetDate &&
           addedInFiscalYear == o.addedInFiscalYear &&
           afterCompletionText == o.afterCompletionText && note == o.note;
}

bool Cell::operator==(const Cell &o) const
{
    return plan == o.plan && levelId == o.levelId && narrative == o.narrative;
}

bool YearCell::operator==(const YearCell &o) const
{
    return goal == o.goal && levelId == o.levelId && note == o.note;
}

namespace {
template <typename T> const T *findById(const QList<T> &list, qint64 id)
{
    auto it = std::find_if(list.cbegin(), list.cend(), [id](const T &t) { return t.id == id; });
    return it == list.cend() ? nullptr : &*it;
}
} // namespace

const Pledge *Plan::pledge(qint64 id) const
{
    return findById(pledges, id);
}
const PledgeRow *Plan::row(qint64 id) const
{
    return findById(rows, id);
}
const Period *Plan::period(qint64 id) const
{
    return findById(periods, id);
}
const Department *Plan::department(qint64 id) const
{
    return findById(departments, id);
}
const Chapter *Plan::chapter(qint64 id) const
{
    return findById(chapters, id);
}

QList<int> Plan::fiscalYears() const
{
    QList<int> years;
    for (const Period &p : periods) {
        if (!years.contains(p.fiscalYear))
            years.append(p.fiscalYear);
    }
    std::sort(years.begin(), years.end());
    return years;
}

bool Plan::operator==(const Plan &o) const
{
    return info == o.info && periodScale == o.periodScale && hasYearEndScale == o.hasYearEndScale &&
           yearEndScale == o.yearEndScale && periods == o.periods && departments == o.departments &&
           chapters == o.chapters && pledges == o.pledges && rows == o.rows && cells == o.cells &&
           yearCells == o.yearCells && disabledChecks == o.disabledChecks;
}
