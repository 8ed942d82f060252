#include "summarypages.h"

#include "reporttext.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>

namespace {
using Key = ReportText::Key;

QColor textOn(const QColor &fill)
{
    return fill.lightnessF() < 0.55 ? Qt::white : QColor(0x20, 0x20, 0x20);
}
} // namespace

SummaryPages::SummaryPages(const ProgressReport &report, QPaintDevice *device, const QSizeF &page,
                           qreal bodySize)
    : m_report(report), m_device(device), m_page(page), m_style(device, bodySize)
{
    m_frame =
        std::make_unique<PageFrame>(report, m_style, device, page,
                                    (ReportText::text(Key::SummaryTitle, report.options.language) +
                                     QStringLiteral("  ") + report.subtitle)
                                        .trimmed());
}

SummaryPages::~SummaryPages() = default;

bool SummaryPages::layout(const std::function<bool(int)> &step)
{
    const auto lang = m_report.options.language;
    const ProgressReport::Summary &s = m_report.summary;
    m_items.clear();
    m_headings.clear();
    m_continuedHeadings.clear();
    m_pages.clear();
    addHeading(ReportText::text(Key::StatusCounts, lang));
    addCountsTable();
    if (step && !step(1))
        return false;
    if (!s.periods.isEmpty()) {
        addHeading(ReportText::text(Key::ByPeriod, lang));
        addKey();
        addBars(s.periods);
    }
    if (step && !step(2))
        return false;
    if (!s.byChapter.isEmpty()) {
        addHeading(ReportText::text(Key::ByChapter, lang).arg(s.breakdownPeriodLabel));
        addBars(s.byChapter);
    }
    if (!s.byDepartment.isEmpty()) {
        addHeading(ReportText::text(Key::ByDepartment, lang).arg(s.breakdownPeriodLabel));
        addBars(s.byDepartment);
    }
    if (step && !step(3))
        return false;
    paginate();
    return !step || step(4);
}

void SummaryPages::addHeading(const QString &text)
{
    const QString continued =
        text + QLatin1Char(' ') + ReportText::text(Key::Continued, m_report.options.language);
    m_headings.append(
        TextBlock({{text, m_style.bodyBold, m_style.ink, {}, {}}}, m_page.width(), m_device));
    m_continuedHeadings.append(
        TextBlock({{continued, m_style.bodyBold, m_style.ink, {}, {}}}, m_page.width(), m_device));
    const int section = int(m_headings.size()) - 1;
    Item item;
    item.height = m_headings.last().height() + 2 * m_style.gap;
    item.keepWithNext = true;
    item.heading = true;
    item.section = section;
    item.paint = [this, section](QPainter *painter, qreal y) {
        m_headings.at(section).draw(painter, QPointF(0, y + 1.5 * m_style.gap));
    };
    m_items.append(item);
}

// 評価 | period… : one row per level, then no status and the total, as Iruma closes its sheet.
void SummaryPages::addCountsTable()
{
    const auto lang = m_report.options.language;
    const ProgressReport::Summary &s = m_report.summary;
    const int columns = qMax(1, int(s.periods.size()));
    m_labelWidth = qMin(m_page.width() * 0.35, m_style.em() * 16);
    m_columnWidth = qMin((m_page.width() - m_labelWidth) / columns, m_style.em() * 9);

    QStringList labels;
    for (const ProgressReport::Counts &c : s.periods)
        labels << c.label;
    addTableRow({ReportText::text(Key::Status, lang), m_style.smallBold, m_style.ink, {}, {}},
                labels, true);
    for (int l = 0; l < m_report.legend.size(); ++l) {
        const ProgressReport::LegendEntry &e = m_report.legend.at(l);
        QTextCharFormat symbol;
        symbol.setForeground(e.color);
        symbol.setFontWeight(QFont::Bold);
        QStringList counts;
        for (const ProgressReport::Counts &c : s.periods)
            counts << QString::number(c.counts.perLevel.value(l));
        addTableRow({e.symbol + QLatin1Char(' ') + e.label,
                     m_style.body,
                     m_style.ink,
                     {},
                     {{0, int(e.symbol.size()), symbol}}},
                    counts);
    }
    QStringList none;
    QStringList total;
    for (const ProgressReport::Counts &c : s.periods) {
        none << QString::number(c.counts.none);
        total << QString::number(c.counts.total());
    }
    addTableRow({ReportText::text(Key::NoStatus, lang), m_style.body, m_style.ink, {}, {}}, none);
    addTableRow({ReportText::text(Key::Total, lang), m_style.bodyBold, m_style.ink, {}, {}}, total);
    m_items.last().keepWithNext = false; // the table stays whole
}

