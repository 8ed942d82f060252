#include "document/document.h"
#include "io/planjson.h"
#include "testsupport.h"

#include <QTemporaryDir>

// `pledgetracker import` and `export`, through the real executable.
class TestTransferCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importIrumaTable();
    void jsonRoundTripThroughTheCommandLine();
    void sheetExportImportsBack_data();
    void sheetExportImportsBack();
    void wrongUsage_data();
    void wrongUsage();
    void unusableInput_data();
    void unusableInput();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QString m_plan;
    QString m_other;
};

void TestTransferCommands::initTestCase()
{
    m_plan = path(QStringLiteral("tokorozawa.pledges"));
    QString error;
    QVERIFY2(
        Document::create(m_plan, TestSupport::samplePlan(QStringLiteral("tokorozawa")), &error),
        qPrintable(error));
    m_other = path(QStringLiteral("iruma.pledges-other"));
    QVERIFY2(Document::create(m_other, TestSupport::samplePlan(QStringLiteral("iruma")), &error),
             qPrintable(error));
}

void TestTransferCommands::importIrumaTable()
{
    const auto r = TestSupport::runCli(
        {QStringLiteral("import"), QStringLiteral(TEST_DATA_DIR "/iruma_2023-09.txt"),
         QStringLiteral("-o"), path(QStringLiteral("iruma.pledges"))});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("6 chapters, 30 pledges, 60 rows, 1 periods")),
             qPrintable(r.out));
    QVERIFY(r.err.isEmpty());
    const auto summary =
        TestSupport::runCli({QStringLiteral("summary"), path(QStringLiteral("iruma.pledges"))});
    QVERIFY2(summary.out.contains(QStringLiteral("A 37, B 19, C 4, D 0")), qPrintable(summary.out));
}

void TestTransferCommands::jsonRoundTripThroughTheCommandLine()
{
    const QString json = path(QStringLiteral("t.json"));
    auto r = TestSupport::runCli({QStringLiteral("export"), QStringLiteral("--format"),
                                  QStringLiteral("json"), m_plan, QStringLiteral("-o"), json});
    QCOMPARE(r.code, 0);
    const QString copy = path(QStringLiteral("t-copy.pledges"));
    r = TestSupport::runCli({QStringLiteral("import"), json, QStringLiteral("-o"), copy});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QString error;
    const auto a = Document::open(m_plan, Document::Access::ReadOnly, &error);
    const auto b = Document::open(copy, Document::Access::ReadOnly, &error);
    QVERIFY2(a && b, qPrintable(error));
    QVERIFY(a->plan() == b->plan());
}

void TestTransferCommands::sheetExportImportsBack_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("csv") << QStringLiteral("csv");
    QTest::newRow("xlsx") << QStringLiteral("xlsx");
}

void TestTransferCommands::sheetExportImportsBack()
{
    QFETCH(QString, format);
    const QString sheet = path(QStringLiteral("t.") + format);
    auto r = TestSupport::runCli({QStringLiteral("export"), QStringLiteral("--format"), format,
                                  m_plan, QStringLiteral("-o"), sheet});
    QCOMPARE(r.code, 0);
    if (format == QStringLiteral("csv"))
        QVERIFY(TestSupport::fileBytes(sheet).startsWith("\xEF\xBB\xBF"));
    const QString copy = path(QStringLiteral("t-%1.pledges").arg(format));
    r = TestSupport::runCli({QStringLiteral("import"), sheet, QStringLiteral("-o"), copy});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QString error;
    const auto a = Document::open(m_plan, Document::Access::ReadOnly, &error);
    const auto b = Document::open(copy, Document::Access::ReadOnly, &error);
    QVERIFY2(a && b, qPrintable(error));
    // A sheet carries the rows and period cells (not the year cells or history).
    QCOMPARE(b->plan().pledges.size(), a->plan().pledges.size());
    QCOMPARE(b->plan().rows.size(), a->plan().rows.size());
    QCOMPARE(b->plan().periods.size(), a->plan().periods.size());
    for (int i = 0; i < a->plan().rows.size(); ++i) {
        const PledgeRow &x = a->plan().rows.at(i);
        const PledgeRow &y = b->plan().rows.at(i);
        QCOMPARE(y.content, x.content);
        for (int p = 0; p < a->plan().periods.size(); ++p) {
            const Cell cx = a->plan().cell(x.id, a->plan().periods.at(p).id);
            const Cell cy = b->plan().cell(y.id, b->plan().periods.at(p).id);
            QCOMPARE(cy.plan, cx.plan);
            QCOMPARE(cy.narrative, cx.narrative);
            const StatusLevel *lx = a->plan().periodScale.levelById(cx.levelId);
            const StatusLevel *ly = b->plan().periodScale.levelById(cy.levelId);
            QCOMPARE(ly ? ly->symbol : QString(), lx ? lx->symbol : QString());
        }
    }
}

