#pragma once

#include "reportoptions.h"
#include "stats/statuscounts.h"

#include <QColor>
#include <QList>
#include <QString>

struct Plan;

// A report as data: what a printed progress sheet shows, grouped as the cities group it
// (chapter → pledge → rows, per period plan / status / narrative), with its legend and the
// computed counts. Built once from a plan and the options; it copies what it needs, so the
// renderer can lay it out while the plan changes, and tests can check it without painting.
class ProgressReport
{
public:
    enum class PledgeStyle
    {
        Band,  // Iruma: a "1:【デジタル】 title" line above the pledge's items
        Column // Tokorozawa: NO. and 公約 columns to the left of the pledge's department rows
    };

    struct LegendEntry
    {
        QString symbol;
        QString label;
        QString description;
        QColor color;
    };
    struct PeriodColumn
    {
        qint64 periodId = 0;
        int fiscalYear = 0;
        QString label;
    };
    // Consecutive period columns of one fiscal year: what its 年度目標 spans.
    struct FiscalYearSpan
    {
        int fiscalYear = 0;
        QString label; // 令和5年度 / FY2023
        int firstColumn = 0;
        int columnCount = 0;
    };
    // A status as printed: the level's symbol in its colour.
    struct Mark
    {
        QString symbol;
        QString label;
        QColor color;
        bool isEmpty() const { return symbol.isEmpty(); }
    };
    struct Cell
    {
        QString plan;
        Mark status;
        QString narrative;
        bool notApplicable = false; // the row was added in a later fiscal year
    };
    struct Goal
    {
        QString goal;
        Mark yearEnd;
        QString note;
        bool isEmpty() const { return goal.isEmpty() && yearEnd.isEmpty() && note.isEmpty(); }
    };
    struct Row
    {
        qint64 rowId = 0;
        QString marker; // ①
        QString title;  // item title or a department row's sub-project
        QString content;
        QString department;
        QString targetDate;
        QList<Cell> cells; // one per period column
        QList<Goal> goals; // one per fiscal year span
    };
    struct Pledge
    {
        qint64 pledgeId = 0;
        QString number;
        QString tag;
        QString title;
        QList<Row> rows;
        // "1:【デジタル】 title", as Iruma prints it; "1 title" without a tag.
        QString heading() const;
    };
    struct Chapter
    {
        qint64 chapterId = 0; // 0: pledges without a chapter (a plan without chapters)
        QString heading; // 第1章 デジタル未来都市; empty for pledges without a chapter
        QList<Pledge> pledges;
    };
    struct Counts
    {
        QString label;
        StatusCounts counts;
    };
    struct Summary
    {
        QList<Counts> periods;        // one per period column
        qint64 breakdownPeriodId = 0; // the latest chosen period with a status, else the last
        QString breakdownPeriodLabel;
        QList<Counts> byChapter;    // empty when the plan has no chapters
        QList<Counts> byDepartment; // empty when the plan has no departments
    };

    static ProgressReport build(const Plan &plan, const ReportOptions &options);

    ReportOptions options;
    QString title;
    QString organisation;
    QString asOf;
    QString subtitle; // the department of a Department sheet, "filtered" for a filtered one
    QList<LegendEntry> legend;
    QList<PeriodColumn> periods;
    QList<FiscalYearSpan> fiscalYears;
    PledgeStyle pledgeStyle = PledgeStyle::Band;
    bool itemRows = true; // 内容 of items rather than 実施内容 of department rows
    bool showPlans = false;
    bool showNarratives = false;
    bool showGoals = false;
    bool showDepartments = false;
    bool showTargetDates = false;
    QList<Chapter> chapters;
    Summary summary;

    int pledgeCount() const;
    int rowCount() const;
    QList<qint64> rowIds() const; // in printed order
};
