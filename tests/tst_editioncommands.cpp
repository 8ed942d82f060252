#include "document/document.h"
#include "document/editing.h"
#include "testsupport.h"

#include <QStandardPaths>
#include <QTemporaryDir>

// `pledgetracker editions list|publish|report` and `report --edition`, through the real
// executable.
class TestEditionCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void publishListAndReportChanges();
    void printAnEditionAsPublished();
    void wrongUsage_data();
    void wrongUsage();
    void unusableInput_data();
    void unusableInput();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString pdfText(const QString &pdf) const;
    QTemporaryDir m_dir;
    QString m_plan;
};

void TestEditionCommands::init()
{
    m_plan = path(QString::fromLatin1(QTest::currentTestFunction()) +
                  QString::fromLatin1(QTest::currentDataTag()).remove(QLatin1Char(' ')) +
                  QStringLiteral(".pledges"));
    QString error;
    QVERIFY2(Document::create(m_plan, TestSupport::samplePlan(QStringLiteral("iruma")), &error),
             qPrintable(error));
}

QString TestEditionCommands::pdfText(const QString &pdf) const
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput()).remove(QLatin1Char(' '));
}

void TestEditionCommands::publishListAndReportChanges()
{
    auto r = TestSupport::runCli({QStringLiteral("editions"), QStringLiteral("publish"), m_plan});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // Named after the plan's as-of date by default.
    QVERIFY2(r.out.contains(QStringLiteral("edition 1 \"令和5年9月末現在\" published")),
             qPrintable(r.out));
    r = TestSupport::runCli({QStringLiteral("editions"), QStringLiteral("publish"),
                             QStringLiteral("--name"), QStringLiteral("第2版"),
                             QStringLiteral("--date"), QStringLiteral("2024-10-15"), m_plan});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = TestSupport::runCli({QStringLiteral("editions"), QStringLiteral("list"), m_plan});
    QCOMPARE(r.code, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    const QStringList second = lines.at(1).split(QLatin1Char('\t'));
    QCOMPARE(second.size(), 5);
    QCOMPARE(second.mid(0, 3), (QStringList{QStringLiteral("2"), QStringLiteral("2024-10-15"),
                                            QStringLiteral("第2版")}));

    {
        QString error;
        auto doc = Document::open(m_plan, Document::Access::ReadWrite, &error);
        QVERIFY2(doc, qPrintable(error));
        const PledgeRow &row = doc->plan().rows.first();
        Cell cell = doc->plan().cell(row.id, doc->plan().periods.first().id);
        cell.narrative = QStringLiteral("公表後の取組状況");
        QVERIFY(Editing::setCell(*doc, row.id, doc->plan().periods.first().id, cell));
    }
    const QString pdf = path(QStringLiteral("changes.pdf"));
    r = TestSupport::runCli({QStringLiteral("editions"), QStringLiteral("report"),
                             QStringLiteral("--since-last"), m_plan, QStringLiteral("-o"), pdf});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("1 change(s)")), qPrintable(r.out));
    QVERIFY(r.err.isEmpty());
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) not installed");
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("比較元：第2版")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("後：公表後の取組状況")), qPrintable(text));

    // Between the two editions nothing changed.
    r = TestSupport::runCli(
        {QStringLiteral("editions"), QStringLiteral("report"), QStringLiteral("--edition"),
         QStringLiteral("1"), QStringLiteral("--to"), QStringLiteral("2"),
         QStringLiteral("--language"), QStringLiteral("en"), m_plan, QStringLiteral("-o"), pdf});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(pdfText(pdf).contains(QStringLiteral("Nochanges.")), qPrintable(pdfText(pdf)));
}

