#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QString>
#include <QTextLayout>

#include <memory>

class QPaintDevice;
class QPainter;

// A cell's text laid out once at a width, as lines that can be drawn in slices, so a row taller
// than a page continues on the next one between two lines. Text is plain: it goes to
// QTextLayout as characters, never through a markup parser, so "<b>" prints as "<b>".
// Cheap to copy (the layouts are shared).
class TextBlock
{
public:
    struct Paragraph
    {
        QString text;
        QFont font;
        QColor color;
        Qt::Alignment alignment = Qt::AlignLeft;
        QList<QTextLayout::FormatRange> formats; // e.g. a coloured symbol inside a line
    };

    TextBlock() = default;
    // Each paragraph starts a new line; a '\n' inside a text does too.
    TextBlock(const QList<Paragraph> &paragraphs, qreal width, QPaintDevice *device);

    bool isEmpty() const { return lineCount() == 0; }
    int lineCount() const;
    qreal width() const;
    // The widest line's own width, at most width().
    qreal naturalWidth() const;
    qreal height() const { return extent(0, lineCount()); }
    // The height lines [first, end) take.
    qreal extent(int first, int end) const;
    // How many lines from first fit into the height.
    int linesFitting(int first, qreal height) const;
    // Draws lines [first, end) (end -1: to the last) with line first's top at topLeft.
    void draw(QPainter *painter, const QPointF &topLeft, int first = 0, int end = -1) const;

private:
    friend class TextFlow;
    struct Line
    {
        int layout;
        int index;
        qreal top; // from the block's top
        qreal height;
    };
    struct Data
    {
        std::vector<std::unique_ptr<QTextLayout>> layouts;
        QList<QColor> colors; // per layout
        QList<Line> lines;
        qreal width = 0;
    };
    std::shared_ptr<const Data> m_data;
};

// Short texts set side by side and wrapped as wholes, like words: a legend's entries, so
// "D 未着手：取組に未着手のもの" never breaks inside.
class TextFlow
{
public:
    TextFlow() = default;
    TextFlow(const QList<TextBlock::Paragraph> &items, qreal width, qreal gap,
             QPaintDevice *device);

    bool isEmpty() const { return m_items.isEmpty(); }
    qreal height() const { return m_height; }
    void draw(QPainter *painter, const QPointF &topLeft) const;

private:
    QList<TextBlock> m_items;
    QList<QPointF> m_positions;
    qreal m_height = 0;
};
