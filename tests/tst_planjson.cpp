#include "document/document.h"
#include "document/editing.h"
#include "io/planjson.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QTemporaryDir>

// JSON is the lossless interchange format: a plan exported and imported again is the same
// plan, ids and history included.
class TestPlanJson : public QObject
{
    Q_OBJECT

private slots:
    void roundTripIsIdentical_data();
    void roundTripIsIdentical();
    void newerVersionIsRefused();
    void badInputNamesThePlace_data();
    void badInputNamesThePlace();

private:
    QTemporaryDir m_dir;
};

void TestPlanJson::roundTripIsIdentical_data()
{
    QTest::addColumn<QString>("sample");
    QTest::newRow("iruma") << QStringLiteral("iruma");
    QTest::newRow("tokorozawa") << QStringLiteral("tokorozawa");
}

void TestPlanJson::roundTripIsIdentical()
{
    QFETCH(QString, sample);
    QString error;
    auto doc = Document::create(m_dir.filePath(sample + QStringLiteral(".pledges")),
                                TestSupport::samplePlan(sample), &error);
    QVERIFY2(doc, qPrintable(error));
    // Edits give the plan history, and a deleted row leaves a gap in the ids the history
    // still refers to.
    const qint64 period = doc->plan().periods.last().id;
    const qint64 first = doc->plan().rows.first().id;
    Cell cell = doc->plan().cell(first, period);
    cell.narrative += QStringLiteral("\n・追記した一行");
    QVERIFY(Editing::setCell(*doc, first, period, cell));
    QVERIFY(Editing::setStatus(*doc, {{doc->plan().rows.at(2).id, period}},
                               doc->plan().periodScale.levels.last().id));
    QVERIFY(Editing::deleteRow(*doc, doc->plan().rows.at(1).id));
    const QList<HistoryEntry> history = doc->allHistory();
    QVERIFY(history.size() >= 2);

    const QByteArray json = PlanJson::write(doc->plan(), history);
    QVERIFY(PlanJson::recognizes(json));
    const auto contents = PlanJson::read(json, QStringLiteral("plan.json"), &error);
    QVERIFY2(contents, qPrintable(error));
    QVERIFY(contents->plan == doc->plan());

    auto copy = Document::createLossless(m_dir.filePath(sample + QStringLiteral("-copy.pledges")),
                                         contents->plan, contents->history, &error);
    QVERIFY2(copy, qPrintable(error));
    QVERIFY(copy->plan() == doc->plan());
    const QList<HistoryEntry> copied = copy->allHistory();
    QCOMPARE(copied.size(), history.size());
    for (int i = 0; i < history.size(); ++i) {
        const HistoryEntry &a = history.at(i);
        const HistoryEntry &b = copied.at(i);
        QCOMPARE(b.id, a.id);
        QCOMPARE(b.rowId, a.rowId);
        QCOMPARE(b.periodId, a.periodId);
        QCOMPARE(b.field, a.field);
        QCOMPARE(b.oldValue, a.oldValue);
        QCOMPARE(b.newValue, a.newValue);
        QCOMPARE(b.at, a.at);
        QCOMPARE(b.user, a.user);
        QCOMPARE(b.source, a.source);
    }
    // The cell history view of the copy finds the same entries.
    QCOMPARE(copy->history(first, period).size(), doc->history(first, period).size());
    QCOMPARE(PlanJson::write(copy->plan(), copied), json);
}

void TestPlanJson::newerVersionIsRefused()
{
    QJsonObject root = QJsonDocument::fromJson(
                           PlanJson::write(TestSupport::samplePlan(QStringLiteral("iruma")), {}))
                           .object();
    root.insert(QStringLiteral("version"), PlanJson::kVersion + 1);
    QString error;
    QVERIFY(!PlanJson::read(QJsonDocument(root).toJson(), QStringLiteral("new.json"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("new.json: version: 2")), qPrintable(error));
}

void TestPlanJson::badInputNamesThePlace_data()
{
    QTest::addColumn<QString>("key");      // what to damage, as "list/index/field"
    QTest::addColumn<QJsonValue>("value"); // the damaged value
    QTest::addColumn<QString>("expected");
    QTest::newRow("row without pledge")
        << QStringLiteral("rows/3/pledge_id") << QJsonValue(9999)
        << QStringLiteral("rows[3].pledge_id: 9999 names no pledge");
    QTest::newRow("bad date") << QStringLiteral("pledges/0/target_date")
                              << QJsonValue(QStringLiteral("R6.10"))
                              << QStringLiteral("pledges[0].target_date: should be a date");
    QTest::newRow("duplicate id") << QStringLiteral("chapters/1/id") << QJsonValue(-1)
                                  << QStringLiteral("chapters[1].id: ");
    QTest::newRow("unknown level") << QStringLiteral("cells/0/level_id") << QJsonValue(777)
                                   << QStringLiteral("cells[0].level_id: 777 names no level");
    QTest::newRow("text as number") << QStringLiteral("rows/0/title") << QJsonValue(5)
                                    << QStringLiteral("rows[0].title: should be text");
    QTest::newRow("unknown kind") << QStringLiteral("periods/0/kind")
                                  << QJsonValue(QStringLiteral("decade"))
                                  << QStringLiteral("periods[0].kind: \"decade\" is not one of");
}

void TestPlanJson::badInputNamesThePlace()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    QJsonObject root = QJsonDocument::fromJson(
                           PlanJson::write(TestSupport::samplePlan(QStringLiteral("iruma")), {}))
                           .object();
    const QStringList path = key.split(QLatin1Char('/'));
    QJsonArray list = root.value(path.at(0)).toArray();
    QJsonObject item = list.at(path.at(1).toInt()).toObject();
    // -1 stands for "the id of the item before": a duplicate.
    item.insert(path.at(2), value == QJsonValue(-1)
                                ? list.at(path.at(1).toInt() - 1).toObject().value(path.at(2))
                                : value);
    list.replace(path.at(1).toInt(), item);
    root.insert(path.at(0), list);
    QString error;
    QVERIFY(!PlanJson::read(QJsonDocument(root).toJson(), QStringLiteral("bad.json"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("bad.json: ") + expected), qPrintable(error));

    QVERIFY(!PlanJson::read("{\n  \"format\": \n", QStringLiteral("cut.json"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("cut.json: line 3, column")), qPrintable(error));
    QVERIFY(!PlanJson::read("[1]", QStringLiteral("list.json"), &error));
    QVERIFY(!PlanJson::read("{\"format\": \"other\"}", QStringLiteral("o.json"), &error));
    QVERIFY2(error.contains(QStringLiteral("not a Pledge Tracker plan")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestPlanJson)
#include "tst_planjson.moc"
