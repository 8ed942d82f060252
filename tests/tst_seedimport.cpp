#include "stats/statuscounts.h"
#include "testsupport.h"

#include <QJsonArray>

// The bundled samples hold every field of both founding documents.
class TestSeedImport : public QObject
{
    Q_OBJECT

private slots:
    void irumaShape();
    void irumaTextsEqualSeed();
    void tokorozawaShape();
    void tokorozawaCountsEqualSeedSummary_data();
    void tokorozawaCountsEqualSeedSummary();
    void tokorozawaRowFields();
    void badInputNamesTheProblem_data();
    void badInputNamesTheProblem();
};

void TestSeedImport::irumaShape()
{
    const Plan plan = TestSupport::samplePlan(QStringLiteral("iruma"));
    QCOMPARE(plan.info.organisation, QStringLiteral("入間市"));
    QCOMPARE(plan.info.asOf, QDate(2023, 9, 30));
    QCOMPARE(plan.chapters.size(), 6);
    QCOMPARE(plan.pledges.size(), 30);
    QCOMPARE(plan.rows.size(), 60);
    QCOMPARE(plan.periods.size(), 1);
    QCOMPARE(plan.periods.first().japaneseLabel(), QStringLiteral("令和5年9月末現在"));

    const StatusCounts counts = StatusCounts::forPeriod(plan, plan.periods.first().id);
    QCOMPARE(counts.perLevel, (QList<int>{37, 19, 4, 0}));
    QCOMPARE(counts.none, 0);

    int notes = 0;
    int empty = 0;
    for (const Cell &cell : plan.cells) {
        if (cell.narrative.isEmpty())
            ++empty;
        else
            notes += int(cell.narrative.split(QLatin1Char('\n')).size());
    }
    QCOMPARE(notes, 288);
    QCOMPARE(empty, 2);
}

void TestSeedImport::irumaTextsEqualSeed()
{
    const Plan plan = TestSupport::samplePlan(QStringLiteral("iruma"));
    const QJsonArray chapters =
        TestSupport::seedJson(QStringLiteral("iruma")).value(QStringLiteral("chapters")).toArray();
    int rowIndex = 0;
    int pledgeIndex = 0;
    for (int c = 0; c < chapters.size(); ++c) {
        const QJsonObject chapter = chapters.at(c).toObject();
        QCOMPARE(plan.chapters.at(c).title, chapter.value(QStringLiteral("title")).toString());
        for (const QJsonValue &pv : chapter.value(QStringLiteral("pledges")).toArray()) {
            const QJsonObject pledge = pv.toObject();
            const Pledge &p = plan.pledges.at(pledgeIndex++);
            QCOMPARE(p.chapterId, plan.chapters.at(c).id);
            QCOMPARE(p.tag, pledge.value(QStringLiteral("tag")).toString());
            QCOMPARE(p.title, pledge.value(QStringLiteral("title")).toString());
            for (const QJsonValue &iv : pledge.value(QStringLiteral("items")).toArray()) {
                const QJsonObject item = iv.toObject();
                const PledgeRow &r = plan.rows.at(rowIndex++);
                QCOMPARE(r.pledgeId, p.id);
                QCOMPARE(r.marker, item.value(QStringLiteral("marker")).toString());
                QCOMPARE(r.title, item.value(QStringLiteral("title")).toString());
                QCOMPARE(r.content, item.value(QStringLiteral("content")).toString());
                const QStringList notes =
                    plan.cell(r.id, plan.periods.first().id).narrative.split(QLatin1Char('\n'));
                const QJsonArray seedNotes = item.value(QStringLiteral("progress_notes")).toArray();
                for (int n = 0; n < seedNotes.size(); ++n)
                    QVERIFY(notes.at(n).endsWith(seedNotes.at(n).toString()));
            }
        }
    }
    QCOMPARE(rowIndex, 60);
}

void TestSeedImport::tokorozawaShape()
{
    const Plan plan = TestSupport::samplePlan(QStringLiteral("tokorozawa"));
    QCOMPARE(plan.info.organisation, QStringLiteral("所沢市"));
    QCOMPARE(plan.chapters.size(), 0);
    QCOMPARE(plan.pledges.size(), 45);
    QCOMPARE(plan.rows.size(), 81);
    QStringList labels;
    for (const Period &p : plan.periods)
        labels << p.japaneseLabel();
    QCOMPARE(labels,
             (QStringList{QStringLiteral("令和5年度 10–12月"), QStringLiteral("令和5年度 1–3月"),
                          QStringLiteral("令和6年度 上半期"), QStringLiteral("令和6年度 下半期")}));
    QCOMPARE(plan.info.asOf, QDate(2024, 9, 30));
    QVERIFY(plan.departments.size() > 20);
    int pledge34Rows = 0;
    for (const PledgeRow &r : plan.rows)
        pledge34Rows += plan.pledge(r.pledgeId)->number == QStringLiteral("34");
    QCOMPARE(pledge34Rows, 9);
}

