#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// Who has a plan open for writing: a small lock file beside the plan (like LibreOffice's
// ".~lock.name#"), so a second editor learns who, where and since when, and can open the plan
// read-only instead. A lock left by a process that died on this host is cleared.
class PlanLock
{
    Q_DECLARE_TR_FUNCTIONS(PlanLock)

public:
    struct Owner
    {
        QString user;
        QString host;
        qint64 pid = 0;
        QDateTime since;
        bool isValid() const { return !user.isEmpty() || pid != 0; }
    };

    PlanLock() = default;
    ~PlanLock();
    PlanLock(const PlanLock &) = delete;
    PlanLock &operator=(const PlanLock &) = delete;

    static QString lockPath(const QString &planPath);
    // Takes the lock; false when another live editor holds it (*holder says who) or the lock
    // file cannot be written (*error says why; holder stays invalid).
    bool acquire(const QString &planPath, Owner *holder, QString *error);
    void release();
    bool isHeld() const { return !m_path.isEmpty(); }

    static Owner read(const QString &lockPath);
    static Owner self();
    // "tanaka on pc-12 since 2026-11-23 09:15"
    static QString describe(const Owner &owner);

private:
    QString m_path;
};
