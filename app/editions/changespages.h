#pragma once

#include "changesreport.h"
#include "report/pageframe.h"
#include "report/reportpages.h"
#include "report/reportstyle.h"
#include "report/textblock.h"

#include <memory>

// The changes report on pages, plain text under the same page frame as the other reports: the
// two sides compared, then each group's heading and entries. An entry taller than what is left
// of a page goes on over the break between two lines.
class ChangesPages : public ReportPages
{
public:
    ChangesPages(const ChangesReport &report, QPaintDevice *device, const QSizeF &page,
                 qreal bodySize);
    ~ChangesPages() override;

    int layoutSteps() const override { return 2; }
    bool layout(const std::function<bool(int done)> &step) override;
    int pageCount() const override { return int(m_pages.size()); }
    void paintPage(QPainter *painter, int page) const override;

private:
    struct Item
    {
        TextBlock text;
        qreal indent = 0;
        qreal spaceBefore = 0;
        bool keepWithNext = false; // a heading, or an entry's first line before its texts
    };
    struct Placed
    {
        int item;
        int firstLine;
        int endLine;
        qreal y;
    };

    void add(const QList<TextBlock::Paragraph> &paragraphs, qreal indent, qreal spaceBefore,
             bool keepWithNext = false);
    void addEntry(ChangesReport::Group group, const ChangesReport::Entry &entry);
    void paginate();

    const ChangesReport &m_report;
    QPaintDevice *m_device;
    QSizeF m_page;
    ReportStyle m_style;
    std::unique_ptr<PageFrame> m_frame;
    QList<Item> m_items;
    QList<QList<Placed>> m_pages;
};
