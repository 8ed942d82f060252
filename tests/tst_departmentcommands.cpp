#include "departments/collections.h"
#include "document/document.h"
#include "document/editing.h"
#include "testsupport.h"
#include "xlsxedit.h"

#include <QDir>
#include <QTemporaryDir>

// `pledgetracker departments export|merge|status`, through the real executable, on the
// Tokorozawa sample collected for 令和6年度 上半期.
class TestDepartmentCommands : public QObject
{
    Q_OBJECT

private slots:
    void exportWritesOneWorkbookPerDepartment();
    void mergeWithoutAcceptAllAppliesNothing();
    void mergeAcceptAllAppliesAsOneStep();
    void conflictsAreLeftOut();
    void badWorkbooksAreLeftOut();
    void onlyBadWorkbooksAreUnusable();
    void statusSaysWhomToChase();
    void wrongUsage_data();
    void wrongUsage();

private:
    // A new plan with 経営企画課's workbook sent out; returns the plan's path.
    QString planWithWorkbook(const QString &name);
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString period() const { return QString::number(m_period); }
    // The workbook as sent, with one line's narrative (column L) written in.
    QString filledIn(const QString &name, int line, const QString &narrative);
    Plan planOf(const QString &file) const { return TestSupport::reloadFromDisk(file); }

    QTemporaryDir m_dir;
    qint64 m_period = 0;
    QString m_sent;
};

QString TestDepartmentCommands::planWithWorkbook(const QString &name)
{
    const QString plan = path(name + QStringLiteral(".pledges"));
    QString error;
    {
        auto doc =
            Document::create(plan, TestSupport::samplePlan(QStringLiteral("tokorozawa")), &error);
        if (!doc)
            qFatal("%s", qPrintable(error));
        m_period = doc->plan().periods.at(2).id;
    }
    const QString out = path(name);
    const auto r =
        TestSupport::runCli({QStringLiteral("departments"), QStringLiteral("export"),
                             QStringLiteral("--period"), period(), QStringLiteral("--department"),
                             QStringLiteral("経営企画課"), plan, QStringLiteral("-o"), out});
    if (r.code != 0)
        qFatal("%s", qPrintable(r.err));
    m_sent = out + QStringLiteral("/令和6年度上半期_経営企画課.xlsx");
    return plan;
}

QString TestDepartmentCommands::filledIn(const QString &name, int line, const QString &narrative)
{
    const QString file = path(name);
    QFile::remove(file);
    QFile::copy(m_sent, file);
    if (!XlsxEdit::setCell(file, QStringLiteral("xl/worksheets/sheet1.xml"),
                           QStringLiteral("L%1").arg(line), narrative))
        qFatal("cannot edit %s", qPrintable(file));
    return file;
}

void TestDepartmentCommands::exportWritesOneWorkbookPerDepartment()
{
    const QString plan = planWithWorkbook(QStringLiteral("all"));
    const QString out = path(QStringLiteral("all-out"));
    const auto r = TestSupport::runCli({QStringLiteral("departments"), QStringLiteral("export"),
                                        QStringLiteral("--period"), period(), plan,
                                        QStringLiteral("-o"), out});
    QCOMPARE(r.code, 0);
    QVERIFY(r.err.isEmpty());
    QVERIFY2(r.out.contains(QStringLiteral("令和6年度上半期_こども支援課.xlsx: こども支援課")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("41 workbook")), qPrintable(r.out));
    QCOMPARE(QDir(out).entryList({QStringLiteral("*.xlsx")}).size(), 41);
}

void TestDepartmentCommands::mergeWithoutAcceptAllAppliesNothing()
{
    const QString plan = planWithWorkbook(QStringLiteral("dry"));
    const QString file = filledIn(QStringLiteral("dry.xlsx"), 11, QStringLiteral("部署の記入"));
    const Plan before = planOf(plan);
    for (const QString &option : {QStringLiteral("--dry-run"), QString()}) {
        QStringList arguments{QStringLiteral("departments"), QStringLiteral("merge"), plan, file};
        if (!option.isEmpty())
            arguments.insert(2, option);
        const auto r = TestSupport::runCli(arguments);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("dry.xlsx: 経営企画課, 令和6年度 上半期")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("L11: No. ")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("→ \"部署の記入\"")));
        QVERIFY(r.out.contains(QStringLiteral("nothing was applied")));
    }
    QVERIFY(planOf(plan) == before);
}

