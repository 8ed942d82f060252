#include "backups.h"
#include "database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace {
const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss-zzz");
}

QString Backups::folderFor(const QString &planPath)
{
    const QFileInfo info(planPath);
    // The path's hash keeps two plans of the same name in different folders apart.
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(info.absoluteFilePath().toUtf8(), QCryptographicHash::Sha1)
            .toHex()
            .left(8));
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/backups/") + info.completeBaseName() + QLatin1Char('-') + hash;
}

int Backups::keepCount()
{
    return qMax(1, QSettings().value(QStringLiteral("backups/keep"), 5).toInt());
}

bool Backups::make(const QString &planPath, QString *error)
{
    const QString folder = folderFor(planPath);
    if (!QDir().mkpath(folder)) {
        *error = tr("The backup folder %1 cannot be created.").arg(folder);
        return false;
    }
    const QString path = folder + QLatin1Char('/') +
                         QDateTime::currentDateTime().toString(kStampFormat) +
                         QStringLiteral(".pledges");
    if (!Database::copyFile(planPath, path, error))
        return false;
    const QList<Entry> entries = list(planPath);
    for (int i = keepCount(); i < entries.size(); ++i)
        QFile::remove(entries.at(i).path);
    return true;
}

QList<Backups::Entry> Backups::list(const QString &planPath)
{
    QList<Entry> entries;
    const QDir folder(folderFor(planPath));
    const QFileInfoList files = folder.entryInfoList({QStringLiteral("*.pledges")}, QDir::Files,
                                                     QDir::Name | QDir::Reversed);
    for (const QFileInfo &file : files) {
        const QDateTime made = QDateTime::fromString(file.completeBaseName(), kStampFormat);
        if (made.isValid())
            entries.append({file.absoluteFilePath(), made, file.size()});
    }
    return entries;
}

bool Backups::restore(const QString &backupPath, const QString &planPath, QString *error)
{
    auto backup = Database::open(backupPath, Database::Access::ReadOnly, error);
    if (!backup)
        return false;
    return backup->saveCopy(planPath, error);
}
