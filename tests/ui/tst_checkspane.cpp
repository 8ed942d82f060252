#include "checkspane.h"
#include "document/document.h"
#include "document/editing.h"
#include "testsupport.h"

#include <QAction>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>

// The checks pane on the Tokorozawa sample: its list follows the plan, its rule switches are
// undo steps, and a finding leads to its cell.
class TestChecksPane : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listShowsFindings();
    void switchingRuleOffIsOneUndoStep();
    void editsRefreshTheList();
    void enterAndClickRequestTheCell();
    void plainTextOnly();
    void withoutDocument();

private:
    QList<CheckFinding> shownOf(CheckRule rule) const;
    QTreeWidgetItem *itemOf(CheckRule rule) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_document;
    std::unique_ptr<ChecksPane> m_pane;
};

void TestChecksPane::init()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_document = Document::create(m_dir.filePath(QStringLiteral("plan.pledges")),
                                  TestSupport::samplePlan(QStringLiteral("tokorozawa")), &error);
    QVERIFY2(m_document, qPrintable(error));
    m_pane = std::make_unique<ChecksPane>();
    m_pane->setJapaneseLabels(true);
    m_pane->setDocument(m_document.get());
    m_pane->resize(900, 500);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void TestChecksPane::cleanup()
{
    m_pane.reset();
    m_document.reset();
    for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files))
        QFile::remove(m_dir.filePath(name));
}

QList<CheckFinding> TestChecksPane::shownOf(CheckRule rule) const
{
    QList<CheckFinding> found;
    for (const CheckFinding &f : m_pane->findings()) {
        if (f.rule == rule)
            found.append(f);
    }
    return found;
}

QTreeWidgetItem *TestChecksPane::itemOf(CheckRule rule) const
{
    QTreeWidget *list = m_pane->list();
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->text(0) == CheckRules::name(rule))
            return list->topLevelItem(i);
    }
    return nullptr;
}

void TestChecksPane::listShowsFindings()
{
    const QList<CheckFinding> expected = PlanCheck::run(m_document->plan(), true);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(m_pane->findings(), expected);
    QCOMPARE(m_pane->list()->topLevelItemCount(), expected.size());
    const QTreeWidgetItem *first = m_pane->list()->topLevelItem(0);
    QCOMPARE(first->text(0), CheckRules::name(expected.first().rule));
    QCOMPARE(first->text(1), expected.first().where);
    QCOMPARE(first->text(2), expected.first().message);
    QVERIFY2(m_pane->summary().contains(QString::number(expected.size())),
             qPrintable(m_pane->summary()));
    QVERIFY(m_pane->ruleAction(CheckRule::StatusWentDown)->isChecked());
}

void TestChecksPane::switchingRuleOffIsOneUndoStep()
{
    const int all = m_pane->list()->topLevelItemCount();
    const int wentDown = int(shownOf(CheckRule::StatusWentDown).size());
    QVERIFY(wentDown > 0);
    m_pane->ruleAction(CheckRule::StatusWentDown)->trigger();
    QCOMPARE(m_document->undoStack()->count(), 1);
    QCOMPARE(m_document->plan().disabledChecks, QStringList{QStringLiteral("status-went-down")});
    QVERIFY(shownOf(CheckRule::StatusWentDown).isEmpty());
    QCOMPARE(m_pane->list()->topLevelItemCount(), all - wentDown);
    QVERIFY(!m_pane->ruleAction(CheckRule::StatusWentDown)->isChecked());
    QVERIFY2(m_pane->summary().contains(QStringLiteral("1 check")), qPrintable(m_pane->summary()));

    m_document->undoStack()->undo();
    QTRY_COMPARE(m_pane->list()->topLevelItemCount(), all);
    QVERIFY(m_pane->ruleAction(CheckRule::StatusWentDown)->isChecked());
    m_document->undoStack()->redo();
    QTRY_COMPARE(m_pane->list()->topLevelItemCount(), all - wentDown);
}

void TestChecksPane::editsRefreshTheList()
{
    const CheckFinding f = shownOf(CheckRule::StatusWentDown).first();
    auto stillShown = [&] {
        const QList<CheckFinding> shown = shownOf(CheckRule::StatusWentDown);
        return std::any_of(shown.cbegin(), shown.cend(), [&](const CheckFinding &g) {
            return g.rowId == f.rowId && g.periodId == f.periodId;
        });
    };
    const qint64 circle = m_document->plan().periodScale.levelByCode(QStringLiteral("○"))->id;
    QVERIFY(Editing::setStatus(*m_document, {{f.rowId, f.periodId}}, circle));
    QTRY_VERIFY(!stillShown());
    QCOMPARE(m_pane->findings(), PlanCheck::run(m_document->plan(), true));
    m_document->undoStack()->undo();
    QTRY_VERIFY(stillShown());
}

void TestChecksPane::enterAndClickRequestTheCell()
{
    QSignalSpy requested(m_pane.get(), &ChecksPane::cellRequested);
    QTreeWidget *list = m_pane->list();
    QTreeWidgetItem *item = itemOf(CheckRule::TargetDatePassed);
    QVERIFY(item);
    const CheckFinding wanted = shownOf(CheckRule::TargetDatePassed).first();
    list->setFocus();
    list->setCurrentItem(item);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().at(0).toLongLong(), wanted.rowId);
    QCOMPARE(requested.first().at(1).toLongLong(), wanted.periodId);

    QTreeWidgetItem *other = itemOf(CheckRule::StatusWentDown);
    const CheckFinding down = shownOf(CheckRule::StatusWentDown).first();
    list->scrollToItem(other);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(other).center());
    QCOMPARE(requested.count(), 2);
    QCOMPARE(requested.last().at(0).toLongLong(), down.rowId);
    QCOMPARE(requested.last().at(1).toLongLong(), down.periodId);
}

// A department name is the plan's text: shown as typed, never read as markup.
void TestChecksPane::plainTextOnly()
{
    const CheckFinding f = shownOf(CheckRule::StatusWentDown).first();
    const PledgeRow *row = m_document->plan().row(f.rowId);
    QList<Department> departments = m_document->plan().departments;
    for (Department &d : departments) {
        if (d.id == row->departmentId)
            d.name = QStringLiteral("<b>土木</b> & 課");
    }
    QString error;
    QVERIFY2(Editing::setDepartments(*m_document, departments, &error), qPrintable(error));
    QTRY_VERIFY(itemOf(CheckRule::StatusWentDown)->text(1).contains(QStringLiteral("<b>土木")));
    const QString tip = itemOf(CheckRule::StatusWentDown)->toolTip(1);
    QVERIFY2(tip.contains(QStringLiteral("&lt;b&gt;")) && tip.contains(QStringLiteral("&amp;")),
             qPrintable(tip));
}

void TestChecksPane::withoutDocument()
{
    m_pane->setDocument(nullptr);
    QCOMPARE(m_pane->list()->topLevelItemCount(), 0);
    QVERIFY(!m_pane->summary().isEmpty());
    QVERIFY(!m_pane->rulesButton()->isEnabled());
    m_pane->setDocument(m_document.get());
    QTRY_VERIFY(m_pane->list()->topLevelItemCount() > 0);
    m_document.reset(); // the plan closes under the pane
    QTRY_COMPARE(m_pane->list()->topLevelItemCount(), 0);
}

QTEST_MAIN(TestChecksPane)
#include "tst_checkspane.moc"
