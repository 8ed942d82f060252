#include "reportrenderer.h"

#include "reportpages.h"
#include "summarypages.h"
#include "tablepages.h"

#include <QGuiApplication>
#include <QPagedPaintDevice>
#include <QPainter>

ReportRenderer::ReportRenderer(ProgressReport report) : m_report(std::move(report)) {}

ReportRenderer::~ReportRenderer() = default;

qreal ReportRenderer::preferredBodySize(const ReportOptions &options)
{
    const bool a3 = options.paper == ReportOptions::Paper::A3;
    if (options.layout == ReportOptions::Layout::Summary)
        return a3 ? 11 : 9;
    return a3 ? 9.5 : 8;
}

bool ReportRenderer::report(const Progress &progress, int done) const
{
    return !progress || progress(done, 2 * m_steps);
}

bool ReportRenderer::layout(QPaintDevice *device, const QSizeF &pageSize, const Progress &progress)
{
    Q_ASSERT_X(qobject_cast<QGuiApplication *>(QCoreApplication::instance()), "ReportRenderer",
               "needs a QGuiApplication");
    const qreal size = preferredBodySize(m_report.options);
    if (m_report.options.layout == ReportOptions::Layout::Summary)
        m_pages = std::make_unique<SummaryPages>(m_report, device, pageSize, size);
    else
        m_pages = std::make_unique<TablePages>(m_report, device, pageSize, size);
    m_steps = m_pages->layoutSteps();
    if (!report(progress, 0))
        return false;
    return m_pages->layout([&](int done) { return report(progress, done); });
}

int ReportRenderer::pageCount() const
{
    return m_pages ? m_pages->pageCount() : 0;
}

void ReportRenderer::paintPage(QPainter *painter, int page) const
{
    if (m_pages)
        m_pages->paintPage(painter, page);
}

bool ReportRenderer::print(QPagedPaintDevice *device, const Progress &progress, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(tr("Printing needs the application's fonts, which a console run does not "
                       "load."));
    const QRect area = device->pageLayout().paintRectPixels(device->logicalDpiX());
    if (!layout(device, area.size(), progress))
        return fail(tr("Cancelled."));
    QPainter painter;
    if (!painter.begin(device))
        return fail(tr("The pages cannot be painted."));
    painter.setRenderHint(QPainter::Antialiasing);
    const int pages = pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device->newPage())
            return fail(tr("Page %1 cannot be started.").arg(page + 1));
        paintPage(&painter, page);
        if (!report(progress, m_steps + m_steps * (page + 1) / pages))
            return fail(tr("Cancelled."));
    }
    if (!painter.end())
        return fail(tr("The pages cannot be finished."));
    return true;
}
