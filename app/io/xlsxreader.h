#pragma once

#include "io/sheet.h"

#include <QByteArray>
#include <QCoreApplication>
#include <optional>

// Reads the cells of an Excel workbook (.xlsx) as text, the way a person sees them: shared
// and inline strings, numbers without a needless ".0", dates as yyyy-MM-dd, percentages with
// their sign, and each merged range filled with its top-left value. Hostile files give an
// error naming the file and the part, never a crash, and unpack to bounded size.
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    static constexpr qint64 MaxPartSize = 200 * 1024 * 1024; // unpacked bytes of one XML part
    static constexpr qint64 MaxCells = 5'000'000;            // cells, empty ones included

    // The sheet names in workbook order; empty with an error when the file cannot be read.
    static QStringList sheetNames(const QString &path, QString *error);
    static QStringList sheetNames(const QByteArray &bytes, const QString &sourceName,
                                  QString *error);

    // The sheet at sheetIndex (0-based, in workbook order), named after the sheet. Progress
    // counts unpacked bytes; returning false cancels, and the read fails.
    static std::optional<Sheet> readSheet(const QString &path, int sheetIndex, QString *error,
                                          const ProgressCallback &progress = {});
    static std::optional<Sheet> readSheet(const QByteArray &bytes, const QString &sourceName,
                                          int sheetIndex, QString *error,
                                          const ProgressCallback &progress = {});
};
