#pragma once

#include "pageframe.h"
#include "progressreport.h"
#include "reportpages.h"
#include "reportstyle.h"
#include "textblock.h"

#include <functional>
#include <memory>

// The summary on pages: the counts per status level per period as a table (Iruma's closing
// 評価 / 件数 table, computed), stacked bars per period, and the latest period's bars by
// chapter and by department. Painted with QPainter; every number is also printed as text.
class SummaryPages : public ReportPages
{
public:
    SummaryPages(const ProgressReport &report, QPaintDevice *device, const QSizeF &page,
                 qreal bodySize);
    ~SummaryPages() override;

    int layoutSteps() const override { return 4; }
    bool layout(const std::function<bool(int done)> &step) override;
    int pageCount() const override { return int(m_pages.size()); }
    void paintPage(QPainter *painter, int page) const override;

private:
    // A strip of a page: a heading, a table row, a bar.
    struct Item
    {
        qreal height = 0;
        std::function<void(QPainter *, qreal y)> paint;
        bool keepWithNext = false;
        bool heading = false;
        int section = -1; // the heading to repeat when a section goes on over a page break
    };
    struct Placed
    {
        int item;
        qreal y;
        bool continuedHeading; // the section's heading again, "(continued)"
    };

    void addHeading(const QString &text);
    void addCountsTable();
    void addTableRow(const TextBlock::Paragraph &label, const QStringList &cells,
                     bool header = false);
    void addKey();
    void addBars(const QList<ProgressReport::Counts> &groups);
    void paginate();
    void paintBar(QPainter *painter, const QRectF &rect, const StatusCounts &counts,
                  int scaleTotal) const;

    const ProgressReport &m_report;
    QPaintDevice *m_device;
    QSizeF m_page;
    ReportStyle m_style;
    std::unique_ptr<PageFrame> m_frame;
    QList<Item> m_items;
    qreal m_labelWidth = 0; // of the counts table
    qreal m_columnWidth = 0;
    QList<TextBlock> m_headings;          // per section
    QList<TextBlock> m_continuedHeadings; // per section
    QList<QList<Placed>> m_pages;
};
