#pragma once

#include "domain/plan.h"

#include <QList>

// Makes realistic plans of any size for benchmarks and tests: chapters of about ten pledges,
// department rows, Japanese texts of the lengths cities write (content ~100 characters, plan
// ~40, narrative ~150 over a few lines), half-year periods from FY2019 on the ☆○△× scale,
// about 80% of cells filled and an annual goal per row and fiscal year. The same arguments
// always give the same plan.
class PlanGenerator
{
public:
    static Plan generate(int pledges, int rowsPerPledge, int periods, quint32 seed);

    // Status changes as if staff had edited count cells of a plan already written (its ids are
    // the file's): each entry moves a filled cell's status from another level to the one it
    // has now, dated inside the cell's period. Written with PlanStore::insertHistory they give
    // the history table realistic content without hundreds of separate transactions.
    static QList<HistoryEntry> history(const Plan &plan, int count, quint32 seed);
};
