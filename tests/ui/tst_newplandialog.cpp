#include "dialogs/newplandialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTest>

// File ▸ New: a required title; preset and period scheme come back with unique ids.
class TestNewPlanDialog : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAndRequiredTitle();
    void quartersOverTwoYears();
    void singleReportingDate();
    void startMonthMovesDefaultFiscalYear();

private:
    template <typename T> static T *child(QDialog &dialog, const char *name)
    {
        return dialog.findChild<T *>(QString::fromLatin1(name));
    }
    static void replaceText(QWidget *widget, const QString &text);
};

void TestNewPlanDialog::replaceText(QWidget *widget, const QString &text)
{
    QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(widget, text);
}

void TestNewPlanDialog::defaultsAndRequiredTitle()
{
    NewPlanDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    auto *error = child<QLabel>(dialog, "titleError");
    QVERIFY(!ok->isEnabled());
    QVERIFY(error->isVisible());
    QCOMPARE(child<QSpinBox>(dialog, "firstYearSpin")->value(), fiscalYearOf(QDate::currentDate()));
    QCOMPARE(child<QComboBox>(dialog, "startMonthCombo")->currentData().toInt(), 4);
    auto *presets = child<QComboBox>(dialog, "presetCombo");
    QCOMPARE(presets->count(), int(StatusScale::presets().size()));
    QVERIFY(presets->itemText(1).contains(QStringLiteral("☆ ○ △ ×")));
    QTest::keyClick(&dialog, Qt::Key_Enter);
    QVERIFY(dialog.isVisible());

    QTest::keyClicks(child<QLineEdit>(dialog, "titleEdit"), QStringLiteral("Manifesto"));
    QVERIFY(ok->isEnabled());
    QVERIFY(!error->isVisible());
    QTest::keyClick(&dialog, Qt::Key_Enter);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Plan plan = dialog.plan();
    QCOMPARE(plan.info.title, QStringLiteral("Manifesto"));
    QCOMPARE(plan.info.fiscalYearStartMonth, 4);
    QCOMPARE(plan.periodScale.name, StatusScale::preset(StatusScale::Preset::AtoD).name);
    QCOMPARE(plan.periods.size(), child<QSpinBox>(dialog, "yearsSpin")->value());
    QCOMPARE(plan.periods.first(), [] {
        Period p = Period::year(fiscalYearOf(QDate::currentDate()));
        p.id = 1000;
        return p;
    }());
}

void TestNewPlanDialog::quartersOverTwoYears()
{
    NewPlanDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(child<QLineEdit>(dialog, "titleEdit"), QStringLiteral("Pledges"));
    QTest::keyClicks(child<QLineEdit>(dialog, "organisationEdit"), QStringLiteral("Tokorozawa"));
    QTest::keyClick(child<QComboBox>(dialog, "presetCombo"), Qt::Key_Down); // ☆○△×
    auto *split = child<QComboBox>(dialog, "splitCombo");
    QTest::keyClick(split, Qt::Key_Down);
    QTest::keyClick(split, Qt::Key_Down); // quarters
    replaceText(child<QSpinBox>(dialog, "firstYearSpin"), QStringLiteral("2024"));
    replaceText(child<QSpinBox>(dialog, "yearsSpin"), QStringLiteral("2"));
    QVERIFY(child<QLabel>(dialog, "previewLabel")->text().contains(QStringLiteral("FY2025 Q4")));
    QTest::keyClick(&dialog, Qt::Key_Enter);

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Plan plan = dialog.plan();
    QCOMPARE(plan.info.organisation, QStringLiteral("Tokorozawa"));
    const StatusScale star = StatusScale::preset(StatusScale::Preset::StarCircleTriangleCross);
    QCOMPARE(plan.periodScale.levels.size(), star.levels.size());
    for (int i = 0; i < star.levels.size(); ++i) {
        QCOMPARE(plan.periodScale.levels.at(i).id, qint64(i + 1));
        QCOMPARE(plan.periodScale.levels.at(i).symbol, star.levels.at(i).symbol);
    }
    QCOMPARE(plan.periods.size(), 8);
    QSet<qint64> ids;
    for (int i = 0; i < plan.periods.size(); ++i) {
        const Period &period = plan.periods.at(i);
        ids.insert(period.id);
        QCOMPARE(period.kind, Period::Kind::Quarter);
        QCOMPARE(period.fiscalYear, 2024 + i / 4);
        QCOMPARE(period.part, i % 4 + 1);
    }
    QCOMPARE(ids.size(), 8);
    QVERIFY(!ids.contains(0));
    QVERIFY(plan.chapters.isEmpty() && plan.pledges.isEmpty() && plan.rows.isEmpty());
    QVERIFY(plan.departments.isEmpty() && plan.cells.isEmpty());
}

void TestNewPlanDialog::singleReportingDate()
{
    NewPlanDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(child<QLineEdit>(dialog, "titleEdit"), QStringLiteral("Iruma"));
    auto *date = child<QDateEdit>(dialog, "reportDateEdit");
    QVERIFY(!date->isEnabled());
    QTest::keyClick(child<QComboBox>(dialog, "splitCombo"), Qt::Key_End);
    QVERIFY(date->isEnabled());
    QVERIFY(!child<QSpinBox>(dialog, "yearsSpin")->isEnabled());
    date->setDate(QDate(2023, 9, 30));
    QTest::keyClick(&dialog, Qt::Key_Enter);

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Plan plan = dialog.plan();
    QCOMPARE(plan.periods.size(), 1);
    QCOMPARE(plan.periods.first().kind, Period::Kind::ReportingDate);
    QCOMPARE(plan.periods.first().reportDate, QDate(2023, 9, 30));
    QCOMPARE(plan.periods.first().fiscalYear, 2023);
}

void TestNewPlanDialog::startMonthMovesDefaultFiscalYear()
{
    NewPlanDialog dialog;
    auto *month = child<QComboBox>(dialog, "startMonthCombo");
    auto *firstYear = child<QSpinBox>(dialog, "firstYearSpin");
    QTest::keyClick(month, Qt::Key_Home); // January: fiscal years are calendar years
    QCOMPARE(firstYear->value(), QDate::currentDate().year());
    QCOMPARE(dialog.plan().info.fiscalYearStartMonth, 1);

    replaceText(firstYear, QStringLiteral("2030"));
    QTest::keyClick(month, Qt::Key_End); // December: a year the user chose stays
    QCOMPARE(firstYear->value(), 2030);
    QCOMPARE(dialog.plan().periods.first().fiscalYear, 2030);
}

QTEST_MAIN(TestNewPlanDialog)
#include "tst_newplandialog.moc"
