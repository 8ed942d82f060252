// The editing facade's structural half: adding, changing, deleting and moving chapters,
// pledges, rows, periods, departments and scale levels. Each function is one undo step.
#include "changecommands.h"
#include "document.h"
#include "editing.h"

#include <QCoreApplication>

namespace {

using Part = PlanStore::Part;
using Statements = StructureCommand::Statements;

bool push(Document &doc, const QString &text, Statements redo, Statements undo)
{
    const int refused = doc.refusedWrites();
    doc.undoStack()->push(new StructureCommand(&doc, text, std::move(redo), std::move(undo)));
    return doc.refusedWrites() == refused;
}

// The database position for "before the sibling at index", or the end.
template <typename T>
int positionAt(Document &doc, Part part, qint64 parentId, const QList<T> &siblings, int index)
{
    PlanStore store = doc.reader();
    if (index >= 0 && index < siblings.size())
        return store.position(part, siblings.at(index).id);
    return store.endPosition(part, parentId);
}

QList<Pledge> pledgesOf(const Plan &plan, qint64 chapterId, qint64 except = 0)
{
    QList<Pledge> list;
    for (const Pledge &p : plan.pledges) {
        if (p.chapterId == chapterId && p.id != except)
            list.append(p);
    }
    return list;
}

QList<PledgeRow> rowsOf(const Plan &plan, qint64 pledgeId, qint64 except = 0)
{
    QList<PledgeRow> list;
    for (const PledgeRow &r : plan.rows) {
        if (r.pledgeId == pledgeId && r.id != except)
            list.append(r);
    }
    return list;
}

bool deletePart(Document &doc, Part part, qint64 id, const QString &text)
{
    Fragment fragment;
    PlanStore store = doc.reader();
    if (!store.readFragment(part, id, &fragment))
        return false;
    return push(
        doc, text, [part, id](PlanStore &s) { return s.deletePart(part, id); },
        [fragment](PlanStore &s) { return s.insertFragment(fragment); });
}

bool insertFragment(Document &doc, const Fragment &fragment, Part part, qint64 id,
                    const QString &text)
{
    return push(
        doc, text, [fragment](PlanStore &s) { return s.insertFragment(fragment); },
        [part, id](PlanStore &s) { return s.deletePart(part, id); });
}

template <typename T>
bool swapWithNeighbour(Document &doc, Part part, const QList<T> &siblings, qint64 id, int direction,
                       const QString &text)
{
    int index = -1;
    for (int i = 0; i < siblings.size(); ++i) {
        if (siblings.at(i).id == id)
            index = i;
    }
    const int other = index + direction;
    if (index < 0 || other < 0 || other >= siblings.size())
        return false;
    PlanStore store = doc.reader();
    const qint64 otherId = siblings.at(other).id;
    int a = store.position(part, id);
    int b = store.position(part, otherId);
    if (a == b)
        b = a + direction; // equal positions (never written by us) still get an order
    auto swap = [=](int mine, int theirs) {
        return [=](PlanStore &s) {
            return s.setPosition(part, id, mine) && s.setPosition(part, otherId, theirs);
        };
    };
    return push(doc, text, swap(b, a), swap(a, b));
}

// New departments of a list get ids that stay the same through undo and redo.
QList<Department> withIds(Document &doc, QList<Department> departments)
{
    qint64 next = doc.reader().nextDepartmentId();
    for (Department &d : departments) {
        if (!d.id)
            d.id = next++;
    }
    return departments;
}

// The department list with a new name appended, and the id the row should point to.
QList<Department> addDepartment(Document &doc, const QString &name, qint64 *id)
{
    QList<Department> list = doc.plan().departments;
    for (const Department &d : list) {
        if (d.name == name) {
            *id = d.id;
            return list;
        }
    }
    list.append({0, name});
    list = withIds(doc, list);
    *id = list.last().id;
    return list;
}

} // namespace

