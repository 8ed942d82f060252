// The editing facade's merge of returned department workbooks: the accepted fields of many
// workbooks as one undo step, each change's history naming its workbook.
#include "changecommands.h"
#include "document.h"
#include "editing.h"

#include "departments/returnedworkbook.h"

#include <QFileInfo>

namespace {

using CellChanges = QList<Document::CellChange>;

// Sets the changed field on a cell; false when a status is not on the scale (any more).
bool setField(Cell *cell, const ReturnedChange &change, const StatusScale &scale)
{
    if (change.field == QLatin1String("plan")) {
        cell->plan = change.returnedValue;
    } else if (change.field == QLatin1String("narrative")) {
        cell->narrative = change.returnedValue;
    } else if (change.field == QLatin1String("status")) {
        const StatusLevel *level = scale.levelByCode(change.returnedValue);
        if (!level && !change.returnedValue.isEmpty())
            return false;
        cell->levelId = level ? level->id : 0;
    } else {
        return false;
    }
    return true;
}

} // namespace

namespace Editing {

bool mergeReturned(Document &doc, const QList<ReturnedChange> &accepted, QString *error)
{
    const Plan &plan = doc.plan();
    // One change per workbook and cell, the workbooks one after the other, so that each
    // builds on the ones before and its history names its own workbook.
    QStringList sources;
    QHash<QString, QList<const ReturnedChange *>> bySource;
    for (const ReturnedChange &change : accepted) {
        const QString source = QFileInfo(change.file).fileName();
        if (!bySource.contains(source))
            sources << source;
        bySource[source] << &change;
    }
    QHash<CellKey, Cell> cells; // as the changes so far leave them
    CellChanges newCells;
    CellChanges oldCells;
    for (const QString &source : std::as_const(sources)) {
        QHash<CellKey, int> entries; // this workbook's change of a cell, in newCells
        for (const ReturnedChange *change : bySource.value(source)) {
            const CellKey key{change->rowId, change->periodId};
            if (!plan.row(change->rowId) || !plan.period(change->periodId)) {
                *error = QCoreApplication::translate(
                             "Editing", "%1 %2: the row or period is no longer in the plan.")
                             .arg(source, change->cell);
                return false;
            }
            if (!cells.contains(key)) {
                cells.insert(key, plan.cell(key.first, key.second));
                oldCells.append({key, plan.cell(key.first, key.second)});
            }
            Cell &cell = cells[key];
            if (!setField(&cell, *change, plan.periodScale)) {
                *error = QCoreApplication::translate(
                             "Editing", "%1 %2: \"%3\" is not a status of the plan's scale.")
                             .arg(source, change->cell, change->returnedValue);
                return false;
            }
            if (entries.contains(key))
                newCells[entries.value(key)].cell = cell;
            else {
                entries.insert(key, int(newCells.size()));
                newCells.append({key, cell, source});
            }
        }
    }
    const bool changes = std::any_of(oldCells.cbegin(), oldCells.cend(), [&](const auto &old) {
        return cells.value(old.key) != old.cell;
    });
    if (!changes)
        return true; // nothing changes: no empty undo step
    Document *d = &doc;
    const int refused = doc.refusedWrites();
    doc.undoStack()->push(new ChangeValueCommand<CellChanges>(
        QCoreApplication::translate("Editing", "Merge %n returned workbook(s)", nullptr,
                                    int(sources.size())),
        oldCells, newCells, [d](const CellChanges &c) { return d->applyCells(c); }));
    if (doc.refusedWrites() != refused) {
        *error = QCoreApplication::translate("Editing",
                                             "The file refused the merge; nothing was changed.");
        return false;
    }
    return true;
}

} // namespace Editing
