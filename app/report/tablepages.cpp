#include "tablepages.h"

#include <QFontMetricsF>
#include <QPaintDevice>

namespace {
using Kind = TableColumns::Kind;
using Key = ReportText::Key;
} // namespace

TablePages::TablePages(const ProgressReport &report, QPaintDevice *device, const QSizeF &page,
                       qreal preferredBodySize)
    : m_report(report), m_device(device), m_page(page),
      m_columns(report, page.width(), device->logicalDpiY() / 72.0, preferredBodySize),
      m_style(device, m_columns.bodySize())
{
    m_frame = std::make_unique<PageFrame>(report, m_style, device, page, report.subtitle);
}

TablePages::~TablePages() = default;

int TablePages::layoutSteps() const
{
    return m_report.rowCount() + 1;
}

bool TablePages::layout(const std::function<bool(int)> &step)
{
    m_blocks.clear();
    m_bands.clear();
    m_continued.clear();
    m_pledgeHeadings.clear();
    m_rows.clear();
    m_pledgeCells.clear();
    m_pages.clear();
    buildHeader();
    bool cancelled = false;
    buildBody(step, &cancelled);
    if (cancelled)
        return false;
    paginate();
    return !step || step(layoutSteps());
}

qreal TablePages::spanWidth(int first, int last) const
{
    const auto &cols = m_columns.columns();
    return cols.at(last).x + cols.at(last).width - cols.at(first).x;
}

TextBlock TablePages::cellText(qreal width, const QList<TextBlock::Paragraph> &paragraphs) const
{
    return TextBlock(paragraphs, qMax(width - 2 * m_style.padding, m_style.em()), m_device);
}

TextBlock TablePages::bandText(const QString &text) const
{
    return cellText(m_page.width(), {{text, m_style.bodyBold, m_style.ink, Qt::AlignLeft, {}}});
}

void TablePages::buildHeader()
{
    const auto lang = m_report.options.language;
    const auto &cols = m_columns.columns();
    m_columnHeadings.clear();
    m_periodHeadings.clear();
    qreal spanning = 0; // headings of columns outside the periods
    qreal sub = 0;      // headings under a period's label
    for (const TableColumns::Column &c : cols) {
        m_columnHeadings.append(cellText(c.width, {{ReportText::text(m_columns.heading(c), lang),
                                                    m_style.smallBold,
                                                    m_style.ink,
                                                    Qt::AlignHCenter,
                                                    {}}}));
        qreal &tallest = c.period < 0 ? spanning : sub;
        tallest = qMax(tallest, m_columnHeadings.constLast().height());
    }
    qreal label = 0;
    for (int p = 0; p < m_report.periods.size(); ++p) {
        const int begin = m_columns.periodBegin(p);
        const int end = m_columns.periodEnd(p);
        m_periodHeadings.append(cellText(spanWidth(begin, end - 1), {{m_report.periods.at(p).label,
                                                                      m_style.smallBold,
                                                                      m_style.ink,
                                                                      Qt::AlignHCenter,
                                                                      {}}}));
        label = qMax(label, m_periodHeadings.constLast().height());
    }
    const qreal pad = 2 * m_style.padding;
    m_periodHeadingHeight = m_periodHeadings.isEmpty() ? 0 : label + pad;
    m_headHeight = qMax(spanning + pad, m_periodHeadings.isEmpty() ? 0 : label + sub + 2 * pad);
}

