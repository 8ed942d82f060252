#pragma once

#include "pageframe.h"
#include "progressreport.h"
#include "reportpages.h"
#include "reportstyle.h"
#include "tablecolumns.h"
#include "textblock.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <memory>

// The progress table on pages: column headings repeated on every page, chapter and pledge
// bands, a pledge's rows kept on one page when they fit, a row taller than a page continued
// on the next between two lines of text, the pledge repeated as "(continued)" on top.
class TablePages : public ReportPages
{
public:
    TablePages(const ProgressReport &report, QPaintDevice *device, const QSizeF &page,
               qreal preferredBodySize);
    ~TablePages() override;

    int layoutSteps() const override;
    bool layout(const std::function<bool(int done)> &step) override;
    int pageCount() const override { return int(m_pages.size()); }
    void paintPage(QPainter *painter, int page) const override;

    qreal bodySize() const { return m_columns.bodySize(); }

private:
    struct Cell
    {
        int first = 0; // columns [first, last]
        int last = 0;
        qreal top = 0; // below the row's annual-goal band
        TextBlock text;
        QColor fill; // invalid: none
        bool goal = false;
    };
    struct Row
    {
        QList<Cell> cells;
        qreal goalHeight = 0; // the annual-goal band above the period cells
        int pledge = 0;
        bool firstOfPledge = false;
        bool lastOfPledge = false;
    };
    struct PledgeCell // the NO. and 公約 columns of Tokorozawa's sheet
    {
        TextBlock number;
        TextBlock title;
        TextBlock continued;
    };
    enum class BlockType
    {
        Chapter,
        Pledge,
        Row
    };
    struct Block
    {
        BlockType type;
        int index; // into m_bands or m_rows
        int pledge;
    };
    struct Placement
    {
        int block = 0;
        qreal y = 0;
        qreal height = 0;
        QList<int> first; // per cell: the lines drawn
        QList<int> end;
        bool firstFragment = true;
        bool lastFragment = true;
        bool pledgeCell = false; // draw NO. and 公約 (continued unless the pledge's first row)
        bool continued = false;  // a pledge band repeated on a new page
    };
    struct Fragment
    {
        QList<int> end;
        qreal height = 0;
        bool done = false;
        bool progress = false;
    };

    void buildHeader();
    void buildBody(const std::function<bool(int)> &step, bool *cancelled);
    Row buildRow(const ProgressReport::Row &row);
    PledgeCell buildPledgeCell(const ProgressReport::Pledge &pledge) const;
    TextBlock cellText(qreal width, const QList<TextBlock::Paragraph> &paragraphs) const;
    TextBlock bandText(const QString &text) const;
    Cell goalCell(const ProgressReport::Goal &goal,
                  const ProgressReport::FiscalYearSpan &span) const;
    QList<TextBlock::Paragraph> cellParagraphs(const TableColumns::Column &column,
                                               const ProgressReport::Row &row, QColor *fill) const;
    qreal spanWidth(int first, int last) const;

    qreal rowHeight(const Row &row, bool pledgeCell) const;
    qreal pledgeCellHeight(const Row &row, bool continued) const;
    Fragment fit(const Row &row, const QList<int> &first, qreal space, bool firstFragment,
                 bool pledgeCell) const;
    void paginate();
    bool startsGroup(int block) const;
    void keepTogether(int block);
    qreal minSplit() const;
    qreal fullPage() const;
    qreal continuedHeight(int pledge);
    void newPage();
    void startContinuation(int pledge);
    void placeRow(int block);
    void splitRow(int block, bool pledgeCell);
    void place(Placement placement);
    qreal bodyTop(int page) const;
    qreal space() const { return m_bottom - m_y; }

    void paintHeader(QPainter *painter, qreal top) const;
    void paintBand(QPainter *painter, const Placement &p) const;
    void paintRow(QPainter *painter, const Placement &p, bool lastOnPage) const;

    const ProgressReport &m_report;
    QPaintDevice *m_device;
    QSizeF m_page;
    TableColumns m_columns;
    ReportStyle m_style;
    std::unique_ptr<PageFrame> m_frame;

    // column headings: per column (spanning both heading rows when not a period column), and
    // per period its label over its columns
    QList<TextBlock> m_columnHeadings;
    QList<TextBlock> m_periodHeadings;
    qreal m_periodHeadingHeight = 0;
    qreal m_headHeight = 0;

    QList<Block> m_blocks;
    QList<TextBlock> m_bands;          // chapter and pledge bands
    QHash<int, TextBlock> m_continued; // pledge index → its band with "(continued)"
    QStringList m_pledgeHeadings;      // per pledge (Band style)
    QList<Row> m_rows;
    QList<PledgeCell> m_pledgeCells; // per pledge (Column style)
    QList<QList<Placement>> m_pages;
    qreal m_y = 0;
    qreal m_bottom = 0;
    bool m_pageFresh = true; // nothing but a continued band on the page yet
};
