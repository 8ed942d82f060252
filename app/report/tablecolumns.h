#pragma once

#include "reporttext.h"

#include <QList>

class ProgressReport;

// The columns of a progress table and their widths. The plan decides which exist (Iruma: 項目,
// 内容, 取組状況, 評価; Tokorozawa: NO., 公約, 実施内容, 目標期日, 所管課等, per period 計画,
// 評価, 取組状況); the texts decide how the width is shared, so long narratives get the room.
// When the page is too narrow, a period's plan and narrative share one column, then the type
// gets smaller (not below 6 pt).
class TableColumns
{
public:
    enum class Kind
    {
        Number,
        Pledge,
        Item,
        Content,
        TargetDate,
        Department,
        Plan,
        Status,
        Narrative,
        PeriodText // plan and narrative of one period, one above the other
    };
    struct Column
    {
        Kind kind;
        int period = -1; // the report's period column, for period kinds
        qreal minEm = 0;
        qreal weight = 0; // 0: fixed at minEm
        qreal x = 0;      // in ems until place(), then in device units
        qreal width = 0;
    };

    // Chooses columns and widths for a page width in device units and the body size the
    // paper suggests; bodySize() may come out smaller.
    TableColumns(const ProgressReport &report, qreal pageWidth, qreal devicePerPoint,
                 qreal preferredBodySize);

    const QList<Column> &columns() const { return m_columns; }
    qreal bodySize() const { return m_bodySize; }
    bool stacked() const { return m_stacked; }
    // Index of the first column of a period, and one past its last.
    int periodBegin(int period) const;
    int periodEnd(int period) const;
    ReportText::Key heading(const Column &column) const;

private:
    QList<Column> build(bool stacked) const;
    qreal estimateLines(const QList<Column> &columns) const;
    // Shares the width in ems; false when the columns' minimums do not fit.
    static bool allocate(QList<Column> &columns, qreal available);

    const ProgressReport &m_report;
    QList<Column> m_columns;
    qreal m_bodySize = 8;
    bool m_stacked = false;
};
