#include "changesreportwriter.h"

#include "changespages.h"
#include "changesreport.h"
#include "report/reportrenderer.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

bool ChangesReportWriter::print(const ChangesReport &report, QPagedPaintDevice *device,
                                QString *error, int *pageCount)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        *error = tr("Printing needs the application's fonts, which a console run does not load.");
        return false;
    }
    const QRect area = device->pageLayout().paintRectPixels(device->logicalDpiX());
    // The summary's type size: a list of changes reads like it, not like the dense table.
    ReportOptions sized = report.options;
    sized.layout = ReportOptions::Layout::Summary;
    ChangesPages pages(report, device, area.size(), ReportRenderer::preferredBodySize(sized));
    pages.layout({});
    QPainter painter;
    if (!painter.begin(device)) {
        *error = tr("The pages cannot be painted.");
        return false;
    }
    for (int page = 0; page < pages.pageCount(); ++page) {
        if (page > 0 && !device->newPage()) {
            *error = tr("Page %1 cannot be started.").arg(page + 1);
            return false;
        }
        pages.paintPage(&painter, page);
    }
    if (!painter.end()) {
        *error = tr("The pages cannot be finished.");
        return false;
    }
    if (pageCount)
        *pageCount = pages.pageCount();
    return true;
}

bool ChangesReportWriter::writePdf(const ChangesReport &report, const QString &path, QString *error,
                                   int *pages)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1: cannot be written (%2).").arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(report.options.pageLayout());
        writer.setTitle(report.planTitle + QLatin1Char(' ') + report.title);
        writer.setCreator(QStringLiteral("Pledge Tracker"));
        QString why;
        if (!print(report, &writer, &why, pages)) {
            file.cancelWriting();
            *error = tr("%1: not written (%2)").arg(path, why);
            return false;
        }
    }
    if (!file.commit()) {
        *error = tr("%1: cannot be written (%2).").arg(path, file.errorString());
        return false;
    }
    return true;
}
