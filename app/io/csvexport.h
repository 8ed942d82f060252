#pragma once

#include "sheet.h"

#include <QByteArray>
#include <QCoreApplication>

struct Plan;

// Export CSV: the plan as open data, one line per row × period in plan order, with the
// columns described in docs/csv-export.md. UTF-8 with a byte order mark (so Excel reads it as
// UTF-8), CRLF line ends and RFC 4180 quoting; text that a spreadsheet could run as a formula
// is neutralised (SpreadsheetSafety).
class CsvExport
{
    Q_DECLARE_TR_FUNCTIONS(CsvExport)

public:
    // Writes through QSaveFile: the file appears whole or not at all. A failed or cancelled
    // export (progress returned false) leaves an existing file at the path as it was.
    static bool write(const Plan &plan, const QString &path, QString *error,
                      const ProgressCallback &progress = {});
    // The whole file's bytes, BOM included.
    static QByteArray toBytes(const Plan &plan);

    // The header line's column names, in order.
    static QStringList columns();
};
