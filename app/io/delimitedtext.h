#pragma once

#include "io/sheet.h"

#include <QCoreApplication>
#include <optional>

// Comma-, tab- or semicolon-separated text as spreadsheets save it (RFC 4180): a cell holding
// the delimiter, a line break or a quote is wrapped in double quotes, with quotes doubled.
// Unlike TabularText (the clipboard), it guesses the delimiter and refuses a quote left open.
class DelimitedText
{
    Q_DECLARE_TR_FUNCTIONS(DelimitedText)

public:
    static constexpr qint64 MaxCells = 5'000'000; // a file of commas must not fill the memory

    // The candidate that splits most of the first lines (then: most often); the first
    // candidate wins ties and is the answer when none appears.
    static QChar detectDelimiter(const QString &text, QStringView candidates = u"\t,;");

    // The rows of text; a blank line is an empty row. Fails, saying on which line, when a
    // quoted cell never ends or the text holds more than MaxCells cells; errors do not name
    // the file (the caller does). Progress counts characters; a cancelled parse fails too.
    static std::optional<Sheet> parse(const QString &text, QChar delimiter, QString *error,
                                      const ProgressCallback &progress = {});
};
