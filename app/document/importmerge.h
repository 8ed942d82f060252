#pragma once

#include "domain/plan.h"
#include "storage/fragment.h"

#include <QCoreApplication>
#include <optional>

// Fits an imported plan into an open one: the import's statuses are matched to the open plan's
// levels by code, its periods to equal periods (new ones are appended), its departments by
// name (new ones appended), and its chapters, pledges and rows are appended with ids the file
// does not use yet. The result is what one import step writes and its undo removes.
class ImportMerge
{
    Q_DECLARE_TR_FUNCTIONS(ImportMerge)

public:
    struct NextIds
    {
        qint64 chapter = 1;
        qint64 pledge = 1;
        qint64 row = 1;
        qint64 period = 1;
        qint64 department = 1;
    };
    struct Positions
    {
        int chapter = 0;   // where the first new chapter goes
        int period = 0;    // where the first new period goes
        int topPledge = 0; // where the first new pledge without a chapter goes
    };
    struct Result
    {
        Fragment fragment;
        QList<Department> departments; // the open plan's list with the new ones appended
        // What the undo deletes: the new chapters (their pledges go with them), pledges
        // outside any chapter, and new periods.
        QList<qint64> chapterIds;
        QList<qint64> topPledgeIds;
        QList<qint64> periodIds;
    };

    static std::optional<Result> merge(const Plan &target, const Plan &imported, NextIds next,
                                       Positions positions, QString *error);
};
