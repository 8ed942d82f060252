#include "planlock.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QSaveFile>
#include <QSysInfo>

#include <cerrno>
#include <csignal>
#include <pwd.h>
#include <unistd.h>

namespace {
// Documents of this process holding each lock file: the file goes when the last one closes
// (the editor opens the new document before it closes the old one on the same path).
QHash<QString, int> &holders()
{
    static QHash<QString, int> counts;
    return counts;
}

bool processAlive(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno != ESRCH);
}

// The login name from the environment, or from the password database when a service or a
// container starts the program without USER.
QString currentUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty()) {
        if (const passwd *entry = ::getpwuid(::geteuid()))
            user = QString::fromLocal8Bit(entry->pw_name);
    }
    return user;
}
} // namespace

PlanLock::~PlanLock()
{
    release();
}

QString PlanLock::lockPath(const QString &planPath)
{
    const QFileInfo info(planPath);
    return info.absolutePath() + QStringLiteral("/.~lock.") + info.fileName() + QLatin1Char('#');
}

PlanLock::Owner PlanLock::self()
{
    return {currentUser(), QSysInfo::machineHostName(), qint64(::getpid()),
            QDateTime::currentDateTime()};
}

PlanLock::Owner PlanLock::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // user,host,pid,since: one line, as LibreOffice writes its own lock files.
    const QStringList parts =
        QString::fromUtf8(file.readLine(4096)).trimmed().split(QLatin1Char(','));
    if (parts.size() < 4)
        return {};
    return {parts.at(0), parts.at(1), parts.at(2).toLongLong(),
            QDateTime::fromString(parts.at(3), Qt::ISODate)};
}

QString PlanLock::describe(const Owner &owner)
{
    return tr("%1 on %2 since %3")
        .arg(owner.user, owner.host, QLocale().toString(owner.since, QLocale::ShortFormat));
}

bool PlanLock::acquire(const QString &planPath, Owner *holder, QString *error)
{
    const QString path = lockPath(planPath);
    const Owner me = self();
    if (QFileInfo::exists(path)) {
        const Owner other = read(path);
        const bool stale = other.host == me.host && !processAlive(other.pid);
        const bool mine = other.host == me.host && other.pid == me.pid;
        if (other.isValid() && !stale && !mine) {
            *holder = other;
            *error = tr("%1 is open for editing by %2.")
                         .arg(QFileInfo(planPath).fileName(), describe(other));
            return false;
        }
    }
    QSaveFile file(path);
    const QByteArray line = QStringLiteral("%1,%2,%3,%4\n")
                                .arg(me.user, me.host)
                                .arg(me.pid)
                                .arg(me.since.toString(Qt::ISODate))
                                .toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(line) != line.size() || !file.commit()) {
        *error = tr("%1: the lock file %2 cannot be written (%3).")
                     .arg(QFileInfo(planPath).fileName(), path, file.errorString());
        return false;
    }
    m_path = path;
    ++holders()[path];
    return true;
}

void PlanLock::release()
{
    if (m_path.isEmpty())
        return;
    if (--holders()[m_path] <= 0) {
        holders().remove(m_path);
        const Owner owner = read(m_path);
        if (owner.pid == qint64(::getpid()) && owner.host == QSysInfo::machineHostName())
            QFile::remove(m_path);
    }
    m_path.clear();
}
