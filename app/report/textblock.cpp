#include "textblock.h"

#include <QPainter>
#include <QTextOption>

TextBlock::TextBlock(const QList<Paragraph> &paragraphs, qreal width, QPaintDevice *device)
{
    auto data = std::make_shared<Data>();
    data->width = width;
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setUseDesignMetrics(true);
    qreal y = 0;
    for (const Paragraph &paragraph : paragraphs) {
        QString text = paragraph.text;
        text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
        text.replace(QLatin1Char('\t'), QLatin1Char(' '));
        const QStringList parts = text.split(QLatin1Char('\n'));
        qsizetype offset = 0; // of the part in the paragraph, for its formats
        for (const QString &part : parts) {
            auto layout = std::make_unique<QTextLayout>(part, paragraph.font, device);
            option.setAlignment(paragraph.alignment);
            layout->setTextOption(option);
            QList<QTextLayout::FormatRange> formats;
            for (QTextLayout::FormatRange range : paragraph.formats) {
                range.start -= int(offset);
                if (range.start >= 0 && range.start + range.length <= part.size())
                    formats.append(range);
            }
            layout->setFormats(formats);
            layout->beginLayout();
            for (QTextLine line = layout->createLine(); line.isValid();
                 line = layout->createLine()) {
                line.setLineWidth(width);
                line.setPosition(QPointF(0, y));
                data->lines.append(
                    {int(data->layouts.size()), line.lineNumber(), y, line.height()});
                y += line.height();
            }
            layout->endLayout();
            data->layouts.push_back(std::move(layout));
            data->colors.append(paragraph.color);
            offset += part.size() + 1;
        }
    }
    m_data = std::move(data);
}

int TextBlock::lineCount() const
{
    return m_data ? int(m_data->lines.size()) : 0;
}

qreal TextBlock::width() const
{
    return m_data ? m_data->width : 0;
}

qreal TextBlock::naturalWidth() const
{
    qreal widest = 0;
    if (m_data) {
        for (const Line &line : m_data->lines)
            widest = qMax(widest,
                          m_data->layouts.at(line.layout)->lineAt(line.index).naturalTextWidth());
    }
    return qMin(widest, width());
}

qreal TextBlock::extent(int first, int end) const
{
    if (!m_data || first >= end || first < 0 || end > lineCount())
        return 0;
    const Line &last = m_data->lines.at(end - 1);
    return last.top + last.height - m_data->lines.at(first).top;
}

int TextBlock::linesFitting(int first, qreal height) const
{
    int end = first;
    while (end < lineCount() && extent(first, end + 1) <= height)
        ++end;
    return end - first;
}

void TextBlock::draw(QPainter *painter, const QPointF &topLeft, int first, int end) const
{
    if (!m_data)
        return;
    if (end < 0 || end > lineCount())
        end = lineCount();
    if (first >= end)
        return;
    const qreal shift = topLeft.y() - m_data->lines.at(first).top;
    const QPen pen = painter->pen();
    for (int i = first; i < end; ++i) {
        const Line &line = m_data->lines.at(i);
        painter->setPen(m_data->colors.at(line.layout));
        m_data->layouts.at(line.layout)
            ->lineAt(line.index)
            .draw(painter, QPointF(topLeft.x(), shift));
    }
    painter->setPen(pen);
}

TextFlow::TextFlow(const QList<TextBlock::Paragraph> &items, qreal width, qreal gap,
                   QPaintDevice *device)
{
    qreal x = 0;
    qreal y = 0;
    qreal lineHeight = 0;
    for (const TextBlock::Paragraph &item : items) {
        TextBlock text({item}, width, device);
        const qreal w = text.naturalWidth();
        if (x > 0 && x + w > width) {
            x = 0;
            y += lineHeight;
            lineHeight = 0;
        }
        m_items.append(text);
        m_positions.append(QPointF(x, y));
        x += w + gap;
        lineHeight = qMax(lineHeight, text.height());
    }
    m_height = y + lineHeight;
}

void TextFlow::draw(QPainter *painter, const QPointF &topLeft) const
{
    for (int i = 0; i < m_items.size(); ++i)
        m_items.at(i).draw(painter, topLeft + m_positions.at(i));
}
