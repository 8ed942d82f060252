#pragma once

#include "reportrenderer.h"

#include <QCoreApplication>

struct Plan;

// Export PDF: a report written through QSaveFile, so the file appears whole or not at all. A
// cancelled or failed export leaves no file behind, and an existing file at the path stays as
// it was.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    // pages, when given, receives the number of pages written.
    static bool writePdf(const Plan &plan, const ReportOptions &options, const QString &path,
                         QString *error, const ReportRenderer::Progress &progress = {},
                         int *pages = nullptr);
};