namespace Editing {

qint64 addChapter(Document &doc, const Chapter &chapter, int index)
{
    Fragment fragment;
    Chapter c = chapter;
    c.id = doc.reader().nextId(Part::Chapter);
    fragment.chapters.append({c, positionAt(doc, Part::Chapter, 0, doc.plan().chapters, index)});
    return insertFragment(doc, fragment, Part::Chapter, c.id,
                          QCoreApplication::translate("Editing", "Add chapter"))
               ? c.id
               : 0;
}

bool editChapter(Document &doc, const Chapter &chapter)
{
    const Chapter *old = doc.plan().chapter(chapter.id);
    if (!old || *old == chapter)
        return old != nullptr;
    const Chapter before = *old;
    return push(
        doc, QCoreApplication::translate("Editing", "Edit chapter"),
        [chapter](PlanStore &s) { return s.updateChapter(chapter); },
        [before](PlanStore &s) { return s.updateChapter(before); });
}

bool deleteChapter(Document &doc, qint64 chapterId)
{
    return deletePart(doc, Part::Chapter, chapterId,
                      QCoreApplication::translate("Editing", "Delete chapter"));
}

qint64 addPledge(Document &doc, const Pledge &pledge, int index)
{
    Fragment fragment;
    Pledge p = pledge;
    p.id = doc.reader().nextId(Part::Pledge);
    const QList<Pledge> siblings = pledgesOf(doc.plan(), p.chapterId);
    fragment.pledges.append({p, positionAt(doc, Part::Pledge, p.chapterId, siblings, index)});
    return insertFragment(doc, fragment, Part::Pledge, p.id,
                          QCoreApplication::translate("Editing", "Add pledge"))
               ? p.id
               : 0;
}

bool editPledge(Document &doc, const Pledge &pledge)
{
    const Pledge *old = doc.plan().pledge(pledge.id);
    if (!old)
        return false;
    if (old->chapterId != pledge.chapterId) {
        doc.undoStack()->beginMacro(QCoreApplication::translate("Editing", "Edit pledge"));
        const bool moved = movePledgeTo(doc, pledge.id, pledge.chapterId, -1);
        const bool edited = moved && editPledge(doc, pledge);
        doc.undoStack()->endMacro();
        return edited;
    }
    if (*old == pledge)
        return true;
    const Pledge before = *old;
    return push(
        doc, QCoreApplication::translate("Editing", "Edit pledge"),
        [pledge](PlanStore &s) { return s.updatePledge(pledge); },
        [before](PlanStore &s) { return s.updatePledge(before); });
}

bool deletePledge(Document &doc, qint64 pledgeId)
{
    return deletePart(doc, Part::Pledge, pledgeId,
                      QCoreApplication::translate("Editing", "Delete pledge"));
}

qint64 addRow(Document &doc, const PledgeRow &row, int index, const QString &newDepartment)
{
    Fragment fragment;
    PledgeRow r = row;
    r.id = doc.reader().nextId(Part::Row);
    const QList<Department> before = doc.plan().departments;
    const QList<Department> after =
        newDepartment.isEmpty() ? before : addDepartment(doc, newDepartment, &r.departmentId);
    const QList<PledgeRow> siblings = rowsOf(doc.plan(), r.pledgeId);
    fragment.rows.append({r, positionAt(doc, Part::Row, r.pledgeId, siblings, index)});
    const qint64 id = r.id;
    const bool added = push(
        doc, QCoreApplication::translate("Editing", "Add row"),
        [fragment, after](PlanStore &s) {
            return s.writeDepartments(after) && s.insertFragment(fragment);
        },
        [id, before](PlanStore &s) {
            return s.deletePart(Part::Row, id) && s.writeDepartments(before);
        });
    return added ? id : 0;
}

bool editRow(Document &doc, const PledgeRow &row, const QString &newDepartment)
{
    const PledgeRow *old = doc.plan().row(row.id);
    if (!old)
        return false;
    PledgeRow r = row;
    const QList<Department> before = doc.plan().departments;
    const QList<Department> after =
        newDepartment.isEmpty() ? before : addDepartment(doc, newDepartment, &r.departmentId);
    if (*old == r && after == before)
        return true;
    const PledgeRow oldRow = *old;
    return push(
        doc, QCoreApplication::translate("Editing", "Edit row"),
        [r, after](PlanStore &s) { return s.writeDepartments(after) && s.updateRow(r); },
        [oldRow, before](PlanStore &s) {
            return s.updateRow(oldRow) && s.writeDepartments(before);
        });
}

bool deleteRow(Document &doc, qint64 rowId)
{
    return deletePart(doc, Part::Row, rowId, QCoreApplication::translate("Editing", "Delete row"));
}

bool moveChapter(Document &doc, qint64 chapterId, int direction)
{
    return swapWithNeighbour(doc, Part::Chapter, doc.plan().chapters, chapterId, direction,
                             QCoreApplication::translate("Editing", "Move chapter"));
}

bool movePledge(Document &doc, qint64 pledgeId, int direction)
{
    const Pledge *p = doc.plan().pledge(pledgeId);
    return p && swapWithNeighbour(doc, Part::Pledge, pledgesOf(doc.plan(), p->chapterId), pledgeId,
                                  direction, QCoreApplication::translate("Editing", "Move pledge"));
}

bool moveRow(Document &doc, qint64 rowId, int direction)
{
    const PledgeRow *r = doc.plan().row(rowId);
    return r && swapWithNeighbour(doc, Part::Row, rowsOf(doc.plan(), r->pledgeId), rowId, direction,
                                  QCoreApplication::translate("Editing", "Move row"));
}

bool movePledgeTo(Document &doc, qint64 pledgeId, qint64 chapterId, int index)
{
    const Pledge *p = doc.plan().pledge(pledgeId);
    if (!p)
        return false;
    const qint64 oldChapter = p->chapterId;
    const int oldPosition = doc.reader().position(Part::Pledge, pledgeId);
    const int newPosition =
        positionAt(doc, Part::Pledge, chapterId, pledgesOf(doc.plan(), chapterId, pledgeId), index);
    return push(
        doc, QCoreApplication::translate("Editing", "Move pledge"),
        [=](PlanStore &s) { return s.placePledge(pledgeId, chapterId, newPosition); },
        [=](PlanStore &s) { return s.placePledge(pledgeId, oldChapter, oldPosition); });
}

bool moveRowTo(Document &doc, qint64 rowId, qint64 pledgeId, int index)
{
    const PledgeRow *r = doc.plan().row(rowId);
    if (!r)
        return false;
    const qint64 oldPledge = r->pledgeId;
    const int oldPosition = doc.reader().position(Part::Row, rowId);
    const int newPosition =
        positionAt(doc, Part::Row, pledgeId, rowsOf(doc.plan(), pledgeId, rowId), index);
    return push(
        doc, QCoreApplication::translate("Editing", "Move row"),
        [=](PlanStore &s) { return s.placeRow(rowId, pledgeId, newPosition); },
        [=](PlanStore &s) { return s.placeRow(rowId, oldPledge, oldPosition); });
}

bool setPeriods(Document &doc, const QList<Period> &periods)
{
    const QList<Period> before = doc.plan().periods;
    QList<Period> after = periods;
    PlanStore store = doc.reader();
    qint64 next = store.nextId(Part::Period);
    QList<qint64> added;
    QSet<qint64> kept;
    for (Period &p : after) {
        if (!p.id) {
            p.id = next++;
            added.append(p.id);
        }
        kept.insert(p.id);
    }
    if (after == before)
        return true;
    Fragment removed;
    QList<qint64> removedIds;
    for (const Period &p : before) {
        if (kept.contains(p.id))
            continue;
        Fragment f;
        if (!store.readFragment(Part::Period, p.id, &f))
            return false;
        removed.periods += f.periods;
        removed.cells.insert(f.cells);
        removedIds.append(p.id);
    }
    return push(
        doc, QCoreApplication::translate("Editing", "Edit periods"),
        [=](PlanStore &s) {
            for (qint64 id : removedIds) {
                if (!s.deletePart(Part::Period, id))
                    return false;
            }
            return s.writePeriods(after);
        },
        [=](PlanStore &s) {
            for (qint64 id : added) {
                if (!s.deletePart(Part::Period, id))
                    return false;
            }
            return s.insertFragment(removed) && s.writePeriods(before);
        });
}

bool setDepartments(Document &doc, const QList<Department> &departments, QString *error)
{
    const QList<Department> before = doc.plan().departments;
    const QList<Department> after = withIds(doc, departments);
    PlanStore store = doc.reader();
    for (const Department &d : before) {
        const bool kept = std::any_of(after.cbegin(), after.cend(),
                                      [&](const Department &a) { return a.id == d.id; });
        const int use = kept ? 0 : store.departmentUse(d.id);
        if (use > 0) {
            *error = QCoreApplication::translate(
                         "Editing",
                         "The department \"%1\" is used by %n row(s); give those rows "
                         "another department first.",
                         nullptr, use)
                         .arg(d.name);
            return false;
        }
    }
    if (after == before)
        return true;
    return push(
        doc, QCoreApplication::translate("Editing", "Edit departments"),
        [after](PlanStore &s) { return s.writeDepartments(after); },
        [before](PlanStore &s) { return s.writeDepartments(before); });
}

bool setPeriodScale(Document &doc, const StatusScale &scale, QString *error)
{
    const StatusScale before = doc.plan().periodScale;
    StatusScale after = scale;
    after.id = before.id;
    PlanStore store = doc.reader();
    qint64 next = store.nextLevelId();
    for (StatusLevel &l : after.levels) {
        if (!l.id)
            l.id = next++;
    }
    for (const StatusLevel &l : before.levels) {
        if (after.levelById(l.id))
            continue;
        const int use = store.levelUse(l.id);
        if (use > 0) {
            *error = QCoreApplication::translate(
                         "Editing",
                         "The status \"%1 %2\" is used by %n cell(s); give those "
                         "cells another status first.",
                         nullptr, use)
                         .arg(l.symbol, l.label);
            return false;
        }
    }
    if (after == before)
        return true;
    return push(
        doc, QCoreApplication::translate("Editing", "Edit status scale"),
        [after](PlanStore &s) { return s.writeScaleLevels(after); },
        [before](PlanStore &s) { return s.writeScaleLevels(before); });
}

} // namespace Editing