void TablePages::buildBody(const std::function<bool(int)> &step, bool *cancelled)
{
    const bool column = m_report.pledgeStyle == ProgressReport::PledgeStyle::Column;
    int pledge = 0;
    int done = 0;
    for (const ProgressReport::Chapter &chapter : m_report.chapters) {
        if (!chapter.heading.isEmpty()) {
            m_bands.append(bandText(chapter.heading));
            m_blocks.append({BlockType::Chapter, int(m_bands.size()) - 1, pledge});
        }
        for (const ProgressReport::Pledge &p : chapter.pledges) {
            m_pledgeHeadings.append(p.heading());
            m_pledgeCells.append(column ? buildPledgeCell(p) : PledgeCell());
            if (!column) {
                m_bands.append(bandText(p.heading()));
                m_blocks.append({BlockType::Pledge, int(m_bands.size()) - 1, pledge});
            }
            QList<ProgressReport::Row> rows = p.rows;
            if (rows.isEmpty() && column)
                rows.append(ProgressReport::Row()); // the pledge's own line in the grid
            for (int i = 0; i < rows.size(); ++i) {
                Row row = buildRow(rows.at(i));
                row.pledge = pledge;
                row.firstOfPledge = i == 0;
                row.lastOfPledge = i == rows.size() - 1;
                m_rows.append(row);
                m_blocks.append({BlockType::Row, int(m_rows.size()) - 1, pledge});
                if (++done % 16 == 0 && step && !step(done)) {
                    *cancelled = true;
                    return;
                }
            }
            ++pledge;
        }
    }
}

TablePages::PledgeCell TablePages::buildPledgeCell(const ProgressReport::Pledge &pledge) const
{
    const auto &cols = m_columns.columns();
    const QString title = pledge.tag.isEmpty()
                              ? pledge.title
                              : QStringLiteral("【%1】%2").arg(pledge.tag, pledge.title);
    PledgeCell cell;
    cell.number = cellText(cols.at(0).width,
                           {{pledge.number, m_style.bodyBold, m_style.ink, Qt::AlignHCenter, {}}});
    cell.title = cellText(cols.at(1).width, {{title, m_style.bodyBold, m_style.ink, {}, {}}});
    cell.continued =
        cellText(cols.at(1).width, {{title, m_style.bodyBold, m_style.ink, {}, {}},
                                    {ReportText::text(Key::Continued, m_report.options.language),
                                     m_style.small,
                                     m_style.muted,
                                     {},
                                     {}}});
    return cell;
}

TablePages::Cell TablePages::goalCell(const ProgressReport::Goal &goal,
                                      const ProgressReport::FiscalYearSpan &span) const
{
    const auto lang = m_report.options.language;
    Cell cell;
    cell.first = m_columns.periodBegin(span.firstColumn);
    cell.last = m_columns.periodEnd(span.firstColumn + span.columnCount - 1) - 1;
    cell.goal = true;
    cell.fill = m_style.goalFill;
    QTextCharFormat label;
    label.setForeground(m_style.muted);
    label.setFontWeight(QFont::Bold);
    QString text = ReportText::text(Key::AnnualGoal, lang) + QStringLiteral("　");
    QList<QTextLayout::FormatRange> formats{{0, int(text.size()), label}};
    text += goal.goal;
    if (!goal.yearEnd.isEmpty()) {
        text += QStringLiteral("　");
        const QString yearEnd = ReportText::text(Key::YearEnd, lang) + QLatin1Char(' ');
        formats.append({int(text.size()), int(yearEnd.size()), label});
        text += yearEnd;
        QTextCharFormat mark;
        mark.setForeground(goal.yearEnd.color);
        mark.setFontWeight(QFont::Bold);
        formats.append({int(text.size()), int(goal.yearEnd.symbol.size()), mark});
        text += goal.yearEnd.symbol;
    }
    QList<TextBlock::Paragraph> paragraphs{{text, m_style.small, m_style.ink, {}, formats}};
    if (!goal.note.isEmpty())
        paragraphs.append({goal.note, m_style.small, m_style.muted, {}, {}});
    cell.text = cellText(spanWidth(cell.first, cell.last), paragraphs);
    return cell;
}

