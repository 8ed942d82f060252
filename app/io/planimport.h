#pragma once

#include "domain/plan.h"
#include "io/columnmapping.h"
#include "io/sheet.h"

#include <QCoreApplication>
#include <optional>

// The one way the command line and the editor read a plan out of another file: Iruma's
// progress table, a CSV, TSV or XLSX sheet through a column mapping, or our lossless JSON.
// The format is told or recognised; the target plan lends the status scale and periods
// (an empty target means a new plan, which takes them from the file or the mapping).
class PlanImport
{
    Q_DECLARE_TR_FUNCTIONS(PlanImport)

public:
    enum class Format
    {
        Auto,
        Iruma,
        Csv, // also TSV: the delimiter is recognised
        Xlsx,
        Json
    };
    struct Request
    {
        QString path;
        Format format = Format::Auto;
        std::optional<ColumnMapping> mapping; // for CSV and XLSX; guessed from the headers if none
    };
    struct Result
    {
        Plan plan;
        QList<HistoryEntry> history; // JSON only
        Format format = Format::Auto;
        bool lossless() const { return format == Format::Json; }
    };

    // "iruma", "csv", "tsv", "xlsx", "json"; Auto for anything else.
    static Format formatFromName(const QString &name, bool *known);
    // JSON by its name or its start, XLSX by the zip signature, Iruma's table by its lines;
    // anything else is read as CSV or TSV.
    static Format detectFormat(const QString &path);
    static std::optional<Result> readFile(const Request &request, const Plan &target,
                                          QString *error, const ProgressCallback &progress = {});
    // Pasted text: Iruma's table when it looks like one, else a sheet with a guessed mapping.
    static std::optional<Result> readText(const QString &text, const Plan &target, QString *error);
    // The mapping a sheet gets without a mapping file: headers recognised, status words
    // matched, and for a new plan the preset scale whose levels fit the sheet's statuses.
    static ColumnMapping guessMapping(const Sheet &sheet, const Plan &target);
    // A sheet through a mapping; problems are joined into *error, naming the source.
    static std::optional<Plan> readSheet(const Sheet &sheet, const ColumnMapping &mapping,
                                         const Plan &target, const QString &sourceName,
                                         QString *error, const ProgressCallback &progress = {});
};
