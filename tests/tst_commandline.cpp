#include "document/document.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>

// The pledgetracker command as a script or a manager uses it: output, messages on stderr and
// exit codes 0 (success), 1 (wrong usage), 2 (unusable file).
class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exitCodes_data();
    void exitCodes();
    void summaryText();
    void summaryJson();
    void refusedFileUntouched();
    void generatedSummaryAddsUp();

private:
    using Result = TestSupport::CliResult;
    static Result run(const QStringList &arguments) { return TestSupport::runCli(arguments); }
    QTemporaryDir m_dir;
    QString m_plan;
};

void TestCommandLine::initTestCase()
{
    m_plan = m_dir.filePath(QStringLiteral("tokorozawa.pledges"));
    QString error;
    QVERIFY2(
        Document::create(m_plan, TestSupport::samplePlan(QStringLiteral("tokorozawa")), &error),
        qPrintable(error));
}

void TestCommandLine::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("stdoutHas");
    QTest::addColumn<QString>("stderrHas");
    const QString missing = QStringLiteral("/nonexistent/plan.pledges");
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0
                          << QStringLiteral("summary [--json] FILE") << QString();
    QTest::newRow("version") << QStringList{QStringLiteral("--version")} << 0
                             << QStringLiteral("0.1") << QString();
    QTest::newRow("summary help") << QStringList{QStringLiteral("summary"),
                                                 QStringLiteral("--help")}
                                  << 0 << QStringLiteral("Usage") << QString();
    QTest::newRow("summary without file")
        << QStringList{QStringLiteral("summary")} << 1 << QString()
        << QStringLiteral("expects exactly one FILE");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("summary"), QStringLiteral("--bogus"), QStringLiteral("x")}
        << 1 << QString() << QStringLiteral("bogus");
    QTest::newRow("missing file") << QStringList{QStringLiteral("summary"), missing} << 2
                                  << QString() << missing;

    const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    auto report = [&](const QStringList &options) {
        return QStringList{QStringLiteral("report")} + options +
               QStringList{m_plan, QStringLiteral("-o"), pdf};
    };
    QTest::newRow("report help") << QStringList{QStringLiteral("report"), QStringLiteral("--help")}
                                 << 0 << QStringLiteral("report --layout table|summary|department")
                                 << QString();
    QTest::newRow("report table") << report({QStringLiteral("--layout"), QStringLiteral("table")})
                                  << 0 << QStringLiteral("pages written") << QString();
    QTest::newRow("report department")
        << report({QStringLiteral("--layout"), QStringLiteral("department"),
                   QStringLiteral("--department"), QStringLiteral("こども支援課"),
                   QStringLiteral("--paper"), QStringLiteral("a3"), QStringLiteral("--landscape"),
                   QStringLiteral("--language"), QStringLiteral("en")})
        << 0 << QStringLiteral("pages written") << QString();
    QTest::newRow("report unknown layout")
        << report({QStringLiteral("--layout"), QStringLiteral("poster")}) << 1 << QString()
        << QStringLiteral("--layout");
    QTest::newRow("report without layout")
        << report({}) << 1 << QString() << QStringLiteral("--layout");
    QTest::newRow("report department missing")
        << report({QStringLiteral("--layout"), QStringLiteral("department")}) << 1 << QString()
        << QStringLiteral("--department");
    QTest::newRow("report unknown option")
        << report({QStringLiteral("--layout"), QStringLiteral("table"), QStringLiteral("--bogus")})
        << 1 << QString() << QStringLiteral("bogus");
    QTest::newRow("report bad paper")
        << report({QStringLiteral("--layout"), QStringLiteral("table"), QStringLiteral("--paper"),
                   QStringLiteral("b5")})
        << 1 << QString() << QStringLiteral("--paper");
    QTest::newRow("report without output")
        << QStringList{QStringLiteral("report"), QStringLiteral("--layout"),
                       QStringLiteral("table"), m_plan}
        << 1 << QString() << QStringLiteral("-o OUT.pdf");
    QTest::newRow("report missing file")
        << QStringList{QStringLiteral("report"), QStringLiteral("--layout"),
                       QStringLiteral("table"),  missing,
                       QStringLiteral("-o"),     pdf}
        << 2 << QString() << missing;
    QTest::newRow("report unknown department")
        << report({QStringLiteral("--layout"), QStringLiteral("department"),
                   QStringLiteral("--department"), QStringLiteral("宇宙開発課")})
        << 2 << QString() << QStringLiteral("宇宙開発課");
    QTest::newRow("report unknown period")
        << report({QStringLiteral("--layout"), QStringLiteral("table"), QStringLiteral("--period"),
                   QStringLiteral("999999")})
        << 2 << QString() << QStringLiteral("--period");

    const QString generated = m_dir.filePath(QStringLiteral("generated.pledges"));
    auto generate = [&](const QStringList &options, const QString &out) {
        return QStringList{QStringLiteral("generate")} + options +
               QStringList{QStringLiteral("-o"), out};
    };
    const QStringList sizes{QStringLiteral("--pledges"),         QStringLiteral("3"),
                            QStringLiteral("--rows-per-pledge"), QStringLiteral("2"),
                            QStringLiteral("--periods"),         QStringLiteral("4")};
    QTest::newRow("generate help")
        << QStringList{QStringLiteral("generate"), QStringLiteral("--help")} << 0
        << QStringLiteral("generate --pledges N --rows-per-pledge M --periods P") << QString();
    QTest::newRow("generate") << generate(sizes + QStringList{QStringLiteral("--seed"),
                                                              QStringLiteral("5")},
                                          generated)
                              << 0 << QStringLiteral("6 rows") << QString();
    QTest::newRow("generate over an existing file")
        << generate(sizes, m_plan) << 2 << QString() << m_plan;
    QTest::newRow("generate unwritable")
        << generate(sizes, QStringLiteral("/nonexistent/dir/new.pledges")) << 2 << QString()
        << QStringLiteral("new.pledges");
    QTest::newRow("generate without output") << (QStringList{QStringLiteral("generate")} + sizes)
                                             << 1 << QString() << QStringLiteral("-o FILE");
    QTest::newRow("generate zero pledges")
        << generate({QStringLiteral("--pledges"), QStringLiteral("0"),
                     QStringLiteral("--rows-per-pledge"), QStringLiteral("2"),
                     QStringLiteral("--periods"), QStringLiteral("4")},
                    generated + QStringLiteral("2"))
        << 1 << QString() << QStringLiteral("--pledges");
    QTest::newRow("generate negative periods")
        << generate({QStringLiteral("--pledges"), QStringLiteral("3"),
                     QStringLiteral("--rows-per-pledge"), QStringLiteral("2"),
                     QStringLiteral("--periods=-4")},
                    generated + QStringLiteral("2"))
        << 1 << QString() << QStringLiteral("--periods");
    QTest::newRow("generate missing rows per pledge")
        << generate({QStringLiteral("--pledges"), QStringLiteral("3"), QStringLiteral("--periods"),
                     QStringLiteral("4")},
                    generated + QStringLiteral("2"))
        << 1 << QString() << QStringLiteral("--rows-per-pledge");
    QTest::newRow("generate bad seed")
        << generate(sizes + QStringList{QStringLiteral("--seed"), QStringLiteral("x")},
                    generated + QStringLiteral("2"))
        << 1 << QString() << QStringLiteral("--seed");
}