QList<TextBlock::Paragraph> TablePages::cellParagraphs(const TableColumns::Column &column,
                                                       const ProgressReport::Row &row,
                                                       QColor *fill) const
{
    const ReportStyle &s = m_style;
    const auto plain = [&](const QString &text) {
        return text.isEmpty() ? QList<TextBlock::Paragraph>()
                              : QList<TextBlock::Paragraph>{{text, s.body, s.ink, {}, {}}};
    };
    const ProgressReport::Cell cell = row.cells.value(column.period);
    if (column.period >= 0 && cell.notApplicable) {
        *fill = s.blankFill;
        if (column.kind != Kind::Status)
            return {};
        return {{ReportText::text(Key::NotApplicable, m_report.options.language),
                 s.small,
                 s.muted,
                 Qt::AlignHCenter,
                 {}}};
    }
    switch (column.kind) {
    case Kind::Number:
    case Kind::Pledge:
        return {};
    case Kind::Item:
        return plain(row.marker + row.title);
    case Kind::Content: {
        QList<TextBlock::Paragraph> paragraphs;
        if (!m_report.itemRows && !row.title.isEmpty())
            paragraphs.append({row.title, s.bodyBold, s.ink, {}, {}});
        return paragraphs + plain(row.content);
    }
    case Kind::TargetDate:
        return plain(row.targetDate);
    case Kind::Department:
        return plain(row.department);
    case Kind::Plan:
        return plain(cell.plan);
    case Kind::Narrative:
        return plain(cell.narrative);
    case Kind::Status: {
        if (cell.status.isEmpty())
            return {};
        QList<TextBlock::Paragraph> mark{
            {cell.status.symbol, s.symbol, cell.status.color, Qt::AlignHCenter, {}}};
        if (m_report.periods.size() == 1 && !cell.status.label.isEmpty())
            mark.append({cell.status.label, s.small, s.ink, Qt::AlignHCenter, {}});
        return mark;
    }
    case Kind::PeriodText: {
        QList<TextBlock::Paragraph> paragraphs;
        if (!cell.plan.isEmpty()) {
            const QString label =
                ReportText::text(Key::Plan, m_report.options.language) + QStringLiteral("：");
            QTextCharFormat format;
            format.setForeground(s.muted);
            format.setFontWeight(QFont::Bold);
            paragraphs.append(
                {label + cell.plan, s.body, s.ink, {}, {{0, int(label.size()), format}}});
        }
        return paragraphs + plain(cell.narrative);
    }
    }
    return {};
}

TablePages::Row TablePages::buildRow(const ProgressReport::Row &source)
{
    Row row;
    const auto &cols = m_columns.columns();
    bool anyGoal = false;
    for (const ProgressReport::Goal &g : source.goals)
        anyGoal |= !g.isEmpty();
    if (m_report.showGoals && anyGoal) {
        for (int i = 0; i < m_report.fiscalYears.size(); ++i) {
            row.cells.append(goalCell(source.goals.value(i), m_report.fiscalYears.at(i)));
            row.goalHeight =
                qMax(row.goalHeight, row.cells.constLast().text.height() + 2 * m_style.padding);
        }
    }
    for (int i = 0; i < cols.size(); ++i) {
        const TableColumns::Column &column = cols.at(i);
        if (column.kind == Kind::Number || column.kind == Kind::Pledge)
            continue;
        Cell cell;
        cell.first = cell.last = i;
        cell.top = column.period >= 0 ? row.goalHeight : 0;
        cell.text = cellText(column.width, cellParagraphs(column, source, &cell.fill));
        row.cells.append(cell);
    }
    return row;
}

qreal TablePages::pledgeCellHeight(const Row &row, bool continued) const
{
    const PledgeCell &cell = m_pledgeCells.at(row.pledge);
    return 2 * m_style.padding +
           qMax(cell.number.height(), (continued ? cell.continued : cell.title).height());
}

qreal TablePages::rowHeight(const Row &row, bool pledgeCell) const
{
    qreal height = 2 * m_style.padding + QFontMetricsF(m_style.body, m_device).height();
    for (const Cell &cell : row.cells)
        height = qMax(height, cell.top + 2 * m_style.padding + cell.text.height());
    if (pledgeCell)
        height = qMax(height, pledgeCellHeight(row, !row.firstOfPledge));
    return height;
}

