#include "io/irumatableimport.h"
#include "stats/statuscounts.h"
#include "testsupport.h"

// Iruma's published table, copied out of the city's sheet, comes in as the same plan as the
// checked extraction of it.
class TestIrumaTableImport : public QObject
{
    Q_OBJECT

private slots:
    void seedGivesTheDocumentsShape();
    void seedTextsEqualTheExtraction();
    void pastedTextWithWindowsLineEnds();
    void progressNotesSplitAtBulletsOnly();
    void recognizesOnlyTheTable();
    void badInputNamesTheLine_data();
    void badInputNamesTheLine();

private:
    static Plan importSeed();
};

Plan TestIrumaTableImport::importSeed()
{
    const QString text = QString::fromUtf8(
        TestSupport::fileBytes(QStringLiteral(TEST_DATA_DIR "/iruma_2023-09.txt")));
    QString error;
    const auto plan = IrumaTableImport::read(text, QStringLiteral("iruma.txt"), &error);
    if (!plan)
        qFatal("%s", qPrintable(error));
    return *plan;
}

void TestIrumaTableImport::seedGivesTheDocumentsShape()
{
    const Plan plan = importSeed();
    QCOMPARE(plan.chapters.size(), 6);
    QCOMPARE(plan.pledges.size(), 30);
    QCOMPARE(plan.rows.size(), 60);
    QCOMPARE(plan.periods.size(), 1);
    QCOMPARE(plan.info.asOf, QDate(2023, 9, 30));
    QCOMPARE(plan.periods.first().japaneseLabel(), QStringLiteral("令和5年9月末現在"));
    const StatusCounts counts = StatusCounts::forPeriod(plan, plan.periods.first().id);
    QCOMPARE(counts.perLevel, (QList<int>{37, 19, 4, 0}));
    QCOMPARE(plan.periodScale.levels.at(1).label, QStringLiteral("実施中"));
    for (const Cell &cell : plan.cells)
        QVERIFY2(!cell.narrative.contains(QLatin1Char('<')), qPrintable(cell.narrative));
}

void TestIrumaTableImport::seedTextsEqualTheExtraction()
{
    const Plan imported = importSeed();
    const Plan seed = TestSupport::samplePlan(QStringLiteral("iruma"));
    QCOMPARE(imported.info.title, seed.info.title);
    QCOMPARE(imported.chapters.size(), seed.chapters.size());
    for (int i = 0; i < seed.chapters.size(); ++i) {
        QCOMPARE(imported.chapters.at(i).number, seed.chapters.at(i).number);
        QCOMPARE(imported.chapters.at(i).title, seed.chapters.at(i).title);
    }
    QCOMPARE(imported.pledges.size(), seed.pledges.size());
    for (int i = 0; i < seed.pledges.size(); ++i) {
        const Pledge &a = imported.pledges.at(i);
        const Pledge &b = seed.pledges.at(i);
        QCOMPARE(a.number, b.number);
        QCOMPARE(a.tag, b.tag);
        QCOMPARE(a.title, b.title);
        QCOMPARE(imported.chapter(a.chapterId)->number, seed.chapter(b.chapterId)->number);
    }
    QCOMPARE(imported.rows.size(), seed.rows.size());
    const qint64 importedPeriod = imported.periods.first().id;
    const qint64 seedPeriod = seed.periods.first().id;
    for (int i = 0; i < seed.rows.size(); ++i) {
        const PledgeRow &a = imported.rows.at(i);
        const PledgeRow &b = seed.rows.at(i);
        QCOMPARE(a.marker, b.marker);
        QCOMPARE(a.title, b.title);
        QCOMPARE(a.content, b.content);
        QCOMPARE(imported.pledge(a.pledgeId)->number, seed.pledge(b.pledgeId)->number);
        const Cell ca = imported.cell(a.id, importedPeriod);
        const Cell cb = seed.cell(b.id, seedPeriod);
        QCOMPARE(ca.narrative, cb.narrative);
        QCOMPARE(imported.periodScale.levelById(ca.levelId)->code,
                 seed.periodScale.levelById(cb.levelId)->code);
    }
}

void TestIrumaTableImport::pastedTextWithWindowsLineEnds()
{
    const QString text = QStringLiteral("一覧表【令和6年3月末現在】\r\n"
                                        "第1章 テスト\t\t\t\r\n"
                                        "1:【タグ】 題名\t\t\t\r\n"
                                        "\t内容\t取組状況\t評価\r\n"
                                        "①項目\t中身\t●見出し ・行動\tＢ 実施中\r\n");
    QString error;
    const auto plan = IrumaTableImport::read(text, QStringLiteral("pasted text"), &error);
    QVERIFY2(plan, qPrintable(error));
    QCOMPARE(plan->info.asOf, QDate(2024, 3, 31));
    QCOMPARE(plan->rows.size(), 1);
    const Cell cell = plan->cell(plan->rows.first().id, plan->periods.first().id);
    QCOMPARE(cell.narrative, QStringLiteral("●見出し\n・行動"));
    QCOMPARE(plan->periodScale.levelById(cell.levelId)->code, QStringLiteral("B"));
}

void TestIrumaTableImport::progressNotesSplitAtBulletsOnly()
{
    QCOMPARE(IrumaTableImport::progressNotes(QStringLiteral(
                 "<ul style=\"x\"> ●参与（総合政策・行政改革）を登用 ・次&amp;次</ul>")),
             QStringLiteral("●参与（総合政策・行政改革）を登用\n・次&次"));
    QCOMPARE(IrumaTableImport::progressNotes(QString()), QString());
}

void TestIrumaTableImport::recognizesOnlyTheTable()
{
    QVERIFY(IrumaTableImport::recognizes(QString::fromUtf8(
        TestSupport::fileBytes(QStringLiteral(TEST_DATA_DIR "/iruma_2023-09.txt")))));
    QVERIFY(!IrumaTableImport::recognizes(QStringLiteral("a,b,c\n1,2,3\n")));
}

void TestIrumaTableImport::badInputNamesTheLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    const QString head = QStringLiteral("一覧表【令和5年9月末現在】\n第1章 章\n1:【タグ】 題\n");
    QTest::newRow("unknown status") << head + QStringLiteral("①項目\t内容\t・済\tE 不明\n")
                                    << QStringLiteral("bad.txt line 4: the status \"E 不明\"");
    QTest::newRow("item before pledge")
        << QStringLiteral("一覧表【令和5年9月末現在】\n①項目\t内容\t\tA\n")
        << QStringLiteral("bad.txt line 2: an item comes before any pledge");
    QTest::newRow("stray line") << head + QStringLiteral("これは何\tか\n")
                                << QStringLiteral("bad.txt line 4: expected a chapter");
    QTest::newRow("no date") << QStringLiteral("一覧表\n1:【タグ】 題\n①項目\t内容\t\tA\n")
                             << QStringLiteral("bad.txt: the title line names no reporting date");
    QTest::newRow("no items") << QStringLiteral("a,b,c\n")
                              << QStringLiteral("bad.txt: no item lines");
}

void TestIrumaTableImport::badInputNamesTheLine()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!IrumaTableImport::read(text, QStringLiteral("bad.txt"), &error));
    QVERIFY2(error.startsWith(expected), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestIrumaTableImport)
#include "tst_irumatableimport.moc"
