#include "stats/plansummary.h"
#include "testsupport.h"

#include <QJsonArray>

// The summary's counts are computed from the cells and match what the cities printed.
class TestPlanSummary : public QObject
{
    Q_OBJECT

private slots:
    void irumaMatchesPrintedTable();
    void tokorozawaJson();
    void countsFollowFilterAndEdits();
};

void TestPlanSummary::irumaMatchesPrintedTable()
{
    const Plan plan = TestSupport::samplePlan(QStringLiteral("iruma"));
    const PlanSummary summary(plan);
    QCOMPARE(summary.chapters(), 6);
    QCOMPARE(summary.pledges(), 30);
    QCOMPARE(summary.rows(), 60);
    // The document's own closing table: 評価 A 37, B 19, C 4, D 0.
    const QJsonArray declared = TestSupport::seedJson(QStringLiteral("iruma"))
                                    .value(QStringLiteral("summary"))
                                    .toObject()
                                    .value(QStringLiteral("declared"))
                                    .toArray();
    const QJsonObject counts = summary.toJson()
                                   .value(QStringLiteral("periods"))
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(QStringLiteral("counts"))
                                   .toObject();
    QCOMPARE(declared.size(), 4);
    for (const QJsonValue &v : declared) {
        const QJsonObject d = v.toObject();
        QCOMPARE(counts.value(d.value(QStringLiteral("code")).toString()).toInt(-1),
                 d.value(QStringLiteral("count")).toInt());
    }
    QCOMPARE(summary.periodCounts().first().achieved(plan.periodScale), 37);
    const QString text = summary.toText(true);
    QVERIFY2(text.contains(QStringLiteral("令和5年9月末現在: A 37, B 19, C 4, D 0, none 0")),
             qPrintable(text));
}

void TestPlanSummary::tokorozawaJson()
{
    const Plan plan = TestSupport::samplePlan(QStringLiteral("tokorozawa"));
    const QJsonObject json = PlanSummary(plan).toJson();
    QCOMPARE(json.value(QStringLiteral("format")).toString(),
             QStringLiteral("pledgetracker-summary"));
    QCOMPARE(json.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("rows")).toInt(), 81);
    const QJsonArray periods = json.value(QStringLiteral("periods")).toArray();
    QCOMPARE(periods.size(), 4);
    const QJsonObject h1 = periods.at(2).toObject();
    QCOMPARE(h1.value(QStringLiteral("label")).toString(), QStringLiteral("令和6年度 上半期"));
    QCOMPARE(h1.value(QStringLiteral("label_en")).toString(), QStringLiteral("FY2024 H1"));
    QCOMPARE(h1.value(QStringLiteral("start")).toString(), QStringLiteral("2024-04-01"));
    QCOMPARE(h1.value(QStringLiteral("end")).toString(), QStringLiteral("2024-09-30"));
    const QJsonObject counts = h1.value(QStringLiteral("counts")).toObject();
    QCOMPARE(counts.value(QStringLiteral("○")).toInt(), 69);
    QCOMPARE(counts.value(QStringLiteral("△")).toInt(), 6);
    QCOMPARE(counts.value(QStringLiteral("☆")).toInt(), 2);
    QCOMPARE(counts.value(QStringLiteral("×")).toInt(), 1);
    QCOMPARE(h1.value(QStringLiteral("none")).toInt(), 3);
    QCOMPARE(h1.value(QStringLiteral("total")).toInt(), 81);
    QCOMPARE(periods.at(3).toObject().value(QStringLiteral("none")).toInt(), 81);
}

void TestPlanSummary::countsFollowFilterAndEdits()
{
    Plan plan = TestSupport::samplePlan(QStringLiteral("iruma"));
    const qint64 period = plan.periods.first().id;
    const qint64 firstChapter = plan.chapters.first().id;
    QSet<qint64> chapterPledges;
    for (const Pledge &p : plan.pledges) {
        if (p.chapterId == firstChapter)
            chapterPledges.insert(p.id);
    }
    const StatusCounts chapter = StatusCounts::forPeriod(
        plan, period, [&](const PledgeRow &r) { return chapterPledges.contains(r.pledgeId); });
    QVERIFY(chapter.total() > 0 && chapter.total() < 60);

    // Clearing one A moves it to "none": counts are never stored, always computed.
    for (auto it = plan.cells.begin(); it != plan.cells.end(); ++it) {
        if (it.value().levelId == plan.periodScale.levels.first().id) {
            it.value().levelId = 0;
            break;
        }
    }
    const StatusCounts all = StatusCounts::forPeriod(plan, period);
    QCOMPARE(all.perLevel, (QList<int>{36, 19, 4, 0}));
    QCOMPARE(all.none, 1);
}

QTEST_GUILESS_MAIN(TestPlanSummary)
#include "tst_plansummary.moc"
