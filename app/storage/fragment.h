#pragma once

#include "domain/plan.h"

// A part of a plan exactly as stored, ids and positions included: what a deletion removes and
// its undo puts back, or what an insertion adds. History rows are not part of it: they outlive
// the rows they describe (see the schema).
struct Fragment
{
    template <typename T> struct Placed
    {
        T item;
        int position = 0;
    };

    QList<Placed<Chapter>> chapters;
    QList<Placed<Pledge>> pledges;
    QList<Placed<PledgeRow>> rows;
    QList<Placed<Period>> periods;
    QHash<CellKey, Cell> cells;
    QHash<YearKey, YearCell> yearCells;

    bool isEmpty() const
    {
        return chapters.isEmpty() && pledges.isEmpty() && rows.isEmpty() && periods.isEmpty() &&
               cells.isEmpty() && yearCells.isEmpty();
    }
};
