#include "workbookbatch.h"
#include "collections.h"
#include "departmentworkbook.h"

#include "document/document.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace {

// Checks the request against the plan; an empty string when it fits.
QString refusal(const Plan &plan, const WorkbookBatch::Request &request,
                const QList<qint64> &departments)
{
    if (!plan.period(request.periodId))
        return WorkbookBatch::tr("the plan has no period with id %1.").arg(request.periodId);
    if (request.withNextPlan && !DepartmentWorkbook::nextPeriod(plan, request.periodId))
        return WorkbookBatch::tr("the period is the plan's last; there is no next period to "
                                 "ask a plan for.");
    for (qint64 id : departments) {
        const Department *department = plan.department(id);
        if (!department)
            return WorkbookBatch::tr("the plan has no department with id %1.").arg(id);
        if (DepartmentWorkbook::rows(plan, id, request.periodId).isEmpty())
            return WorkbookBatch::tr("%1 has no rows in the period.").arg(department->name);
    }
    if (departments.isEmpty())
        return WorkbookBatch::tr("no department has rows in the period.");
    return {};
}

} // namespace

QList<qint64> WorkbookBatch::departmentsWithRows(const Plan &plan, qint64 periodId)
{
    QList<qint64> ids;
    for (const Department &department : plan.departments) {
        if (!DepartmentWorkbook::rows(plan, department.id, periodId).isEmpty())
            ids << department.id;
    }
    return ids;
}

QString WorkbookBatch::fileName(const Plan &plan, qint64 departmentId, qint64 periodId)
{
    const Period *period = plan.period(periodId);
    const Department *department = plan.department(departmentId);
    QString name = (period ? period->label(true, plan.info.fiscalYearStartMonth) : QString()) +
                   QLatin1Char('_') + (department ? department->name : QString());
    name.remove(QRegularExpression(QStringLiteral("\\s")));
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]")),
                 QStringLiteral("_"));
    return name + QStringLiteral(".xlsx");
}

bool WorkbookBatch::sendOut(Document &doc, const Request &request, QList<Written> *written,
                            QString *error, const ProgressCallback &progress)
{
    written->clear();
    // Sending out is recorded in the plan: a file that cannot record it gets no workbooks.
    if (!doc.canEditPlan()) {
        *error = tr("%1: is open read-only or is a review copy; send workbooks out from the "
                    "plan itself.")
                     .arg(QFileInfo(doc.filePath()).fileName());
        return false;
    }
    const Plan &plan = doc.plan();
    QList<qint64> departments;
    for (qint64 id : request.departmentIds.isEmpty() ? departmentsWithRows(plan, request.periodId)
                                                     : request.departmentIds) {
        if (!departments.contains(id)) // a department named twice gets one workbook
            departments << id;
    }
    *error = refusal(plan, request, departments);
    if (!error->isEmpty())
        return false;
    if (!QDir().mkpath(request.folder)) {
        *error = tr("%1: the folder cannot be made.").arg(request.folder);
        return false;
    }
    QString uid;
    if (!Collections::ensurePlanUid(doc, &uid)) {
        *error = tr("the plan's identifier cannot be written to the plan file.");
        return false;
    }
    const QDateTime sentAt = QDateTime::currentDateTimeUtc();
    QSet<QString> names;
    QList<QPair<qint64, QString>> sent;
    bool complete = true;
    for (qint64 departmentId : departments) {
        QString name = fileName(plan, departmentId, request.periodId);
        if (names.contains(name)) // two names that differ only in replaced characters
            name.insert(name.size() - 5, QStringLiteral("_%1").arg(departmentId));
        names.insert(name);
        const QString path = QDir(request.folder).filePath(name);
        const DepartmentWorkbook::Request one{uid, departmentId, request.periodId,
                                              request.withNextPlan, sentAt};
        if (!DepartmentWorkbook::write(plan, one, path, error)) {
            complete = false;
            break;
        }
        sent.append({departmentId, path});
        written->append(
            {departmentId, path,
             int(DepartmentWorkbook::rows(plan, departmentId, request.periodId).size())});
        if (progress && !progress(written->size(), departments.size())) {
            *error = tr("cancelled after %n workbook(s).", nullptr, int(written->size()));
            complete = false;
            break;
        }
    }
    if (!Collections::recordSent(doc, request.periodId, sent, sentAt)) {
        *error = tr("the workbooks were written, but the plan file refused to record them as "
                    "sent.");
        return false;
    }
    return complete;
}
