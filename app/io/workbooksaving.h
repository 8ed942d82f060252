#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

// libxlsxwriter writes to a file name of its own. This gives it a temporary file and copies
// the finished workbook into path through QSaveFile, so path only ever holds a whole workbook
// (or what it held before).
class WorkbookSaving
{
    Q_DECLARE_TR_FUNCTIONS(WorkbookSaving)

public:
    // write(fileName, &why) writes the workbook; false (with why) leaves path as it was.
    using Writer = std::function<bool(const QString &fileName, QString *why)>;
    static bool save(const QString &path, const Writer &write, QString *error);
};
