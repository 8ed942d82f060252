#include "dialogs/chapterdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

// The chapter dialog: number and title come back typed, the id is kept, a title is required.
class TestChapterDialog : public QObject
{
    Q_OBJECT

private slots:
    void editsNumberAndTitle();
    void titleIsRequired();
};

void TestChapterDialog::editsNumberAndTitle()
{
    Chapter chapter;
    chapter.id = 42;
    chapter.number = 2;
    chapter.title = QStringLiteral("Safety");
    ChapterDialog dialog(chapter);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *number = dialog.findChild<QSpinBox *>(QStringLiteral("numberSpin"));
    auto *title = dialog.findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    QCOMPARE(number->value(), 2);
    QCOMPARE(number->minimum(), 1);
    QCOMPARE(title->text(), QStringLiteral("Safety"));

    QTest::keyClick(number, Qt::Key_Up);
    QTest::keyClick(title, Qt::Key_End);
    QTest::keyClicks(title, QStringLiteral(" and Health"));
    QTest::keyClick(&dialog, Qt::Key_Enter);

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Chapter result = dialog.chapter();
    QCOMPARE(result.id, qint64(42));
    QCOMPARE(result.number, 3);
    QCOMPARE(result.title, QStringLiteral("Safety and Health"));
}

void TestChapterDialog::titleIsRequired()
{
    ChapterDialog dialog(Chapter{});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *title = dialog.findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("titleError"));
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QCOMPARE(dialog.chapter().number, 1); // a new chapter starts at 1
    QVERIFY(!ok->isEnabled());
    QVERIFY(error->isVisible());
    QTest::keyClick(&dialog, Qt::Key_Enter);
    QVERIFY(dialog.isVisible());

    QTest::keyClicks(title, QStringLiteral("Education"));
    QVERIFY(ok->isEnabled());
    QVERIFY(!error->isVisible());
    QTest::keyClick(&dialog, Qt::Key_Enter);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.chapter().title, QStringLiteral("Education"));
}

QTEST_MAIN(TestChapterDialog)
#include "tst_chapterdialog.moc"
