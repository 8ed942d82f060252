// The editing facade's import: a whole imported plan added to the open one as one step.
#include "changecommands.h"
#include "document.h"
#include "editing.h"
#include "importmerge.h"

namespace Editing {

bool importPlan(Document &doc, const Plan &imported, const QString &sourceName, QString *error)
{
    using Part = PlanStore::Part;
    PlanStore store = doc.reader();
    const Plan &plan = doc.plan();
    ImportMerge::NextIds next{store.nextId(Part::Chapter), store.nextId(Part::Pledge),
                              store.nextId(Part::Row), store.nextId(Part::Period),
                              store.nextDepartmentId()};
    ImportMerge::Positions positions{store.endPosition(Part::Chapter, 0),
                                     store.endPosition(Part::Period, 0),
                                     store.endPosition(Part::Pledge, 0)};
    const auto merged = ImportMerge::merge(plan, imported, next, positions, error);
    if (!merged)
        return false;
    const QList<Department> before = plan.departments;
    const ImportMerge::Result result = *merged;
    auto redo = [result](PlanStore &s) {
        return s.writeDepartments(result.departments) && s.insertFragment(result.fragment);
    };
    auto undo = [result, before](PlanStore &s) {
        for (qint64 id : result.chapterIds) {
            if (!s.deletePart(Part::Chapter, id))
                return false;
        }
        for (qint64 id : result.topPledgeIds) {
            if (!s.deletePart(Part::Pledge, id))
                return false;
        }
        for (qint64 id : result.periodIds) {
            if (!s.deletePart(Part::Period, id))
                return false;
        }
        return s.writeDepartments(before);
    };
    const int refused = doc.refusedWrites();
    doc.undoStack()->push(new StructureCommand(
        &doc, QCoreApplication::translate("Editing", "Import %1").arg(sourceName), redo, undo));
    if (doc.refusedWrites() != refused) {
        *error = QCoreApplication::translate("Editing", "The file refused the import; nothing "
                                                        "was added.");
        return false;
    }
    return true;
}

} // namespace Editing