void TestTransferCommands::wrongUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no output") << QStringList{QStringLiteral("import"), QStringLiteral("x.csv")}
                               << QStringLiteral("-o OUT.pledges is required");
    QTest::newRow("bad format") << QStringList{QStringLiteral("import"),
                                               QStringLiteral("--format"),
                                               QStringLiteral("ods"),
                                               QStringLiteral("x.ods"),
                                               QStringLiteral("-o"),
                                               QStringLiteral("y.pledges")}
                                << QStringLiteral("--format must be iruma");
    QTest::newRow("export without format")
        << QStringList{QStringLiteral("export"), QStringLiteral("x.pledges"), QStringLiteral("-o"),
                       QStringLiteral("x.csv")}
        << QStringLiteral("--format csv|xlsx|json is required");
    QTest::newRow("mapping for json")
        << QStringList{QStringLiteral("import"), QStringLiteral("--format"),
                       QStringLiteral("json"),   QStringLiteral("--mapping"),
                       QStringLiteral("m.json"), QStringLiteral("x.json"),
                       QStringLiteral("-o"),     QStringLiteral("y.pledges")}
        << QStringLiteral("--mapping is only for csv");
}

void TestTransferCommands::wrongUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const auto r = TestSupport::runCli(arguments);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

void TestTransferCommands::unusableInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing input")
        << QStringList{QStringLiteral("import"), path(QStringLiteral("nothing.csv")),
                       QStringLiteral("-o"), path(QStringLiteral("n.pledges"))}
        << QStringLiteral("nothing.csv: cannot be read");
    QTest::newRow("output exists")
        << QStringList{QStringLiteral("import"), QStringLiteral(TEST_DATA_DIR "/iruma_2023-09.txt"),
                       QStringLiteral("-o"), m_plan}
        << QStringLiteral("already exists; it is left as it is");
    QTest::newRow("not a plan") << QStringList{QStringLiteral("export"),
                                               QStringLiteral("--format"),
                                               QStringLiteral("csv"),
                                               QStringLiteral(TEST_DATA_DIR "/iruma_2023-09.txt"),
                                               QStringLiteral("-o"),
                                               path(QStringLiteral("x.csv"))}
                                << QStringLiteral("iruma_2023-09.txt");
    QTest::newRow("export over its plan")
        << QStringList{QStringLiteral("export"), QStringLiteral("--format"),
                       QStringLiteral("csv"),    m_plan,
                       QStringLiteral("-o"),     m_plan}
        << QStringLiteral("is the plan being read");
    QTest::newRow("report over its plan")
        << QStringList{QStringLiteral("report"),  QStringLiteral("--layout"),
                       QStringLiteral("summary"), m_plan,
                       QStringLiteral("-o"),      m_plan}
        << QStringLiteral("is the plan being read");
    QTest::newRow("export over another plan")
        << QStringList{QStringLiteral("export"), QStringLiteral("--format"),
                       QStringLiteral("json"),   m_plan,
                       QStringLiteral("-o"),     m_other}
        << QStringLiteral("is a plan or another database; it is left as it is");
    QTest::newRow("import into a missing folder")
        << QStringList{QStringLiteral("import"), QStringLiteral(TEST_DATA_DIR "/iruma_2023-09.txt"),
                       QStringLiteral("-o"), path(QStringLiteral("no/such/dir/x.pledges"))}
        << QStringLiteral("x.pledges: cannot be written (the folder");
    QTest::newRow("folder missing")
        << QStringList{QStringLiteral("export"), QStringLiteral("--format"),
                       QStringLiteral("json"),   m_plan,
                       QStringLiteral("-o"),     path(QStringLiteral("no/such/dir/x.json"))}
        << QStringLiteral("x.json: cannot be written");
}

void TestTransferCommands::unusableInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QByteArray plan = TestSupport::fileBytes(m_plan);
    const QByteArray other = TestSupport::fileBytes(m_other);
    const auto r = TestSupport::runCli(arguments);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    // Nothing read or refused was written over.
    QCOMPARE(TestSupport::fileBytes(m_plan), plan);
    QCOMPARE(TestSupport::fileBytes(m_other), other);
}

QTEST_GUILESS_MAIN(TestTransferCommands)
#include "tst_transfercommands.moc"
