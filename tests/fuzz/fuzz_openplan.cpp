// libFuzzer target: any bytes opened as a .pledges file are refused with a message or read
// as a plan, never a crash.
#include "document/document.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_openplan";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fuzz.pledges"));
    for (const QString &leftover : {path, path + QStringLiteral("-journal"),
                                    QStringLiteral("%1/.~lock.fuzz.pledges#").arg(dir.path())})
        QFile::remove(leftover);
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return 0;
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    QString error;
    auto doc = Document::open(path, Document::Access::ReadWrite, &error);
    if (!doc && error.isEmpty())
        abort(); // a refusal must say why
    return 0;
}