TablePages::Fragment TablePages::fit(const Row &row, const QList<int> &first, qreal space,
                                     bool firstFragment, bool pledgeCell) const
{
    Fragment f;
    f.end = first;
    f.done = true;
    qreal used = rowHeight(Row(), false);
    if (pledgeCell)
        used = qMax(used, pledgeCellHeight(row, !(row.firstOfPledge && firstFragment)));
    const qreal pad = 2 * m_style.padding;
    for (int i = 0; i < row.cells.size(); ++i) {
        const Cell &cell = row.cells.at(i);
        const int lines = cell.text.lineCount();
        if (!firstFragment && cell.goal)
            continue; // drawn whole in the first fragment
        const qreal top = firstFragment ? cell.top : 0;
        const int n = cell.text.linesFitting(first.at(i), space - top - pad);
        if (cell.goal && n < lines)
            return {}; // the goal band stays whole with the row's start
        f.end[i] = first.at(i) + n;
        f.progress |= n > 0;
        f.done &= f.end.at(i) == lines;
        used = qMax(used, top + pad + cell.text.extent(first.at(i), f.end.at(i)));
    }
    f.progress |= f.done;
    f.height = f.done ? used : space;
    return f;
}

qreal TablePages::bodyTop(int page) const
{
    return m_frame->bodyTop(page == 0) + m_headHeight;
}

void TablePages::newPage()
{
    m_pages.append(QList<Placement>());
    m_y = bodyTop(int(m_pages.size()) - 1);
    m_pageFresh = true;
}

void TablePages::place(Placement placement)
{
    placement.y = m_y;
    m_y += placement.height;
    m_pages.last().append(placement);
}

// A pledge goes on over a page break: Iruma's band is repeated with "(continued)"; the
// Column style repeats NO. and 公約 in the first row instead.
void TablePages::startContinuation(int pledge)
{
    if (m_report.pledgeStyle == ProgressReport::PledgeStyle::Column)
        return;
    Placement p;
    p.block = -1 - pledge; // not a block of its own
    p.height = continuedHeight(pledge);
    p.continued = true;
    place(p);
}

bool TablePages::startsGroup(int b) const
{
    const bool band = m_blocks.at(b).type != BlockType::Row;
    const bool afterBand = b > 0 && m_blocks.at(b - 1).type != BlockType::Row;
    if (band)
        return !afterBand;
    return m_rows.at(m_blocks.at(b).index).firstOfPledge && !afterBand;
}

// Before a pledge (with its chapter band): a new page when the pledge would fit on one but not
// on what is left of this one, or when not even its bands and the start of its first row fit.
void TablePages::keepTogether(int b)
{
    const bool column = m_report.pledgeStyle == ProgressReport::PledgeStyle::Column;
    const qreal pad = 2 * m_style.padding;
    qreal bands = 0;
    int k = b;
    for (; k < m_blocks.size() && m_blocks.at(k).type != BlockType::Row; ++k)
        bands += m_bands.at(m_blocks.at(k).index).height() + pad;
    qreal group = bands;
    qreal firstRow = 0;
    int rows = 0;
    for (int r = k; r < m_blocks.size() && m_blocks.at(r).type == BlockType::Row &&
                    m_blocks.at(r).pledge == m_blocks.at(k).pledge;
         ++r, ++rows) {
        const Row &row = m_rows.at(m_blocks.at(r).index);
        const qreal h = rowHeight(row, column && row.firstOfPledge);
        group += h;
        if (r == k)
            firstRow = h <= fullPage() ? h : qMin(h, minSplit());
    }
    if (m_pageFresh)
        return;
    // A pledge of several rows may start in the lower part of a page rather than leave a
    // third of it blank; its rows still break only between rows.
    const bool muchLeft = space() > fullPage() / 3 && rows > 1;
    if (bands + firstRow > space() || (group > space() && group <= fullPage() && !muchLeft))
        newPage();
}

qreal TablePages::minSplit() const
{
    return 3 * QFontMetricsF(m_style.body, m_device).height() + 2 * m_style.padding;
}

