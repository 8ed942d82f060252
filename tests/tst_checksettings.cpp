#include "checks/plancheck.h"
#include "document/document.h"
#include "document/editing.h"
#include "io/planjson.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>

// The per-plan check switches: stored in the file, changed as one undo step, and carried by
// the lossless JSON.
class TestCheckSettings : public QObject
{
    Q_OBJECT

private slots:
    void switchesAreOneUndoStep();
    void newPlanKeepsItsSwitches();
    void jsonCarriesSwitches();

private:
    QTemporaryDir m_dir;
};

void TestCheckSettings::switchesAreOneUndoStep()
{
    const QString path = m_dir.filePath(QStringLiteral("undo.pledges"));
    QString error;
    auto doc =
        Document::create(path, TestSupport::samplePlan(QStringLiteral("tokorozawa")), &error);
    QVERIFY2(doc, qPrintable(error));
    QSignalSpy changed(doc.get(), &Document::disabledChecksChanged);
    const int before = int(PlanCheck::run(doc->plan(), false).size());

    QVERIFY(Editing::setDisabledChecks(
        *doc, {CheckRule::PlanCopiedFromPrevious, CheckRule::StatusWentDown}));
    const QStringList keys = {QStringLiteral("status-went-down"),
                              QStringLiteral("plan-copied-from-previous")};
    QCOMPARE(doc->plan().disabledChecks, keys);
    QCOMPARE(doc->undoStack()->count(), 1);
    QCOMPARE(changed.count(), 1);
    QVERIFY(PlanCheck::run(doc->plan(), false).size() < before);
    // The same switches again change nothing and add no step.
    QVERIFY(Editing::setDisabledChecks(
        *doc, {CheckRule::StatusWentDown, CheckRule::PlanCopiedFromPrevious}));
    QCOMPARE(doc->undoStack()->count(), 1);

    doc->undoStack()->undo();
    QVERIFY(doc->plan().disabledChecks.isEmpty());
    QCOMPARE(PlanCheck::run(doc->plan(), false).size(), before);
    doc->undoStack()->redo();
    doc.reset();
    doc = Document::open(path, Document::Access::ReadOnly, &error);
    QVERIFY2(doc, qPrintable(error));
    QCOMPARE(doc->plan().disabledChecks, keys);
}

void TestCheckSettings::newPlanKeepsItsSwitches()
{
    Plan plan = TestSupport::samplePlan(QStringLiteral("iruma"));
    plan.disabledChecks = {QStringLiteral("target-date-passed"),
                           QStringLiteral("from-a-newer-version")};
    QString error;
    auto doc = Document::create(m_dir.filePath(QStringLiteral("new.pledges")), plan, &error);
    QVERIFY2(doc, qPrintable(error));
    QCOMPARE(doc->plan().disabledChecks, plan.disabledChecks);
    // Switching a known rule keeps the key this version does not know.
    QVERIFY(Editing::setDisabledChecks(*doc, {}));
    QCOMPARE(doc->plan().disabledChecks, QStringList{QStringLiteral("from-a-newer-version")});
}

void TestCheckSettings::jsonCarriesSwitches()
{
    Plan plan = TestSupport::samplePlan(QStringLiteral("iruma"));
    plan.disabledChecks = {QStringLiteral("period-mostly-empty")};
    QString error;
    auto contents = PlanJson::read(PlanJson::write(plan, {}), QStringLiteral("plan.json"), &error);
    QVERIFY2(contents, qPrintable(error));
    QCOMPARE(contents->plan.disabledChecks, plan.disabledChecks);

    QByteArray json = PlanJson::write(plan, {});
    json.replace("\"period-mostly-empty\"", "7");
    QVERIFY(!PlanJson::read(json, QStringLiteral("plan.json"), &error));
    QVERIFY2(error.contains(QStringLiteral("disabled_checks")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestCheckSettings)
#include "tst_checksettings.moc"
