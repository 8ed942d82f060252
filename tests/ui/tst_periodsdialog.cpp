#include "dialogs/periodsdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTimer>

#include <functional>

// The periods dialog: labels, order, renames, the add forms, and asking before losing cells.
class TestPeriodsDialog : public QObject
{
    Q_OBJECT

private slots:
    void showsLabels();
    void deletesPeriodWithoutDataAtOnce();
    void asksBeforeDeletingPeriodWithData();
    void renamesAndRestoresGeneratedLabel();
    void movesUpAndDown();
    void addsFiscalYearInQuarters();
    void addsReportingDate();
    void addsCustomRange();

private:
    static QList<Period> stored();
    static void click(QWidget *dialog, const char *name);
    // Runs answer on the next modal window that opens while trigger runs; false if none did.
    static bool withModal(const std::function<void()> &trigger,
                          const std::function<void(QWidget *)> &answer);
    static QList<qint64> ids(const QList<Period> &periods);
};

QList<Period> TestPeriodsDialog::stored()
{
    Period h1 = Period::half(2023, 1);
    h1.id = 1;
    Period h2 = Period::half(2023, 2);
    h2.id = 2;
    Period asOf = Period::reportingDate(QDate(2024, 9, 30));
    asOf.id = 3;
    return {h1, h2, asOf};
}

void TestPeriodsDialog::click(QWidget *dialog, const char *name)
{
    auto *button = dialog->findChild<QPushButton *>(QString::fromLatin1(name));
    QVERIFY2(button && button->isEnabled(), name);
    QTest::mouseClick(button, Qt::LeftButton);
}

bool TestPeriodsDialog::withModal(const std::function<void()> &trigger,
                                  const std::function<void(QWidget *)> &answer)
{
    bool seen = false;
    QTimer timer;
    timer.setInterval(10);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            timer.stop();
            seen = true;
            answer(modal);
        }
    });
    timer.start();
    trigger();
    timer.stop();
    return seen;
}

QList<qint64> TestPeriodsDialog::ids(const QList<Period> &periods)
{
    QList<qint64> result;
    for (const Period &period : periods)
        result.append(period.id);
    return result;
}

void TestPeriodsDialog::showsLabels()
{
    PeriodsDialog english(stored(), {}, 4, false);
    auto *list = english.findChild<QListWidget *>(QStringLiteral("periodList"));
    QCOMPARE(list->count(), 3);
    QCOMPARE(list->item(0)->text(), QStringLiteral("FY2023 H1"));
    QCOMPARE(list->item(2)->text(), QStringLiteral("As of 2024-09-30"));
    PeriodsDialog japanese(stored(), {}, 4, true);
    list = japanese.findChild<QListWidget *>(QStringLiteral("periodList"));
    QCOMPARE(list->item(1)->text(), stored().at(1).japaneseLabel());
    QCOMPARE(japanese.periods(), stored());
}

void TestPeriodsDialog::deletesPeriodWithoutDataAtOnce()
{
    PeriodsDialog dialog(stored(), {1}, 4, false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("periodList"));
    list->setCurrentRow(1);
    const bool asked =
        withModal([&] { click(&dialog, "deleteButton"); }, [](QWidget *modal) { modal->close(); });
    QVERIFY(!asked);
    QTest::keyClick(&dialog, Qt::Key_Enter);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(ids(dialog.periods()), (QList<qint64>{1, 3}));
}

void TestPeriodsDialog::asksBeforeDeletingPeriodWithData()
{
    PeriodsDialog dialog(stored(), {1, 3}, 4, false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("periodList"));
    list->setCurrentRow(0);

    QString question;
    bool noIsDefault = false;
    bool asked = withModal([&] { click(&dialog, "deleteButton"); },
                           [&](QWidget *modal) {
                               auto *box = qobject_cast<QMessageBox *>(modal);
                               if (!box) {
                                   modal->close();
                                   return;
                               }
                               question = box->text();
                               noIsDefault = box->defaultButton() == box->button(QMessageBox::No);
                               QTest::keyClick(box, Qt::Key_Return); // the default: No
                           });
    QVERIFY(asked);
    QVERIFY(noIsDefault);
    QVERIFY(question.contains(QStringLiteral("FY2023 H1")));
    QVERIFY(question.contains(QStringLiteral("cells")));
    QCOMPARE(ids(dialog.periods()), (QList<qint64>{1, 2, 3}));

    asked = withModal([&] { click(&dialog, "deleteButton"); },
                      [](QWidget *modal) {
                          auto *box = qobject_cast<QMessageBox *>(modal);
                          if (!box) {
                              modal->close();
                              return;
                          }
                          QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
                      });
    QVERIFY(asked);
    QCOMPARE(ids(dialog.periods()), (QList<qint64>{2, 3}));
}

void TestPeriodsDialog::renamesAndRestoresGeneratedLabel()
{
    PeriodsDialog dialog(stored(), {}, 4, false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("periodList"));
    const auto rename = [&](const QString &text) {
        click(&dialog, "renameButton");
        auto *editor = qobject_cast<QLineEdit *>(list->indexWidget(list->currentIndex()));
        QVERIFY(editor);
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(editor, Qt::Key_Delete);
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(!list->indexWidget(list->currentIndex()));
    };
    list->setCurrentRow(2);
    rename(QStringLiteral(" Mid-term report "));
    QCOMPARE(list->item(2)->text(), QStringLiteral("Mid-term report"));
    QCOMPARE(dialog.periods().at(2).customLabel, QStringLiteral("Mid-term report"));
    QCOMPARE(dialog.periods().at(2).id, qint64(3));

    rename(QString());
    QCOMPARE(list->item(2)->text(), QStringLiteral("As of 2024-09-30"));
    QVERIFY(dialog.periods().at(2).customLabel.isEmpty());
}

