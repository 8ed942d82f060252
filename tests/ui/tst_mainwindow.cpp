#include "chartpane.h"
#include "checkspane.h"
#include "cli/translations.h"
#include "detailpane.h"
#include "dialogs/reportdialog.h"
#include "document/document.h"
#include "document/editing.h"
#include "domain/edition.h"
#include "editionactions.h"
#include "filterbar.h"
#include "io/sampleplans.h"
#include "mainwindow.h"
#include "models/pledgefiltermodel.h"
#include "models/pledgetreemodel.h"
#include "pledgetableview.h"
#include "review/reviewcopy.h"
#include "storage/backups.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDockWidget>
#include <QFileDialog>
#include <QInputDialog>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

// The editor window as a user meets it, driven with keys and clicks: a sample opens into the
// table, a status is typed and undone, a cell is edited through its dialog, the table is
// filtered by department, three statuses are pasted, the language switches.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensSampleCopy();
    void typeStatusAndUndo();
    void editThroughCellDialog();
    void filterByDepartment();
    void clearingFilterRestoresSelection();
    void readOnlyFileSaysSo();
    void pasteThreeCells();
    void detailPaneEditsInPlace();
    void deleteRowAsksAndUndoes();
    void switchesLanguage();
    void exportsPdfOfTheFilteredRows();
    void restoresBackupMadeOnOpen();
    void checkFindingGoesToItsCell();
    void opensEditionReadOnly();
    void reviewCopyKeepsPlanDataFixed();
    void refusedFileKeepsWindowUsable();

private:
    QModelIndex tableCell(qint64 rowId, int column) const;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Translations::install(QStringLiteral("en"));
}

void TestMainWindow::init()
{
    QDir(SamplePlans::folder()).removeRecursively(); // a fresh copy of each sample per test
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
}

namespace {
// Japanese text arrives the way an input method commits it; QTest::keyClicks knows only ASCII.
void typeText(QWidget *widget, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}
} // namespace

QModelIndex TestMainWindow::tableCell(qint64 rowId, int column) const
{
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(m_window->table()->model());
    auto *model = qobject_cast<PledgeTreeModel *>(proxy->sourceModel());
    return proxy->mapFromSource(model->indexOfRow(rowId, column));
}

void TestMainWindow::opensSampleCopy()
{
    const QDateTime before = QDateTime::currentDateTime();
    QVERIFY(m_window->openSample(QStringLiteral("tokorozawa")));
    // The backup of the plan as opened comes once the window has painted, without an edit.
    const QString path = m_window->document()->filePath();
    QTRY_VERIFY(!Backups::list(path).isEmpty() && Backups::list(path).constFirst().made >= before);
    QVERIFY(m_window->document()->filePath().startsWith(SamplePlans::folder()));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("tokorozawa_2024.pledges")));
    QCOMPARE(m_window->table()->model()->rowCount(), 45);
    QVERIFY(m_window->table()->fixedView()->isExpanded(m_window->table()->model()->index(0, 0)));
    QVERIFY(m_window->statusBar()->findChild<QLabel *>());
}

void TestMainWindow::typeStatusAndUndo()
{
    QVERIFY(m_window->openSample(QStringLiteral("iruma")));
    const qint64 row = m_window->document()->plan().rows.first().id;
    const QModelIndex cell = tableCell(row, PledgeTreeModel::FirstPeriodColumn);
    m_window->table()->setCurrentIndex(cell);
    QTreeView *view = m_window->table()->periodView();
    view->setFocus();
    QCOMPARE(cell.data(PledgeTreeModel::StatusSymbolRole).toString(), QStringLiteral("A"));
    QTest::keyClicks(view, QStringLiteral("c"));
    QCOMPARE(cell.data(PledgeTreeModel::StatusSymbolRole).toString(), QStringLiteral("C"));
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QCOMPARE(cell.data(PledgeTreeModel::StatusSymbolRole).toString(), QStringLiteral("A"));
    QTest::keySequence(m_window.get(), QKeySequence::Redo);
    QCOMPARE(cell.data(PledgeTreeModel::StatusSymbolRole).toString(), QStringLiteral("C"));
}

