#pragma once

#include "models/rowfilter.h"

#include <QList>
#include <QPageLayout>

#include <optional>

// What a printed report shows and on which paper: the choices of the Export PDF / Print dialog
// and of `pledgetracker report`. A plain value; ProgressReport::build() reads it.
struct ReportOptions
{
    enum class Layout
    {
        Table,     // the progress table as the cities print it
        Summary,   // counts per status level, per period, by chapter and by department
        Department // one department's rows, to send to that department
    };
    enum class Paper
    {
        A4,
        A3
    };
    enum class Language
    {
        Japanese,
        English
    };

    Layout layout = Layout::Table;
    qint64 departmentId = 0;       // the Department layout's department; 0: rows without one
    QList<qint64> periodIds;       // in any order; printed in the plan's order. Empty = all periods
    bool includePlans = true;      // 計画 of each period
    bool includeNarratives = true; // 状況 / 取組状況 of each period
    bool includeAnnualGoals = true;  // 年度目標 of the chosen periods' fiscal years
    std::optional<RowFilter> filter; // the table's current filter; nullopt = every row
    Paper paper = Paper::A4;
    bool landscape = false;
    Language language = Language::Japanese; // of headings; the plan's own texts print as written

    bool japanese() const { return language == Language::Japanese; }
    // The paper, orientation and the 10 mm margins the renderer expects.
    QPageLayout pageLayout() const;
};
