#include "reportactions.h"
#include "cli/translations.h"
#include "dialogs/reportdialog.h"
#include "document/document.h"
#include "io/outputpath.h"
#include "report/progressreport.h"
#include "report/reportrenderer.h"
#include "report/reportwriter.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>

ReportActions::ReportActions(QWidget *window, std::function<RowFilter()> prepare)
    : QObject(window), m_window(window), m_prepare(std::move(prepare))
{
    preview = new QAction(this);
    connect(preview, &QAction::triggered, this, &ReportActions::showPreview);
    print = new QAction(this);
    print->setShortcut(QKeySequence::Print);
    connect(print, &QAction::triggered, this, &ReportActions::printReport);
    exportPdf = new QAction(this);
    exportPdf->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(exportPdf, &QAction::triggered, this, &ReportActions::writePdf);
    retranslate();
    setDocument(nullptr);
}

void ReportActions::retranslate()
{
    preview->setText(tr("Print Pre&view…"));
    print->setText(tr("&Print…"));
    exportPdf->setText(tr("&Export PDF…"));
}

void ReportActions::setDocument(Document *document)
{
    m_document = document;
    for (QAction *action : {preview, print, exportPdf})
        action->setEnabled(document != nullptr);
}

bool ReportActions::chooseReport(ReportOptions *options)
{
    if (!m_document)
        return false;
    const RowFilter filter = m_prepare();
    ReportDialog dialog(m_document->plan(), filter, Translations::current() == QStringLiteral("ja"),
                        m_window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *options = dialog.options();
    return true;
}

void ReportActions::showPreview()
{
    ReportOptions options;
    if (!chooseReport(&options))
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(options.pageLayout());
    ReportRenderer renderer(ProgressReport::build(m_document->plan(), options));
    QPrintPreviewDialog preview(&printer, m_window);
    connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
            [&renderer](QPrinter *p) { renderer.print(p); });
    preview.exec();
}

void ReportActions::printReport()
{
    ReportOptions options;
    if (!chooseReport(&options))
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(options.pageLayout());
    QPrintDialog dialog(&printer, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ReportRenderer renderer(ProgressReport::build(m_document->plan(), options));
    QProgressDialog progress(tr("Printing…"), tr("Cancel"), 0, 1, m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QString error;
    const bool printed = renderer.print(
        &printer,
        [&progress](int done, int total) {
            progress.setMaximum(total);
            progress.setValue(done);
            return !progress.wasCanceled();
        },
        &error);
    if (!printed) {
        printer.abort();
        if (!progress.wasCanceled())
            emit errorOccurred(error);
    }
}

void ReportActions::writePdf()
{
    ReportOptions options;
    if (!chooseReport(&options))
        return;
    const QFileInfo info(m_document->filePath());
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export PDF"),
        info.dir().filePath(info.completeBaseName() + QStringLiteral(".pdf")),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (const QString refused = OutputPath::refusal(path, m_document->filePath());
        !refused.isEmpty()) {
        emit errorOccurred(refused);
        return;
    }
    QProgressDialog progress(tr("Writing %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 1,
                             m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QString error;
    int pages = 0;
    const bool written = ReportWriter::writePdf(
        m_document->plan(), options, path, &error,
        [&progress](int done, int total) {
            progress.setMaximum(total);
            progress.setValue(done);
            return !progress.wasCanceled();
        },
        &pages);
    if (written)
        emit statusMessage(tr("%1 written, %2 pages.").arg(path).arg(pages));
    else if (!progress.wasCanceled())
        emit errorOccurred(error);
}
