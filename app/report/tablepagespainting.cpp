// TablePages: painting the laid-out pages (tablepages.cpp lays them out).
#include "tablepages.h"

#include <QPainter>

void TablePages::paintHeader(QPainter *painter, qreal top) const
{
    const auto &cols = m_columns.columns();
    if (cols.isEmpty())
        return;
    const qreal width = spanWidth(0, int(cols.size()) - 1);
    const qreal pad = m_style.padding;
    painter->fillRect(QRectF(0, top, width, m_headHeight), m_style.headerFill);
    painter->setPen(QPen(m_style.grid, m_style.rule));
    painter->setBrush(Qt::NoBrush);
    for (int i = 0; i < cols.size(); ++i) {
        const TableColumns::Column &c = cols.at(i);
        const qreal cellTop = c.period < 0 ? top : top + m_periodHeadingHeight;
        const QRectF rect(c.x, cellTop, c.width, top + m_headHeight - cellTop);
        painter->drawRect(rect);
        const TextBlock &text = m_columnHeadings.at(i);
        m_columnHeadings.at(i).draw(
            painter, QPointF(c.x + pad, rect.top() + (rect.height() - text.height()) / 2));
        painter->setPen(QPen(m_style.grid, m_style.rule));
    }
    for (int p = 0; p < m_periodHeadings.size(); ++p) {
        const int begin = m_columns.periodBegin(p);
        const QRectF rect(cols.at(begin).x, top, spanWidth(begin, m_columns.periodEnd(p) - 1),
                          m_periodHeadingHeight);
        painter->drawRect(rect);
        m_periodHeadings.at(p).draw(painter, QPointF(rect.left() + pad, rect.top() + pad));
        painter->setPen(QPen(m_style.grid, m_style.rule));
    }
}

void TablePages::paintBand(QPainter *painter, const Placement &p) const
{
    const auto &cols = m_columns.columns();
    const qreal width = cols.isEmpty() ? m_page.width() : spanWidth(0, int(cols.size()) - 1);
    const QRectF rect(0, p.y, width, p.height);
    const bool chapter = p.block >= 0 && m_blocks.at(p.block).type == BlockType::Chapter;
    painter->fillRect(rect, chapter ? m_style.chapterFill : m_style.pledgeFill);
    painter->setPen(QPen(m_style.grid, m_style.rule));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(rect);
    const TextBlock &text =
        p.continued ? m_continued.value(-1 - p.block) : m_bands.at(m_blocks.at(p.block).index);
    text.draw(painter, QPointF(m_style.padding, p.y + m_style.padding));
}

void TablePages::paintRow(QPainter *painter, const Placement &p, bool lastOnPage) const
{
    const auto &cols = m_columns.columns();
    const Row &row = m_rows.at(m_blocks.at(p.block).index);
    const qreal pad = m_style.padding;
    const QPen grid(m_style.grid, m_style.rule);
    painter->setBrush(Qt::NoBrush);
    for (int i = 0; i < row.cells.size(); ++i) {
        const Cell &cell = row.cells.at(i);
        if (cell.goal && !p.firstFragment)
            continue;
        const qreal top = p.firstFragment ? cell.top : 0;
        const qreal height = cell.goal ? row.goalHeight : p.height - top;
        const QRectF rect(cols.at(cell.first).x, p.y + top, spanWidth(cell.first, cell.last),
                          height);
        if (cell.fill.isValid())
            painter->fillRect(rect, cell.fill);
        painter->setPen(grid);
        painter->drawRect(rect);
        cell.text.draw(painter, rect.topLeft() + QPointF(pad, pad), p.first.at(i), p.end.at(i));
    }
    if (m_report.pledgeStyle != ProgressReport::PledgeStyle::Column || cols.size() < 2)
        return;
    // NO. and 公約 read as one merged cell down the pledge's rows.
    const qreal x0 = cols.at(0).x;
    const qreal x1 = cols.at(1).x;
    const qreal x2 = x1 + cols.at(1).width;
    const qreal bottom = p.y + p.height;
    painter->setPen(grid);
    for (const qreal x : {x0, x1, x2})
        painter->drawLine(QPointF(x, p.y), QPointF(x, bottom));
    if (p.pledgeCell) {
        painter->drawLine(QPointF(x0, p.y), QPointF(x2, p.y));
        const PledgeCell &cell = m_pledgeCells.at(row.pledge);
        cell.number.draw(painter, QPointF(x0 + pad, p.y + pad));
        const bool continued = !(row.firstOfPledge && p.firstFragment);
        (continued ? cell.continued : cell.title).draw(painter, QPointF(x1 + pad, p.y + pad));
        painter->setPen(grid);
    }
    if ((p.lastFragment && row.lastOfPledge) || lastOnPage)
        painter->drawLine(QPointF(x0, bottom), QPointF(x2, bottom));
}

void TablePages::paintPage(QPainter *painter, int page) const
{
    if (page < 0 || page >= m_pages.size())
        return;
    painter->save();
    m_frame->paint(painter, page, pageCount());
    paintHeader(painter, m_frame->bodyTop(page == 0));
    const QList<Placement> &placements = m_pages.at(page);
    for (int i = 0; i < placements.size(); ++i) {
        const Placement &p = placements.at(i);
        if (p.continued || m_blocks.at(p.block).type != BlockType::Row)
            paintBand(painter, p);
        else
            paintRow(painter, p, i == placements.size() - 1);
    }
    painter->restore();
}
