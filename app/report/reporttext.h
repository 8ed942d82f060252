#pragma once

#include "reportoptions.h"

#include <QString>

struct Period;
struct PlanInfo;

// The words a report prints around the plan's own texts (column headings, legend, footer), in
// the report's language. They are kept here rather than in the UI translation, because the
// editor may run in English while the sheet it prints for the city is Japanese.
namespace ReportText {

enum class Key
{
    Number,        // NO.
    Pledge,        // 公約
    Item,          // 項目
    Content,       // 内容 (items)
    Actions,       // 実施内容 (department rows)
    TargetDate,    // 目標期日
    Department,    // 所管課等
    Plan,          // 計画
    Status,        // 評価
    Narrative,     // 取組状況
    PlanNarrative, // 計画・取組状況 (one column for both)
    AnnualGoal,    // 年度目標
    YearEnd,       // 年度末評価
    Legend,        // 凡例
    Continued,     // （続き）
    NotApplicable, // 対象外 (a row added in a later fiscal year)
    Filtered,      // 絞り込み表示
    DepartmentIs,  // 所管課：%1
    StatusCounts,  // 評価別件数
    Period,        // 期間
    Count,         // 件数
    NoStatus,      // 未評価
    Total,         // 合計
    Achieved,      // 達成
    ByPeriod,      // 期間別の評価
    ByChapter,     // 章別の評価（%1）
    ByDepartment,  // 所管課別の評価（%1）
    NoChapter,     // 章なし
    NoDepartment,  // 所管課なし
    SummaryTitle,  // 進捗状況の集計
    Rows,          // %1件
};

QString text(Key key, ReportOptions::Language language);
// All keys, for tests that every word exists in both languages.
QList<Key> keys();

// "令和6年度 上半期" / "FY2024 H1"; a period's own label wins.
QString periodLabel(const Period &period, const PlanInfo &info, ReportOptions::Language language);
// "令和5年9月末現在" / "As of 2023-09-30"; empty without a date.
QString asOfLabel(const PlanInfo &info, ReportOptions::Language language);
// "第1章 デジタル未来都市" / "Chapter 1 デジタル未来都市".
QString chapterHeading(int number, const QString &title, ReportOptions::Language language);

} // namespace ReportText
