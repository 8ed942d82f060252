#pragma once

#include "io/sheet.h"

#include <QCoreApplication>
#include <optional>

// The one way the import wizard and the command line read a spreadsheet: a CSV or TSV file in
// any of the encodings TextDecoding knows, an XLSX workbook, or text pasted from a spreadsheet.
// Every error names the file.
class SheetFile
{
    Q_DECLARE_TR_FUNCTIONS(SheetFile)

public:
    enum class Format
    {
        Auto,
        Csv,
        Tsv,
        Xlsx
    };

    static constexpr qint64 MaxTextSize = 200 * 1024 * 1024; // bytes of a CSV or TSV file

    // XLSX by the zip signature at the start of the file, else CSV or TSV by the file name's
    // extension; Auto when neither tells (text whose delimiter will be guessed).
    static Format detectFormat(const QString &path);

    // The sheets to choose from: an XLSX workbook's, or the one a text file is (its base name).
    static QStringList sheetNames(const QString &path, Format format, QString *error);

    // Reads one sheet. Text is decoded with encoding (empty: detected), and usedEncoding tells
    // which; bytes invalid in it fail the read, naming the line, so the user can pick another.
    // sheetIndex only matters for XLSX. Progress returning false cancels, and the read fails.
    static std::optional<Sheet> read(const QString &path, Format format, int sheetIndex,
                                     const QString &encoding, QString *error,
                                     QString *usedEncoding = nullptr,
                                     const ProgressCallback &progress = {});

    // Text pasted from a spreadsheet (tab-separated) or a CSV file (comma- or semicolon-).
    static std::optional<Sheet> readText(const QString &pastedText, QString *error = nullptr);
};
