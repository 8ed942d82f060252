#include "dialogs/statusscaledialog.h"

#include <QApplication>
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

// The status scale dialog: ids survive edits, presets fill, codes present and distinct.
class TestStatusScaleDialog : public QObject
{
    Q_OBJECT

private slots:
    void editRemoveAndMoveKeepIds();
    void presetFillsAndKeepsIdsOfSameCodes();
    void emptyScaleIsRefused();
    void duplicateCodeIsRefused();
    void emptySymbolIsRefused();
    void colourButtonOpensColourDialog();

private:
    static StatusScale storedScale();
    static void editCell(QTableWidget *table, int row, int column, const QString &text);
    static void click(QDialog &dialog, const char *name);
};

enum Column
{
    Code,
    Symbol,
    Label,
    Description,
    Colour,
    Achieved
};

// A–D as a stored plan has it: levels with ids cells refer to.
StatusScale TestStatusScaleDialog::storedScale()
{
    StatusScale scale = StatusScale::preset(StatusScale::Preset::AtoD);
    scale.id = 7;
    for (int i = 0; i < scale.levels.size(); ++i)
        scale.levels[i].id = 11 + i;
    return scale;
}

void TestStatusScaleDialog::editCell(QTableWidget *table, int row, int column, const QString &text)
{
    table->setCurrentCell(row, column);
    QTest::keyClick(table, Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(table->indexWidget(table->currentIndex()));
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(editor, Qt::Key_Delete);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(!table->indexWidget(table->currentIndex())); // committed (queued)
}

void TestStatusScaleDialog::click(QDialog &dialog, const char *name)
{
    auto *button = dialog.findChild<QPushButton *>(QString::fromLatin1(name));
    QVERIFY2(button, name);
    QVERIFY2(button->isEnabled(), name);
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestStatusScaleDialog::editRemoveAndMoveKeepIds()
{
    StatusScaleDialog dialog(storedScale());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("levelTable"));
    QCOMPARE(table->rowCount(), 4);
    QCOMPARE(table->item(1, Code)->text(), QStringLiteral("B"));

    editCell(table, 1, Label, QStringLiteral("In progress"));
    table->setCurrentCell(1, Achieved);
    QTest::keyClick(table, Qt::Key_Space); // toggles the check box
    table->setCurrentCell(3, Code);
    click(dialog, "removeButton");
    QCOMPARE(table->rowCount(), 3);
    table->setCurrentCell(1, Code);
    click(dialog, "upButton");
    QCOMPARE(table->item(0, Code)->text(), QStringLiteral("B"));
    QTest::keyClick(&dialog, Qt::Key_Enter);

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const StatusScale scale = dialog.scale();
    QCOMPARE(scale.id, qint64(7));
    QCOMPARE(scale.levels.size(), 3);
    QCOMPARE(scale.levels.at(0).id, qint64(12));
    QCOMPARE(scale.levels.at(0).label, QStringLiteral("In progress"));
    QVERIFY(scale.levels.at(0).achieved);
    QCOMPARE(scale.levels.at(1).id, qint64(11));
    QCOMPARE(scale.levels.at(2).id, qint64(13));
    QCOMPARE(scale.levels.at(2).color, storedScale().levels.at(2).color);
}

void TestStatusScaleDialog::presetFillsAndKeepsIdsOfSameCodes()
{
    StatusScaleDialog dialog(storedScale());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("levelTable"));
    auto *presets = dialog.findChild<QComboBox *>(QStringLiteral("presetCombo"));
    QCOMPARE(presets->count(), 1 + int(StatusScale::presets().size()));
    QVERIFY(presets->itemText(4).contains(QStringLiteral("B G A R")));

    QTest::keyClick(presets, Qt::Key_End); // Red/amber/green: B G A R
    QCOMPARE(presets->currentIndex(), 0);  // ready to choose again
    const StatusScale rag = StatusScale::preset(StatusScale::Preset::RedAmberGreen);
    QCOMPARE(table->rowCount(), 4);
    for (int row = 0; row < 4; ++row) {
        QCOMPARE(table->item(row, Code)->text(), rag.levels.at(row).code);
        QCOMPARE(table->item(row, Label)->text(), rag.levels.at(row).label);
    }
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text(), rag.name);
    QTest::keyClick(&dialog, Qt::Key_Enter);

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const StatusScale scale = dialog.scale();
    QCOMPARE(scale.name, rag.name);
    QList<qint64> ids;
    for (const StatusLevel &level : scale.levels)
        ids.append(level.id);
    QCOMPARE(ids, (QList<qint64>{12, 0, 11, 0})); // B and A keep theirs
    QCOMPARE(scale.levels.at(3).color, rag.levels.at(3).color);
    QVERIFY(scale.levels.at(0).achieved);
}