void TestMainWindow::editThroughCellDialog()
{
    QVERIFY(m_window->openSample(QStringLiteral("tokorozawa")));
    const Plan &plan = m_window->document()->plan();
    const qint64 row = plan.rows.at(2).id;
    const qint64 period = plan.periods.at(3).id; // 下半期: plans only
    const QModelIndex cell = tableCell(row, PledgeTreeModel::FirstPeriodColumn + 3);
    m_window->table()->setCurrentIndex(cell);
    m_window->table()->periodView()->setFocus();
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *status = dialog->findChild<QComboBox *>(QStringLiteral("statusCombo"));
        auto *narrative = dialog->findChild<QPlainTextEdit *>(QStringLiteral("narrativeEdit"));
        QVERIFY(status && narrative);
        status->setFocus();
        QTest::keyClick(status, Qt::Key_Down); // (none) → ☆
        narrative->setFocus();
        typeText(narrative, QStringLiteral("下半期も順調"));
        QTest::keyClick(dialog, Qt::Key_Return, Qt::ControlModifier);
        if (dialog->isVisible())
            dialog->accept();
    });
    QTest::keyClick(m_window->table()->periodView(), Qt::Key_Return);
    const Cell written = m_window->document()->plan().cell(row, period);
    QCOMPARE(written.narrative, QStringLiteral("下半期も順調"));
    QCOMPARE(written.levelId, plan.periodScale.levels.first().id);
    QVERIFY(!written.plan.isEmpty()); // the plan that was there is kept
    QCOMPARE(m_window->document()->undoStack()->count(), 1);
}

void TestMainWindow::filterByDepartment()
{
    QVERIFY(m_window->openSample(QStringLiteral("tokorozawa")));
    const Plan &plan = m_window->document()->plan();
    int expected = 0;
    for (const PledgeRow &r : plan.rows)
        expected += plan.department(r.departmentId)->name == QStringLiteral("こども支援課");
    QVERIFY(expected > 0);
    QComboBox *department = m_window->filterBar()->departmentBox();
    department->setFocus();
    department->lineEdit()->selectAll();
    typeText(department->lineEdit(), QStringLiteral("こども支援課"));
    QTest::keyClick(department->lineEdit(), Qt::Key_Return);
    QCOMPARE(department->currentText(), QStringLiteral("こども支援課"));
    auto *proxy = qobject_cast<PledgeFilterModel *>(m_window->table()->model());
    QCOMPARE(proxy->matchingRowCount(), expected);
    int visibleRows = 0;
    for (int p = 0; p < proxy->rowCount(); ++p)
        visibleRows += proxy->rowCount(proxy->index(p, 0));
    QCOMPARE(visibleRows, expected);
    QVERIFY(m_window->statusBar()->findChild<QLabel *>()->text().contains(
        QStringLiteral("%1 of 81 rows").arg(expected)));
    // The charts show what the table shows, once their tab is chosen.
    qobject_cast<QDockWidget *>(m_window->chartPane()->parentWidget())->raise();
    QTRY_VERIFY2(m_window->chartPane()->chartView()->chart()->title().contains(
                     QStringLiteral("rows: %1").arg(expected)),
                 qPrintable(m_window->chartPane()->chartView()->chart()->title()));

    m_window->filterBar()->clear();
    QCOMPARE(proxy->matchingRowCount(), 81);
}

