#pragma once

#include "period.h"
#include "statusscale.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// The plan's own header: what the city prints above its table.
struct PlanInfo
{
    QString title;
    QString organisation;
    QDate asOf;
    int fiscalYearStartMonth = 4;
    bool operator==(const PlanInfo &o) const;
};

struct Chapter
{
    qint64 id = 0;
    int number = 0; // 第1章
    QString title;
    bool operator==(const Chapter &o) const;
};

// A numbered campaign pledge: "1:【デジタル】 デジタル未来都市推進部門の設置…".
struct Pledge
{
    qint64 id = 0;
    qint64 chapterId = 0; // 0 when the plan has no chapters (Tokorozawa)
    QString number;       // as printed: "1", "12-2"
    QString tag;          // the word inside 【】, without brackets
    QString title;
    QString description;
    QString targetDateText; // as written: "R6.10", "令和6年3月まで", "未定"
    QDate targetDate;       // parsed when the text names a date
    bool operator==(const Pledge &o) const;
};

struct Department
{
    qint64 id = 0;
    QString name;
    bool operator==(const Department &o) const;
};

// What a pledge is broken into: a sub-item (①, title, content) or a department row
// (department, 実施内容, target date). Both carry the same fields; kind says how to show them.
struct PledgeRow
{
    enum class Kind
    {
        Item = 0,
        Department = 1
    };

    qint64 id = 0;
    qint64 pledgeId = 0;
    Kind kind = Kind::Item;
    QString marker;  // ①
    QString title;   // item title, or a department row's sub-project
    QString content; // 内容 / 実施内容
    qint64 departmentId = 0;
    QString targetDateText;
    QDate targetDate;
    int addedInFiscalYear = 0;   // "R6年度より追加": earlier periods do not apply
    QString afterCompletionText; // "達成済": what later cells say once achieved
    QString note;                // a remark on the row (e.g. how it was transcribed)
    bool operator==(const PledgeRow &o) const;
};

// Row × period: 計画, status, 状況.
struct Cell
{
    QString plan;
    qint64 levelId = 0; // 0 = no status
    QString narrative;
    bool isEmpty() const { return plan.isEmpty() && levelId == 0 && narrative.isEmpty(); }
    bool operator==(const Cell &o) const;
    bool operator!=(const Cell &o) const { return !(*this == o); }
};

// Row × fiscal year: 年度目標 and the year-end evaluation.
struct YearCell
{
    QString goal;
    qint64 levelId = 0;
    QString note;
    bool isEmpty() const { return goal.isEmpty() && levelId == 0 && note.isEmpty(); }
    bool operator==(const YearCell &o) const;
};

// One recorded change of a row × period cell field.
struct HistoryEntry
{
    qint64 id = 0;
    qint64 rowId = 0;
    qint64 periodId = 0;
    QString field; // "plan", "status", "narrative"
    QString oldValue;
    QString newValue;
    QDateTime at;
    QString user;
    QString source; // what made the change when it was not typed: an import, a workbook
};

using CellKey = QPair<qint64, qint64>; // row id, period id
using YearKey = QPair<qint64, int>;    // row id, fiscal year

// The whole document in memory, as the editor and reports read it. Lists are in display order.
struct Plan
{
    PlanInfo info;
    StatusScale periodScale;
    bool hasYearEndScale = false; // else year-end evaluations use periodScale
    StatusScale yearEndScale;
    QList<Period> periods;
    QList<Department> departments;
    QList<Chapter> chapters;
    QList<Pledge> pledges; // grouped by chapter, in chapter order
    QList<PledgeRow> rows; // grouped by pledge, in pledge order
    QHash<CellKey, Cell> cells;
    QHash<YearKey, YearCell> yearCells;
    // Keys of the consistency checks this plan's users switched off
    // ("target-date-passed"; see CheckRules), kept as written so a newer version's stay.
    QStringList disabledChecks;

    const StatusScale &yearEndScaleOrPeriodScale() const
    {
        return hasYearEndScale ? yearEndScale : periodScale;
    }
    Cell cell(qint64 rowId, qint64 periodId) const { return cells.value({rowId, periodId}); }
    YearCell yearCell(qint64 rowId, int fiscalYear) const
    {
        return yearCells.value({rowId, fiscalYear});
    }
    const Pledge *pledge(qint64 id) const;
    const PledgeRow *row(qint64 id) const;
    const Period *period(qint64 id) const;
    const Department *department(qint64 id) const;
    const Chapter *chapter(qint64 id) const;
    QList<int> fiscalYears() const; // of all periods, ascending
    bool operator==(const Plan &o) const;
};