void TestStatusScaleDialog::emptyScaleIsRefused()
{
    StatusScaleDialog dialog{StatusScale()};
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("at least one level")));

    auto *presets = dialog.findChild<QComboBox *>(QStringLiteral("presetCombo"));
    QTest::keyClick(presets, Qt::Key_Down); // the first preset, A–D
    QVERIFY(ok->isEnabled());
    QVERIFY(!error->isVisible());
    QTest::keyClick(&dialog, Qt::Key_Enter);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const StatusScale scale = dialog.scale();
    QCOMPARE(scale.levels.size(), 4);
    for (const StatusLevel &level : scale.levels)
        QCOMPARE(level.id, qint64(0));
    QCOMPARE(scale.levels.at(0).code, QStringLiteral("A"));
}

void TestStatusScaleDialog::duplicateCodeIsRefused()
{
    StatusScaleDialog dialog(storedScale());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("levelTable"));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);

    click(dialog, "addButton");
    QCOMPARE(table->rowCount(), 5);
    QVERIFY(!ok->isEnabled()); // the new level has no code yet
    QVERIFY(error->text().contains(QStringLiteral("needs a code")));
    auto *editor = qobject_cast<QLineEdit *>(table->indexWidget(table->model()->index(4, Code)));
    QVERIFY(editor);         // Add opens the new code for typing
    QInputMethodEvent typed; // full-width "ａ" from an input method: the same code as A
    typed.setCommitString(QStringLiteral("ａ"));
    QApplication::sendEvent(editor, &typed);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(!table->indexWidget(table->model()->index(4, Code)));
    QVERIFY(!ok->isEnabled());
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("already used")));
    QTest::keyClick(&dialog, Qt::Key_Enter);
    QVERIFY(dialog.isVisible());

    editCell(table, 4, Code, QStringLiteral("E"));
    QVERIFY(ok->isEnabled());
    QVERIFY(!error->isVisible());
    QCOMPARE(table->item(4, Symbol)->text(), QStringLiteral("E")); // follows the code
    QTest::keyClick(&dialog, Qt::Key_Enter);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const StatusLevel added = dialog.scale().levels.at(4);
    QCOMPARE(added.id, qint64(0));
    QCOMPARE(added.code, QStringLiteral("E"));
    QCOMPARE(added.symbol, QStringLiteral("E"));
}

void TestStatusScaleDialog::emptySymbolIsRefused()
{
    StatusScaleDialog dialog(storedScale());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("levelTable"));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    editCell(table, 2, Symbol, QString());
    QVERIFY(!ok->isEnabled());
    QVERIFY(error->text().contains(QStringLiteral("symbol")));
    editCell(table, 2, Symbol, QStringLiteral("c"));
    QVERIFY(ok->isEnabled());
}

void TestStatusScaleDialog::colourButtonOpensColourDialog()
{
    StatusScaleDialog dialog(storedScale());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("levelTable"));
    auto *button = qobject_cast<QPushButton *>(table->cellWidget(1, Colour));
    QVERIFY(button);
    QCOMPARE(button->text(), storedScale().levels.at(1).color.name());

    bool answered = false;
    QTimer::singleShot(0, this, [&answered] {
        auto *colours = qobject_cast<QColorDialog *>(QApplication::activeModalWidget());
        if (!colours)
            return;
        colours->setCurrentColor(QColor(0x12, 0x34, 0x56));
        answered = true;
        QTest::keyClick(colours, Qt::Key_Enter);
    });
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(answered);
    QCOMPARE(dialog.scale().levels.at(1).color, QColor(0x12, 0x34, 0x56));
    button = qobject_cast<QPushButton *>(table->cellWidget(1, Colour));
    QCOMPARE(button->text(), QStringLiteral("#123456"));
}

QTEST_MAIN(TestStatusScaleDialog)
#include "tst_statusscaledialog.moc"