void SummaryPages::addTableRow(const TextBlock::Paragraph &label, const QStringList &cells,
                               bool header)
{
    const qreal pad = m_style.padding;
    const TextBlock labelText({label}, m_labelWidth - 2 * pad, m_device);
    QList<TextBlock> cellTexts;
    qreal height = labelText.height();
    for (const QString &cell : cells) {
        cellTexts.append(TextBlock({{cell,
                                     header ? m_style.smallBold : m_style.body,
                                     m_style.ink,
                                     header ? Qt::AlignHCenter : Qt::AlignRight,
                                     {}}},
                                   m_columnWidth - 2 * pad, m_device));
        height = qMax(height, cellTexts.last().height());
    }
    Item item;
    item.height = height + 2 * pad;
    item.keepWithNext = true;
    item.section = int(m_headings.size()) - 1;
    item.paint = [this, labelText, cellTexts, header, height = item.height](QPainter *painter,
                                                                            qreal y) {
        const qreal width = m_labelWidth + m_columnWidth * cellTexts.size();
        if (header)
            painter->fillRect(QRectF(0, y, width, height), m_style.headerFill);
        painter->setPen(QPen(m_style.grid, m_style.rule));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(QRectF(0, y, m_labelWidth, height));
        labelText.draw(painter, QPointF(m_style.padding, y + m_style.padding));
        for (int c = 0; c < cellTexts.size(); ++c) {
            const QRectF rect(m_labelWidth + c * m_columnWidth, y, m_columnWidth, height);
            painter->setPen(QPen(m_style.grid, m_style.rule));
            painter->drawRect(rect);
            cellTexts.at(c).draw(painter,
                                 rect.topLeft() + QPointF(m_style.padding, m_style.padding));
        }
    };
    m_items.append(item);
}

// ■ A 完了  ■ B 実施中 … ■ 未評価: the colours of the bars.
void SummaryPages::addKey()
{
    QList<TextBlock::Paragraph> entries;
    auto add = [&](const QString &label, const QColor &color) {
        QTextCharFormat swatch;
        swatch.setForeground(color);
        entries.append(
            {QStringLiteral("■ ") + label, m_style.small, m_style.ink, {}, {{0, 1, swatch}}});
    };
    for (const ProgressReport::LegendEntry &e : m_report.legend)
        add(e.symbol + QLatin1Char(' ') + e.label, e.color);
    add(ReportText::text(Key::NoStatus, m_report.options.language), m_style.noneColor);
    const TextFlow key(entries, m_page.width(), 1.5 * m_style.em(), m_device);
    Item item;
    item.height = key.height() + m_style.gap;
    item.keepWithNext = true;
    item.section = int(m_headings.size()) - 1;
    item.paint = [key](QPainter *painter, qreal y) { key.draw(painter, QPointF(0, y)); };
    m_items.append(item);
}

