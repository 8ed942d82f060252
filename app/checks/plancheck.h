#pragma once

#include "checkrule.h"
#include "domain/plan.h"

#include <QCoreApplication>

// One problem a check found: where it is and what is wrong, in the UI's language.
struct CheckFinding
{
    CheckRule rule = CheckRule::AchievedWithoutNarrative;
    qint64 rowId = 0;    // 0 for a finding about a whole period
    qint64 periodId = 0; // the cell to show
    QString where;       // "pledge 12 ② 令和6年度 上半期"
    QString message;     // "achieved (☆) but the narrative is empty"
    bool operator==(const CheckFinding &o) const;
};

// Checks a plan for what a reviewer would send back before it is published: statuses
// without an explanation, missed target dates, worse statuses, periods left mostly empty
// and plans copied from the period before. Findings come in table order: whole periods
// first, then row by row, period by period.
class PlanCheck
{
    Q_DECLARE_TR_FUNCTIONS(PlanCheck)

public:
    static QList<CheckFinding> run(const Plan &plan, const QSet<CheckRule> &disabled,
                                   bool japanese);
    // With the rules the plan itself has switched off.
    static QList<CheckFinding> run(const Plan &plan, bool japanese);

    // The first level that is not achieved (○ on ☆○△×, B on A–D); levels after it are
    // behind plan. -1 when every level counts as achieved.
    static int onPlanIndex(const StatusScale &scale);
};