void TestMainWindow::clearingFilterRestoresSelection()
{
    QVERIFY(m_window->openSample(QStringLiteral("tokorozawa")));
    const Plan &plan = m_window->document()->plan();
    const qint64 row = plan.rows.at(40).id;
    m_window->table()->setCurrentIndex(tableCell(row, PledgeTreeModel::FirstPeriodColumn + 2));
    m_window->filterBar()->textField()->setFocus();
    QTest::keyClicks(m_window->filterBar()->textField(), QStringLiteral("zzz-no-such-text"));
    auto *proxy = qobject_cast<PledgeFilterModel *>(m_window->table()->model());
    QCOMPARE(proxy->matchingRowCount(), 0);
    QVERIFY(
        m_window->statusBar()->findChild<QLabel *>()->text().contains(QStringLiteral("0 of 81")));
    QTest::keyClick(m_window->filterBar()->textField(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(m_window->filterBar()->textField(), Qt::Key_Delete);
    QCOMPARE(proxy->matchingRowCount(), 81);
    const QModelIndex current = m_window->sourceIndex(m_window->table()->currentIndex());
    QCOMPARE(current.data(PledgeTreeModel::RowIdRole).toLongLong(), row);
    QCOMPARE(current.column(), PledgeTreeModel::FirstPeriodColumn + 2);
}

void TestMainWindow::readOnlyFileSaysSo()
{
    QVERIFY(m_window->openSample(QStringLiteral("iruma")));
    const QString path = m_window->document()->filePath();
    QVERIFY(m_window->openFile(path, true));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("(read-only)")));
    QVERIFY(!m_window->planActions()->addRow->isEnabled());
    QTreeView *view = m_window->table()->periodView();
    const qint64 row = m_window->document()->plan().rows.first().id;
    m_window->table()->setCurrentIndex(tableCell(row, PledgeTreeModel::FirstPeriodColumn));
    view->setFocus();
    QTest::keyClicks(view, QStringLiteral("d"));
    QCOMPARE(tableCell(row, PledgeTreeModel::FirstPeriodColumn)
                 .data(PledgeTreeModel::StatusSymbolRole)
                 .toString(),
             QStringLiteral("A"));
}

void TestMainWindow::pasteThreeCells()
{
    QVERIFY(m_window->openSample(QStringLiteral("tokorozawa")));
    const Plan &plan = m_window->document()->plan();
    const qint64 row = plan.rows.at(4).id;
    m_window->table()->setCurrentIndex(tableCell(row, PledgeTreeModel::FirstPeriodColumn));
    m_window->table()->periodView()->setFocus();
    QGuiApplication::clipboard()->setText(QStringLiteral("☆\t×\t〇\n"));
    QTest::keySequence(m_window->table()->periodView(), QKeySequence::Paste);
    QStringList symbols;
    for (int i = 0; i < 3; ++i) {
        const qint64 level = m_window->document()->plan().cell(row, plan.periods.at(i).id).levelId;
        symbols << plan.periodScale.levelById(level)->symbol;
    }
    QCOMPARE(symbols, (QStringList{QStringLiteral("☆"), QStringLiteral("×"), QStringLiteral("○")}));
    QCOMPARE(m_window->document()->undoStack()->count(), 1);
}

void TestMainWindow::detailPaneEditsInPlace()
{
    QVERIFY(m_window->openSample(QStringLiteral("tokorozawa")));
    const Plan &plan = m_window->document()->plan();
    const qint64 row = plan.rows.at(0).id;
    m_window->table()->setCurrentIndex(tableCell(row, PledgeTreeModel::FirstPeriodColumn + 1));
    DetailPane *pane = m_window->detailPane();
    QCOMPARE(pane->rowId(), row);
    QCOMPARE(pane->planEdit()->toPlainText(), QStringLiteral("条例改正"));
    QVERIFY(pane->goalEdit()->toPlainText().startsWith(QStringLiteral("パブリックコメント")));
    pane->planEdit()->setFocus();
    QTest::keyClick(pane->planEdit(), Qt::Key_End, Qt::ControlModifier);
    typeText(pane->planEdit(), QStringLiteral("（追記）"));
    QTest::keyClick(pane->planEdit(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(m_window->document()->plan().cell(row, plan.periods.at(1).id).plan,
             QStringLiteral("条例改正（追記）"));
    QVERIFY(pane->copyPlanButton()->isEnabled());
    QTest::mouseClick(pane->copyPlanButton(), Qt::LeftButton);
    QCOMPARE(m_window->document()->plan().cell(row, plan.periods.at(1).id).plan,
             plan.cell(row, plan.periods.at(0).id).plan);
    QCOMPARE(m_window->document()->undoStack()->count(), 2);
    QVERIFY(pane->historyView()->model()->rowCount() >= 2);
}

void TestMainWindow::deleteRowAsksAndUndoes()
{
    QVERIFY(m_window->openSample(QStringLiteral("iruma")));
    const Plan before = m_window->document()->plan();
    m_window->table()->setCurrentIndex(
        tableCell(before.rows.at(3).id, PledgeTreeModel::TitleColumn));
    QString question;
    QTimer::singleShot(0, this, [&question] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        question = box->text();
        QCOMPARE(box->textFormat(), Qt::PlainText); // titles quoted in it are never markup
        box->button(QMessageBox::Yes)->click();
    });
    m_window->planActions()->deleteItem->trigger();
    QVERIFY2(question.contains(before.rows.at(3).title), qPrintable(question));
    QCOMPARE(m_window->document()->plan().rows.size(), 59);
    m_window->activateWindow(); // as it is again once the question is answered
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QCOMPARE(m_window->document()->plan(), before);
}

void TestMainWindow::restoresBackupMadeOnOpen()
{
    QVERIFY(m_window->openSample(QStringLiteral("iruma"))); // opening made a backup
    const Plan opened = m_window->document()->plan();
    QVERIFY(Editing::setStatus(*m_window->document(),
                               {{opened.rows.first().id, opened.periods.first().id}}, 0));
    QAction *restore = nullptr;
    for (QAction *a : m_window->findChildren<QAction *>()) {
        if (a->text() == QStringLiteral("&Restore from Backup…"))
            restore = a;
    }
    QVERIFY(restore);
    // The newest backup is offered first; then the question is answered Yes.
    QTimer::singleShot(0, this, [this] {
        auto *choose = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        QVERIFY(choose);
        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            box->button(QMessageBox::Yes)->click();
        });
        choose->accept();
    });
    restore->trigger();
    QCOMPARE(m_window->document()->plan(), opened);
    QCOMPARE(m_window->document()->undoStack()->count(), 0);
}

