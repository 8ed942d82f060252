#include "dialogs/pledgedialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

// The pledge dialog: chapter, tag without brackets, parsed target date, required fields.
class TestPledgeDialog : public QObject
{
    Q_OBJECT

private slots:
    void editsEveryField();
    void withoutChaptersOffersNoChapter();
    void targetDateIsParsedAsTyped_data();
    void targetDateIsParsedAsTyped();
    void numberAndTitleAreRequired();

private:
    static Pledge storedPledge();
    static QList<Chapter> chapters();
    static void typeText(QWidget *widget, const QString &text);
    template <typename T> static T *child(QDialog &dialog, const char *name)
    {
        return dialog.findChild<T *>(QString::fromLatin1(name));
    }
};

Pledge TestPledgeDialog::storedPledge()
{
    Pledge pledge;
    pledge.id = 9;
    pledge.chapterId = 5;
    pledge.number = QStringLiteral("1");
    pledge.tag = QStringLiteral("子育て");
    pledge.title = QStringLiteral("Free school lunches");
    pledge.targetDateText = QStringLiteral("R6.10");
    pledge.targetDate = QDate(2024, 10, 31);
    return pledge;
}

QList<Chapter> TestPledgeDialog::chapters()
{
    return {{5, 1, QStringLiteral("Children")}, {6, 2, QStringLiteral("Safety")}};
}

// Text as an input method commits it: how Japanese reaches a line edit.
void TestPledgeDialog::typeText(QWidget *widget, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

void TestPledgeDialog::editsEveryField()
{
    PledgeDialog dialog(storedPledge(), chapters());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *chapter = child<QComboBox>(dialog, "chapterCombo");
    QCOMPARE(chapter->count(), 2); // chapters exist and the pledge is in one: no "(no chapter)"
    QCOMPARE(chapter->currentData().toLongLong(), qint64(5));
    QCOMPARE(child<QLabel>(dialog, "targetParsed")->text(), QStringLiteral("→ 2024-10-31"));

    QTest::keyClick(chapter, Qt::Key_Down);
    auto *number = child<QLineEdit>(dialog, "numberEdit");
    QTest::keyClick(number, Qt::Key_End);
    QTest::keyClicks(number, QStringLiteral("-2"));
    auto *tag = child<QLineEdit>(dialog, "tagEdit");
    QTest::keyClick(tag, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(tag, Qt::Key_Delete);
    typeText(tag, QStringLiteral("【デジタル】"));
    auto *title = child<QLineEdit>(dialog, "titleEdit");
    QTest::keyClick(title, Qt::Key_End);
    QTest::keyClicks(title, QStringLiteral(" for all"));
    auto *description = child<QPlainTextEdit>(dialog, "descriptionEdit");
    QTest::keyClicks(description, QStringLiteral("First line"));
    QTest::keyClick(description, Qt::Key_Return);
    QTest::keyClicks(description, QStringLiteral("second line"));
    auto *target = child<QLineEdit>(dialog, "targetEdit");
    QTest::keyClick(target, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(target, QStringLiteral("R7.3"));
    QCOMPARE(child<QLabel>(dialog, "targetParsed")->text(), QStringLiteral("→ 2025-03-31"));
    QTest::keyClick(&dialog, Qt::Key_Enter);

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Pledge pledge = dialog.pledge();
    QCOMPARE(pledge.id, qint64(9));
    QCOMPARE(pledge.chapterId, qint64(6));
    QCOMPARE(pledge.number, QStringLiteral("1-2"));
    QCOMPARE(pledge.tag, QStringLiteral("デジタル"));
    QCOMPARE(pledge.title, QStringLiteral("Free school lunches for all"));
    QCOMPARE(pledge.description, QStringLiteral("First line\nsecond line"));
    QCOMPARE(pledge.targetDateText, QStringLiteral("R7.3"));
    QCOMPARE(pledge.targetDate, QDate(2025, 3, 31));
}

void TestPledgeDialog::withoutChaptersOffersNoChapter()
{
    Pledge pledge = storedPledge();
    pledge.chapterId = 0;
    PledgeDialog dialog(pledge, {});
    auto *chapter = child<QComboBox>(dialog, "chapterCombo");
    QCOMPARE(chapter->count(), 1);
    QCOMPARE(chapter->currentText(), QStringLiteral("(no chapter)"));
    QCOMPARE(dialog.pledge().chapterId, qint64(0));

    PledgeDialog outside(pledge, chapters()); // a pledge outside the chapters keeps that choice
    chapter = child<QComboBox>(outside, "chapterCombo");
    QCOMPARE(chapter->count(), 3);
    QCOMPARE(outside.pledge().chapterId, qint64(0));
}

void TestPledgeDialog::targetDateIsParsedAsTyped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QDate>("date");
    QTest::newRow("era month") << QStringLiteral("令和6年3月まで") << QStringLiteral("→ 2024-03-31")
                               << QDate(2024, 3, 31);
    QTest::newRow("fiscal year") << QStringLiteral("令和7年度") << QStringLiteral("→ 2026-03-31")
                                 << QDate(2026, 3, 31);
    QTest::newRow("undecided") << QStringLiteral("未定") << QStringLiteral("no date recognised")
                               << QDate();
    QTest::newRow("empty") << QString() << QString() << QDate();
}

void TestPledgeDialog::targetDateIsParsedAsTyped()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QFETCH(QDate, date);
    PledgeDialog dialog(storedPledge(), chapters());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *target = child<QLineEdit>(dialog, "targetEdit");
    QTest::keyClick(target, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(target, Qt::Key_Delete);
    typeText(target, text);
    auto *parsed = child<QLabel>(dialog, "targetParsed");
    QCOMPARE(parsed->text(), shown);
    QCOMPARE(parsed->textFormat(), Qt::PlainText);
    QTest::keyClick(&dialog, Qt::Key_Enter);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.pledge().targetDateText, text);
    QCOMPARE(dialog.pledge().targetDate, date);
}

void TestPledgeDialog::numberAndTitleAreRequired()
{
    PledgeDialog dialog(storedPledge(), chapters());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    auto *number = child<QLineEdit>(dialog, "numberEdit");
    auto *title = child<QLineEdit>(dialog, "titleEdit");
    auto *numberError = child<QLabel>(dialog, "numberError");
    auto *titleError = child<QLabel>(dialog, "titleError");
    QVERIFY(ok->isEnabled());

    QTest::keyClick(number, Qt::Key_Backspace);
    QVERIFY(!ok->isEnabled());
    QVERIFY(numberError->isVisible());
    QVERIFY(!titleError->isVisible());
    QTest::keyClick(title, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(title, Qt::Key_Delete);
    QVERIFY(titleError->isVisible());
    QTest::keyClick(&dialog, Qt::Key_Enter);
    QVERIFY(dialog.isVisible());

    QTest::keyClicks(number, QStringLiteral("3"));
    QVERIFY(!numberError->isVisible());
    QVERIFY(!ok->isEnabled()); // the title is still missing
    QTest::keyClicks(title, QStringLiteral("Parks"));
    QVERIFY(ok->isEnabled());
    QVERIFY(!titleError->isVisible());
}

QTEST_MAIN(TestPledgeDialog)
#include "tst_pledgedialog.moc"