void TestSeedImport::tokorozawaCountsEqualSeedSummary_data()
{
    QTest::addColumn<int>("periodIndex");
    QTest::addColumn<QString>("seedKey");
    QTest::newRow("R5 10-12") << 0 << QStringLiteral("R5 10-12");
    QTest::newRow("R5 1-3") << 1 << QStringLiteral("R5 1-3");
    QTest::newRow("R6 H1") << 2 << QStringLiteral("R6 H1");
    QTest::newRow("R6 H2") << 3 << QStringLiteral("R6 H2");
}

void TestSeedImport::tokorozawaCountsEqualSeedSummary()
{
    QFETCH(int, periodIndex);
    QFETCH(QString, seedKey);
    const Plan plan = TestSupport::samplePlan(QStringLiteral("tokorozawa"));
    const QJsonObject expected = TestSupport::seedJson(QStringLiteral("tokorozawa"))
                                     .value(QStringLiteral("summary"))
                                     .toObject()
                                     .value(QStringLiteral("indicator_counts_by_period"))
                                     .toObject()
                                     .value(seedKey)
                                     .toObject();
    QVERIFY(!expected.isEmpty());
    const StatusCounts counts = StatusCounts::forPeriod(plan, plan.periods.at(periodIndex).id);
    for (int i = 0; i < plan.periodScale.levels.size(); ++i) {
        const QString symbol = plan.periodScale.levels.at(i).symbol;
        QCOMPARE(counts.perLevel.at(i), expected.value(symbol).toInt(0));
    }
    QCOMPARE(counts.none, expected.value(QStringLiteral("null")).toInt());
}

void TestSeedImport::tokorozawaRowFields()
{
    const Plan plan = TestSupport::samplePlan(QStringLiteral("tokorozawa"));
    const PledgeRow &first = plan.rows.first();
    QCOMPARE(plan.department(first.departmentId)->name, QStringLiteral("こども支援課"));
    QCOMPARE(first.targetDateText, QStringLiteral("R6.10"));
    QCOMPARE(first.targetDate, QDate(2024, 10, 31));
    QCOMPARE(plan.yearCell(first.id, 2023).goal,
             QStringLiteral("パブリックコメントの実施および条例の整備"));
    QCOMPARE(plan.periodScale.levelById(plan.yearCell(first.id, 2023).levelId)->symbol,
             QStringLiteral("☆"));
    QCOMPARE(plan.yearCell(first.id, 2024).goal, QStringLiteral("制度周知および運用開始"));
    QCOMPARE(plan.cell(first.id, plan.periods.at(3).id).plan,
             QStringLiteral("制度周知および受給者証交付手続の開始"));
    QVERIFY(!first.note.isEmpty());

    int added = 0;
    int achievedEarly = 0;
    int subProjects = 0;
    int annualGoals = 0;
    for (const PledgeRow &r : plan.rows) {
        added += r.addedInFiscalYear == 2024;
        achievedEarly += r.afterCompletionText == QStringLiteral("達成済");
        subProjects += !r.title.isEmpty();
    }
    for (const YearCell &y : plan.yearCells)
        annualGoals += !y.goal.isEmpty();
    QCOMPARE(added, 4);
    QCOMPARE(achievedEarly, 3);
    QCOMPARE(subProjects, 8);
    QVERIFY(annualGoals > 140);
}

void TestSeedImport::badInputNamesTheProblem_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not json") << QByteArray("{\"chapters\": [") << QStringLiteral("not valid JSON");
    QTest::newRow("neither shape") << QByteArray("{}") << QStringLiteral("neither");
    QTest::newRow("unknown status")
        << QByteArray(R"({"as_of":"2023-09-30","chapters":[{"number":1,"title":"t","pledges":
            [{"number":7,"tag":"x","title":"y","items":[{"marker":"①","status":"Z"}]}]}]})")
        << QStringLiteral("pledge 7 item ①");
}

void TestSeedImport::badInputNamesTheProblem()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    QString error;
    QVERIFY(!SeedImport::read(json, QStringLiteral("input.json"), &error));
    QVERIFY2(error.contains(QStringLiteral("input.json")), qPrintable(error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestSeedImport)
#include "tst_seedimport.moc"
