#include "reportwriter.h"

#include "domain/plan.h"

#include <QPdfWriter>
#include <QSaveFile>

bool ReportWriter::writePdf(const Plan &plan, const ReportOptions &options, const QString &path,
                            QString *error, const ReportRenderer::Progress &progress, int *pages)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1: cannot be written (%2).").arg(path, file.errorString());
        return false;
    }
    ReportRenderer renderer(ProgressReport::build(plan, options));
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(options.pageLayout());
        writer.setTitle(renderer.report().title);
        writer.setCreator(QStringLiteral("Pledge Tracker"));
        QString why;
        if (!renderer.print(&writer, progress, &why)) {
            file.cancelWriting();
            *error = tr("%1: not written (%2)").arg(path, why);
            return false;
        }
    }
    if (!file.commit()) {
        *error = tr("%1: cannot be written (%2).").arg(path, file.errorString());
        return false;
    }
    if (pages)
        *pages = renderer.pageCount();
    return true;
}
