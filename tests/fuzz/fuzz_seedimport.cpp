// libFuzzer target: any bytes given to the sample-plan importer end in a plan or an error,
// never a crash.
#include "io/seedimport.h"

#include <QCoreApplication>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_seedimport";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    QString error;
    const auto plan = SeedImport::read(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)),
        QStringLiteral("fuzz.json"), &error);
    if (!plan && error.isEmpty())
        abort(); // a refusal must say why
    return 0;
}
