#pragma once

#include "domain/plan.h"
#include "statuscounts.h"

#include <QCoreApplication>
#include <QJsonObject>

// The counts a planning office reports: chapters, pledges, rows, and per period how many rows
// stand at each status level. Printed by `pledgetracker summary`, in text or as stable JSON.
class PlanSummary
{
    Q_DECLARE_TR_FUNCTIONS(PlanSummary)

public:
    static constexpr int kJsonVersion = 1;

    explicit PlanSummary(const Plan &plan);

    QJsonObject toJson() const;
    QString toText(bool japaneseLabels) const;

    int chapters() const { return m_chapters; }
    int pledges() const { return m_pledges; }
    int rows() const { return m_rows; }
    const QList<StatusCounts> &periodCounts() const { return m_counts; }

private:
    const Plan &m_plan;
    int m_chapters = 0;
    int m_pledges = 0;
    int m_rows = 0;
    QList<StatusCounts> m_counts; // one per plan period, in order
};
