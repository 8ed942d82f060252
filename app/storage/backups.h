#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

// Rotating backup copies of a plan, made with SQLite's backup API each time the editor opens
// it for writing (at the latest before its first change), kept in the user's data folder,
// and put back by File ▸ Restore from Backup.
class Backups
{
    Q_DECLARE_TR_FUNCTIONS(Backups)

public:
    struct Entry
    {
        QString path;
        QDateTime made; // local time, from the file name
        qint64 size = 0;
    };

    // Where a plan's backups go: one folder per plan file.
    static QString folderFor(const QString &planPath);
    // How many backups of a plan are kept (QSettings "backups/keep", 5 by default).
    static int keepCount();

    // Makes a backup of the plan file and deletes the oldest beyond keepCount(). It reads the
    // file through a connection of its own, so it may run on another thread (see BackupJob)
    // while the plan is open; the copy is consistent as of a committed transaction.
    static bool make(const QString &planPath, QString *error);
    // The plan's backups, newest first.
    static QList<Entry> list(const QString &planPath);
    // Replaces the (closed) plan file with a backup, in one rename. The backup is checked
    // like any plan before it is used.
    static bool restore(const QString &backupPath, const QString &planPath, QString *error);
};
