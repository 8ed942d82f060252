#pragma once

#include "domain/reviewcomment.h"

#include <QStyledItemDelegate>

// Paints a period cell of the pledge table: the status symbol, bold in its level's colour, in a
// slot of fixed width, and beside it the narrative or the plan; a corner marker when reviewers
// commented on it. Everything comes from the model's roles, so it works the same over a proxy
// and never touches the document.
class CellDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum class Density
    {
        StatusOnly, // just the symbol, centred
        OneLine,    // symbol and the first line of the text, elided
        FullText    // symbol and the whole text, wrapped; the row grows to fit
    };
    Q_ENUM(Density)

    explicit CellDelegate(QObject *parent = nullptr);

    Density density() const { return m_density; }
    void setDensity(Density density);
    // The plan (計画) instead of the narrative (状況) beside the symbol.
    bool showPlan() const { return m_showPlan; }
    void setShowPlan(bool showPlan);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    // In FullText the height is that of the text wrapped at the cell's width: option.rect's
    // width when it has one, else the column width of the view in option.widget.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The colour to draw a level's symbol in on a background: the level's own colour, or, when
    // the two are too close to read (e.g. a dark blue on a dark palette), the same hue with its
    // lightness moved away from the background's.
    static QColor readableColor(const QColor &color, const QColor &background);
    // WCAG contrast ratio, 1 (same luminance) to 21 (black on white).
    static qreal contrastRatio(const QColor &a, const QColor &b);

private:
    struct Content
    {
        QString symbol;
        QColor color;
        QString text;
    };
    struct Geometry
    {
        QRect symbol;
        QRect text;
    };

    Content contentOf(const QModelIndex &index) const;
    Geometry geometryOf(const QStyleOptionViewItem &option, const QString &symbol) const;
    int oneLineHeight(const QStyleOptionViewItem &option) const;
    int wrapWidth(const QStyleOptionViewItem &option, const QModelIndex &index,
                  const QString &symbol) const;
    void paintReviewMarker(QPainter *painter, const QStyleOptionViewItem &option,
                           ReviewComment::Mark mark) const;
    void paintText(QPainter *painter, const QStyleOptionViewItem &option, const QRect &rect,
                   const QString &text) const;

    Density m_density = Density::OneLine;
    bool m_showPlan = false;
};
