#include "celldelegate.h"
#include "domain/reviewcomment.h"
#include "models/pledgetreemodel.h"

#include <QApplication>
#include <QPainter>
#include <QTableView>
#include <QTextLayout>
#include <QTreeView>

#include <cmath>

namespace {

// Symbols are small glyphs rather than running text, so WCAG's level for large text and
// graphics is enough; it keeps the cities' mid-tone colours (green, amber) as they are.
constexpr qreal MinimumContrast = 3.0;

// Latin, kana, kanji and status glyphs: their fallback fonts make a line taller than the UI
// font alone, and every row must have room for any of them.
const QString &lineSample()
{
    static const QString sample = QStringLiteral("Ag漢あ○☆");
    return sample;
}

QStyle *styleOf(const QStyleOptionViewItem &option)
{
    return option.widget ? option.widget->style() : QApplication::style();
}

QFont boldFont(QFont font)
{
    font.setBold(true);
    return font;
}

int horizontalMargin(const QStyleOptionViewItem &option)
{
    // As the style's own item text margin, so status text lines up with the fixed columns.
    return styleOf(option)->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, option.widget) + 1;
}

// Wide enough for any one-glyph symbol, so the text beside it starts at the same x in every row.
int slotWidth(const QFont &font, const QString &symbol)
{
    const QFontMetrics bold(boldFont(font));
    return qMax(bold.height(), bold.horizontalAdvance(symbol));
}

QPalette::ColorGroup colorGroupOf(const QStyleOptionViewItem &option)
{
    if (!(option.state & QStyle::State_Enabled))
        return QPalette::Disabled;
    return option.state & QStyle::State_Active ? QPalette::Normal : QPalette::Inactive;
}

QColor backgroundOf(const QStyleOptionViewItem &option)
{
    const QPalette::ColorGroup group = colorGroupOf(option);
    if (option.state & QStyle::State_Selected)
        return option.palette.color(group, QPalette::Highlight);
    if (option.backgroundBrush.style() != Qt::NoBrush)
        return option.backgroundBrush.color();
    return option.palette.color(group, option.features & QStyleOptionViewItem::Alternate
                                           ? QPalette::AlternateBase
                                           : QPalette::Base);
}

qreal luminance(const QColor &color)
{
    auto channel = [](qreal c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) +
           0.0722 * channel(rgb.blueF());
}

// The first line that has something on it: narratives often start with a blank line.
QString firstLine(const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            return line.trimmed();
    }
    return {};
}

// Line breaks as QTextLayout understands them, without the trailing ones that would only add
// empty lines.
QString wrappableText(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    while (!text.isEmpty() && text.back().isSpace())
        text.chop(1);
    return text.replace(QLatin1Char('\n'), QChar::LineSeparator);
}

// Plain text only: a narrative that happens to contain "<b>" is shown as typed.
qreal layoutWrapped(QTextLayout &layout, int width)
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    qreal y = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(qMax(width, 1));
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    return y;
}

int cellWidthOf(const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (option.rect.width() > 0)
        return option.rect.width();
    if (const auto *tree = qobject_cast<const QTreeView *>(option.widget))
        return tree->columnWidth(index.column());
    if (const auto *table = qobject_cast<const QTableView *>(option.widget))
        return table->columnWidth(index.column());
    return 20 * option.fontMetrics.height();
}

// Review comments show as a small triangle in the cell's top right corner, as a spreadsheet
// shows a note: amber for comments, green when the latest mark says the cell looks right, red
// when it needs revision. The mark's glyph stands beside it, so the colour is not all it says.
struct ReviewMarker
{
    int count = 0;
    ReviewComment::Mark mark = ReviewComment::Mark::None;
};

ReviewMarker reviewMarkerOf(const QModelIndex &index)
{
    return {index.data(PledgeTreeModel::CommentCountRole).toInt(),
            ReviewComment::Mark(index.data(PledgeTreeModel::ReviewMarkRole).toInt())};
}

QColor markerColor(ReviewComment::Mark mark)
{
    switch (mark) {
    case ReviewComment::Mark::LooksRight:
        return QColor(0x2c, 0xa0, 0x2c);
    case ReviewComment::Mark::NeedsRevision:
        return QColor(0xd6, 0x27, 0x28);
    case ReviewComment::Mark::None:
        break;
    }
    return QColor(0xe6, 0x9f, 0x00);
}

