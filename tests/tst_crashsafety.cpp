#include "document/document.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <csignal>

// A process making edits is killed with SIGKILL at random moments, many times: the file stays
// intact and every edit it had reported done is there.
class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void killedEditorLosesNothing();
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

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