void TestPeriodsDialog::movesUpAndDown()
{
    PeriodsDialog dialog(stored(), {}, 4, false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("periodList"));
    list->setCurrentRow(2);
    click(&dialog, "upButton");
    QCOMPARE(list->currentRow(), 1);
    QCOMPARE(ids(dialog.periods()), (QList<qint64>{1, 3, 2}));
    list->setCurrentRow(0);
    click(&dialog, "downButton");
    QCOMPARE(ids(dialog.periods()), (QList<qint64>{3, 1, 2}));
    QCOMPARE(list->item(0)->text(), QStringLiteral("As of 2024-09-30"));
    auto *up = dialog.findChild<QPushButton *>(QStringLiteral("upButton"));
    auto *down = dialog.findChild<QPushButton *>(QStringLiteral("downButton"));
    list->setCurrentRow(0);
    QVERIFY(!up->isEnabled());
    QVERIFY(down->isEnabled());
    list->setCurrentRow(2);
    QVERIFY(up->isEnabled());
    QVERIFY(!down->isEnabled());
}

void TestPeriodsDialog::addsFiscalYearInQuarters()
{
    PeriodsDialog dialog(stored(), {}, 4, false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QString preview;
    const bool opened =
        withModal([&] { click(&dialog, "addYearButton"); },
                  [&](QWidget *form) {
                      auto *year = form->findChild<QSpinBox *>(QStringLiteral("fiscalYearSpin"));
                      auto *split = form->findChild<QComboBox *>(QStringLiteral("splitCombo"));
                      if (!year || !split) {
                          form->close();
                          return;
                      }
                      QTest::keyClick(year, Qt::Key_A, Qt::ControlModifier);
                      QTest::keyClicks(year, QStringLiteral("2025"));
                      QTest::keyClick(split, Qt::Key_Down);
                      QTest::keyClick(split, Qt::Key_Down); // quarters
                      preview = form->findChild<QLabel *>(QStringLiteral("previewLabel"))->text();
                      QTest::keyClick(form, Qt::Key_Enter);
                  });
    QVERIFY(opened);
    QVERIFY(preview.contains(QStringLiteral("FY2025 Q1")));
    QVERIFY(preview.contains(QStringLiteral("FY2025 Q4")));
    const QList<Period> periods = dialog.periods();
    QCOMPARE(periods.size(), 7);
    for (int quarter = 1; quarter <= 4; ++quarter)
        QCOMPARE(periods.at(2 + quarter), Period::quarter(2025, quarter)); // id 0
    QCOMPARE(dialog.findChild<QListWidget *>(QStringLiteral("periodList"))->item(6)->text(),
             QStringLiteral("FY2025 Q4"));
}

void TestPeriodsDialog::addsReportingDate()
{
    PeriodsDialog dialog({}, {}, 4, true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const bool opened = withModal([&] { click(&dialog, "addDateButton"); },
                                  [&](QWidget *form) {
                                      auto *date =
                                          form->findChild<QDateEdit *>(QStringLiteral("dateEdit"));
                                      if (!date) {
                                          form->close();
                                          return;
                                      }
                                      date->setDate(QDate(2024, 3, 31));
                                      QTest::keyClick(form, Qt::Key_Enter);
                                  });
    QVERIFY(opened);
    QCOMPARE(dialog.periods(), (QList<Period>{Period::reportingDate(QDate(2024, 3, 31))}));
    QCOMPARE(dialog.periods().first().fiscalYear, 2023);
}

void TestPeriodsDialog::addsCustomRange()
{
    PeriodsDialog dialog(stored(), {}, 4, false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    bool refusedBackwards = false;
    const bool opened = withModal(
        [&] { click(&dialog, "addRangeButton"); },
        [&](QWidget *form) {
            auto *first = form->findChild<QComboBox *>(QStringLiteral("firstMonthCombo"));
            auto *last = form->findChild<QComboBox *>(QStringLiteral("lastMonthCombo"));
            if (!first || !last) {
                form->close();
                return;
            }
            QPushButton *ok = form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            for (int i = 0; i < 3; ++i)
                QTest::keyClick(first, Qt::Key_Down); // April + 3 = July; last is June
            refusedBackwards = !ok->isEnabled() &&
                               form->findChild<QLabel *>(QStringLiteral("errorLabel"))->isVisible();
            for (int i = 0; i < 3; ++i)
                QTest::keyClick(last, Qt::Key_Down); // September
            QTest::keyClick(form, Qt::Key_Enter);
        });
    QVERIFY(opened);
    QVERIFY(refusedBackwards);
    const QList<Period> periods = dialog.periods();
    QCOMPARE(periods.size(), 4);
    QCOMPARE(periods.last(), Period::months(2024, 7, 9)); // the last period's fiscal year
    QCOMPARE(periods.last().westernLabel(), QStringLiteral("FY2024 Jul–Sep"));
}

QTEST_MAIN(TestPeriodsDialog)
#include "tst_periodsdialog.moc"
