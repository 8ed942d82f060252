// libFuzzer target: any bytes given to the importers — our JSON, Iruma's table, a pasted sheet
// through a guessed column mapping, a mapping file — end in a plan or an error, never a crash.
#include "io/columnmapping.h"
#include "io/irumatableimport.h"
#include "io/planimport.h"
#include "io/planjson.h"

#include <QCoreApplication>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_planimport";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString text = QString::fromUtf8(bytes);
    QString error;
    if (!PlanJson::read(bytes, QStringLiteral("fuzz.json"), &error) && error.isEmpty())
        abort(); // a refusal must say why
    error.clear();
    if (!IrumaTableImport::read(text, QStringLiteral("fuzz.txt"), &error) && error.isEmpty())
        abort();
    error.clear();
    if (!PlanImport::readText(text, Plan(), &error) && error.isEmpty())
        abort();
    error.clear();
    if (!ColumnMapping::fromJson(bytes, &error) && error.isEmpty())
        abort();
    return 0;
}
