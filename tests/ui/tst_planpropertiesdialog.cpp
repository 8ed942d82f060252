#include "dialogs/planpropertiesdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

// The plan properties dialog: typed values come back, a title is required, no date clears.
class TestPlanPropertiesDialog : public QObject
{
    Q_OBJECT

private slots:
    void showsAndReturnsEditedValues();
    void titleIsRequired();
    void noDateOption();

private:
    static PlanInfo sampleInfo();
};

PlanInfo TestPlanPropertiesDialog::sampleInfo()
{
    PlanInfo info;
    info.title = QStringLiteral("Mayor's Manifesto Progress");
    info.organisation = QStringLiteral("Iruma City");
    info.asOf = QDate(2023, 9, 30);
    info.fiscalYearStartMonth = 4;
    return info;
}

void TestPlanPropertiesDialog::showsAndReturnsEditedValues()
{
    PlanPropertiesDialog dialog(sampleInfo());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *title = dialog.findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    auto *organisation = dialog.findChild<QLineEdit *>(QStringLiteral("organisationEdit"));
    auto *month = dialog.findChild<QComboBox *>(QStringLiteral("startMonthCombo"));
    auto *asOf = dialog.findChild<QDateEdit *>(QStringLiteral("asOfEdit"));
    QVERIFY(title && organisation && month && asOf);
    QCOMPARE(title->text(), sampleInfo().title);
    QCOMPARE(organisation->text(), QStringLiteral("Iruma City"));
    QCOMPARE(asOf->date(), QDate(2023, 9, 30));
    QCOMPARE(month->currentData().toInt(), 4);

    QTest::keyClick(title, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(title, QStringLiteral("  Pledge Progress 2024 "));
    QTest::keyClick(organisation, Qt::Key_End);
    QTest::keyClicks(organisation, QStringLiteral(" Hall"));
    QTest::keyClick(month, Qt::Key_Down); // May
    QTest::keyClick(&dialog, Qt::Key_Enter);

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const PlanInfo info = dialog.planInfo();
    QCOMPARE(info.title, QStringLiteral("Pledge Progress 2024"));
    QCOMPARE(info.organisation, QStringLiteral("Iruma City Hall"));
    QCOMPARE(info.asOf, QDate(2023, 9, 30));
    QCOMPARE(info.fiscalYearStartMonth, 5);
}

void TestPlanPropertiesDialog::titleIsRequired()
{
    PlanPropertiesDialog dialog(sampleInfo());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *title = dialog.findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("titleError"));
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    QVERIFY(!error->isVisible());

    QTest::keyClick(title, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(title, Qt::Key_Backspace);
    QTest::keyClicks(title, QStringLiteral("   "));
    QVERIFY(!ok->isEnabled());
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("title")));
    QCOMPARE(error->textFormat(), Qt::PlainText);

    QTest::keyClick(&dialog, Qt::Key_Enter); // refused while invalid
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));

    QTest::keyClicks(title, QStringLiteral("T"));
    QVERIFY(ok->isEnabled());
    QVERIFY(!error->isVisible());
    QTest::keyClick(&dialog, Qt::Key_Enter);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.planInfo().title, QStringLiteral("T"));
}

void TestPlanPropertiesDialog::noDateOption()
{
    PlanInfo info = sampleInfo();
    info.asOf = QDate();
    PlanPropertiesDialog dialog(info);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *noDate = dialog.findChild<QCheckBox *>(QStringLiteral("noDateCheck"));
    auto *asOf = dialog.findChild<QDateEdit *>(QStringLiteral("asOfEdit"));
    QVERIFY(noDate->isChecked());
    QVERIFY(!asOf->isEnabled());
    QVERIFY(!dialog.planInfo().asOf.isValid());

    QTest::mouseClick(noDate, Qt::LeftButton);
    QVERIFY(!noDate->isChecked());
    QVERIFY(asOf->isEnabled());
    asOf->setDate(QDate(2024, 3, 31));
    QCOMPARE(dialog.planInfo().asOf, QDate(2024, 3, 31));

    QTest::keyClick(noDate, Qt::Key_Space);
    QVERIFY(noDate->isChecked());
    QTest::keyClick(&dialog, Qt::Key_Enter);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.planInfo().asOf.isValid());
}

QTEST_MAIN(TestPlanPropertiesDialog)
#include "tst_planpropertiesdialog.moc"