void TestMainWindow::exportsPdfOfTheFilteredRows()
{
    QVERIFY(m_window->openSample(QStringLiteral("tokorozawa")));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("kodomo.pdf"));
    QComboBox *department = m_window->filterBar()->departmentBox();
    department->setCurrentIndex(department->findText(QStringLiteral("こども支援課")));
    QAction *exportPdf = nullptr;
    for (QAction *a : m_window->findChildren<QAction *>()) {
        if (a->text() == QStringLiteral("&Export PDF…"))
            exportPdf = a;
    }
    QVERIFY(exportPdf);
    // The report dialog (filtered rows preselected), then the file dialog.
    QTimer::singleShot(0, this, [this, pdf] {
        auto *dialog = qobject_cast<ReportDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QVERIFY(dialog->options().filter.has_value());
        QTimer::singleShot(0, this, [pdf] {
            auto *files = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            QVERIFY(files);
            files->selectFile(pdf);
            QTest::keyClick(files, Qt::Key_Return); // as a user confirms the name
        });
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    exportPdf->trigger();
    QVERIFY(QFile::exists(pdf));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    if (!text.waitForFinished() || text.exitCode() != 0)
        QSKIP("pdftotext is not installed");
    const QString printed = QString::fromUtf8(text.readAllStandardOutput());
    // Pledge 1's row is こども支援課's; pledge 2 has only 保健給食課's row and is filtered out.
    QVERIFY2(printed.contains(QStringLiteral("18歳までの")), qPrintable(printed.left(500)));
    QVERIFY(!printed.contains(QStringLiteral("給食費無料")));
}

void TestMainWindow::switchesLanguage()
{
    QVERIFY(m_window->openSample(QStringLiteral("tokorozawa")));
    QMenu *file = m_window->menuBar()->findChildren<QMenu *>().first();
    QCOMPARE(file->title(), QStringLiteral("&File"));
    QAction *japanese = nullptr;
    for (QAction *a : m_window->findChildren<QAction *>()) {
        if (a->text() == QStringLiteral("日本語"))
            japanese = a;
    }
    QVERIFY(japanese);
    japanese->trigger();
    QCOMPARE(Translations::current(), QStringLiteral("ja"));
    QCOMPARE(file->title(), QStringLiteral("ファイル(&F)"));
    const int h1 = PledgeTreeModel::FirstPeriodColumn + 2;
    QCOMPARE(m_window->table()->model()->headerData(h1, Qt::Horizontal).toString(),
             QStringLiteral("令和6年度\n上半期"));
    Translations::install(QStringLiteral("en"));
    QCoreApplication::processEvents();
    QCOMPARE(file->title(), QStringLiteral("&File"));
    QCOMPARE(m_window->table()->model()->headerData(h1, Qt::Horizontal).toString(),
             QStringLiteral("FY2024\nH1"));
}

void TestMainWindow::refusedFileKeepsWindowUsable()
{
    QVERIFY(m_window->openSample(QStringLiteral("iruma")));
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.pledges"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("junk");
    file.close();
    QString shown;
    QTimer::singleShot(0, this, [&shown] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        shown = box->text();
        QTest::keyClick(box, Qt::Key_Escape);
    });
    QVERIFY(!m_window->openFile(bad));
    QVERIFY2(shown.contains(QStringLiteral("bad.pledges")), qPrintable(shown));
    QVERIFY(m_window->document()); // the plan that was open stays open
    QCOMPARE(m_window->table()->model()->rowCount(), 6);
}

