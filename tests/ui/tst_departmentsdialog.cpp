#include "dialogs/departmentsdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

// The departments dialog: rename, add, remove, reorder; ids kept, bad names refused.
class TestDepartmentsDialog : public QObject
{
    Q_OBJECT

private slots:
    void renameAddRemoveAndMove();
    void refusesDuplicateAndEmptyNames();

private:
    static QList<Department> departments();
    static void typeIntoEditor(QListWidget *list, const QString &text);
};

QList<Department> TestDepartmentsDialog::departments()
{
    return {{1, QStringLiteral("Planning")},
            {2, QStringLiteral("Parks")},
            {3, QStringLiteral("Digital Office")}};
}

// Edits the current item the way a user does: F2, replace the text, Return.
void TestDepartmentsDialog::typeIntoEditor(QListWidget *list, const QString &text)
{
    auto *editor = qobject_cast<QLineEdit *>(list->indexWidget(list->currentIndex()));
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(!list->indexWidget(list->currentIndex())); // the delegate commits queued
}

void TestDepartmentsDialog::renameAddRemoveAndMove()
{
    DepartmentsDialog dialog(departments());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("departmentList"));
    QCOMPARE(list->count(), 3);

    list->setCurrentRow(1);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("renameButton")),
                      Qt::LeftButton);
    typeIntoEditor(list, QStringLiteral("Parks and Green Spaces"));
    QCOMPARE(list->item(1)->text(), QStringLiteral("Parks and Green Spaces"));

    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addButton")), Qt::LeftButton);
    QCOMPARE(list->currentRow(), 3);
    typeIntoEditor(list, QStringLiteral("  Welfare "));

    list->setCurrentRow(0);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("removeButton")),
                      Qt::LeftButton);
    list->setCurrentRow(2); // Welfare
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("upButton")), Qt::LeftButton);
    QTest::keyClick(&dialog, Qt::Key_Enter);

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const QList<Department> expected = {{2, QStringLiteral("Parks and Green Spaces")},
                                        {0, QStringLiteral("Welfare")},
                                        {3, QStringLiteral("Digital Office")}};
    QCOMPARE(dialog.departments(), expected);
}

void TestDepartmentsDialog::refusesDuplicateAndEmptyNames()
{
    DepartmentsDialog dialog(departments());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("departmentList"));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    QVERIFY(!error->isVisible());

    list->setCurrentRow(2);
    QTest::keyClick(list, Qt::Key_F2);
    typeIntoEditor(list, QStringLiteral("planning"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("planning")));

    QTest::keyClick(list, Qt::Key_F2);
    typeIntoEditor(list, QStringLiteral(" "));
    QVERIFY(!ok->isEnabled());
    QVERIFY(error->text().contains(QStringLiteral("no name")));
    QTest::keyClick(&dialog, Qt::Key_Enter);
    QVERIFY(dialog.isVisible());

    QTest::keyClick(list, Qt::Key_F2);
    typeIntoEditor(list, QStringLiteral("Digital Transformation"));
    QVERIFY(ok->isEnabled());
    QVERIFY(!error->isVisible());
}

QTEST_MAIN(TestDepartmentsDialog)
#include "tst_departmentsdialog.moc"
