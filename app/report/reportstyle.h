#pragma once

#include <QColor>
#include <QFont>

class QPaintDevice;

// Type sizes, rules and colours of a printed report, in the device's units (a PDF writer at
// 1200 dpi, a printer, a preview's screen). One place, so every page reads alike.
struct ReportStyle
{
    ReportStyle(QPaintDevice *device, qreal bodyPointSize);

    qreal unit;     // device units per point
    qreal bodySize; // points
    QFont body;
    QFont bodyBold;
    QFont small;
    QFont smallBold;
    QFont heading; // column headings, bands
    QFont title;
    QFont symbol;  // status symbols
    qreal padding; // inside a cell
    qreal rule;    // grid line width
    qreal gap;     // between page parts
    QColor ink = QColor(0x20, 0x20, 0x20);
    QColor muted = QColor(0x60, 0x60, 0x60);
    QColor grid = QColor(0x70, 0x70, 0x70);
    QColor headerFill = QColor(0xe4, 0xe7, 0xeb);
    QColor chapterFill = QColor(0xd5, 0xdf, 0xea);
    QColor pledgeFill = QColor(0xf1, 0xf3, 0xf5);
    QColor goalFill = QColor(0xfa, 0xf6, 0xe6);
    QColor blankFill = QColor(0xee, 0xee, 0xee);
    QColor noneColor = QColor(0xc8, 0xc8, 0xc8); // "no status" in charts

    qreal pt(qreal points) const { return points * unit; }
    qreal em() const { return pt(bodySize); }
};
