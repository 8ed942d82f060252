#include "dialogs/rowdialog.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>

// The row dialog: all fields, department completion by any part, and a new department name.
class TestRowDialog : public QObject
{
    Q_OBJECT

private slots:
    void editsEveryField();
    void completerFindsDepartmentByAnyPart();
    void newDepartmentNameIsAllowed();
    void departmentMatchIgnoresCase();

private:
    static PledgeRow storedRow();
    static QList<Department> departments();
    static QLineEdit *departmentEdit(RowDialog &dialog);
    template <typename T> static T *child(QDialog &dialog, const char *name)
    {
        return dialog.findChild<T *>(QString::fromLatin1(name));
    }
};

PledgeRow TestRowDialog::storedRow()
{
    PledgeRow row;
    row.id = 31;
    row.pledgeId = 9;
    row.kind = PledgeRow::Kind::Item;
    row.marker = QStringLiteral("①");
    row.title = QStringLiteral("Lunch subsidy");
    row.departmentId = 2;
    row.targetDateText = QStringLiteral("R6.10");
    return row;
}

QList<Department> TestRowDialog::departments()
{
    return {{1, QStringLiteral("Planning Division")},
            {2, QStringLiteral("School Lunch Centre")},
            {3, QStringLiteral("Digital Office")}};
}

QLineEdit *TestRowDialog::departmentEdit(RowDialog &dialog)
{
    return child<QComboBox>(dialog, "departmentCombo")->lineEdit();
}

void TestRowDialog::editsEveryField()
{
    RowDialog dialog(storedRow(), departments());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(child<QRadioButton>(dialog, "itemRadio")->isChecked());
    QCOMPARE(departmentEdit(dialog)->text(), QStringLiteral("School Lunch Centre"));
    QCOMPARE(child<QLabel>(dialog, "targetParsed")->text(), QStringLiteral("→ 2024-10-31"));
    QVERIFY(!child<QSpinBox>(dialog, "addedSpin")->isEnabled());

    QTest::mouseClick(child<QRadioButton>(dialog, "departmentRadio"), Qt::LeftButton);
    auto *marker = child<QLineEdit>(dialog, "markerEdit");
    QTest::keyClick(marker, Qt::Key_A, Qt::ControlModifier);
    QInputMethodEvent circled;
    circled.setCommitString(QStringLiteral("②"));
    QApplication::sendEvent(marker, &circled);
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "contentEdit"),
                     QStringLiteral("Pilot in 3 schools"));
    auto *target = child<QLineEdit>(dialog, "targetEdit");
    QTest::keyClick(target, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(target, QStringLiteral("H31.3"));
    QCOMPARE(child<QLabel>(dialog, "targetParsed")->text(), QStringLiteral("→ 2019-03-31"));
    QTest::mouseClick(child<QCheckBox>(dialog, "addedCheck"), Qt::LeftButton);
    auto *added = child<QSpinBox>(dialog, "addedSpin");
    QVERIFY(added->isEnabled());
    QTest::keyClick(added, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(added, QStringLiteral("2024"));
    QTest::keyClicks(child<QLineEdit>(dialog, "afterCompletionEdit"), QStringLiteral("Done"));
    QTest::keyClicks(child<QLineEdit>(dialog, "noteEdit"), QStringLiteral("From the PDF"));
    QTest::keyClick(&dialog, Qt::Key_Enter);

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const PledgeRow row = dialog.row();
    QCOMPARE(row.id, qint64(31));
    QCOMPARE(row.pledgeId, qint64(9));
    QCOMPARE(row.kind, PledgeRow::Kind::Department);
    QCOMPARE(row.marker, QStringLiteral("②"));
    QCOMPARE(row.title, QStringLiteral("Lunch subsidy"));
    QCOMPARE(row.content, QStringLiteral("Pilot in 3 schools"));
    QCOMPARE(row.departmentId, qint64(2));
    QCOMPARE(dialog.departmentName(), QStringLiteral("School Lunch Centre"));
    QCOMPARE(row.targetDateText, QStringLiteral("H31.3"));
    QCOMPARE(row.targetDate, QDate(2019, 3, 31));
    QCOMPARE(row.addedInFiscalYear, 2024);
    QCOMPARE(row.afterCompletionText, QStringLiteral("Done"));
    QCOMPARE(row.note, QStringLiteral("From the PDF"));
}

void TestRowDialog::completerFindsDepartmentByAnyPart()
{
    RowDialog dialog(storedRow(), departments());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QLineEdit *edit = departmentEdit(dialog);
    QCompleter *completer = edit->completer();
    QVERIFY(completer);
    QCOMPARE(completer->caseSensitivity(), Qt::CaseInsensitive);
    QCOMPARE(completer->filterMode(), Qt::MatchContains);

    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, QStringLiteral("offi")); // the middle of "Digital Office"
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completer->completionCount(), 1);
    QCOMPARE(completer->currentCompletion(), QStringLiteral("Digital Office"));

    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QTRY_VERIFY(!completer->popup()->isVisible());
    QCOMPARE(edit->text(), QStringLiteral("Digital Office"));
    QVERIFY(!child<QLabel>(dialog, "departmentNote")->isVisible());
    QTest::keyClick(&dialog, Qt::Key_Enter);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.row().departmentId, qint64(3));
    QCOMPARE(dialog.departmentName(), QStringLiteral("Digital Office"));
}

void TestRowDialog::newDepartmentNameIsAllowed()
{
    RowDialog dialog(storedRow(), departments());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QLineEdit *edit = departmentEdit(dialog);
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, QStringLiteral("  Parks Division "));
    QCOMPARE(edit->completer()->completionCount(), 0);
    auto *note = child<QLabel>(dialog, "departmentNote");
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(QStringLiteral("Parks Division")));
    QTest::keyClick(edit, Qt::Key_Return); // the combo must not replace or refuse it
    QCOMPARE(edit->text().trimmed(), QStringLiteral("Parks Division"));
    QTest::keyClick(&dialog, Qt::Key_Enter);

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.departmentName(), QStringLiteral("Parks Division"));
    QCOMPARE(dialog.row().departmentId, qint64(0));
    QCOMPARE(child<QComboBox>(dialog, "departmentCombo")->count(), 3); // nothing inserted
}

void TestRowDialog::departmentMatchIgnoresCase()
{
    PledgeRow row = storedRow();
    row.departmentId = 0;
    RowDialog dialog(row, departments());
    QCOMPARE(departmentEdit(dialog)->text(), QString());
    QCOMPARE(dialog.departmentName(), QString());
    QCOMPARE(dialog.row().departmentId, qint64(0));
    QTest::keyClicks(departmentEdit(dialog), QStringLiteral("planning division"));
    QCOMPARE(dialog.row().departmentId, qint64(1));
}

QTEST_MAIN(TestRowDialog)
#include "tst_rowdialog.moc"