// A finding in the checks pane, activated with the keyboard, puts the table on its cell.
void TestMainWindow::checkFindingGoesToItsCell()
{
    QVERIFY(m_window->openSample(QStringLiteral("tokorozawa")));
    ChecksPane *checks = m_window->checksPane();
    // Behind the Details tab the pane computes nothing, also once the window has settled
    // (a huge plan's checks would delay the table's first paint); it fills when shown.
    QTest::qWait(50);
    QVERIFY(checks->findings().isEmpty());
    qobject_cast<QDockWidget *>(checks->parentWidget())->raise();
    QTRY_VERIFY(!checks->findings().isEmpty());
    int index = 0;
    while (checks->findings().at(index).rowId == 0)
        ++index;
    const CheckFinding finding = checks->findings().at(index);
    QTreeWidget *list = checks->list();
    list->setCurrentItem(list->topLevelItem(index));
    QTest::keyClick(list, Qt::Key_Return);
    const QModelIndex current = m_window->sourceIndex(m_window->table()->currentIndex());
    QCOMPARE(current.data(PledgeTreeModel::RowIdRole).toLongLong(), finding.rowId);
    QCOMPARE(current.data(PledgeTreeModel::PeriodIdRole).toLongLong(), finding.periodId);
}

// An edition opens read-only, titled with its name, and the plan's later edits are not in it.
void TestMainWindow::opensEditionReadOnly()
{
    QVERIFY(m_window->openSample(QStringLiteral("iruma")));
    Document *doc = m_window->document();
    Edition edition;
    QVERIFY(doc->publishEdition(QStringLiteral("令和5年9月末現在"), QDate(2023, 9, 30), &edition));
    const qint64 row = doc->plan().rows.first().id;
    const qint64 period = doc->plan().periods.first().id;
    const Cell published = doc->plan().cell(row, period);
    QVERIFY(Editing::setStatus(*doc, {{row, period}}, doc->plan().periodScale.levels.last().id));

    auto *editions = m_window->findChild<EditionActions *>();
    QVERIFY(editions);
    QVERIFY(editions->openEdition(edition.id));
    QVERIFY(m_window->document()->isReadOnly());
    QVERIFY2(m_window->windowTitle().contains(QStringLiteral("令和5年9月末現在")),
             qPrintable(m_window->windowTitle()));
    QCOMPARE(m_window->document()->plan().cell(row, period), published);
}

// A review copy opens with the plan's editing switched off, and says whose copy it is.
void TestMainWindow::reviewCopyKeepsPlanDataFixed()
{
    QVERIFY(m_window->openSample(QStringLiteral("tokorozawa")));
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("review.pledges"));
    QString error;
    QVERIFY2(ReviewCopy::write(*m_window->document(), QStringLiteral("佐藤"), copy, &error),
             qPrintable(error));
    QVERIFY(m_window->openFile(copy));
    QVERIFY2(m_window->windowTitle().contains(QStringLiteral("review copy for 佐藤")),
             qPrintable(m_window->windowTitle()));
    QVERIFY(!m_window->planActions()->addRow->isEnabled());
    const qint64 row = m_window->document()->plan().rows.first().id;
    const qint64 period = m_window->document()->plan().periods.first().id;
    const Cell before = m_window->document()->plan().cell(row, period);
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(m_window->table()->model());
    auto *model = qobject_cast<PledgeTreeModel *>(proxy->sourceModel());
    m_window->table()->setCurrentIndex(tableCell(row, model->periodColumn(period)));
    m_window->table()->setFocus();
    QTest::keyClick(m_window->table(), Qt::Key_X);
    QCOMPARE(m_window->document()->plan().cell(row, period), before);
    QCOMPARE(m_window->document()->undoStack()->count(), 0);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
