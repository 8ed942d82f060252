#include "transferactions.h"
#include "cli/translations.h"
#include "dialogs/dialogsupport.h"
#include "dialogs/importwizard.h"
#include "document/document.h"
#include "document/editing.h"
#include "io/outputpath.h"
#include "io/planexport.h"
#include "io/planimport.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>

namespace {

// What a progress dialog does for a ProgressCallback: shows how far, and asks to stop.
ProgressCallback progressOf(QProgressDialog &dialog)
{
    return [&dialog](qint64 done, qint64 total) {
        // QProgressDialog counts in int; large byte counts are scaled to per mille.
        dialog.setMaximum(1000);
        dialog.setValue(total > 0 ? int(done * 1000 / total) : 0);
        return !dialog.wasCanceled();
    };
}

} // namespace

TransferActions::TransferActions(QWidget *window, std::function<void()> prepare)
    : QObject(window), m_window(window), m_prepare(std::move(prepare))
{
    importFile = new QAction(this);
    importFile->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    connect(importFile, &QAction::triggered, this, &TransferActions::chooseImportFile);
    importClipboard = new QAction(this);
    connect(importClipboard, &QAction::triggered, this, &TransferActions::importFromClipboard);
    exportCsv = new QAction(this);
    exportXlsx = new QAction(this);
    exportJson = new QAction(this);
    exportXlsx->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(exportCsv, &QAction::triggered, this,
            [this] { exportAs(int(PlanExport::Format::Csv)); });
    connect(exportXlsx, &QAction::triggered, this,
            [this] { exportAs(int(PlanExport::Format::Xlsx)); });
    connect(exportJson, &QAction::triggered, this,
            [this] { exportAs(int(PlanExport::Format::Json)); });
    retranslate();
    setDocument(nullptr);
}

void TransferActions::setDocument(Document *document)
{
    m_document = document;
    for (QAction *a : {exportCsv, exportXlsx, exportJson})
        a->setEnabled(document != nullptr);
}

void TransferActions::retranslate()
{
    importFile->setText(tr("&Import…"));
    importFile->setStatusTip(tr("Bring in Iruma's progress table, a CSV, TSV or XLSX sheet, or a "
                                "JSON export"));
    importClipboard->setText(tr("Import from &Clipboard"));
    importClipboard->setStatusTip(tr("Import a table copied from a spreadsheet or a web page"));
    exportCsv->setText(tr("&CSV (Open Data)…"));
    exportXlsx->setText(tr("&XLSX Workbook…"));
    exportJson->setText(tr("&JSON (Lossless)…"));
}

TransferActions::Destination TransferActions::askDestination(bool lossless) const
{
    if (!m_document || !m_document->canEditPlan() || lossless)
        return Destination::NewPlan;
    QMessageBox box(QMessageBox::Question, tr("Import"),
                    tr("Add the imported chapters, pledges and rows after those of the open "
                       "plan, or make a new plan of them?"),
                    QMessageBox::Cancel, m_window);
    QPushButton *add = box.addButton(tr("&Add to This Plan"), QMessageBox::AcceptRole);
    QPushButton *create = box.addButton(tr("&New Plan…"), QMessageBox::AcceptRole);
    box.setDefaultButton(add);
    box.exec();
    if (box.clickedButton() == add)
        return Destination::OpenPlan;
    if (box.clickedButton() == create)
        return Destination::NewPlan;
    return Destination::Cancel;
}

void TransferActions::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Import"), QString(),
        tr("Tables and plans (*.txt *.tsv *.csv *.xlsx *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString name = QFileInfo(path).fileName();
    // Iruma's table and our JSON need no mapping; sheets go through the wizard.
    const PlanImport::Format format = PlanImport::detectFormat(path);
    if (format == PlanImport::Format::Iruma || format == PlanImport::Format::Json) {
        QProgressDialog progress(tr("Reading %1…").arg(name), tr("Cancel"), 0, 1000, m_window);
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(500);
        PlanImport::Request request;
        request.path = path;
        request.format = format;
        QString error;
        const auto result = PlanImport::readFile(request, Plan(), &error, progressOf(progress));
        if (!result) {
            if (!progress.wasCanceled())
                emit errorOccurred(error);
            return;
        }
        const Destination destination = askDestination(result->lossless());
        if (destination != Destination::Cancel)
            finishImport(result->plan, result->history, result->lossless(), name, destination);
        return;
    }
    const Destination destination = askDestination(false);
    if (destination == Destination::Cancel)
        return;
    const bool newPlan = destination == Destination::NewPlan;
    ImportWizard wizard(newPlan ? Plan() : m_document->plan(), newPlan, m_window);
    wizard.setFile(path);
    if (wizard.exec() != QDialog::Accepted)
        return;
    finishImport(wizard.importedPlan(), {}, false, wizard.sourceName(), destination);
}

