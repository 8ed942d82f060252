#pragma once

#include "domain/plan.h"
#include "io/sheet.h"

#include <QCoreApplication>

// The one way the command line and the editor write a plan out: open-data CSV, an XLSX
// workbook laid out like the progress table, or our lossless JSON. Every format is written
// through QSaveFile, so a failed or cancelled export leaves what was at the path.
class PlanExport
{
    Q_DECLARE_TR_FUNCTIONS(PlanExport)

public:
    enum class Format
    {
        Csv,
        Xlsx,
        Json
    };
    // "csv", "xlsx", "json"; *known false for anything else.
    static Format formatFromName(const QString &name, bool *known);
    static QString suffix(Format format);
    static bool write(const Plan &plan, const QList<HistoryEntry> &history, Format format,
                      const QString &path, QString *error, const ProgressCallback &progress = {},
                      bool japanese = true);
};
