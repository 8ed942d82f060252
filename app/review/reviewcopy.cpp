#include "reviewcopy.h"
#include "departments/collections.h"
#include "document/document.h"
#include "storage/database.h"
#include "storage/planstore.h"

#include <QFile>
#include <QFileInfo>

namespace {

// Marks the written copy; a copy that cannot be marked is removed, never left as a plan.
bool markCopy(const QString &path, const QString &reviewer, QString *error)
{
    auto db = Database::open(path, Database::Access::ReadWrite, error);
    if (!db)
        return false;
    PlanStore store(db->connection());
    WriteTransaction transaction(db->connection());
    if (transaction.isActive() && store.makeReviewCopy(reviewer) && transaction.commit())
        return true;
    *error = ReviewCopy::tr("%1: cannot be made a review copy (%2).")
                 .arg(QFileInfo(path).fileName(),
                      store.error().isEmpty() ? transaction.error() : store.error());
    return false;
}

} // namespace

bool ReviewCopy::write(Document &plan, const QString &reviewer, const QString &path, QString *error)
{
    const QString name = reviewer.simplified();
    if (name.isEmpty()) {
        *error = tr("Name the reviewer the copy is for.");
        return false;
    }
    if (plan.reviewCopy().isReviewCopy()) {
        *error = tr("This is already %1's review copy; make review copies from the plan itself.")
                     .arg(plan.reviewCopy().reviewer);
        return false;
    }
    QString uid = Collections::planUid(plan);
    if (uid.isEmpty() && plan.isReadOnly()) {
        *error = tr("A first review copy marks the plan so that the review merges back into it; "
                    "open the plan for writing to make one.");
        return false;
    }
    if (uid.isEmpty() && !Collections::ensurePlanUid(plan, &uid)) {
        *error = tr("The plan cannot be marked for its review copy.");
        return false;
    }
    if (!plan.saveCopy(path, error))
        return false;
    if (markCopy(path, name, error))
        return true;
    QFile::remove(path);
    return false;
}
