#include "cli/translations.h"
#include "document/document.h"
#include "io/sampleplans.h"
#include "mainwindow.h"
#include "models/pledgetreemodel.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>
#include <QTreeView>

// The editor window as a user meets it: a sample plan opens into the table, edits can be
// undone from the Edit menu's shortcut, and the language can be switched.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensSampleCopy();
    void editAndUndoWithKeyboard();
    void switchesLanguage();
    void refusedFileKeepsWindowUsable();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QDir(SamplePlans::folder()).removeRecursively();
    Translations::install(QStringLiteral("en"));
}

void TestMainWindow::opensSampleCopy()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openSample(QStringLiteral("tokorozawa")));
    QVERIFY(window.document()->filePath().startsWith(SamplePlans::folder()));
    QVERIFY(window.windowTitle().contains(QStringLiteral("tokorozawa_2024.pledges")));
    QCOMPARE(window.table()->model()->rowCount(), 45);
    QVERIFY(window.table()->isExpanded(window.table()->model()->index(0, 0)));
}

void TestMainWindow::editAndUndoWithKeyboard()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openSample(QStringLiteral("iruma")));
    QAbstractItemModel *model = window.table()->model();
    const QModelIndex pledge = model->index(0, 0, model->index(0, 0));
    const QModelIndex cell = model->index(0, PledgeTreeModel::FirstPeriodColumn, pledge);
    QCOMPARE(cell.data(PledgeTreeModel::StatusSymbolRole).toString(), QStringLiteral("A"));
    QVERIFY(model->setData(cell, QStringLiteral("C")));
    QCOMPARE(cell.data(PledgeTreeModel::StatusSymbolRole).toString(), QStringLiteral("C"));

    QTest::keySequence(&window, QKeySequence::Undo);
    QCOMPARE(cell.data(PledgeTreeModel::StatusSymbolRole).toString(), QStringLiteral("A"));
    QTest::keySequence(&window, QKeySequence::Redo);
    QCOMPARE(cell.data(PledgeTreeModel::StatusSymbolRole).toString(), QStringLiteral("C"));
    QTest::keySequence(&window, QKeySequence::Undo); // leave the sample as it was
}

void TestMainWindow::switchesLanguage()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openSample(QStringLiteral("tokorozawa")));
    QMenu *file = window.menuBar()->findChildren<QMenu *>().first();
    QCOMPARE(file->title(), QStringLiteral("&File"));
    QAction *japanese = nullptr;
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->text() == QStringLiteral("日本語"))
            japanese = a;
    }
    QVERIFY(japanese);
    japanese->trigger();
    QCOMPARE(Translations::current(), QStringLiteral("ja"));
    QCOMPARE(file->title(), QStringLiteral("ファイル(&F)"));
    const int h1 = PledgeTreeModel::FirstPeriodColumn + 2;
    QCOMPARE(window.table()->model()->headerData(h1, Qt::Horizontal).toString(),
             QStringLiteral("令和6年度\n上半期"));
    Translations::install(QStringLiteral("en")); // as another window's menu would
    QCoreApplication::processEvents();
    QCOMPARE(file->title(), QStringLiteral("&File"));
    QCOMPARE(window.table()->model()->headerData(h1, Qt::Horizontal).toString(),
             QStringLiteral("FY2024\nH1"));
}

void TestMainWindow::refusedFileKeepsWindowUsable()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openSample(QStringLiteral("iruma")));
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.pledges"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("junk");
    file.close();
    // The error box is modal: close it as a user would, with Escape.
    QString shown;
    QTimer::singleShot(0, [&shown] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        shown = box->text();
        QTest::keyClick(box, Qt::Key_Escape);
    });
    QVERIFY(!window.openFile(bad));
    QVERIFY2(shown.contains(QStringLiteral("bad.pledges")), qPrintable(shown));
    QVERIFY(window.document()); // the plan that was open stays open
    QCOMPARE(window.table()->model()->rowCount(), 6);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
