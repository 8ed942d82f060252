#include "outputpath.h"

#include <QFile>
#include <QFileInfo>

QString OutputPath::refusal(const QString &output, const QString &input)
{
    const QFileInfo out(output);
    if (!out.exists())
        return {};
    if (!input.isEmpty() && out.canonicalFilePath() == QFileInfo(input).canonicalFilePath())
        return tr("%1: is the plan being read; choose another name for the output.").arg(output);
    QFile file(output);
    if (file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16))
        return tr("%1: is a plan or another database; it is left as it is. Choose another "
                  "name for the output.")
            .arg(output);
    return {};
}
