#pragma once

#include "sheet.h"

#include <QCoreApplication>

struct Plan;

// Export XLSX (through libxlsxwriter): a sheet laid out like the city's progress table, with
// wrapped text, status colours, frozen headings and an autofilter, and a sheet of counts per
// period. Text that a spreadsheet could run as a formula is neutralised (SpreadsheetSafety).
class XlsxExport
{
    Q_DECLARE_TR_FUNCTIONS(XlsxExport)

public:
    // Writes through QSaveFile: the file appears whole or not at all. A failed or cancelled
    // export (progress returned false) leaves an existing file at the path as it was.
    // japanese chooses the language of the headings; the plan's own texts are written as is.
    static bool write(const Plan &plan, const QString &path, QString *error,
                      const ProgressCallback &progress = {}, bool japanese = true);
};
