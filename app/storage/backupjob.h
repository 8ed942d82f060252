#pragma once

#include <QObject>
#include <QString>

class QThread;

// Makes a plan's backup (Backups::make) on a thread of its own, so that opening a large plan
// shows it without waiting for the copy. Deleting the job waits for the thread.
class BackupJob : public QObject
{
    Q_OBJECT

public:
    explicit BackupJob(const QString &planPath, QObject *parent = nullptr);
    ~BackupJob() override;

    // Blocks until the copy is done; false, with *error saying why, when none was made.
    bool wait(QString *error = nullptr);

signals:
    // Delivered on the thread that made the job, once the copy has failed; a success says
    // nothing.
    void failed(const QString &error);

private:
    QThread *m_thread = nullptr;
    bool m_made = false; // written by the worker, read only after it has finished
    QString m_error;
};