QString markGlyph(ReviewComment::Mark mark)
{
    return mark == ReviewComment::Mark::LooksRight      ? QStringLiteral("✓")
           : mark == ReviewComment::Mark::NeedsRevision ? QStringLiteral("!")
                                                        : QString();
}

int triangleSize(const QFont &font)
{
    return qMax(5, QFontMetrics(font).height() / 3);
}

// The width the marker takes from the right of the cell's text: the glyph, when there is one.
int markerWidth(const QStyleOptionViewItem &option, const ReviewMarker &marker)
{
    const QString glyph = markGlyph(marker.mark);
    if (glyph.isEmpty())
        return 0;
    return QFontMetrics(boldFont(option.font)).horizontalAdvance(glyph) + triangleSize(option.font);
}

} // namespace

CellDelegate::CellDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

void CellDelegate::setDensity(Density density)
{
    if (m_density == density)
        return;
    m_density = density;
    emit sizeHintChanged(QModelIndex());
}

void CellDelegate::setShowPlan(bool showPlan)
{
    if (m_showPlan == showPlan)
        return;
    m_showPlan = showPlan;
    emit sizeHintChanged(QModelIndex());
}

CellDelegate::Content CellDelegate::contentOf(const QModelIndex &index) const
{
    return {index.data(PledgeTreeModel::StatusSymbolRole).toString(),
            index.data(PledgeTreeModel::StatusColorRole).value<QColor>(),
            index.data(m_showPlan ? PledgeTreeModel::PlanTextRole : PledgeTreeModel::NarrativeRole)
                .toString()};
}

void CellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // The style draws background, selection and focus as for any cell; the content is ours.
    // Without text of its own the style would highlight only an empty text rectangle.
    opt.showDecorationSelected = true;
    opt.text.clear();
    opt.icon = QIcon();
    opt.features &= ~(QStyleOptionViewItem::HasDisplay | QStyleOptionViewItem::HasDecoration |
                      QStyleOptionViewItem::HasCheckIndicator);
    styleOf(opt)->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const ReviewMarker marker = reviewMarkerOf(index);
    if (marker.count > 0)
        paintReviewMarker(painter, opt, marker.mark);
    const Content content = contentOf(index);
    const bool showText = m_density != Density::StatusOnly && !content.text.trimmed().isEmpty();
    if (content.symbol.isEmpty() && !showText)
        return;
    Geometry geometry = geometryOf(opt, content.symbol);
    if (marker.count > 0)
        geometry.text.setRight(geometry.text.right() - markerWidth(opt, marker));
    const QColor textColor = opt.palette.color(colorGroupOf(opt), opt.state & QStyle::State_Selected
                                                                      ? QPalette::HighlightedText
                                                                      : QPalette::Text);
    painter->save();
    painter->setClipRect(opt.rect);
    if (!content.symbol.isEmpty()) {
        painter->setFont(boldFont(opt.font));
        painter->setPen(
            readableColor(content.color.isValid() ? content.color : textColor, backgroundOf(opt)));
        painter->drawText(geometry.symbol, Qt::AlignCenter | Qt::TextSingleLine, content.symbol);
    }
    if (showText) {
        painter->setFont(opt.font);
        painter->setPen(textColor);
        paintText(painter, opt, geometry.text, content.text);
    }
    painter->restore();
}

void CellDelegate::paintReviewMarker(QPainter *painter, const QStyleOptionViewItem &option,
                                     ReviewComment::Mark mark) const
{
    const QRect r = option.rect;
    const int size = triangleSize(option.font);
    const QColor color = readableColor(markerColor(mark), backgroundOf(option));
    painter->save();
    painter->setClipRect(r);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    const QPointF corner(r.right() + 1, r.top());
    painter->drawPolygon(QPolygonF(
        {corner, QPointF(corner.x() - size, corner.y()), QPointF(corner.x(), corner.y() + size)}));
    const QString glyph = markGlyph(mark);
    if (!glyph.isEmpty() && m_density != Density::StatusOnly) {
        painter->setFont(boldFont(option.font));
        painter->setPen(color);
        // Beside the first line, as the status symbol is in a tall wrapped cell.
        const QRect glyphRect(r.left(), r.top(), r.width() - size,
                              qMin(r.height(), oneLineHeight(option)));
        painter->drawText(glyphRect, Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine, glyph);
    }
    painter->restore();
}

