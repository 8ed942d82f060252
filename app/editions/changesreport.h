#pragma once

#include "editioncomparison.h"
#include "report/reportoptions.h"

#include <QDate>
#include <QList>
#include <QString>

// What changed between two editions, or an edition and the plan now, in words: the sides
// compared, then one group per kind of change (statuses up, down, given, cleared; new and
// removed rows and periods; changed texts), each entry naming its row, where in the row, and
// the values before and after. Built once, in the report's language; the "changes since the
// last edition" PDF (ChangesPages) and the editor's comparison dialog show the same entries.
class ChangesReport
{
public:
    enum class Group
    {
        StatusUp,
        StatusDown,
        StatusGiven,
        StatusCleared,
        NewRows,
        RemovedRows,
        NewPeriods,
        RemovedPeriods,
        Texts
    };
    // One side of the comparison: a published edition, or the plan now (empty name).
    struct Side
    {
        QString name;
        QDate date; // the edition's publication date, or the day the plan now was read
    };
    struct Entry
    {
        QString subject; // "NO.3 ② 制度周知", a pledge, or a period
        QString place; // "令和6年度 上半期", "令和6年度 上半期 取組状況", "内容"
        QString before;
        QString after;
    };
    struct Section
    {
        Group group;
        QString heading; // "評価が上がったもの（2件）"
        QList<Entry> entries;
    };

    // options gives the language and the paper; the layout is not used.
    static ChangesReport build(const Plan &before, const Side &beforeSide, const Plan &after,
                               const Side &afterSide, const ReportOptions &options);

    ReportOptions options;
    QString planTitle;
    QString organisation;
    QString title;           // 変更点 / Changes
    QString comparedFrom;    // 比較元：令和6年9月末現在（2024年10月15日公表）
    QString comparedTo;      // 比較先：現在の計画（2025年1月20日時点）
    QString afterLabel;      // the later side's name and date, printed in every page's corner
    QString noChanges;       // what is printed when there are none
    QList<Section> sections; // the groups that have entries, in the order of Group
    EditionComparison comparison;

    int entryCount() const;
    // The words the report prints for a group ("評価が上がったもの"), in the given language.
    static QString groupName(Group group, ReportOptions::Language language);
};
