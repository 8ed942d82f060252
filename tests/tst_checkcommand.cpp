#include "checks/plancheck.h"
#include "document/document.h"
#include "document/editing.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

// `pledgetracker check` run as a user's shell runs it: its findings, its JSON and its exit
// codes (0 clean, 3 findings, 1 wrong usage, 2 an unusable file).
class TestCheckCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findingsGiveExitCode3();
    void cleanPlanGivesExitCode0();
    void jsonIsStable();
    void wrongUsage_data();
    void wrongUsage();
    void unusableFile();
    void helpListsCheck();

private:
    QTemporaryDir m_dir;
    QString m_tokorozawa;
};

void TestCheckCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_tokorozawa = m_dir.filePath(QStringLiteral("tokorozawa.pledges"));
    QString error;
    QVERIFY2(Document::create(m_tokorozawa, TestSupport::samplePlan(QStringLiteral("tokorozawa")),
                              &error),
             qPrintable(error));
}

void TestCheckCommand::findingsGiveExitCode3()
{
    const auto result = TestSupport::runCli({QStringLiteral("check"), m_tokorozawa});
    QCOMPARE(result.code, 3);
    QCOMPARE(result.err, QString());
    const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QList<CheckFinding> expected =
        PlanCheck::run(TestSupport::samplePlan(QStringLiteral("tokorozawa")), false);
    QCOMPARE(lines.size(), expected.size());
    QCOMPARE(lines.first(),
             expected.first().where + QStringLiteral(": ") + expected.first().message);
    QVERIFY2(lines.first().startsWith(QStringLiteral("pledge 2 保健給食課 FY2024 H1: ")),
             qPrintable(lines.first()));
}

// The plan's own switches apply: with every rule that finds something off, it is clean.
void TestCheckCommand::cleanPlanGivesExitCode0()
{
    const QString path = m_dir.filePath(QStringLiteral("quiet.pledges"));
    QString error;
    auto doc =
        Document::create(path, TestSupport::samplePlan(QStringLiteral("tokorozawa")), &error);
    QVERIFY2(doc, qPrintable(error));
    QVERIFY(
        Editing::setDisabledChecks(*doc, {CheckRule::PlanCopiedFromPrevious,
                                          CheckRule::StatusWentDown, CheckRule::TargetDatePassed}));
    doc.reset();
    const auto result = TestSupport::runCli({QStringLiteral("check"), path});
    QCOMPARE(result.code, 0);
    QCOMPARE(result.out, QString());
    QCOMPARE(result.err, QString());
}

void TestCheckCommand::jsonIsStable()
{
    const auto result =
        TestSupport::runCli({QStringLiteral("check"), QStringLiteral("--json"), m_tokorozawa});
    QCOMPARE(result.code, 3);
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    const QJsonArray findings = json.value(QStringLiteral("findings")).toArray();
    QCOMPARE(json.value(QStringLiteral("count")).toInt(), findings.size());
    QVERIFY(!findings.isEmpty());
    const QJsonObject first = findings.first().toObject();
    QCOMPARE(first.keys(), QStringList({QStringLiteral("message"), QStringLiteral("period_id"),
                                        QStringLiteral("row_id"), QStringLiteral("rule"),
                                        QStringLiteral("where")}));
    QCOMPARE(first.value(QStringLiteral("rule")).toString(), QStringLiteral("target-date-passed"));
    QVERIFY(first.value(QStringLiteral("row_id")).toInteger() > 0);
    QVERIFY(first.value(QStringLiteral("period_id")).toInteger() > 0);
}

void TestCheckCommand::wrongUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no file") << QStringList{QStringLiteral("check")};
    QTest::newRow("two files") << QStringList{QStringLiteral("check"), QStringLiteral("a"),
                                              QStringLiteral("b")};
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("check"), QStringLiteral("--fix"), QStringLiteral("a")};
}

void TestCheckCommand::wrongUsage()
{
    QFETCH(QStringList, arguments);
    const auto result = TestSupport::runCli(arguments);
    QCOMPARE(result.code, 1);
    QCOMPARE(result.out, QString());
    QVERIFY2(result.err.startsWith(QStringLiteral("pledgetracker check: ")),
             qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("pledgetracker check [--json] FILE")),
             qPrintable(result.err));
}

void TestCheckCommand::unusableFile()
{
    const QString missing = m_dir.filePath(QStringLiteral("missing.pledges"));
    auto result = TestSupport::runCli({QStringLiteral("check"), missing});
    QCOMPARE(result.code, 2);
    QVERIFY2(result.err.contains(missing), qPrintable(result.err));

    const QString text = m_dir.filePath(QStringLiteral("notes.pledges"));
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a plan\n");
    file.close();
    result = TestSupport::runCli({QStringLiteral("check"), text});
    QCOMPARE(result.code, 2);
    QCOMPARE(result.out, QString());
}

void TestCheckCommand::helpListsCheck()
{
    const auto result = TestSupport::runCli({QStringLiteral("--help")});
    QCOMPARE(result.code, 0);
    QVERIFY(result.out.contains(QStringLiteral("pledgetracker check [--json] FILE")));
    QVERIFY(result.out.contains(QStringLiteral("Exit code 3")));
}

QTEST_GUILESS_MAIN(TestCheckCommand)
#include "tst_checkcommand.moc"
