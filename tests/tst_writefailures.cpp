#include "document/document.h"
#include "document/editing.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

// Writes that the file refuses (disk full, a text beyond the limit) fail with a clear message,
// leave the document as the file is, and the editor goes on working.
class TestWriteFailures : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void diskFullIsReportedAndSurvived();
    void oversizedTextIsRefused();

private:
    // The document's own connection, found by its file: the test plays the full disk there.
    QSqlDatabase documentConnection() const;
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Document> m_doc;
};

void TestWriteFailures::init()
{
    m_path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) +
                            QStringLiteral(".pledges"));
    QString error;
    m_doc = Document::create(m_path, TestSupport::samplePlan(QStringLiteral("tokorozawa")), &error);
    QVERIFY2(m_doc, qPrintable(error));
}

void TestWriteFailures::cleanup()
{
    m_doc.reset();
}

QSqlDatabase TestWriteFailures::documentConnection() const
{
    for (const QString &name : QSqlDatabase::connectionNames()) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.databaseName() == m_path && db.isOpen())
            return db;
    }
    return {};
}

void TestWriteFailures::diskFullIsReportedAndSurvived()
{
    QSqlDatabase db = documentConnection();
    QVERIFY(db.isValid());
    QSqlQuery pages(QStringLiteral("PRAGMA page_count"), db);
    QVERIFY(pages.next());
    const int pageCount = pages.value(0).toInt();
    QSqlQuery full(db);
    QVERIFY(full.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pageCount)));

    QSignalSpy failed(m_doc.get(), &Document::writeFailed);
    const qint64 row = m_doc->plan().rows.at(3).id;
    const qint64 period = m_doc->plan().periods.at(3).id;
    const Cell before = m_doc->plan().cell(row, period);
    Cell big = before;
    big.narrative = QString(200000, QChar(0x72B6)); // 状, far more than the free pages hold
    QVERIFY(!Editing::setCell(*m_doc, row, period, big));
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.first().at(0).toString().contains(QStringLiteral("full"), Qt::CaseInsensitive),
             qPrintable(failed.first().at(0).toString()));
    QCOMPARE(m_doc->plan().cell(row, period), before);
    QCOMPARE(m_doc->undoStack()->count(), 0);

    QVERIFY(full.exec(QStringLiteral("PRAGMA max_page_count = 1000000"))); // room again
    QVERIFY(Editing::setCell(*m_doc, row, period, big));
    m_doc.reset();
    QString error;
    auto reopened = Document::open(m_path, Document::Access::ReadOnly, &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(reopened->plan().cell(row, period).narrative.size(), 200000);
}

void TestWriteFailures::oversizedTextIsRefused()
{
    QSignalSpy failed(m_doc.get(), &Document::writeFailed);
    const qint64 row = m_doc->plan().rows.at(0).id;
    const qint64 period = m_doc->plan().periods.at(0).id;
    Cell huge = m_doc->plan().cell(row, period);
    huge.plan =
        QString(Database::kMaxValueBytes, QLatin1Char('x')); // one byte over with UTF-8 of the rest
    huge.plan += QStringLiteral("超");
    QVERIFY(!Editing::setCell(*m_doc, row, period, huge));
    QCOMPARE(failed.size(), 1);
    QVERIFY(m_doc->plan().cell(row, period).plan.size() < 1000);
    Cell fine = m_doc->plan().cell(row, period);
    fine.plan = QStringLiteral("ふつうの計画");
    QVERIFY(Editing::setCell(*m_doc, row, period, fine)); // and editing goes on
}

QTEST_GUILESS_MAIN(TestWriteFailures)
#include "tst_writefailures.moc"
