#include "pageframe.h"

#include "progressreport.h"
#include "reporttext.h"

#include <QPainter>

PageFrame::PageFrame(const ProgressReport &report, const ReportStyle &style, QPaintDevice *device,
                     const QSizeF &page, const QString &subtitle)
    : m_style(style), m_page(page), m_asOf(report.asOf)
{
    const auto lang = report.options.language;
    // The organisation and as-of date at the right take what they need; the title the rest.
    QList<TextBlock::Paragraph> side;
    for (const QString &text : {report.organisation, report.asOf}) {
        if (!text.isEmpty())
            side.append({text, style.body, style.ink, Qt::AlignRight, {}});
    }
    m_side = TextBlock(side, page.width() * 0.3, device);
    m_side = TextBlock(side, m_side.naturalWidth() + 1, device);
    QList<TextBlock::Paragraph> title{{report.title, style.title, style.ink, Qt::AlignLeft, {}}};
    if (!subtitle.isEmpty())
        title.append({subtitle, style.bodyBold, style.ink, Qt::AlignLeft, {}});
    m_title = TextBlock(title, page.width() - m_side.width() - 2 * style.em(), device);
    m_headerHeight = qMax(m_title.height(), m_side.height()) + style.gap;

    // 凡例  A 完了：取組が完了したもの   B …, each symbol in its level's colour.
    QList<TextBlock::Paragraph> legend{
        {ReportText::text(ReportText::Key::Legend, lang), style.body, style.ink, {}, {}}};
    for (const ProgressReport::LegendEntry &e : report.legend) {
        QTextCharFormat symbol;
        symbol.setForeground(e.color);
        symbol.setFontWeight(QFont::Bold);
        // "A 完了：取組が完了したもの", but "☆ 実施済み、目標達成" where the description
        // already starts with the label.
        QString entry = e.symbol + QLatin1Char(' ');
        if (e.description.startsWith(e.label))
            entry += e.description;
        else if (e.description.isEmpty())
            entry += e.label;
        else
            entry += e.label +
                     (lang == ReportOptions::Language::Japanese ? QStringLiteral("：")
                                                                : QStringLiteral(": ")) +
                     e.description;
        legend.append({entry, style.body, style.ink, {}, {{0, int(e.symbol.size()), symbol}}});
    }
    if (!report.legend.isEmpty())
        m_legend = TextFlow(legend, page.width(), 2 * style.em(), device);
    m_footerHeight = QFontMetricsF(style.small, device).height() + style.gap;
}

qreal PageFrame::bodyTop(bool firstPage) const
{
    qreal top = m_headerHeight + m_style.gap;
    if (firstPage && !m_legend.isEmpty())
        top += m_legend.height() + m_style.gap;
    return top;
}

qreal PageFrame::bodyBottom() const
{
    return m_page.height() - m_footerHeight;
}

void PageFrame::paint(QPainter *painter, int page, int pageCount) const
{
    m_title.draw(painter, QPointF(0, 0));
    m_side.draw(painter, QPointF(m_page.width() - m_side.width(), 0));
    painter->setPen(QPen(m_style.ink, m_style.pt(0.8)));
    const qreal rule = m_headerHeight - m_style.gap / 2;
    painter->drawLine(QPointF(0, rule), QPointF(m_page.width(), rule));
    if (page == 0 && !m_legend.isEmpty())
        m_legend.draw(painter, QPointF(0, m_headerHeight + m_style.gap / 2));

    const qreal top = m_page.height() - m_footerHeight + m_style.gap / 2;
    painter->setPen(QPen(m_style.grid, m_style.rule));
    painter->drawLine(QPointF(0, top), QPointF(m_page.width(), top));
    painter->setFont(m_style.small);
    painter->setPen(m_style.muted);
    const QRectF footer(0, top, m_page.width(), m_page.height() - top);
    painter->drawText(footer, Qt::AlignLeft | Qt::AlignBottom, m_asOf);
    painter->drawText(footer, Qt::AlignRight | Qt::AlignBottom,
                      QStringLiteral("%1 / %2").arg(page + 1).arg(pageCount));
}
