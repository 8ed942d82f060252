#pragma once

#include <QCoreApplication>

class ChangesReport;
class QPagedPaintDevice;

// Prints a changes report: onto any paged device (a printer, a preview) or into a PDF written
// through QSaveFile, so the file appears whole or not at all. Needs a QGuiApplication (fonts).
class ChangesReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ChangesReportWriter)

public:
    // Paints every page on the device's current page layout; false with *error when the
    // device cannot be painted on.
    static bool print(const ChangesReport &report, QPagedPaintDevice *device, QString *error,
                      int *pages = nullptr);
    static bool writePdf(const ChangesReport &report, const QString &path, QString *error,
                         int *pages = nullptr);
};