void TestEditionCommands::printAnEditionAsPublished()
{
    auto r = TestSupport::runCli({QStringLiteral("editions"), QStringLiteral("publish"),
                                  QStringLiteral("--name"), QStringLiteral("第1版"), m_plan});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    {
        QString error;
        auto doc = Document::open(m_plan, Document::Access::ReadWrite, &error);
        QVERIFY2(doc, qPrintable(error));
        Pledge pledge = doc->plan().pledges.first();
        pledge.title = QStringLiteral("公表後に変えた公約名");
        QVERIFY(Editing::editPledge(*doc, pledge));
    }
    const QString edition = path(QStringLiteral("edition.pdf"));
    const QString now = path(QStringLiteral("now.pdf"));
    r = TestSupport::runCli({QStringLiteral("report"), QStringLiteral("--layout"),
                             QStringLiteral("table"), QStringLiteral("--edition"),
                             QStringLiteral("1"), m_plan, QStringLiteral("-o"), edition});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = TestSupport::runCli({QStringLiteral("report"), QStringLiteral("--layout"),
                             QStringLiteral("table"), m_plan, QStringLiteral("-o"), now});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) not installed");
    QVERIFY(!pdfText(edition).contains(QStringLiteral("公表後に変えた公約名")));
    QVERIFY(pdfText(now).contains(QStringLiteral("公表後に変えた公約名")));
}

void TestEditionCommands::wrongUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString file = QStringLiteral("FILE");
    QTest::newRow("no action") << QStringList{QStringLiteral("editions")}
                               << QStringLiteral("expects list, publish or report");
    QTest::newRow("report without a side")
        << QStringList{QStringLiteral("editions"), QStringLiteral("report"), file,
                       QStringLiteral("-o"), QStringLiteral("x.pdf")}
        << QStringLiteral("--edition ID or --since-last");
    QTest::newRow("report without -o")
        << QStringList{QStringLiteral("editions"), QStringLiteral("report"),
                       QStringLiteral("--since-last"), file}
        << QStringLiteral("-o OUT.pdf is required");
    QTest::newRow("bad date") << QStringList{QStringLiteral("editions"), QStringLiteral("publish"),
                                             QStringLiteral("--date"), QStringLiteral("R6.10"),
                                             file}
                              << QStringLiteral("--date must be a date");
    QTest::newRow("report edition not a number")
        << QStringList{QStringLiteral("report"), QStringLiteral("--layout"),
                       QStringLiteral("table"),  QStringLiteral("--edition"),
                       QStringLiteral("x"),      file,
                       QStringLiteral("-o"),     QStringLiteral("x.pdf")}
        << QStringLiteral("--edition expects an id");
}

void TestEditionCommands::wrongUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const auto r = TestSupport::runCli(arguments);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

void TestEditionCommands::unusableInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no edition yet")
        << QStringList{QStringLiteral("editions"),     QStringLiteral("report"),
                       QStringLiteral("--since-last"), QStringLiteral("PLAN"),
                       QStringLiteral("-o"),           QStringLiteral("x.pdf")}
        << QStringLiteral("no published edition");
    QTest::newRow("unknown edition")
        << QStringList{QStringLiteral("editions"),  QStringLiteral("report"),
                       QStringLiteral("--edition"), QStringLiteral("4"),
                       QStringLiteral("PLAN"),      QStringLiteral("-o"),
                       QStringLiteral("x.pdf")}
        << QStringLiteral("has no edition \"4\"");
    QTest::newRow("report an unknown edition")
        << QStringList{QStringLiteral("report"),  QStringLiteral("--layout"),
                       QStringLiteral("summary"), QStringLiteral("--edition"),
                       QStringLiteral("4"),       QStringLiteral("PLAN"),
                       QStringLiteral("-o"),      QStringLiteral("x.pdf")}
        << QStringLiteral("no edition 4");
    QTest::newRow("not a plan") << QStringList{QStringLiteral("editions"), QStringLiteral("list"),
                                               QStringLiteral(TEST_DATA_DIR "/iruma_2023-09.txt")}
                                << QStringLiteral("not a Pledge Tracker plan");
}

void TestEditionCommands::unusableInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    arguments.replaceInStrings(QStringLiteral("PLAN"), m_plan);
    arguments.replaceInStrings(QStringLiteral("x.pdf"), path(QStringLiteral("x.pdf")));
    const auto r = TestSupport::runCli(arguments);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!QFile::exists(path(QStringLiteral("x.pdf"))));
}

QTEST_GUILESS_MAIN(TestEditionCommands)
#include "tst_editioncommands.moc"
