#pragma once

#include <QColor>
#include <QList>
#include <QString>

// One step of a status scale, e.g. "☆ 実施済み" or "B 実施中". Cities define their own scales,
// so a level is data, never an enum.
struct StatusLevel
{
    qint64 id = 0;
    QString code;        // what a user types to pick it: "A", "☆"
    QString symbol;      // what is drawn in a cell: "A", "☆"
    QString label;       // short label: "完了"
    QString description; // what the level means, printed in report legends
    QColor color;
    bool achieved = false; // counts as "done" in the achievement share

    bool operator==(const StatusLevel &o) const;
    // The label to show: the city's own words, or for the presets' Japanese labels an English
    // one when the UI is not Japanese.
    QString displayLabel(bool japanese) const;
};

// An ordered list of levels, best first as the cities print them.
struct StatusScale
{
    qint64 id = 0;
    QString name;
    QList<StatusLevel> levels;

    const StatusLevel *levelById(qint64 levelId) const;
    // Finds the level a user or an import means by a code or symbol, tolerating the glyph
    // variants cities print (〇 ◯ for ○, ☓ for ×, full-width letters).
    const StatusLevel *levelByCode(const QString &codeOrSymbol) const;
    bool operator==(const StatusScale &o) const;

    enum class Preset
    {
        AtoD,
        StarCircleTriangleCross,
        DoubleCircleCircleDash,
        RedAmberGreen
    };
    static StatusScale preset(Preset which);
    static QList<Preset> presets();
    static QString normalizedSymbol(const QString &text);
};