qreal TablePages::fullPage() const
{
    return m_bottom - bodyTop(1);
}

qreal TablePages::continuedHeight(int pledge)
{
    if (m_report.pledgeStyle == ProgressReport::PledgeStyle::Column)
        return 0;
    if (!m_continued.contains(pledge)) {
        m_continued.insert(pledge,
                           bandText(m_pledgeHeadings.at(pledge) + QLatin1Char(' ') +
                                    ReportText::text(Key::Continued, m_report.options.language)));
    }
    return m_continued.value(pledge).height() + 2 * m_style.padding;
}

void TablePages::paginate()
{
    m_bottom = m_frame->bodyBottom();
    newPage();
    for (int b = 0; b < m_blocks.size(); ++b) {
        if (startsGroup(b))
            keepTogether(b);
        if (m_blocks.at(b).type == BlockType::Row) {
            placeRow(b);
            continue;
        }
        Placement p;
        p.block = b;
        p.height = m_bands.at(m_blocks.at(b).index).height() + 2 * m_style.padding;
        place(p);
        m_pageFresh = false;
    }
}

void TablePages::placeRow(int blockIndex)
{
    const bool column = m_report.pledgeStyle == ProgressReport::PledgeStyle::Column;
    const Row &row = m_rows.at(m_blocks.at(blockIndex).index);
    bool pledgeCell = column && (row.firstOfPledge || m_pageFresh);
    Placement p;
    p.block = blockIndex;
    p.pledgeCell = pledgeCell;
    p.first = QList<int>(row.cells.size(), 0);
    p.end.clear();
    for (const Cell &cell : row.cells)
        p.end.append(cell.text.lineCount());
    p.height = rowHeight(row, pledgeCell);
    if (p.height <= space()) {
        place(p);
        m_pageFresh = false;
        return;
    }
    if (!m_pageFresh) {
        const qreal onNewPage = rowHeight(row, column) + continuedHeight(row.pledge);
        if (onNewPage <= fullPage() || space() < minSplit()) {
            newPage();
            startContinuation(row.pledge);
            pledgeCell = column;
            p.pledgeCell = pledgeCell;
            p.height = rowHeight(row, pledgeCell);
            if (p.height <= space()) {
                place(p);
                m_pageFresh = false;
                return;
            }
        }
    }
    splitRow(blockIndex, pledgeCell);
}

// A row taller than the space left: as many lines of each cell as fit, the rest on the next
// pages under the pledge repeated.
void TablePages::splitRow(int blockIndex, bool pledgeCell)
{
    const bool column = m_report.pledgeStyle == ProgressReport::PledgeStyle::Column;
    const Row &row = m_rows.at(m_blocks.at(blockIndex).index);
    QList<int> first(row.cells.size(), 0);
    bool firstFragment = true;
    for (int guard = 0; guard < 10000; ++guard) {
        Fragment f = fit(row, first, space(), firstFragment, pledgeCell);
        if (!f.progress) {
            if (!m_pageFresh) {
                newPage();
                startContinuation(row.pledge);
                pledgeCell = column;
                continue;
            }
            // Not one line fits on an empty page: print one line of each cell anyway.
            f = fit(row, first, 1e12, firstFragment, pledgeCell);
            for (int i = 0; i < row.cells.size(); ++i) {
                f.end[i] = qMin(f.end.at(i), first.at(i) + 1);
                f.done &= f.end.at(i) == row.cells.at(i).text.lineCount();
            }
            f.height = space();
        }
        Placement fragment;
        fragment.block = blockIndex;
        fragment.first = first;
        fragment.end = f.end;
        fragment.height = f.height;
        fragment.firstFragment = firstFragment;
        fragment.lastFragment = f.done;
        fragment.pledgeCell = pledgeCell;
        place(fragment);
        m_pageFresh = false;
        if (f.done)
            return;
        first = f.end;
        firstFragment = false;
        newPage();
        startContinuation(row.pledge);
        pledgeCell = column;
    }
}
