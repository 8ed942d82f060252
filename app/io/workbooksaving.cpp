#include "workbooksaving.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryFile>

namespace {

bool copyInto(const QString &from, QSaveFile *to)
{
    QFile file(from);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray bytes = file.readAll();
    return to->write(bytes) == bytes.size();
}

} // namespace

bool WorkbookSaving::save(const QString &path, const Writer &write, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1: cannot be written (%2).").arg(path, file.errorString());
        return false;
    }
    QTemporaryFile workbookFile(QDir::tempPath() + QStringLiteral("/pledgetracker-XXXXXX.xlsx"));
    if (!workbookFile.open()) {
        file.cancelWriting();
        *error = tr("%1: not written (a temporary file cannot be created: %2).")
                     .arg(path, workbookFile.errorString());
        return false;
    }
    workbookFile.close(); // libxlsxwriter opens it by name; the object still removes it
    QString why;
    if (!write(workbookFile.fileName(), &why)) {
        file.cancelWriting();
        *error = tr("%1: not written (%2).").arg(path, why);
        return false;
    }
    if (!copyInto(workbookFile.fileName(), &file) || !file.commit()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        *error = tr("%1: cannot be written (%2).").arg(path, reason);
        return false;
    }
    return true;
}
