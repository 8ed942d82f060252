#include "storage/database.h"
#include "storage/planstore.h"
#include "testsupport.h"

#include <QTemporaryDir>

// Every field of a plan survives a write to a .pledges file and a read back.
class TestPlanStore : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void cellWritesRecordHistory();

private:
    QTemporaryDir m_dir;
};

void TestPlanStore::roundTrip_data()
{
    QTest::addColumn<QString>("sample");
    QTest::newRow("iruma") << QStringLiteral("iruma");
    QTest::newRow("tokorozawa") << QStringLiteral("tokorozawa");
    QTest::newRow("every field") << QStringLiteral("crafted");
}

namespace {
// A plan that sets every field the seeds leave empty: a year-end scale, a pledge description
// and target date, a custom period label, item and department rows side by side.
Plan craftedPlan()
{
    Plan plan;
    plan.info = {QStringLiteral("Title"), QStringLiteral("Org"), QDate(2024, 3, 31), 1};
    plan.periodScale = StatusScale::preset(StatusScale::Preset::RedAmberGreen);
    plan.hasYearEndScale = true;
    plan.yearEndScale = StatusScale::preset(StatusScale::Preset::DoubleCircleCircleDash);
    qint64 id = 1;
    for (StatusLevel &l : plan.periodScale.levels)
        l.id = id++;
    for (StatusLevel &l : plan.yearEndScale.levels)
        l.id = id++;
    Period custom = Period::months(2024, 2, 5);
    custom.id = id++;
    custom.customLabel = QStringLiteral("Spring");
    Period date = Period::reportingDate(QDate(2024, 6, 15), 1);
    date.id = id++;
    plan.periods = {custom, date};
    plan.departments = {{id++, QStringLiteral("企画課")}};
    plan.chapters = {{id++, 3, QStringLiteral("Chapter")}};
    Pledge pledge{id++,
                  plan.chapters.first().id,
                  QStringLiteral("12-2"),
                  QStringLiteral("Tag"),
                  QStringLiteral("Pledge"),
                  QStringLiteral("Description"),
                  QStringLiteral("R7.3"),
                  QDate(2025, 3, 31)};
    plan.pledges = {pledge};
    PledgeRow item;
    item.id = id++;
    item.pledgeId = pledge.id;
    item.marker = QStringLiteral("②");
    item.title = QStringLiteral("Item");
    item.content = QStringLiteral("Line 1\nLine 2 <b>&amp;</b>");
    PledgeRow dept = item;
    dept.id = id++;
    dept.kind = PledgeRow::Kind::Department;
    dept.departmentId = plan.departments.first().id;
    dept.targetDateText = QStringLiteral("未定");
    dept.addedInFiscalYear = 2024;
    dept.afterCompletionText = QStringLiteral("達成済");
    dept.note = QStringLiteral("Note");
    plan.rows = {item, dept};
    plan.cells.insert(
        {item.id, custom.id},
        {QStringLiteral("Plan"), plan.periodScale.levels.at(2).id, QStringLiteral("Narrative")});
    plan.cells.insert({dept.id, date.id}, {QString(), 0, QStringLiteral("Only text")});
    plan.yearCells.insert(
        {dept.id, 2024},
        {QStringLiteral("Goal"), plan.yearEndScale.levels.at(1).id, QStringLiteral("Year note")});
    return plan;
}
} // namespace

void TestPlanStore::roundTrip()
{
    QFETCH(QString, sample);
    Plan plan =
        sample == QStringLiteral("crafted") ? craftedPlan() : TestSupport::samplePlan(sample);
    const Plan original = plan;
    const QString path = m_dir.filePath(sample + QStringLiteral(".pledges"));
    QString error;
    {
        auto db = Database::create(path, &error);
        QVERIFY2(db, qPrintable(error));
        PlanStore store(db->connection());
        WriteTransaction transaction(db->connection());
        QVERIFY2(store.insertPlan(&plan), qPrintable(store.error()));
        QVERIFY(transaction.commit());
    }
    auto db = Database::open(path, Database::Access::ReadOnly, &error);
    QVERIFY2(db, qPrintable(error));
    Plan loaded;
    PlanStore store(db->connection());
    QVERIFY2(store.load(&loaded), qPrintable(store.error()));
    QCOMPARE(loaded, plan); // ids as given by the database, every field equal

    // And nothing was lost on the way in: the written plan is the original with new ids.
    QCOMPARE(loaded.rows.size(), original.rows.size());
    QCOMPARE(loaded.cells.size(), original.cells.size());
    QCOMPARE(loaded.yearCells.size(), original.yearCells.size());
    for (int i = 0; i < original.rows.size(); ++i) {
        QCOMPARE(loaded.rows.at(i).content, original.rows.at(i).content);
        for (int p = 0; p < original.periods.size(); ++p) {
            const Cell before = original.cell(original.rows.at(i).id, original.periods.at(p).id);
            const Cell after = loaded.cell(loaded.rows.at(i).id, loaded.periods.at(p).id);
            QCOMPARE(after.narrative, before.narrative);
            QCOMPARE(after.plan, before.plan);
            const StatusLevel *a = loaded.periodScale.levelById(after.levelId);
            const StatusLevel *b = original.periodScale.levelById(before.levelId);
            QCOMPARE(a ? a->code : QString(), b ? b->code : QString());
        }
    }
}

void TestPlanStore::cellWritesRecordHistory()
{
    Plan plan = craftedPlan();
    const QString path = m_dir.filePath(QStringLiteral("history.pledges"));
    QString error;
    auto db = Database::create(path, &error);
    QVERIFY2(db, qPrintable(error));
    PlanStore store(db->connection());
    {
        WriteTransaction transaction(db->connection());
        QVERIFY2(store.insertPlan(&plan), qPrintable(store.error()));
        QVERIFY(transaction.commit());
    }
    const qint64 rowId = plan.rows.first().id;
    const qint64 periodId = plan.periods.first().id;
    const Cell old = plan.cell(rowId, periodId);
    Cell changed = old;
    changed.levelId = plan.periodScale.levels.at(0).id;
    changed.narrative = QStringLiteral("Done");
    {
        WriteTransaction transaction(db->connection());
        QVERIFY(store.writeCell(rowId, periodId, old, changed, plan.periodScale,
                                QStringLiteral("tanaka"), QStringLiteral("import.csv")));
        QVERIFY(transaction.commit());
    }
    const QList<HistoryEntry> history = store.history(rowId, periodId);
    QCOMPARE(history.size(), 2); // status and narrative; the plan text did not change
    QCOMPARE(history.at(0).field, QStringLiteral("status"));
    QCOMPARE(history.at(0).oldValue, QStringLiteral("A"));
    QCOMPARE(history.at(0).newValue, QStringLiteral("B"));
    QCOMPARE(history.at(1).field, QStringLiteral("narrative"));
    QCOMPARE(history.at(1).oldValue, QStringLiteral("Narrative"));
    QCOMPARE(history.at(1).newValue, QStringLiteral("Done"));
    QCOMPARE(history.at(1).user, QStringLiteral("tanaka"));
    QCOMPARE(history.at(1).source, QStringLiteral("import.csv"));
    QVERIFY(qAbs(history.at(1).at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
}

QTEST_GUILESS_MAIN(TestPlanStore)
#include "tst_planstore.moc"