void TestCommandLine::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QString, stdoutHas);
    QFETCH(QString, stderrHas);
    const Result r = run(arguments);
    QCOMPARE(r.code, code);
    QVERIFY2(r.out.contains(stdoutHas), qPrintable(r.out));
    QVERIFY2(r.err.contains(stderrHas), qPrintable(r.err));
    if (code == 0)
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    else
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
}

void TestCommandLine::summaryText()
{
    const Result r = run({QStringLiteral("summary"), m_plan});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Chapters: 0, pledges: 45, rows: 81")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("FY2024 H1: ☆ 2, ○ 69, △ 6, × 1, none 3")),
             qPrintable(r.out));
}

void TestCommandLine::summaryJson()
{
    const Result r = run({QStringLiteral("summary"), QStringLiteral("--json"), m_plan});
    QCOMPARE(r.code, 0);
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(json.value(QStringLiteral("pledges")).toInt(), 45);
    const QJsonObject first = json.value(QStringLiteral("periods")).toArray().first().toObject();
    QCOMPARE(first.value(QStringLiteral("counts")).toObject().value(QStringLiteral("○")).toInt(),
             68);
}

void TestCommandLine::refusedFileUntouched()
{
    const QString path = m_dir.filePath(QStringLiteral("notes.pledges"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("これは計画ファイルではありません\n");
    }
    const QByteArray before = TestSupport::fileBytes(path);
    const Result r = run({QStringLiteral("summary"), path});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("notes.pledges")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("not an SQLite database")), qPrintable(r.err));
    QCOMPARE(TestSupport::fileBytes(path), before);
}

// A generated plan reads back whole: per period every row is counted once, at a level or
// with none, and the history the generator adds is in the file.
void TestCommandLine::generatedSummaryAddsUp()
{
    const QString path = m_dir.filePath(QStringLiteral("summed.pledges"));
    Result r = run({QStringLiteral("generate"), QStringLiteral("--pledges"), QStringLiteral("12"),
                    QStringLiteral("--rows-per-pledge"), QStringLiteral("3"),
                    QStringLiteral("--periods"), QStringLiteral("5"), QStringLiteral("-o"), path});
    QCOMPARE(r.code, 0);
    r = run({QStringLiteral("summary"), QStringLiteral("--json"), path});
    QCOMPARE(r.code, 0);
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("chapters")).toInt(), 2);
    QCOMPARE(json.value(QStringLiteral("pledges")).toInt(), 12);
    QCOMPARE(json.value(QStringLiteral("rows")).toInt(), 36);
    const QJsonArray periods = json.value(QStringLiteral("periods")).toArray();
    QCOMPARE(periods.size(), 5);
    int filled = 0;
    for (const QJsonValue &v : periods) {
        const QJsonObject period = v.toObject();
        int sum = period.value(QStringLiteral("none")).toInt();
        const QJsonObject counts = period.value(QStringLiteral("counts")).toObject();
        for (const QJsonValue &count : counts)
            sum += count.toInt();
        filled += sum - period.value(QStringLiteral("none")).toInt();
        QCOMPARE(sum, 36);
        QCOMPARE(period.value(QStringLiteral("total")).toInt(), 36);
    }
    QVERIFY(filled > 36 * 5 / 2);

    QString error;
    const auto doc = Document::open(path, Document::Access::ReadOnly, &error);
    QVERIFY2(doc, qPrintable(error));
    int history = 0;
    for (const PledgeRow &row : doc->plan().rows) {
        for (const Period &period : doc->plan().periods)
            history += int(doc->history(row.id, period.id).size());
    }
    QVERIFY(history > 0);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
