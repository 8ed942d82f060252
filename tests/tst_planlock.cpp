#include "document/document.h"
#include "document/editing.h"
#include "storage/planlock.h"
#include "testsupport.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTemporaryDir>

// Two editors on one file: the second learns who has it and may open it read-only; a lock left
// by a dead process is cleared; a read-only view follows what the writer saves.
class TestPlanLock : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void lockLivesWithTheDocument();
    void anotherEditorIsNamed();
    void staleLockIsCleared();
    void readOnlyViewFollowsTheWriter();
    void userNamedWithoutEnvironment();

private:
    void writeLock(const QString &user, const QString &host, qint64 pid);
    QTemporaryDir m_dir;
    QString m_path;
};

void TestPlanLock::init()
{
    m_path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) +
                            QStringLiteral(".pledges"));
    QString error;
    QVERIFY2(Document::create(m_path, TestSupport::samplePlan(QStringLiteral("iruma")), &error),
             qPrintable(error));
    QVERIFY(!QFile::exists(PlanLock::lockPath(m_path))); // released when create's document closed
}

void TestPlanLock::writeLock(const QString &user, const QString &host, qint64 pid)
{
    QFile file(PlanLock::lockPath(m_path));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("%1,%2,%3,2026-11-20T09:15:00\n").arg(user, host).arg(pid).toUtf8());
}

void TestPlanLock::lockLivesWithTheDocument()
{
    QString error;
    auto doc = Document::open(m_path, Document::Access::ReadWrite, &error);
    QVERIFY2(doc, qPrintable(error));
    const PlanLock::Owner owner = PlanLock::read(PlanLock::lockPath(m_path));
    QCOMPARE(owner.pid, QCoreApplication::applicationPid());
    QCOMPARE(owner.host, QSysInfo::machineHostName());
    auto readOnly = Document::open(m_path, Document::Access::ReadOnly, &error);
    QVERIFY(readOnly);
    readOnly.reset(); // a read-only view takes no lock and leaves the writer's in place
    QVERIFY(QFile::exists(PlanLock::lockPath(m_path)));
    doc.reset();
    QVERIFY(!QFile::exists(PlanLock::lockPath(m_path)));
}

void TestPlanLock::anotherEditorIsNamed()
{
    writeLock(QStringLiteral("suzuki"), QStringLiteral("kikaku-pc-07"), 4242);
    QString error;
    PlanLock::Owner holder;
    const QByteArray before = TestSupport::fileBytes(m_path);
    QVERIFY(!Document::open(m_path, Document::Access::ReadWrite, &error, &holder));
    QCOMPARE(holder.user, QStringLiteral("suzuki"));
    QCOMPARE(holder.host, QStringLiteral("kikaku-pc-07"));
    QCOMPARE(holder.since, QDateTime(QDate(2026, 11, 20), QTime(9, 15)));
    QVERIFY2(error.contains(QStringLiteral("suzuki")) &&
                 error.contains(QStringLiteral("kikaku-pc-07")),
             qPrintable(error));
    QCOMPARE(TestSupport::fileBytes(m_path), before);
    auto readOnly = Document::open(m_path, Document::Access::ReadOnly, &error);
    QVERIFY2(readOnly, qPrintable(error));
    QVERIFY(readOnly->isReadOnly());
    QCOMPARE(PlanLock::read(PlanLock::lockPath(m_path)).user, QStringLiteral("suzuki"));
}

void TestPlanLock::staleLockIsCleared()
{
    QProcess finished;
    finished.start(QStringLiteral("true"), {});
    QVERIFY(finished.waitForFinished());
    const qint64 deadPid = finished.processId() ? finished.processId() : 999999;
    writeLock(QStringLiteral("tanaka"), QSysInfo::machineHostName(),
              deadPid > 0 ? deadPid : 999999);
    QString error;
    auto doc = Document::open(m_path, Document::Access::ReadWrite, &error);
    QVERIFY2(doc, qPrintable(error));
    QCOMPARE(PlanLock::read(PlanLock::lockPath(m_path)).pid, QCoreApplication::applicationPid());
}

void TestPlanLock::readOnlyViewFollowsTheWriter()
{
    QString error;
    auto reader = Document::open(m_path, Document::Access::ReadOnly, &error);
    QVERIFY2(reader, qPrintable(error));
    QSignalSpy reloaded(reader.get(), &Document::reloadedFromDisk);
    auto writer = Document::open(m_path, Document::Access::ReadWrite, &error);
    QVERIFY2(writer, qPrintable(error));
    const qint64 row = writer->plan().rows.first().id;
    const qint64 period = writer->plan().periods.first().id;
    QVERIFY(Editing::setStatus(*writer, {{row, period}}, 0));
    QTRY_COMPARE_WITH_TIMEOUT(reloaded.size(), 1, 6000);
    QCOMPARE(reader->plan().cell(row, period).levelId, qint64(0));
}

// Started by a service or in a container without USER, the lock and the history still name
// the user, from the password database.
void TestPlanLock::userNamedWithoutEnvironment()
{
    const QByteArray user = qgetenv("USER");
    const QByteArray username = qgetenv("USERNAME");
    qunsetenv("USER");
    qunsetenv("USERNAME");
    const QString named = PlanLock::self().user;
    qputenv("USER", user);
    qputenv("USERNAME", username);
    QVERIFY(!named.isEmpty());
}

QTEST_GUILESS_MAIN(TestPlanLock)
#include "tst_planlock.moc"