void TestDepartmentCommands::mergeAcceptAllAppliesAsOneStep()
{
    const QString plan = planWithWorkbook(QStringLiteral("accept"));
    const QString file = filledIn(QStringLiteral("回答.xlsx"), 12, QStringLiteral("部署の記入"));
    const auto r = TestSupport::runCli({QStringLiteral("departments"), QStringLiteral("merge"),
                                        QStringLiteral("--accept-all"), plan, file});
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QVERIFY(r.out.contains(QStringLiteral("applied")));
    QString error;
    const auto doc = Document::open(plan, Document::Access::ReadOnly, &error);
    QVERIFY2(doc, qPrintable(error));
    const QList<HistoryEntry> history = doc->allHistory();
    QVERIFY(!history.isEmpty());
    const HistoryEntry last = history.last();
    QCOMPARE(last.newValue, QStringLiteral("部署の記入"));
    QCOMPARE(last.field, QStringLiteral("narrative"));
    QCOMPARE(last.source, QStringLiteral("回答.xlsx"));
    QCOMPARE(doc->plan().cell(last.rowId, m_period).narrative, QStringLiteral("部署の記入"));
}

void TestDepartmentCommands::conflictsAreLeftOut()
{
    const QString plan = planWithWorkbook(QStringLiteral("conflict"));
    QString error;
    qint64 rowId = 0;
    {
        auto doc = Document::open(plan, Document::Access::ReadWrite, &error);
        QVERIFY2(doc, qPrintable(error));
        // The first of 経営企画課's rows, as the workbook lists them on line 11.
        for (const PledgeRow &row : doc->plan().rows) {
            if (!rowId &&
                doc->plan().department(row.departmentId)->name == QStringLiteral("経営企画課"))
                rowId = row.id;
        }
        Cell cell = doc->plan().cell(rowId, m_period);
        cell.narrative = QStringLiteral("企画課の修正");
        QVERIFY(Editing::setCell(*doc, rowId, m_period, cell));
    }
    const QString file =
        filledIn(QStringLiteral("conflict.xlsx"), 11, QStringLiteral("部署の記入"));
    QVERIFY(XlsxEdit::setCell(file, QStringLiteral("xl/worksheets/sheet1.xml"),
                              QStringLiteral("L12"), QStringLiteral("競合しない記入")));
    const auto r = TestSupport::runCli({QStringLiteral("departments"), QStringLiteral("merge"),
                                        QStringLiteral("--accept-all"), plan, file});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.out.contains(QStringLiteral("CONFLICT")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("1 change(s) applied")) ||
            r.out.contains(QStringLiteral("1 change applied")));
    const Plan after = planOf(plan);
    QCOMPARE(after.cell(rowId, m_period).narrative, QStringLiteral("企画課の修正"));
    int found = 0;
    for (const PledgeRow &row : after.rows)
        found += after.cell(row.id, m_period).narrative == QStringLiteral("競合しない記入");
    QCOMPARE(found, 1);
}

void TestDepartmentCommands::badWorkbooksAreLeftOut()
{
    const QString plan = planWithWorkbook(QStringLiteral("bad"));
    const QString good = filledIn(QStringLiteral("good.xlsx"), 11, QStringLiteral("良い記入"));
    const QString damaged =
        filledIn(QStringLiteral("damaged.xlsx"), 12, QStringLiteral("別の記入"));
    QVERIFY(XlsxEdit::setCell(damaged, QStringLiteral("xl/worksheets/sheet1.xml"),
                              QStringLiteral("E13"), QStringLiteral("書き換え")));
    const QString memo = path(QStringLiteral("memo.xlsx"));
    QFile text(memo);
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("not a workbook");
    text.close();
    const auto r = TestSupport::runCli({QStringLiteral("departments"), QStringLiteral("merge"),
                                        QStringLiteral("--accept-all"), plan, good, damaged, memo});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains(QStringLiteral("memo.xlsx: not an XLSX file")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("damaged.xlsx E13: a locked cell")), qPrintable(r.err));
    const Plan after = planOf(plan);
    int good1 = 0, other = 0;
    for (const PledgeRow &row : after.rows) {
        good1 += after.cell(row.id, m_period).narrative == QStringLiteral("良い記入");
        other += after.cell(row.id, m_period).narrative == QStringLiteral("別の記入");
    }
    QCOMPARE(good1, 1);
    QCOMPARE(other, 0); // the damaged workbook's other rows wait for --apply-rest
    const auto rest = TestSupport::runCli({QStringLiteral("departments"), QStringLiteral("merge"),
                                           QStringLiteral("--accept-all"),
                                           QStringLiteral("--apply-rest"), plan, damaged});
    QCOMPARE(rest.code, 3);
    const Plan then = planOf(plan);
    other = 0;
    for (const PledgeRow &row : then.rows)
        other += then.cell(row.id, m_period).narrative == QStringLiteral("別の記入");
    QCOMPARE(other, 1);
}

