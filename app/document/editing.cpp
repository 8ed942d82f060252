#include "editing.h"
#include "changecommands.h"
#include "document.h"

#include <QCoreApplication>

namespace {

using CellChanges = QList<Document::CellChange>;

// Pushes a command and tells whether it landed: a refused command is dropped by the stack.
bool push(Document &doc, QUndoCommand *command)
{
    const int refused = doc.refusedWrites();
    doc.undoStack()->push(command);
    return doc.refusedWrites() == refused;
}

bool pushCells(Document &doc, const QString &text, const CellChanges &newCells)
{
    CellChanges oldCells;
    for (const Document::CellChange &change : newCells)
        oldCells.append({change.key, doc.plan().cells.value(change.key)});
    if (oldCells.size() == newCells.size() &&
        std::equal(oldCells.cbegin(), oldCells.cend(), newCells.cbegin(),
                   [](const auto &a, const auto &b) { return a.cell == b.cell; }))
        return true; // nothing changes: no empty undo step
    Document *d = &doc;
    return push(doc, new ChangeValueCommand<CellChanges>(
                         text, oldCells, newCells,
                         [d](const CellChanges &cells) { return d->applyCells(cells); }));
}

} // namespace

namespace Editing {

bool setCell(Document &doc, qint64 rowId, qint64 periodId, const Cell &cell)
{
    return pushCells(doc, QCoreApplication::translate("Editing", "Edit cell"),
                     {{{rowId, periodId}, cell}});
}

bool setStatus(Document &doc, const QList<CellKey> &cells, qint64 levelId)
{
    CellChanges changes;
    for (const CellKey &key : cells) {
        Cell cell = doc.plan().cells.value(key);
        cell.levelId = levelId;
        changes.append({key, cell});
    }
    const QString text = levelId
                             ? QCoreApplication::translate("Editing", "Set status of %n cell(s)",
                                                           nullptr, int(cells.size()))
                             : QCoreApplication::translate("Editing", "Clear status of %n cell(s)",
                                                           nullptr, int(cells.size()));
    return pushCells(doc, text, changes);
}

bool setCells(Document &doc, const QList<QPair<CellKey, Cell>> &cells, const QString &undoText)
{
    CellChanges changes;
    for (const auto &[key, cell] : cells)
        changes.append({key, cell});
    return pushCells(doc, undoText, changes);
}

bool setYearCell(Document &doc, qint64 rowId, int fiscalYear, const YearCell &cell)
{
    const YearCell old = doc.plan().yearCell(rowId, fiscalYear);
    if (old == cell)
        return true;
    Document *d = &doc;
    return push(doc, new ChangeValueCommand<YearCell>(
                         QCoreApplication::translate("Editing", "Edit annual goal"), old, cell,
                         [d, rowId, fiscalYear](const YearCell &c) {
                             return d->applyYearCell(rowId, fiscalYear, c);
                         }));
}

bool setPlanInfo(Document &doc, const PlanInfo &info)
{
    if (doc.plan().info == info)
        return true;
    Document *d = &doc;
    return push(doc,
                new ChangeValueCommand<PlanInfo>(
                    QCoreApplication::translate("Editing", "Edit plan properties"), doc.plan().info,
                    info, [d](const PlanInfo &i) { return d->applyInfo(i); }));
}

bool setDisabledChecks(Document &doc, const QSet<CheckRule> &rules)
{
    const QStringList old = doc.plan().disabledChecks;
    const QStringList keys = CheckRules::toKeys(rules, old);
    if (keys == old)
        return true;
    Document *d = &doc;
    return push(doc, new ChangeValueCommand<QStringList>(
                         QCoreApplication::translate("Editing", "Change consistency checks"), old,
                         keys, [d](const QStringList &k) { return d->applyDisabledChecks(k); }));
}

} // namespace Editing
