#pragma once

#include "domain/plan.h"
#include "statuscounts.h"

#include <functional>

// The numbers behind the chart pane and the report's charts, computed from the plan alone so
// they can be tested as data; widgets only draw them. All counts are over the rows the
// predicate accepts (the table's filter), or over every row when it is empty.
class ChartData
{
public:
    using RowPredicate = std::function<bool(const PledgeRow &)>;

    enum class By
    {
        Chapter,
        Tag,
        Department
    };

    // A period's counts, per level in scale order plus rows without a status.
    struct PeriodCounts
    {
        qint64 periodId = 0;
        StatusCounts counts;
    };

    // The share of rows at an achieved level. The denominator is every matching row, with or
    // without a status, the same total as the summary's, so a row nobody has reported on yet
    // counts as not achieved rather than vanishing from the share.
    struct AchievedShare
    {
        qint64 periodId = 0;
        int achieved = 0;
        int rows = 0;       // the denominator
        int withStatus = 0; // rows with any status
        // No row has a status yet: there is no share to draw, and 0% would be a false claim.
        bool isEmpty() const { return withStatus == 0; }
        double percent() const; // 0–100; 0 when there are no rows
    };

    // One bar of a breakdown: a chapter, a tag or a department. An empty key holds the rows
    // without one; the UI names it.
    struct Group
    {
        QString key;    // the chapter or department id in decimal, or the tag; empty = none
        QString label;  // the chapter's title, the tag, the department's name
        int number = 0; // the chapter's number (第1章), else 0
        StatusCounts counts;
    };

    struct LevelShare
    {
        int count = 0;
        double percentOfStatused = 0; // of the rows with a status: what a donut of levels shows
        double percentOfRows = 0;     // of all matching rows, those without a status included
    };

    struct Distribution
    {
        qint64 periodId = 0;
        QList<LevelShare> levels; // in scale order
        int none = 0;             // rows without a status
        int withStatus = 0;
        int rows = 0;
        bool isEmpty() const { return withStatus == 0; }
    };

    // Keeps a reference to the plan, which must outlive this object and not change while it
    // is used.
    explicit ChartData(const Plan &plan, RowPredicate predicate = {});

    // One entry per plan period, in plan order.
    QList<PeriodCounts> perPeriod() const;
    QList<AchievedShare> achievedShare() const;
    // Groups with at least one matching row: chapters in chapter order, tags in the order they
    // first appear among the pledges, departments in the plan's order; the group without one
    // comes last.
    QList<Group> breakdown(qint64 periodId, By by) const;
    Distribution distribution(qint64 periodId) const;

    // The last period in which a matching row has a status (0 when none has): the period a
    // reader most likely wants to see first.
    qint64 latestReportedPeriod() const;

private:
    QString groupKey(const PledgeRow &row, By by) const;

    const Plan &m_plan;
    RowPredicate m_predicate;
};
