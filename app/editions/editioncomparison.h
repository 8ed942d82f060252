#pragma once

#include "domain/plan.h"

#include <QList>
#include <QString>

// What changed between two states of a plan: an edition and a later one, or an edition and the
// plan now. Chapters, pledges, rows and periods are matched by id (an edition keeps the ids),
// so a row keeps its identity when its texts or position change. Cells are compared where
// both plans have the row and the period; a new row's or new period's cells are part of that
// row or period, not listed one by one.
class EditionComparison
{
public:
    enum class Direction
    {
        Up,     // to a better level (the scale lists the best first)
        Down,   // to a worse level
        Given,  // from no status to one
        Cleared // from a status to none
    };
    // A period's status (periodId set) or a fiscal year's year-end evaluation (fiscalYear set).
    struct StatusChange
    {
        qint64 rowId = 0;
        qint64 periodId = 0;
        int fiscalYear = 0;
        qint64 beforeLevelId = 0;
        qint64 afterLevelId = 0;
        Direction direction = Direction::Up;
    };
    enum class Field
    {
        // a period's cell
        Plan,
        Narrative,
        // a fiscal year's cell
        AnnualGoal,
        YearEndNote,
        // a row
        Marker,
        Title,
        Content,
        Department,
        TargetDate,
        AfterCompletion,
        Note,
        // a pledge
        PledgeNumber,
        PledgeTag,
        PledgeTitle,
        PledgeDescription,
        PledgeTargetDate
    };
    struct TextChange
    {
        Field field = Field::Plan;
        qint64 pledgeId = 0; // for a pledge's field
        qint64 rowId = 0;    // for a row's or a cell's field
        qint64 periodId = 0;
        int fiscalYear = 0;
        QString before;
        QString after;
    };

    static EditionComparison compare(const Plan &before, const Plan &after);

    QList<StatusChange> statusChanges; // in the after plan's row order, then period order
    QList<qint64> newRows;             // in the after plan's order
    QList<qint64> removedRows;         // in the before plan's order
    QList<qint64> newPeriods;
    QList<qint64> removedPeriods;
    QList<TextChange> textChanges; // pledges, then rows with their cells, in plan order

    bool isEmpty() const;
    QList<StatusChange> withDirection(Direction direction) const;
    static bool isPledgeField(Field field) { return field >= Field::PledgeNumber; }
    static bool isRowField(Field field) { return field >= Field::Marker && field <= Field::Note; }
};
