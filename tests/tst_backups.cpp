#include "document/document.h"
#include "document/editing.h"
#include "storage/backupjob.h"
#include "storage/backups.h"
#include "testsupport.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

// Backups rotate, stay readable plans, and a restore puts back exactly what was backed up.
class TestBackups : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rotatesAndRestores();
    void refusesABrokenBackup();
    void jobCopiesOnAThreadOfItsOwn();

private:
    QTemporaryDir m_dir;
};

void TestBackups::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
         QStringLiteral("/backups"))
        .removeRecursively();
    QSettings().setValue(QStringLiteral("backups/keep"), 3);
}

void TestBackups::rotatesAndRestores()
{
    const QString path = m_dir.filePath(QStringLiteral("plan.pledges"));
    QString error;
    auto doc = Document::create(path, TestSupport::samplePlan(QStringLiteral("iruma")), &error);
    QVERIFY2(doc, qPrintable(error));
    const Plan original = doc->plan();
    QVERIFY2(Backups::make(path, &error), qPrintable(error));
    for (int i = 0; i < 4; ++i) {
        QVERIFY(Editing::setStatus(
            *doc, {{doc->plan().rows.at(i).id, doc->plan().periods.first().id}}, 0));
        QTest::qWait(5); // backups are named by the millisecond
        QVERIFY2(Backups::make(path, &error), qPrintable(error));
    }
    const QList<Backups::Entry> entries = Backups::list(path);
    QCOMPARE(entries.size(), 3); // the oldest were deleted
    QVERIFY(entries.first().made > entries.last().made);
    QVERIFY(entries.first().path.startsWith(Backups::folderFor(path)));

    // The newest backup has all four edits; restoring the oldest kept one gives two of them.
    const Plan edited = doc->plan();
    doc.reset();
    QVERIFY2(Backups::restore(entries.last().path, path, &error), qPrintable(error));
    doc = Document::open(path, Document::Access::ReadWrite, &error);
    QVERIFY2(doc, qPrintable(error));
    int cleared = 0;
    for (int i = 0; i < 4; ++i)
        cleared +=
            doc->plan().cell(original.rows.at(i).id, original.periods.first().id).levelId == 0;
    QCOMPARE(cleared, 2);
    doc.reset();
    QVERIFY(Backups::restore(entries.first().path, path, &error));
    doc = Document::open(path, Document::Access::ReadOnly, &error);
    QCOMPARE(doc->plan(), edited);
}

void TestBackups::refusesABrokenBackup()
{
    const QString path = m_dir.filePath(QStringLiteral("kept.pledges"));
    QString error;
    QVERIFY(Document::create(path, TestSupport::samplePlan(QStringLiteral("tokorozawa")), &error));
    const QByteArray before = TestSupport::fileBytes(path);
    const QString broken = m_dir.filePath(QStringLiteral("broken.pledges"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a plan");
    file.close();
    QVERIFY(!Backups::restore(broken, path, &error));
    QVERIFY2(error.contains(QStringLiteral("broken.pledges")), qPrintable(error));
    QCOMPARE(TestSupport::fileBytes(path), before);
}

// The editor opens a plan and backs it up beside; the copy is the plan as opened.
void TestBackups::jobCopiesOnAThreadOfItsOwn()
{
    const QString path = m_dir.filePath(QStringLiteral("job.pledges"));
    QString error;
    auto doc =
        Document::create(path, TestSupport::samplePlan(QStringLiteral("tokorozawa")), &error);
    QVERIFY2(doc, qPrintable(error));
    {
        BackupJob job(path);
        QSignalSpy failed(&job, &BackupJob::failed);
        QVERIFY2(job.wait(&error), qPrintable(error));
        QCoreApplication::processEvents();
        QCOMPARE(failed.size(), 0);
    }
    const QList<Backups::Entry> entries = Backups::list(path);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(TestSupport::reloadFromDisk(entries.first().path), doc->plan());

    // A plan that has gone away is named in the failure, which is also signalled.
    const QString gone = m_dir.filePath(QStringLiteral("gone.pledges"));
    BackupJob job(gone);
    QSignalSpy failed(&job, &BackupJob::failed);
    QVERIFY(!job.wait(&error));
    QVERIFY2(error.contains(QStringLiteral("gone.pledges")), qPrintable(error));
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().toString(), error);
    QVERIFY(Backups::list(gone).isEmpty());
}

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
