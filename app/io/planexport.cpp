#include "planexport.h"
#include "csvexport.h"
#include "planjson.h"
#include "xlsxexport.h"

#include <QSaveFile>

PlanExport::Format PlanExport::formatFromName(const QString &name, bool *known)
{
    const QString lower = name.toLower();
    *known = lower == QStringLiteral("csv") || lower == QStringLiteral("xlsx") ||
             lower == QStringLiteral("json");
    return lower == QStringLiteral("xlsx")   ? Format::Xlsx
           : lower == QStringLiteral("json") ? Format::Json
                                             : Format::Csv;
}

QString PlanExport::suffix(Format format)
{
    switch (format) {
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::Xlsx:
        return QStringLiteral("xlsx");
    case Format::Json:
        return QStringLiteral("json");
    }
    return {};
}

bool PlanExport::write(const Plan &plan, const QList<HistoryEntry> &history, Format format,
                       const QString &path, QString *error, const ProgressCallback &progress,
                       bool japanese)
{
    switch (format) {
    case Format::Csv:
        return CsvExport::write(plan, path, error, progress);
    case Format::Xlsx:
        return XlsxExport::write(plan, path, error, progress, japanese);
    case Format::Json:
        break;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(PlanJson::write(plan, history)) < 0 ||
        !file.commit()) {
        *error = tr("%1: cannot be written (%2).").arg(path, file.errorString());
        return false;
    }
    return true;
}
