#include "dialogs/celldialog.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

// The cell dialog: plain-text heading and previous cell, status by level, copying the plan.
class TestCellDialog : public QObject
{
    Q_OBJECT

private slots:
    void showsHeadingAndPreviousPeriodAsPlainText();
    void editsPlanStatusAndNarrative();
    void copiesPlanFromPreviousPeriod();
    void copyIsDisabledWithoutPreviousPlan();
    void keepsStatusUnknownToScale();

private:
    static StatusScale scale();
    template <typename T> static T *child(QDialog &dialog, const char *name)
    {
        return dialog.findChild<T *>(QString::fromLatin1(name));
    }
};

StatusScale TestCellDialog::scale()
{
    StatusScale s = StatusScale::preset(StatusScale::Preset::AtoD);
    for (int i = 0; i < s.levels.size(); ++i)
        s.levels[i].id = 21 + i;
    return s;
}

void TestCellDialog::showsHeadingAndPreviousPeriodAsPlainText()
{
    const QString heading = QStringLiteral("1-<b>①</b> Lunch subsidy — FY2024 H1");
    const Cell previous{QStringLiteral("Survey <i>all</i> schools"), 22,
                        QStringLiteral("Survey done in 12 of 15 schools")};
    CellDialog dialog(Cell{}, scale(), heading, previous);
    auto *headingLabel = child<QLabel>(dialog, "headingLabel");
    QCOMPARE(headingLabel->text(), heading);
    for (const char *name : {"headingLabel", "previousPlan", "previousStatus", "previousNarrative"})
        QCOMPARE(child<QLabel>(dialog, name)->textFormat(), Qt::PlainText);
    QCOMPARE(child<QLabel>(dialog, "previousPlan")->text(), previous.plan);
    QCOMPARE(child<QLabel>(dialog, "previousStatus")->text(),
             QStringLiteral("B ") + scale().levels.at(1).displayLabel(false));
    QCOMPARE(child<QLabel>(dialog, "previousNarrative")->text(), previous.narrative);

    auto *status = child<QComboBox>(dialog, "statusCombo");
    QCOMPARE(status->count(), 5);
    QCOMPARE(status->itemText(0), QStringLiteral("(none)"));
    QCOMPARE(status->itemText(1), QStringLiteral("A ") + scale().levels.at(0).displayLabel(false));
    QCOMPARE(status->currentIndex(), 0);
    QCOMPARE(dialog.cell(), Cell{});
}

void TestCellDialog::editsPlanStatusAndNarrative()
{
    const Cell cell{QStringLiteral("Start pilot"), 23, QString()};
    CellDialog dialog(cell, scale(), QStringLiteral("Row — Period"), Cell{});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *status = child<QComboBox>(dialog, "statusCombo");
    QCOMPARE(status->currentData().toLongLong(), qint64(23));
    QCOMPARE(dialog.cell(), cell);

    auto *plan = child<QPlainTextEdit>(dialog, "planEdit");
    QTest::keyClick(plan, Qt::Key_End);
    QTest::keyClicks(plan, QStringLiteral(" in June"));
    QTest::keyClick(status, Qt::Key_Up); // B
    auto *narrative = child<QPlainTextEdit>(dialog, "narrativeEdit");
    QTest::keyClicks(narrative, QStringLiteral("Pilot started."));
    QTest::keyClick(narrative, Qt::Key_Return);
    QTest::keyClicks(narrative, QStringLiteral("Two schools joined."));
    QTest::keyClick(&dialog, Qt::Key_Enter);

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Cell result = dialog.cell();
    QCOMPARE(result.plan, QStringLiteral("Start pilot in June"));
    QCOMPARE(result.levelId, qint64(22));
    QCOMPARE(result.narrative, QStringLiteral("Pilot started.\nTwo schools joined."));

    CellDialog clear(cell, scale(), QStringLiteral("Row — Period"), Cell{});
    QTest::keyClick(child<QComboBox>(clear, "statusCombo"), Qt::Key_Home);
    QCOMPARE(clear.cell().levelId, qint64(0));
}

void TestCellDialog::copiesPlanFromPreviousPeriod()
{
    const Cell previous{QStringLiteral("Survey all schools\nthen report"), 21, QString()};
    CellDialog dialog(Cell{QStringLiteral("old plan"), 0, QString()}, scale(),
                      QStringLiteral("Row — Period"), previous);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *copy = child<QPushButton>(dialog, "copyPlanButton");
    QVERIFY(copy->isEnabled());
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(child<QPlainTextEdit>(dialog, "planEdit")->toPlainText(), previous.plan);
    QTest::keyClick(&dialog, Qt::Key_Enter);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.cell().plan, previous.plan);
    QCOMPARE(dialog.cell().levelId, qint64(0)); // only the plan is copied
}

void TestCellDialog::copyIsDisabledWithoutPreviousPlan()
{
    const Cell previous{QString(), 21, QStringLiteral("Done")};
    CellDialog dialog(Cell{QStringLiteral("mine"), 0, QString()}, scale(),
                      QStringLiteral("Row — Period"), previous);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *copy = child<QPushButton>(dialog, "copyPlanButton");
    QVERIFY(!copy->isEnabled());
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(dialog.cell().plan, QStringLiteral("mine"));
}

void TestCellDialog::keepsStatusUnknownToScale()
{
    const Cell cell{QString(), 99, QString()};
    CellDialog dialog(cell, scale(), QStringLiteral("Row — Period"), Cell{});
    QCOMPARE(dialog.cell().levelId, qint64(99));
}

QTEST_MAIN(TestCellDialog)
#include "tst_celldialog.moc"
