#pragma once

#include "domain/plan.h"
#include "io/columnmapping.h"
#include "io/sheet.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

// Something in the sheet or the mapping that stops an import, with where to look.
struct ImportProblem
{
    int line = 0;    // 1-based, as the file shows it; 0 when about the mapping as a whole
    int column = -1; // 0-based; -1 when about a whole line
    QString header;  // the column's header text, if it has one
    QString message;

    // "report.csv line 12, column F (評価): the status "済" is on no level …"
    QString text(const QString &sourceName) const;
};

// What an import will create, shown before anything is written.
struct ImportSummary
{
    int chapters = 0;
    int pledges = 0;
    int rows = 0;
    int cells = 0;
    QList<Period> newPeriods;
    QStringList newDepartments;
    QList<int> cellsPerLevel; // in the order of the scale's levels
    int cellsWithoutStatus = 0;
};

// Turns a sheet into a plan through a column mapping. The target plan lends its status scale,
// periods and departments (their ids are kept); chapters, pledges and rows get temporary ids
// beyond any id in the target. Any problem means no plan: nothing half-imported.
class SheetImport
{
    Q_DECLARE_TR_FUNCTIONS(SheetImport)

public:
    struct Result
    {
        std::optional<Plan> plan; // none when there are problems or the import was cancelled
        QList<ImportProblem> problems;
        ImportSummary summary;
        bool cancelled = false;
    };

    SheetImport(const Plan &target, const ColumnMapping &mapping);
    // Called every everyLines lines with (lines done, lines in all); false cancels.
    void setProgress(const ProgressCallback &progress, int everyLines = 200);
    Result run(const Sheet &sheet) const;

    // The distinct texts of the mapped status columns, in the order first seen.
    static QStringList statusTexts(const Sheet &sheet, const ColumnMapping &mapping);
    // The level of scale a status text means: the mapping's words first, then a level's code
    // or symbol, then its label; null when none. It points into scale.
    static const StatusLevel *levelFor(const QString &text, const ColumnMapping &mapping,
                                       const StatusScale &scale);
    // The target's scale, or for a target without levels (a new plan) the mapping's preset.
    static StatusScale scaleFor(const Plan &target, const ColumnMapping &mapping);

private:
    Plan m_target;
    ColumnMapping m_mapping;
    ProgressCallback m_progress;
    int m_everyLines = 200;
};