void TransferActions::importFromClipboard()
{
    const QString text = QApplication::clipboard()->text();
    if (text.trimmed().isEmpty()) {
        emit errorOccurred(tr("The clipboard holds no text. Copy the table in the spreadsheet "
                              "or on the web page first."));
        return;
    }
    const Destination destination = askDestination(false);
    if (destination == Destination::Cancel)
        return;
    const bool newPlan = destination == Destination::NewPlan;
    const Plan target = newPlan ? Plan() : m_document->plan();
    QString error;
    const auto result = PlanImport::readText(text, target, &error);
    if (result && result->format == PlanImport::Format::Iruma) {
        finishImport(result->plan, {}, false, tr("pasted text"), destination);
        return;
    }
    // Any other table: the wizard shows it and lets the columns be mapped.
    ImportWizard wizard(target, newPlan, m_window);
    wizard.setPastedText(text);
    if (wizard.exec() == QDialog::Accepted)
        finishImport(wizard.importedPlan(), {}, false, wizard.sourceName(), destination);
}

void TransferActions::finishImport(const Plan &plan, const QList<HistoryEntry> &history,
                                   bool lossless, const QString &sourceName,
                                   Destination destination)
{
    QString error;
    if (destination == Destination::OpenPlan) {
        if (Editing::importPlan(*m_document, plan, sourceName, &error))
            emit statusMessage(tr("%1 imported: %2 pledges, %3 rows added. Undo takes the "
                                  "import back.")
                                   .arg(sourceName)
                                   .arg(plan.pledges.size())
                                   .arg(plan.rows.size()));
        else
            emit errorOccurred(error);
        return;
    }
    const QString path = DialogSupport::askNewPlanPath(
        m_window, tr("Save Imported Plan As"), QFileInfo(sourceName).completeBaseName(),
        m_document ? m_document->filePath() : QString(), &error);
    if (path.isEmpty()) {
        if (!error.isEmpty())
            emit errorOccurred(error);
        return;
    }
    const auto created = lossless ? Document::createLossless(path, plan, history, &error)
                                  : Document::create(path, plan, &error);
    if (!created) {
        emit errorOccurred(error);
        return;
    }
    emit planCreated(path);
}

void TransferActions::exportAs(int format)
{
    if (!m_document)
        return;
    m_prepare();
    const auto chosen = PlanExport::Format(format);
    const QString suffix = PlanExport::suffix(chosen);
    const QHash<PlanExport::Format, QString> filters{
        {PlanExport::Format::Csv, tr("CSV files (*.csv)")},
        {PlanExport::Format::Xlsx, tr("Excel workbooks (*.xlsx)")},
        {PlanExport::Format::Json, tr("Pledge Tracker JSON (*.json)")}};
    const QFileInfo info(m_document->filePath());
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export"),
        info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + suffix),
        filters.value(chosen));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    if (const QString refused = OutputPath::refusal(path, m_document->filePath());
        !refused.isEmpty()) {
        emit errorOccurred(refused);
        return;
    }
    QProgressDialog progress(tr("Writing %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0,
                             1000, m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    QString error;
    const bool japanese = Translations::current() == QStringLiteral("ja");
    if (PlanExport::write(m_document->plan(), m_document->allHistory(), chosen, path, &error,
                          progressOf(progress), japanese))
        emit statusMessage(tr("%1 written.").arg(path));
    else if (!progress.wasCanceled())
        emit errorOccurred(error);
}
