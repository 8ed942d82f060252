// libFuzzer target: any bytes handed back as a department's workbook end in changes or
// problems, never a crash. The bytes go through a file, as returned workbooks arrive.
#include "departments/returnedworkbook.h"
#include "io/seedimport.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_returnedworkbook";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static QTemporaryDir dir;
    static const Plan plan = [] {
        QString error;
        return *SeedImport::readFile(QStringLiteral(":/samples/tokorozawa_2024.json"), &error);
    }();
    const QString path = dir.filePath(QStringLiteral("returned.xlsx"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
        abort();
    file.close();
    const ReturnedWorkbook workbook =
        ReturnedWorkbookReader::read(plan, QStringLiteral("fuzz-plan"), path);
    if (!workbook.usable && workbook.problems.isEmpty())
        abort(); // a refusal must say why
    return 0;
}
