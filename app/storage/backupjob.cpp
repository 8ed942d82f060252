#include "backupjob.h"
#include "backups.h"

#include <QThread>

BackupJob::BackupJob(const QString &planPath, QObject *parent) : QObject(parent)
{
    m_thread = QThread::create([this, planPath] { m_made = Backups::make(planPath, &m_error); });
    connect(m_thread, &QThread::finished, this, [this] {
        if (!m_made)
            emit failed(m_error);
    });
    m_thread->start(QThread::LowPriority);
}

BackupJob::~BackupJob()
{
    m_thread->wait();
    delete m_thread;
}

bool BackupJob::wait(QString *error)
{
    m_thread->wait();
    if (error)
        *error = m_error;
    return m_made;
}