void CellDelegate::paintText(QPainter *painter, const QStyleOptionViewItem &option,
                             const QRect &rect, const QString &text) const
{
    if (m_density == Density::FullText) {
        QTextLayout layout(wrappableText(text), option.font);
        layoutWrapped(layout, rect.width());
        layout.draw(painter, rect.topLeft());
        return;
    }
    const QString line =
        QFontMetrics(option.font).elidedText(firstLine(text), Qt::ElideRight, rect.width());
    painter->drawText(rect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, line);
}

CellDelegate::Geometry CellDelegate::geometryOf(const QStyleOptionViewItem &option,
                                                const QString &symbol) const
{
    const int margin = horizontalMargin(option);
    const QRect area = option.rect.adjusted(margin, 0, -margin, 0);
    if (m_density == Density::StatusOnly)
        return {area, QRect()};
    const int slot = slotWidth(option.font, symbol);
    QRect symbolRect(area.left(), area.top(), slot, area.height());
    // A tall wrapped cell keeps its symbol beside the first line.
    if (m_density == Density::FullText)
        symbolRect.setHeight(qMin(area.height(), oneLineHeight(option)));
    return {symbolRect, area.adjusted(slot + margin, 0, 0, 0)};
}

int CellDelegate::oneLineHeight(const QStyleOptionViewItem &option) const
{
    QStyleOptionViewItem sample = option;
    sample.text = lineSample();
    sample.icon = QIcon();
    sample.features = QStyleOptionViewItem::HasDisplay;
    sample.rect = QRect();
    const QStyle *style = styleOf(option);
    const int plain =
        style->sizeFromContents(QStyle::CT_ItemViewItem, &sample, {}, option.widget).height();
    sample.font = boldFont(option.font);
    sample.fontMetrics = QFontMetrics(sample.font);
    return qMax(
        plain,
        style->sizeFromContents(QStyle::CT_ItemViewItem, &sample, {}, option.widget).height());
}

int CellDelegate::wrapWidth(const QStyleOptionViewItem &option, const QModelIndex &index,
                            const QString &symbol) const
{
    const int margin = horizontalMargin(option);
    return cellWidthOf(option, index) - 3 * margin - slotWidth(option.font, symbol);
}

QSize CellDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const Content content = contentOf(index);
    const int margin = horizontalMargin(opt);
    const int slot = slotWidth(opt.font, content.symbol);
    const int lineHeight = oneLineHeight(opt);
    if (m_density == Density::StatusOnly)
        return {slot + 2 * margin, lineHeight};

    // Wide enough for a short first line; long narratives are for FullText or the tooltip.
    const QFontMetrics metrics(opt.font);
    const int textWidth =
        qMin(metrics.horizontalAdvance(firstLine(content.text)), 24 * metrics.height());
    const QSize oneLine(slot + 3 * margin + textWidth, lineHeight);
    if (m_density == Density::OneLine || content.text.trimmed().isEmpty())
        return oneLine;

    QTextLayout layout(wrappableText(content.text), opt.font);
    const qreal textHeight = layoutWrapped(layout, wrapWidth(opt, index, content.symbol));
    return {oneLine.width(), qMax(lineHeight, qCeil(textHeight))};
}

qreal CellDelegate::contrastRatio(const QColor &a, const QColor &b)
{
    const qreal la = luminance(a);
    const qreal lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QColor CellDelegate::readableColor(const QColor &color, const QColor &background)
{
    if (!color.isValid() || !background.isValid() ||
        contrastRatio(color, background) >= MinimumContrast)
        return color;
    // Towards black on a light background, towards white on a dark one (0.18 is the luminance
    // with equal contrast to both), keeping hue and saturation so the level stays recognisable.
    const bool darken = luminance(background) > 0.18;
    const QColor hsl = color.toHsl();
    const float hue = qMax(0.0f, hsl.hslHueF());
    QColor candidate = color;
    for (int step = 1; step <= 50; ++step) {
        const float lightness =
            qBound(0.0f, hsl.lightnessF() + (darken ? -0.02f : 0.02f) * float(step), 1.0f);
        candidate = QColor::fromHslF(hue, hsl.hslSaturationF(), lightness, hsl.alphaF()).toRgb();
        if (contrastRatio(candidate, background) >= MinimumContrast || lightness <= 0.0f ||
            lightness >= 1.0f)
            break;
    }
    return candidate;
}
