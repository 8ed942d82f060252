#include "reporttext.h"

#include "domain/japaneseera.h"
#include "domain/plan.h"

namespace ReportText {

namespace {

struct Entry
{
    Key key;
    const char *english;
    const char *japanese;
};

// English and Japanese side by side, so a missing word shows in review and in the test.
constexpr Entry kEntries[] = {
    {Key::Number, "No.", "NO."},
    {Key::Pledge, "Pledge", "公約"},
    {Key::Item, "Item", "項目"},
    {Key::Content, "Content", "内容"},
    {Key::Actions, "Actions", "実施内容"},
    {Key::TargetDate, "Target date", "目標期日"},
    {Key::Department, "Department", "所管課等"},
    {Key::Plan, "Plan", "計画"},
    {Key::Status, "Status", "評価"},
    {Key::Narrative, "Progress", "取組状況"},
    {Key::PlanNarrative, "Plan / progress", "計画・取組状況"},
    {Key::AnnualGoal, "Annual goal", "年度目標"},
    {Key::YearEnd, "Year-end", "年度末評価"},
    {Key::Legend, "Legend", "凡例"},
    {Key::Continued, "(continued)", "（続き）"},
    {Key::NotApplicable, "n/a", "対象外"},
    {Key::Filtered, "Filtered", "絞り込み表示"},
    {Key::DepartmentIs, "Department: %1", "所管課：%1"},
    {Key::StatusCounts, "Rows by status", "評価別件数"},
    {Key::Period, "Period", "期間"},
    {Key::Count, "Rows", "件数"},
    {Key::NoStatus, "No status", "未評価"},
    {Key::Total, "Total", "合計"},
    {Key::Achieved, "Achieved", "達成"},
    {Key::ByPeriod, "Status by period", "期間別の評価"},
    {Key::ByChapter, "Status by chapter (%1)", "章別の評価（%1）"},
    {Key::ByDepartment, "Status by department (%1)", "所管課別の評価（%1）"},
    {Key::NoChapter, "No chapter", "章なし"},
    {Key::NoDepartment, "No department", "所管課なし"},
    {Key::SummaryTitle, "Progress summary", "進捗状況の集計"},
    {Key::Rows, "%1 rows", "%1件"},
};

} // namespace

QString text(Key key, ReportOptions::Language language)
{
    for (const Entry &e : kEntries) {
        if (e.key == key)
            return QString::fromUtf8(language == ReportOptions::Language::Japanese ? e.japanese
                                                                                   : e.english);
    }
    return {};
}

QList<Key> keys()
{
    QList<Key> result;
    for (const Entry &e : kEntries)
        result.append(e.key);
    return result;
}

QString periodLabel(const Period &period, const PlanInfo &info, ReportOptions::Language language)
{
    if (!period.customLabel.isEmpty())
        return period.customLabel;
    if (language == ReportOptions::Language::Japanese)
        return period.japaneseLabel(info.fiscalYearStartMonth);
    // Period::westernLabel() translates "As of" with the UI's translator; the report's
    // language is its own.
    if (period.kind == Period::Kind::ReportingDate)
        return QStringLiteral("As of ") + period.reportDate.toString(Qt::ISODate);
    return period.westernLabel(info.fiscalYearStartMonth);
}

QString asOfLabel(const PlanInfo &info, ReportOptions::Language language)
{
    if (!info.asOf.isValid())
        return {};
    if (language == ReportOptions::Language::Japanese)
        return JapaneseEra::asOfLabel(info.asOf);
    return QStringLiteral("As of ") + info.asOf.toString(Qt::ISODate);
}

QString chapterHeading(int number, const QString &title, ReportOptions::Language language)
{
    if (number <= 0)
        return title;
    if (language == ReportOptions::Language::Japanese)
        return QStringLiteral("第%1章 %2").arg(number).arg(title);
    return QStringLiteral("Chapter %1 %2").arg(number).arg(title);
}

} // namespace ReportText