void TestDepartmentCommands::onlyBadWorkbooksAreUnusable()
{
    const QString plan = planWithWorkbook(QStringLiteral("unusable"));
    const QString memo = path(QStringLiteral("memo2.xlsx"));
    QFile text(memo);
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("not a workbook");
    text.close();
    const auto r = TestSupport::runCli({QStringLiteral("departments"), QStringLiteral("merge"),
                                        QStringLiteral("--accept-all"), plan, memo});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("none of the returned workbooks")));
    const auto other =
        TestSupport::runCli({QStringLiteral("departments"), QStringLiteral("merge"),
                             QStringLiteral("--period"), QStringLiteral("1"), plan, m_sent});
    QCOMPARE(other.code, 2);
    QVERIFY2(other.err.contains(QStringLiteral("not for")), qPrintable(other.err));
}

void TestDepartmentCommands::statusSaysWhomToChase()
{
    const QString plan = planWithWorkbook(QStringLiteral("status"));
    const QString file = filledIn(QStringLiteral("status.xlsx"), 11, QStringLiteral("記入"));
    auto r = TestSupport::runCli({QStringLiteral("departments"), QStringLiteral("status"),
                                  QStringLiteral("--period"), period(), plan});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("経営企画課: sent (sent ")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("こども支援課: not sent, ")));
    QCOMPARE(TestSupport::runCli({QStringLiteral("departments"), QStringLiteral("merge"),
                                  QStringLiteral("--accept-all"), plan, file})
                 .code,
             0);
    r = TestSupport::runCli({QStringLiteral("departments"), QStringLiteral("status"),
                             QStringLiteral("--period"), period(), plan});
    QVERIFY2(r.out.contains(QStringLiteral("経営企画課: merged (sent ")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral(", merged ")));
}

void TestDepartmentCommands::wrongUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString d = QStringLiteral("departments");
    QTest::newRow("no action") << QStringList{d};
    QTest::newRow("unknown action") << QStringList{d, QStringLiteral("send")};
    QTest::newRow("export without period")
        << QStringList{d, QStringLiteral("export"), QStringLiteral("p.pledges"),
                       QStringLiteral("-o"), QStringLiteral("out")};
    QTest::newRow("export without -o")
        << QStringList{d, QStringLiteral("export"), QStringLiteral("--period"), QStringLiteral("3"),
                       QStringLiteral("p")};
    QTest::newRow("merge without workbooks")
        << QStringList{d, QStringLiteral("merge"), QStringLiteral("p.pledges")};
    QTest::newRow("accept-all and dry-run") << QStringList{d,
                                                           QStringLiteral("merge"),
                                                           QStringLiteral("--accept-all"),
                                                           QStringLiteral("--dry-run"),
                                                           QStringLiteral("p"),
                                                           QStringLiteral("r.xlsx")};
    QTest::newRow("apply-rest alone")
        << QStringList{d, QStringLiteral("merge"), QStringLiteral("--apply-rest"),
                       QStringLiteral("p"), QStringLiteral("r.xlsx")};
    QTest::newRow("status period not a number")
        << QStringList{d, QStringLiteral("status"), QStringLiteral("--period"),
                       QStringLiteral("H1"), QStringLiteral("p")};
}

void TestDepartmentCommands::wrongUsage()
{
    QFETCH(QStringList, arguments);
    const auto r = TestSupport::runCli(arguments);
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QStringLiteral("pledgetracker departments")));
    QVERIFY(r.err.contains(QStringLiteral("Usage:")));
}

QTEST_GUILESS_MAIN(TestDepartmentCommands)
#include "tst_departmentcommands.moc"
