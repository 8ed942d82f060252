#include "importwizard.h"
#include "importcolumnspage.h"
#include "importfilepage.h"
#include "importheaderpage.h"
#include "importstatuspage.h"
#include "importsummarypage.h"

#include <QFileInfo>
#include <QLocale>
#include <QProgressDialog>
#include <QSaveFile>

ImportWizard::ImportWizard(const Plan &target, bool newPlan, QWidget *parent)
    : QWizard(parent), m_target(target), m_newPlan(newPlan), m_filePage(new ImportFilePage(this))
{
    setWindowTitle(tr("Import Sheet"));
    setOption(QWizard::NoBackButtonOnStartPage);
    m_mapping.createPeriods = newPlan;
    setPage(FilePageId, m_filePage);
    setPage(HeaderPageId, new ImportHeaderPage(this));
    setPage(ColumnsPageId, new ImportColumnsPage(this));
    setPage(StatusPageId, new ImportStatusPage(this));
    setPage(SummaryPageId, new ImportSummaryPage(this));
    resize(920, 640);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::setFile(const QString &path)
{
    m_filePage->setFile(path);
}

void ImportWizard::setPastedText(const QString &text)
{
    m_filePage->setPastedText(text);
}

Plan ImportWizard::importedPlan() const
{
    if (!m_result.plan)
        return Plan();
    Plan plan = *m_result.plan;
    if (plan.info.title.isEmpty())
        plan.info.title = QFileInfo(m_sourceName).completeBaseName();
    return plan;
}

bool ImportWizard::saveMapping(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_mapping.toJson()) < 0 || !file.commit()) {
        *error = tr("%1: cannot be written (%2).").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool ImportWizard::japaneseLabels() const
{
    return QLocale().language() == QLocale::Japanese;
}

void ImportWizard::setSheet(std::optional<Sheet> sheet, const QString &sourceName)
{
    m_sheet = std::move(sheet);
    m_sourceName = sourceName;
    ++m_sheetGeneration;
    m_result = SheetImport::Result();
}

const SheetImport::Result &ImportWizard::runImport()
{
    m_result = SheetImport::Result();
    if (!m_sheet)
        return m_result;
    m_mapping.createPeriods = m_newPlan;
    SheetImport import(m_target, m_mapping);
    withProgress(tr("Reading the lines of %1…").arg(m_sourceName),
                 [&](const ProgressCallback &progress) {
                     import.setProgress(progress);
                     m_result = import.run(*m_sheet);
                 });
    return m_result;
}

bool ImportWizard::withProgress(const QString &label,
                                const std::function<void(const ProgressCallback &)> &work)
{
    QProgressDialog dialog(label, tr("Cancel"), 0, 1000, this);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(400);
    dialog.setAutoReset(false);
    dialog.setValue(0);
    work([&dialog](qint64 done, qint64 total) {
        // QProgressDialog counts in int; large counts are scaled to per mille.
        dialog.setValue(total > 0 ? int(done * 1000 / total) : 0);
        return !dialog.wasCanceled();
    });
    return !dialog.wasCanceled();
}
