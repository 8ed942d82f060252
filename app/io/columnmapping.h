#pragma once

#include "domain/statusscale.h"
#include "io/sheet.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

// How a sheet's columns become a plan: which column holds which field, where the header is,
// how periods are laid out, and which status words mean which level. The import wizard
// builds one, the command line reads one from a file (docs/import-mapping.md).
struct ColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(ColumnMapping)

public:
    // Wide: one line per plan row, a plan/status/narrative column group per period.
    // Long: one line per plan row × period, with a period column (our own CSV export).
    enum class Layout
    {
        Wide,
        Long
    };

    enum class Field
    {
        ChapterNumber,
        ChapterTitle, // "第1章 デジタル未来都市" here also gives the number
        PledgeNumber,
        PledgeTag,
        PledgeTitle, // "1:【デジタル】 title" here also gives the number and tag
        RowId,       // only groups a Long sheet's lines into rows
        RowKind,
        RowMarker,
        RowTitle, // "①title" here also gives the marker
        Content,
        Department,
        TargetDate,
        Period, // Long layout only, like the three below
        Plan,
        Status,
        Narrative
    };

    // A Wide sheet's columns for one period; -1 where the sheet has no such column.
    struct PeriodColumns
    {
        QString period; // a label PeriodLabels reads, or one of the plan's own labels
        int plan = -1;
        int status = -1;
        int narrative = -1;
        bool operator==(const PeriodColumns &o) const;
    };

    int sheetIndex = 0;
    int headerRow = 0; // index into Sheet::rows; -1 when the sheet has no header line
    QString encoding;  // empty: detect
    Layout layout = Layout::Wide;
    QMap<Field, int> columns; // 0-based sheet columns
    QList<PeriodColumns> periodColumns;
    QMap<QString, QString> statusWords; // the sheet's text -> a level code of the scale
    StatusScale::Preset scalePreset = StatusScale::Preset::AtoD; // for a new plan
    bool createPeriods = false; // a new plan takes the sheet's periods; else they must exist

    int column(Field field) const { return columns.value(field, -1); }
    void setColumn(Field field, int column); // -1 removes it
    bool operator==(const ColumnMapping &o) const;

    QByteArray toJson() const;
    // Errors name the key: "columns.pledge_title: "7" is not a column letter (A, B, … AA)".
    static std::optional<ColumnMapping> fromJson(const QByteArray &json, QString *error);

    // Recognises Japanese and English headers and our own CSV export's column names.
    static ColumnMapping guess(const Sheet &sheet, int headerRow);
    static int guessHeaderRow(const Sheet &sheet);
    // Levels for the words that neither a level's code nor its label names, from the words
    // cities commonly use (完了 for the best level, 未着手 for the last …).
    static QMap<QString, QString> guessStatusWords(const QStringList &words,
                                                   const StatusScale &scale);

    static QList<Field> fields();
    static QString fieldKey(Field field);                // "pledge_title", as in the mapping file
    static QString fieldName(Field field);               // translated, for the wizard
    static QString columnLetter(int column);             // 0 -> "A", 26 -> "AA"
    static int columnFromLetter(const QString &letters); // -1 when not letters
    static QString presetKey(StatusScale::Preset preset);
};
