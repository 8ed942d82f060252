#include "document/document.h"
#include "document/editing.h"
#include "testsupport.h"

#include <QTemporaryDir>

// `pledgetracker review` run as a shell would: copy for a reviewer, merge twice, list, and the
// exit codes of wrong usage and of a copy of another plan.
class TestReviewCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void copyMergeTwiceAndList();
    void copyOfAnotherPlanIsRefused();
    void wrongUsage_data();
    void wrongUsage();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString makePlan(const QString &name);

    QTemporaryDir m_dir;
};

void TestReviewCommands::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestReviewCommands::makePlan(const QString &name)
{
    QString error;
    auto doc =
        Document::create(path(name), TestSupport::samplePlan(QStringLiteral("tokorozawa")), &error);
    if (!doc)
        qFatal("%s", qPrintable(error));
    return path(name);
}

void TestReviewCommands::copyMergeTwiceAndList()
{
    const QString plan = makePlan(QStringLiteral("plan.pledges"));
    const QString copy = path(QStringLiteral("sato.pledges"));
    auto r = TestSupport::runCli({QStringLiteral("review"), QStringLiteral("copy"),
                                  QStringLiteral("--reviewer"), QStringLiteral("佐藤"), plan,
                                  QStringLiteral("-o"), copy});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Review copy for 佐藤")), qPrintable(r.out));
    {
        QString error;
        auto doc = Document::open(copy, Document::Access::ReadWrite, &error);
        QVERIFY2(doc, qPrintable(error));
        QCOMPARE(doc->reviewer(), QStringLiteral("佐藤"));
        ReviewComment c;
        c.rowId = doc->plan().rows.first().id;
        c.periodId = doc->plan().periods.first().id;
        c.text = QStringLiteral("根拠は？\n二行目");
        QVERIFY(!Editing::addComment(*doc, c).isEmpty());
    }
    const Plan before = TestSupport::reloadFromDisk(plan);
    r = TestSupport::runCli({QStringLiteral("review"), QStringLiteral("merge"), plan, copy});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QStringLiteral("佐藤's review: 1 comment(s) and 0 mark(s) added.\n"));
    r = TestSupport::runCli({QStringLiteral("review"), QStringLiteral("merge"), plan, copy});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QStringLiteral("佐藤's review: nothing new to merge.\n"));
    QCOMPARE(TestSupport::reloadFromDisk(plan), before);

    r = TestSupport::runCli(
        {QStringLiteral("review"), QStringLiteral("list"), QStringLiteral("--open"), plan});
    QCOMPARE(r.code, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    const QStringList fields = lines.first().split(QLatin1Char('\t'));
    QCOMPARE(fields.size(), 6);
    QCOMPARE(fields.at(0), QStringLiteral("佐藤"));
    QCOMPARE(fields.at(3), QStringLiteral("open"));
    QCOMPARE(fields.at(5), QStringLiteral("根拠は？ 二行目"));
}

void TestReviewCommands::copyOfAnotherPlanIsRefused()
{
    const QString plan = makePlan(QStringLiteral("a.pledges"));
    const QString other = makePlan(QStringLiteral("b.pledges"));
    const QString copy = path(QStringLiteral("b-review.pledges"));
    QCOMPARE(TestSupport::runCli({QStringLiteral("review"), QStringLiteral("copy"),
                                  QStringLiteral("--reviewer"), QStringLiteral("鈴木"), other,
                                  QStringLiteral("-o"), copy})
                 .code,
             0);
    const auto r =
        TestSupport::runCli({QStringLiteral("review"), QStringLiteral("merge"), plan, copy});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("review copy of another plan")), qPrintable(r.err));
}

void TestReviewCommands::wrongUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no action") << QStringList{QStringLiteral("review")};
    QTest::newRow("unknown action")
        << QStringList{QStringLiteral("review"), QStringLiteral("approve")};
    QTest::newRow("copy without reviewer")
        << QStringList{QStringLiteral("review"), QStringLiteral("copy"), QStringLiteral("x"),
                       QStringLiteral("-o"), QStringLiteral("y")};
    QTest::newRow("merge without copy")
        << QStringList{QStringLiteral("review"), QStringLiteral("merge"), QStringLiteral("x")};
}

void TestReviewCommands::wrongUsage()
{
    QFETCH(QStringList, arguments);
    const auto r = TestSupport::runCli(arguments);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("pledgetracker review")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestReviewCommands)
#include "tst_reviewcommands.moc"
