#pragma once

#include "progressreport.h"

#include <QCoreApplication>
#include <QSizeF>

#include <functional>
#include <memory>

class QPagedPaintDevice;
class QPaintDevice;
class QPainter;
class ReportPages;

// Paints a report onto any paint device: a QPrinter for Print and the print preview, a
// QPdfWriter for Export PDF and the command line, a QImage in tests. Two passes: layout()
// measures every text with the device's resolution and breaks the pages, so the footer knows
// N in "n / N"; then pages are painted, in any order and as often as asked.
//
// Progress goes to a callback with (done, total); returning false cancels. total stays the
// same from the first call to the last: layout is the first half, painting the second.
// Needs a QGuiApplication (fonts).
class ReportRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ReportRenderer)

public:
    using Progress = std::function<bool(int done, int total)>;

    explicit ReportRenderer(ProgressReport report);
    ~ReportRenderer();
    ReportRenderer(const ReportRenderer &) = delete;
    ReportRenderer &operator=(const ReportRenderer &) = delete;

    const ProgressReport &report() const { return m_report; }

    // Lays the report out on pages of pageSize (the printable area, in device units) for the
    // device's resolution. False when cancelled.
    bool layout(QPaintDevice *device, const QSizeF &pageSize, const Progress &progress = {});
    int pageCount() const;
    // Paints one page (from 0) after layout(), the painter's origin at the printable area's
    // top left, on the device layout() measured for (or one of the same resolution).
    void paintPage(QPainter *painter, int page) const;

    // Lays out for the device's current page layout (what the print dialog chose; set
    // ReportOptions::pageLayout() on it first to follow the options), then paints every page,
    // calling device->newPage() between them. False with a message when cancelled or when the
    // device cannot be painted on.
    bool print(QPagedPaintDevice *device, const Progress &progress = {}, QString *error = nullptr);

    // The body type size the paper suggests (A4 8 pt, A3 9.5 pt; the summary a little larger).
    static qreal preferredBodySize(const ReportOptions &options);

private:
    bool report(const Progress &progress, int done) const;

    ProgressReport m_report;
    std::unique_ptr<ReportPages> m_pages;
    int m_steps = 0; // layout steps: the first half of the progress total
};
