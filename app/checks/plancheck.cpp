#include "plancheck.h"

#include <algorithm>

bool CheckFinding::operator==(const CheckFinding &o) const
{
    return rule == o.rule && rowId == o.rowId && periodId == o.periodId && where == o.where &&
           message == o.message;
}

int PlanCheck::onPlanIndex(const StatusScale &scale)
{
    for (int i = 0; i < scale.levels.size(); ++i) {
        if (!scale.levels.at(i).achieved)
            return i;
    }
    return -1;
}

namespace {

// A row title or target date as part of a one-line message.
QString shortened(const QString &text)
{
    constexpr int kMaxLength = 24;
    return text.size() <= kMaxLength ? text : text.left(kMaxLength - 1) + QChar(0x2026);
}

// One run over a plan: walks each row through its periods once, so every rule sees the
// cells in table order and the previous period's cell with them.
class Checker
{
public:
    Checker(const Plan &plan, const QSet<CheckRule> &disabled, bool japanese)
        : m_plan(plan), m_disabled(disabled), m_japanese(japanese),
          m_onPlan(PlanCheck::onPlanIndex(plan.periodScale))
    {
        for (const Pledge &pledge : plan.pledges)
            m_pledges.insert(pledge.id, &pledge);
        for (const PledgeRow &row : plan.rows)
            m_siblings[row.pledgeId].append(&row);
    }

    QList<CheckFinding> run()
    {
        if (enabled(CheckRule::PeriodMostlyEmpty)) {
            for (const Period &period : m_plan.periods)
                checkPeriod(period);
        }
        for (const PledgeRow &row : m_plan.rows)
            checkRow(row);
        sortInTableOrder();
        return m_findings;
    }

private:
    bool enabled(CheckRule rule) const { return !m_disabled.contains(rule); }
    // A row added in a later fiscal year ("R6年度より追加") has nothing to say before it.
    static bool applies(const PledgeRow &row, const Period &period)
    {
        return period.fiscalYear >= row.addedInFiscalYear;
    }
    int levelIndex(qint64 levelId) const
    {
        const QList<StatusLevel> &levels = m_plan.periodScale.levels;
        for (int i = 0; i < levels.size(); ++i) {
            if (levels.at(i).id == levelId)
                return i;
        }
        return -1;
    }

    void checkPeriod(const Period &period);
    void checkRow(const PledgeRow &row);
    void checkNarrative(const PledgeRow &row, const Period &period, const Cell &cell, int level);
    void checkTargetDate(const PledgeRow &row, const Period &period, int level);
    void add(CheckRule rule, const PledgeRow *row, const Period &period, const QString &message);
    void sortInTableOrder();

    QString periodLabel(const Period &period) const
    {
        return period.label(m_japanese, m_plan.info.fiscalYearStartMonth);
    }
    QString levelText(int level) const;
    QString rowName(const PledgeRow &row) const;

