#include "departmentactions.h"
#include "cli/translations.h"
#include "departments/collections.h"
#include "departments/returnedworkbook.h"
#include "departments/workbookbatch.h"
#include "dialogs/collectionstatusdialog.h"
#include "dialogs/mergereviewdialog.h"
#include "dialogs/sendworkbooksdialog.h"
#include "document/document.h"
#include "document/editing.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QProgressDialog>
#include <QSet>

namespace {

bool japanese()
{
    return Translations::current() == QStringLiteral("ja");
}

// What a progress dialog does for a ProgressCallback counting files: shows how far, and asks
// to stop.
ProgressCallback progressOf(QProgressDialog &dialog)
{
    return [&dialog](qint64 done, qint64 total) {
        dialog.setMaximum(int(total));
        dialog.setValue(int(done));
        return !dialog.wasCanceled();
    };
}

// "file K12: message", one line each: what keeps workbooks from being merged.
QString problemLines(const QList<ReturnedWorkbook> &workbooks)
{
    QStringList lines;
    for (const ReturnedWorkbook &w : workbooks) {
        for (const WorkbookProblem &p : w.problems) {
            const QString where = QFileInfo(p.file).fileName();
            lines << (p.cell.isEmpty()
                          ? DepartmentActions::tr("%1: %2").arg(where, p.message)
                          : DepartmentActions::tr("%1 %2: %3").arg(where, p.cell, p.message));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

// The period the status opens on: the one last sent out, else the one likely collected next.
qint64 statusPeriod(const Document &doc)
{
    CollectionRecord latest;
    for (const CollectionRecord &r : Collections::records(doc)) {
        if (r.sentAt.isValid() && (!latest.sentAt.isValid() || r.sentAt > latest.sentAt))
            latest = r;
    }
    return latest.sentAt.isValid() && doc.plan().period(latest.periodId)
               ? latest.periodId
               : SendWorkbooksDialog::suggestedPeriod(doc.plan());
}

} // namespace

DepartmentActions::DepartmentActions(QWidget *window, std::function<void()> prepare)
    : QObject(window), m_window(window), m_prepare(std::move(prepare))
{
    sendOut = new QAction(this);
    merge = new QAction(this);
    status = new QAction(this);
    connect(sendOut, &QAction::triggered, this, &DepartmentActions::sendWorkbooks);
    connect(merge, &QAction::triggered, this, &DepartmentActions::mergeWorkbooks);
    connect(status, &QAction::triggered, this, &DepartmentActions::showStatus);
    retranslate();
    setDocument(nullptr);
}

void DepartmentActions::setDocument(Document *document)
{
    m_document = document;
    if (m_statusDialog)
        m_statusDialog->setDocument(document);
    updateActions();
}

// Sending out records the round in the plan file and merging changes the plan, so both need
// a plan open for writing; the status only reads.
void DepartmentActions::updateActions()
{
    const bool writable = m_document && m_document->canEditPlan();
    sendOut->setEnabled(writable);
    merge->setEnabled(writable);
    status->setEnabled(m_document != nullptr);
}

void DepartmentActions::retranslate()
{
    sendOut->setText(tr("Department &Workbooks…"));
    sendOut->setStatusTip(tr("Write one workbook per department for a period, for the "
                             "departments to fill in with Excel"));
    merge->setText(tr("&Merge Department Workbooks…"));
    merge->setStatusTip(tr("Review the fields the returned workbooks change, and merge the "
                           "accepted ones as one undo step"));
    status->setText(tr("&Collection Status…"));
    status->setStatusTip(tr("See which departments' workbooks are sent, returned and merged"));
}

void DepartmentActions::sendWorkbooks()
{
    if (!m_document)
        return;
    m_prepare();
    SendWorkbooksDialog dialog(m_document->plan(), japanese(), m_window);
    dialog.setFolder(m_folder);
    if (dialog.exec() != QDialog::Accepted || !m_document)
        return;
    const WorkbookBatch::Request request = dialog.request();
    m_folder = request.folder;
    QProgressDialog progress(tr("Writing department workbooks…"), tr("Cancel"), 0,
                             int(request.departmentIds.size()), m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    QList<WorkbookBatch::Written> written;
    QString error;
    const bool complete =
        WorkbookBatch::sendOut(*m_document, request, &written, &error, progressOf(progress));
    const QString folder = QDir::toNativeSeparators(request.folder);
    const QString count =
        tr("%n workbook(s) written to %1", nullptr, int(written.size())).arg(folder);
    if (complete)
        emit statusMessage(count + QLatin1Char('.'));
    else if (progress.wasCanceled())
        emit statusMessage(tr("Cancelled: %1.").arg(count));
    else if (written.isEmpty())
        emit errorOccurred(error);
    else
        emit errorOccurred(
            tr("%1\n\n%2 before that; they are recorded as sent.").arg(error, count));
}

void DepartmentActions::mergeWorkbooks()
{
    if (!m_document)
        return;
    m_prepare();
    const QStringList paths = QFileDialog::getOpenFileNames(
        m_window, tr("Merge Department Workbooks"), m_folder, tr("Excel workbooks (*.xlsx)"));
    if (paths.isEmpty() || !m_document)
        return;
    QProgressDialog progress(tr("Reading returned workbooks…"), tr("Cancel"), 0, int(paths.size()),
                             m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    const QList<ReturnedWorkbook> workbooks = ReturnedWorkbookReader::readAll(
        m_document->plan(), Collections::planUid(*m_document), paths, 0, progressOf(progress));
    if (progress.wasCanceled())
        return;
    progress.close();
    // A refusal has been reported by the document (writeFailed); the review still helps.
    Collections::recordReturned(*m_document, workbooks);
    if (std::none_of(workbooks.cbegin(), workbooks.cend(),
                     [](const ReturnedWorkbook &w) { return w.usable; })) {
        emit errorOccurred(
            tr("Nothing can be merged from the chosen files:\n%1").arg(problemLines(workbooks)));
        return;
    }
    MergeReviewDialog review(m_document->plan(), workbooks, japanese(), m_window);
    if (review.exec() != QDialog::Accepted || !m_document)
        return;
    const QList<ReturnedChange> accepted = review.acceptedChanges();
    QString error;
    if (!Editing::mergeReturned(*m_document, accepted, &error)) {
        emit errorOccurred(error);
        return;
    }
    Collections::recordMerged(*m_document, review.mergedWorkbooks());
    QSet<QString> files;
    for (const ReturnedChange &c : accepted)
        files.insert(c.file);
    emit statusMessage(
        tr("%n field(s) merged from %1; Undo takes them back.", nullptr, int(accepted.size()))
            .arg(tr("%n workbook(s)", nullptr, int(files.size()))));
}

// One status window at a time, open beside the plan while the office works.
void DepartmentActions::showStatus()
{
    if (!m_document)
        return;
    if (!m_statusDialog) {
        m_statusDialog =
            new CollectionStatusDialog(m_document, statusPeriod(*m_document), japanese(), m_window);
        m_statusDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_statusDialog->show();
    m_statusDialog->raise();
    m_statusDialog->activateWindow();
}