// One stacked bar per group, its label on the left and its total on the right; bars share one
// scale so sizes compare.
void SummaryPages::addBars(const QList<ProgressReport::Counts> &groups)
{
    int scale = 1;
    for (const ProgressReport::Counts &g : groups)
        scale = qMax(scale, g.counts.total());
    const qreal labelWidth = qMin(m_page.width() * 0.3, m_style.em() * 16);
    const qreal totalWidth = m_style.em() * 4;
    const qreal barHeight = QFontMetricsF(m_style.small, m_device).height() * 1.35;
    const int section = int(m_headings.size()) - 1;
    for (const ProgressReport::Counts &g : groups) {
        const TextBlock label({{g.label, m_style.small, m_style.ink, {}, {}}},
                              labelWidth - m_style.padding, m_device);
        const TextBlock total(
            {{ReportText::text(Key::Rows, m_report.options.language).arg(g.counts.total()),
              m_style.small,
              m_style.ink,
              Qt::AlignRight,
              {}}},
            totalWidth - m_style.padding, m_device);
        Item item;
        item.height = qMax(label.height(), barHeight) + m_style.padding * 2;
        item.section = section;
        item.paint = [this, label, total, counts = g.counts, scale, labelWidth, totalWidth,
                      barHeight, height = item.height](QPainter *painter, qreal y) {
            label.draw(painter, QPointF(0, y + (height - label.height()) / 2));
            const qreal width = m_page.width() - labelWidth - totalWidth;
            const QRectF bar(labelWidth, y + (height - barHeight) / 2, width, barHeight);
            paintBar(painter, bar, counts, scale);
            total.draw(painter, QPointF(m_page.width() - totalWidth + m_style.padding,
                                        y + (height - total.height()) / 2));
        };
        m_items.append(item);
    }
}

void SummaryPages::paintBar(QPainter *painter, const QRectF &rect, const StatusCounts &counts,
                            int scaleTotal) const
{
    QList<QPair<int, QColor>> segments;
    for (int l = 0; l < counts.perLevel.size(); ++l)
        segments.append({counts.perLevel.at(l), m_report.legend.value(l).color});
    segments.append({counts.none, m_style.noneColor});
    qreal x = rect.left();
    painter->setFont(m_style.small);
    for (const auto &[count, color] : segments) {
        if (count == 0)
            continue;
        const qreal w = rect.width() * count / scaleTotal;
        const QRectF segment(x, rect.top(), w, rect.height());
        painter->fillRect(segment, color);
        const QString number = QString::number(count);
        if (QFontMetricsF(m_style.small, m_device).horizontalAdvance(number) + m_style.padding <
            w) {
            painter->setPen(textOn(color));
            painter->drawText(segment, Qt::AlignCenter, number);
        }
        x += w;
    }
    painter->setPen(QPen(m_style.grid, m_style.rule));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(QRectF(rect.left(), rect.top(), x - rect.left(), rect.height()));
}

void SummaryPages::paginate()
{
    const qreal bottom = m_frame->bodyBottom();
    m_pages.append(QList<Placed>());
    qreal y = m_frame->bodyTop(true);
    for (int i = 0; i < m_items.size(); ++i) {
        // The item and those it keeps with must fit, unless they could not fit on any page.
        qreal need = 0;
        int k = i;
        while (k < m_items.size()) {
            need += m_items.at(k).height;
            if (!m_items.at(k).keepWithNext)
                break;
            ++k;
        }
        const bool onlyItemOnPage = m_pages.last().isEmpty();
        if (y + need > bottom && !onlyItemOnPage) {
            const bool cappedGroup = need > bottom - m_frame->bodyTop(false);
            if (!cappedGroup || y + m_items.at(i).height > bottom) {
                m_pages.append(QList<Placed>());
                y = m_frame->bodyTop(false);
                const int section = m_items.at(i).section;
                if (section >= 0 && !m_items.at(i).heading) {
                    m_pages.last().append(Placed{section, y, true});
                    y += m_continuedHeadings.at(section).height() + 2 * m_style.gap;
                }
            }
        }
        m_pages.last().append(Placed{i, y, false});
        y += m_items.at(i).height;
    }
}

void SummaryPages::paintPage(QPainter *painter, int page) const
{
    if (page < 0 || page >= m_pages.size())
        return;
    painter->save();
    m_frame->paint(painter, page, pageCount());
    for (const Placed &p : m_pages.at(page)) {
        if (p.continuedHeading)
            m_continuedHeadings.at(p.item).draw(painter, QPointF(0, p.y + 1.5 * m_style.gap));
        else
            m_items.at(p.item).paint(painter, p.y);
    }
    painter->restore();
}