    const Plan &m_plan;
    const QSet<CheckRule> m_disabled;
    const bool m_japanese;
    const int m_onPlan;
    QHash<qint64, const Pledge *> m_pledges;
    QHash<qint64, QList<const PledgeRow *>> m_siblings; // the rows of each pledge, in order
    QList<CheckFinding> m_findings;
};

void Checker::checkPeriod(const Period &period)
{
    int rows = 0;
    int empty = 0;
    for (const PledgeRow &row : m_plan.rows) {
        if (!applies(row, period))
            continue;
        ++rows;
        if (m_plan.cell(row.id, period.id).isEmpty())
            ++empty;
    }
    if (empty * 2 > rows) {
        add(CheckRule::PeriodMostlyEmpty, nullptr, period,
            PlanCheck::tr("%1 of %n row(s) have no plan, status or narrative", nullptr, rows)
                .arg(empty));
    }
}

void Checker::checkRow(const PledgeRow &row)
{
    const Period *previous = nullptr; // the period just before, for the copied plan
    Cell previousCell;
    const Period *rated = nullptr; // the latest period with a status so far
    int ratedLevel = -1;
    for (const Period &period : m_plan.periods) {
        if (!applies(row, period))
            continue;
        const Cell cell = m_plan.cell(row.id, period.id);
        const int level = levelIndex(cell.levelId);
        checkNarrative(row, period, cell, level);
        const QString plan = cell.plan.trimmed();
        if (previous && enabled(CheckRule::PlanCopiedFromPrevious) && !plan.isEmpty() &&
            plan == previousCell.plan.trimmed()) {
            add(CheckRule::PlanCopiedFromPrevious, &row, period,
                PlanCheck::tr("the plan is the same as in %1").arg(periodLabel(*previous)));
        }
        if (level >= 0) {
            if (rated && level > ratedLevel && enabled(CheckRule::StatusWentDown)) {
                add(CheckRule::StatusWentDown, &row, period,
                    PlanCheck::tr("the status went down from %1 in %2 to %3")
                        .arg(levelText(ratedLevel), periodLabel(*rated), levelText(level)));
            }
            rated = &period;
            ratedLevel = level;
        }
        previous = &period;
        previousCell = cell;
    }
    if (rated)
        checkTargetDate(row, *rated, ratedLevel);
}

void Checker::checkNarrative(const PledgeRow &row, const Period &period, const Cell &cell,
                             int level)
{
    if (level < 0 || !cell.narrative.trimmed().isEmpty())
        return;
    if (m_plan.periodScale.levels.at(level).achieved) {
        if (enabled(CheckRule::AchievedWithoutNarrative))
            add(CheckRule::AchievedWithoutNarrative, &row, period,
                PlanCheck::tr("the status is %1 but the narrative does not say what was done")
                    .arg(levelText(level)));
    } else if (m_onPlan >= 0 && level > m_onPlan) {
        if (enabled(CheckRule::BehindWithoutNarrative))
            add(CheckRule::BehindWithoutNarrative, &row, period,
                PlanCheck::tr("the status is %1 but the narrative does not say why")
                    .arg(levelText(level)));
    }
}

// The row's own target date, else its pledge's, against the end of the latest period that
// has a status for the row.
void Checker::checkTargetDate(const PledgeRow &row, const Period &period, int level)
{
    if (!enabled(CheckRule::TargetDatePassed) || m_plan.periodScale.levels.at(level).achieved)
        return;
    const Pledge *pledge = m_pledges.value(row.pledgeId);
    const bool own = row.targetDate.isValid();
    const QDate target = own ? row.targetDate : pledge ? pledge->targetDate : QDate();
    if (!target.isValid() || target >= period.endDate(m_plan.info.fiscalYearStartMonth))
        return;
    QString text = (own ? row.targetDateText : pledge->targetDateText).trimmed();
    if (text.isEmpty() || text.contains(QLatin1Char('\n')) || shortened(text) != text)
        text = target.toString(Qt::ISODate); // a note rather than a date: "1 年度ごとに…\n2 …"

    add(CheckRule::TargetDatePassed, &row, period,
        own ? PlanCheck::tr("the target date %1 has passed but the status is %2")
                  .arg(text, levelText(level))
            : PlanCheck::tr("the pledge's target date %1 has passed but the status is %2")
                  .arg(text, levelText(level)));
}

QString Checker::levelText(int level) const
{
    const StatusLevel &l = m_plan.periodScale.levels.at(level);
    const QString label = l.displayLabel(m_japanese);
    return label.isEmpty() ? l.symbol : l.symbol + QLatin1Char(' ') + label;
}

// What a reader of the table calls the row: its marker (①), else its department (with the
// row's title when the pledge has more rows of that department), else its title, else its
// place under the pledge.
QString Checker::rowName(const PledgeRow &row) const
{
    if (!row.marker.trimmed().isEmpty())
        return row.marker.trimmed();
    const QList<const PledgeRow *> siblings = m_siblings.value(row.pledgeId);
    const int place = int(siblings.indexOf(&row)) + 1;
    const QString title = shortened(row.title.simplified());
    const QString placeText = PlanCheck::tr("row %1").arg(place);
    const Department *department = m_plan.department(row.departmentId);
    if (!department)
        return title.isEmpty() ? placeText : title;
    const bool shared = std::any_of(siblings.cbegin(), siblings.cend(), [&](const PledgeRow *r) {
        return r != &row && r->departmentId == row.departmentId;
    });
    if (!shared)
        return department->name;
    return PlanCheck::tr("%1 (%2)", "department (row title or place)")
        .arg(department->name, title.isEmpty() ? placeText : title);
}

void Checker::add(CheckRule rule, const PledgeRow *row, const Period &period,
                  const QString &message)
{
    CheckFinding finding{rule, row ? row->id : 0, period.id, periodLabel(period), message};
    if (row) {
        const Pledge *pledge = m_pledges.value(row->pledgeId);
        finding.where = PlanCheck::tr("pledge %1 %2 %3")
                            .arg(pledge ? pledge->number : QString(), rowName(*row), finding.where);
    }
    m_findings.append(finding);
}

void Checker::sortInTableOrder()
{
    QHash<qint64, int> rowOrder, periodOrder;
    for (int i = 0; i < m_plan.rows.size(); ++i)
        rowOrder.insert(m_plan.rows.at(i).id, i);
    for (int i = 0; i < m_plan.periods.size(); ++i)
        periodOrder.insert(m_plan.periods.at(i).id, i);
    auto place = [&](const CheckFinding &f) {
        return std::make_tuple(f.rowId ? rowOrder.value(f.rowId) : -1,
                               periodOrder.value(f.periodId), int(f.rule));
    };
    std::stable_sort(
        m_findings.begin(), m_findings.end(),
        [&](const CheckFinding &a, const CheckFinding &b) { return place(a) < place(b); });
}

} // namespace

QList<CheckFinding> PlanCheck::run(const Plan &plan, const QSet<CheckRule> &disabled, bool japanese)
{
    return Checker(plan, disabled, japanese).run();
}

QList<CheckFinding> PlanCheck::run(const Plan &plan, bool japanese)
{
    return run(plan, CheckRules::fromKeys(plan.disabledChecks), japanese);
}
