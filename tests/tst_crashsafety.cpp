#include "document/document.h"
#include "storage/database.h"
#include "storage/planlock.h"
#include "storage/schema.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>

// A process making edits is killed with SIGKILL at random moments, many times: the file stays
// intact and every edit it had reported done is there.
class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void killedEditorLosesNothing();
    void killedMigrationLeavesOldOrNew();
};

void TestCrashSafety::killedEditorLosesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.pledges"));
    QString error;
    QVERIFY2(Document::create(path, TestSupport::samplePlan(QStringLiteral("iruma")), &error),
             qPrintable(error));
    QRandomGenerator random(20261123); // repeatable moments
    const int runs = 25;
    int reportedTotal = 0;
    for (int run = 0; run < runs; ++run) {
        QProcess worker;
        worker.start(QStringLiteral(CRASHWORKER_EXE), {path, QString::number(run)});
        QVERIFY(worker.waitForStarted());
        QTest::qWait(30 + int(random.bounded(250)));
        ::kill(pid_t(worker.processId()), SIGKILL);
        QVERIFY(worker.waitForFinished());
        // The last edit each row had reported done.
        QHash<qint64, int> lastDone;
        int lastIndex = -1;
        const QList<QByteArray> lines = worker.readAllStandardOutput().split('\n');
        for (const QByteArray &line : lines) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() != 2)
                continue; // a line cut by the kill
            lastIndex = parts.at(0).toInt();
            lastDone.insert(parts.at(1).toLongLong(), lastIndex);
        }
        reportedTotal += lastIndex + 1;

        auto db = Database::open(path, Database::Access::ReadOnly, &error);
        QVERIFY2(db, qPrintable(error)); // header, quick_check and schema all fine
        QSqlQuery check(QStringLiteral("PRAGMA integrity_check"), db->connection());
        QVERIFY(check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        db.reset();
        auto doc = Document::open(path, Document::Access::ReadOnly, &error);
        QVERIFY2(doc, qPrintable(error));
        const qint64 period = doc->plan().periods.first().id;
        const int rows = int(doc->plan().rows.size());
        for (auto it = lastDone.cbegin(); it != lastDone.cend(); ++it) {
            const QString onDisk = doc->plan().cell(it.key(), period).narrative;
            // Reported edits are there; the one in flight when killed may be too, if it
            // committed before its line was written.
            const QString reported = QStringLiteral("run %1 edit %2").arg(run).arg(it.value());
            const QString inFlight =
                QStringLiteral("run %1 edit %2").arg(run).arg(it.value() + rows);
            QVERIFY2(onDisk == reported ||
                         (it.value() + rows == lastIndex + 1 && onDisk == inFlight),
                     qPrintable(QStringLiteral("run %1 row %2: %3, expected %4")
                                    .arg(run)
                                    .arg(it.key())
                                    .arg(onDisk, reported)));
        }
    }
    QVERIFY2(reportedTotal > runs, "the worker made hardly any edits before it was killed");
    qInfo("%d runs killed, %d edits reported and found", runs, reportedTotal);
}

// Files of the previous schema version are opened (and so migrated) by a process killed at
// random moments: each file is afterwards either still at the old version, intact, and
// migrates on the next open, or fully migrated.
void TestCrashSafety::killedMigrationLeavesOldOrNew()
{
    QTemporaryDir dir;
    QRandomGenerator random(1123);
    int stayedOld = 0;
    // How long an undisturbed open and migration takes here: the kills fall within it.
    qint64 window = 0;
    {
        const QString path = dir.filePath(QStringLiteral("timing.pledges"));
        QString error;
        Database::createAtVersion(path, 1, &error);
        QElapsedTimer timer;
        timer.start();
        QProcess worker;
        worker.start(QStringLiteral(CRASHWORKER_EXE), {path});
        QVERIFY(worker.waitForFinished());
        window = timer.nsecsElapsed() / 1000; // µs
    }
    for (int i = 0; i < 20; ++i) {
        const QString path = dir.filePath(QStringLiteral("v1-%1.pledges").arg(i));
        QString error;
        {
            auto db = Database::createAtVersion(path, 1, &error);
            QVERIFY2(db, qPrintable(error));
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO scales (id, name) VALUES (1, 'A–D')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO plan_info (id, title, period_scale_id)"
                                          " VALUES (1, '計画', 1)")));
        }
        QProcess worker;
        worker.start(QStringLiteral(CRASHWORKER_EXE), {path});
        QVERIFY(worker.waitForStarted());
        QThread::usleep(random.bounded(quint32(window))); // start-up, checks or migration
        ::kill(pid_t(worker.processId()), SIGKILL);
        worker.waitForFinished();
        QFile::remove(
            PlanLock::lockPath(path)); // the killed process's lock, as a new editor would clear it

        int version = -1;
        {
            auto db = Database::open(path, Database::Access::ReadOnly, &error); // migrates a copy
            QVERIFY2(db, qPrintable(error));
        }
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        {
            QSqlQuery q(QStringLiteral("PRAGMA user_version"), raw);
            QVERIFY(q.next());
            version = q.value(0).toInt();
            QSqlQuery check(QStringLiteral("PRAGMA integrity_check"), raw);
            QVERIFY(check.next());
            QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        }
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        QVERIFY2(version == 1 || version == Schema::kCurrentVersion,
                 qPrintable(QString::number(version)));
        stayedOld += version == 1;
        auto doc = Document::open(path, Document::Access::ReadWrite, &error); // reruns it if needed
        QVERIFY2(doc, qPrintable(error));
        QCOMPARE(doc->plan().info.title, QStringLiteral("計画"));
    }
    qInfo("20 migrations killed: %d left at the old version and migrated again", stayedOld);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
