#include "document/document.h"
#include "document/editing.h"
#include "models/pledgetreemodel.h"
#include "pledgetableview.h"
#include "testsupport.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QItemSelectionModel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QTemporaryDir>
#include <QTreeView>

#include <sqlite3.h>

// The pledge table with frozen left columns: both panes stay in step (sideways scrolling leaves
// the fixed columns, vertical scrolling, expansion and row heights are shared), and status cells
// take typed levels, Delete, copy and paste, each as one undo step.
class TestPledgeTableView : public QObject
{
    Q_OBJECT

private slots:
    void fixedColumnsStayWhenScrollingSideways();
    void verticalScrollingInStep();
    void expansionInStep();
    void rowHeightsInStepWithFullText();
    void periodHeaderHasRoomForTwoLines();
    void typedCodeSetsStatus();
    void typedNumberSetsSelectedCellsInOneStep();
    void deleteClearsStatuses();
    void enterAndDoubleClickActivate();
    void copiesRectangleInVisualOrder();
    void pastesDownAndAcross();
    void refusedPasteChangesNothing();
    void editsThroughProxy();
    void readOnlyPlanRefusesEntry();
    void arrowKeysCrossPanes();
    void restoresColumnWidths();
    void paintingAndScrollingReadNoFile();

private:
    struct Table
    {
        std::unique_ptr<Document> document;
        std::unique_ptr<PledgeTreeModel> model;
        std::unique_ptr<PledgeTableView> view; // last, so it goes first
        QTreeView *fixed = nullptr;
        QTreeView *period = nullptr;
        int undoSteps() const { return document->undoStack()->count(); }
    };
    Table open(const QString &sample);
    QString newPath()
    {
        return m_dir.filePath(QString::number(++m_files) + QStringLiteral(".pledges"));
    }

    QTemporaryDir m_dir;
    int m_files = 0;
};

namespace {

constexpr int First = PledgeTreeModel::FirstPeriodColumn;

QString symbolAt(const QModelIndex &index)
{
    return index.data(PledgeTreeModel::StatusSymbolRole).toString();
}

// Iruma: chapter → pledge → item.
QModelIndex irumaCell(const QAbstractItemModel *model, int chapter, int pledge, int item,
                      int column = First)
{
    const QModelIndex c = model->index(chapter, 0);
    return model->index(item, column, model->index(pledge, 0, c));
}

// Tokorozawa: pledge → department row.
QModelIndex tokorozawaCell(const QAbstractItemModel *model, int pledge, int row, int column)
{
    return model->index(row, column, model->index(pledge, 0));
}

void click(QTreeView *view, const QModelIndex &index, Qt::KeyboardModifiers modifiers = {})
{
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers,
                      view->visualRect(index).center());
}

} // namespace

TestPledgeTableView::Table TestPledgeTableView::open(const QString &sample)
{
    Table table;
    QString error;
    table.document = Document::create(newPath(), TestSupport::samplePlan(sample), &error);
    if (!table.document)
        qFatal("%s", qPrintable(error));
    table.model = std::make_unique<PledgeTreeModel>(table.document.get());
    table.model->setJapaneseLabels(true);
    table.view = std::make_unique<PledgeTableView>();
    table.view->setModel(table.model.get());
    table.view->resize(1000, 500);
    table.view->show();
    table.view->expandAll();
    table.fixed = table.view->fixedView();
    table.period = table.view->periodView();
    return table;
}

void TestPledgeTableView::fixedColumnsStayWhenScrollingSideways()
{
    Table t = open(QStringLiteral("tokorozawa"));
    QVERIFY(QTest::qWaitForWindowExposed(t.view.get()));
    for (int column = 0; column < t.model->columnCount(); ++column) {
        QCOMPARE(t.fixed->isColumnHidden(column), column >= First);
        QCOMPARE(t.period->isColumnHidden(column), column < First);
    }
    const QModelIndex title = t.model->index(0, PledgeTreeModel::TitleColumn);
    const QModelIndex firstPeriod = tokorozawaCell(t.model.get(), 0, 0, First);
    const int titleX = t.fixed->visualRect(title).x();
    const int periodX = t.period->visualRect(firstPeriod).x();
    QVERIFY(t.fixed->isVisible());
    QVERIFY(t.fixed->width() >= 200);
    QCOMPARE(t.fixed->mapTo(t.view.get(), QPoint(0, 0)).x(), 0);

    QScrollBar *bar = t.period->horizontalScrollBar();
    QVERIFY(bar->maximum() > 0);
    bar->setValue(bar->maximum());
    QCOMPARE(t.period->visualRect(firstPeriod).x(), periodX - bar->maximum());
    QCOMPARE(t.fixed->visualRect(title).x(), titleX);
    QCOMPARE(t.fixed->header()->sectionViewportPosition(PledgeTreeModel::NumberColumn), 0);
    QCOMPARE(t.fixed->mapTo(t.view.get(), QPoint(0, 0)).x(), 0);

    // Making a fixed cell current must not scroll the periods back to their start.
    click(t.fixed, title);
    QCOMPARE(t.view->currentIndex(), title);
    QCOMPARE(bar->value(), bar->maximum());
}

void TestPledgeTableView::verticalScrollingInStep()
{
    Table t = open(QStringLiteral("tokorozawa"));
    QVERIFY(QTest::qWaitForWindowExposed(t.view.get()));
    QScrollBar *fixedBar = t.fixed->verticalScrollBar();
    QScrollBar *periodBar = t.period->verticalScrollBar();
    QVERIFY(periodBar->maximum() > 0);
    QCOMPARE(fixedBar->maximum(), periodBar->maximum());

    periodBar->setValue(periodBar->maximum() / 2);
    QCOMPARE(fixedBar->value(), periodBar->value());
    const QModelIndex top = t.fixed->indexAt(QPoint(5, 5));
    QVERIFY(top.isValid());
    QCOMPARE(t.period->visualRect(top.siblingAtColumn(First)).y(), t.fixed->visualRect(top).y());

    // Keyboard navigation in the fixed view scrolls the periods along.
    t.fixed->setFocus();
    t.view->setCurrentIndex(top);
    QTest::keyClick(t.fixed, Qt::Key_End);
    QVERIFY(fixedBar->value() > periodBar->maximum() / 2 + 100);
    QCOMPARE(periodBar->value(), fixedBar->value());
}

void TestPledgeTableView::expansionInStep()
{
    Table t = open(QStringLiteral("iruma"));
    QVERIFY(QTest::qWaitForWindowExposed(t.view.get()));
    const QModelIndex chapter = t.model->index(1, 0);
    const QModelIndex nextChapter = t.model->index(2, 0);
    QVERIFY(t.fixed->isExpanded(chapter));
    QVERIFY(t.period->isExpanded(chapter));

    // The branch arrow left of the chapter's number.
    const QRect rect = t.fixed->visualRect(chapter);
    QTest::mouseClick(t.fixed->viewport(), Qt::LeftButton, {},
                      QPoint(rect.x() - t.fixed->indentation() / 2, rect.center().y()));
    QVERIFY(!t.fixed->isExpanded(chapter));
    QVERIFY(!t.period->isExpanded(chapter));
    QCOMPARE(t.period->visualRect(nextChapter.siblingAtColumn(First)).y(),
             t.fixed->visualRect(nextChapter).y());

    t.period->expand(chapter);
    QVERIFY(t.fixed->isExpanded(chapter));
    t.period->collapse(chapter);
    QVERIFY(!t.fixed->isExpanded(chapter));

    t.view->collapseAll();
    QVERIFY(!t.fixed->isExpanded(t.model->index(0, 0)));
    QVERIFY(!t.period->isExpanded(t.model->index(0, 0)));
}

void TestPledgeTableView::rowHeightsInStepWithFullText()
{
    Table t = open(QStringLiteral("tokorozawa"));
    QVERIFY(QTest::qWaitForWindowExposed(t.view.get()));
    const QModelIndex cell = tokorozawaCell(t.model.get(), 0, 0, First);
    const int oneLine = t.period->visualRect(cell).height();
    QVERIFY(oneLine > 0);
    QCOMPARE(t.fixed->visualRect(cell.siblingAtColumn(0)).height(), oneLine);

    auto checkInStep = [&t] {
        for (QModelIndex row = t.model->index(0, 0); row.isValid();
             row = t.fixed->indexBelow(row)) {
            const QRect fixed = t.fixed->visualRect(row.siblingAtColumn(1));
            const QRect period = t.period->visualRect(row.siblingAtColumn(First));
            if (fixed.y() != period.y() || fixed.height() != period.height())
                return false;
        }
        return true;
    };
    t.view->setDensity(CellDelegate::Density::FullText);
    QVERIFY(!t.period->uniformRowHeights());
    const int wrapped = t.period->visualRect(cell).height();
    QVERIFY2(wrapped > 2 * oneLine, qPrintable(QString::number(wrapped)));
    QVERIFY(checkInStep());

    // Narrower period columns wrap into more lines.
    for (int column = First; column < t.model->columnCount(); ++column)
        t.period->setColumnWidth(column, 120);
    QTRY_VERIFY(t.period->visualRect(cell).height() > wrapped);
    QVERIFY(checkInStep());

    t.view->setDensity(CellDelegate::Density::OneLine);
    QCOMPARE(t.period->visualRect(cell).height(), oneLine);
    QVERIFY(checkInStep());
}

void TestPledgeTableView::periodHeaderHasRoomForTwoLines()
{
    Table t = open(QStringLiteral("tokorozawa"));
    QVERIFY(QTest::qWaitForWindowExposed(t.view.get()));
    QHeaderView *header = t.view->periodHeader();
    QCOMPARE(t.model->headerData(First, Qt::Horizontal).toString().count(QLatin1Char('\n')), 1);
    QVERIFY(header->height() >= 2 * header->fontMetrics().height());
    QCOMPARE(t.view->fixedHeader()->height(), header->height());
    QCOMPARE(t.fixed->viewport()->mapTo(t.view.get(), QPoint(0, 0)).y(),
             t.period->viewport()->mapTo(t.view.get(), QPoint(0, 0)).y());
}

void TestPledgeTableView::typedCodeSetsStatus()
{
    Table t = open(QStringLiteral("iruma"));
    QVERIFY(QTest::qWaitForWindowExposed(t.view.get()));
    const QModelIndex cell = irumaCell(t.model.get(), 0, 0, 0);
    QCOMPARE(symbolAt(cell), QStringLiteral("A"));
    QSignalSpy current(t.view.get(), &PledgeTableView::currentCellChanged);
    click(t.period, cell);
    QCOMPARE(t.view->currentIndex(), cell);
    QCOMPARE(current.last().at(0).value<QModelIndex>(), cell);

    const int steps = t.undoSteps();
    QTest::keyClicks(t.period, QStringLiteral("C"));
    QCOMPARE(symbolAt(cell), QStringLiteral("C"));
    QCOMPARE(t.undoSteps(), steps + 1);
    t.document->undoStack()->undo();
    QCOMPARE(symbolAt(cell), QStringLiteral("A"));

    // What a Japanese input method commits: a full-width letter.
    QInputMethodEvent commit;
    commit.setCommitString(QStringLiteral("Ｂ"));
    QApplication::sendEvent(t.period, &commit);
    QCOMPARE(symbolAt(cell), QStringLiteral("B"));

    // A letter that is no level says so and changes nothing.
    QSignalSpy messages(t.view.get(), &PledgeTableView::statusMessage);
    const int before = t.undoSteps();
    QTest::keyClicks(t.period, QStringLiteral("Z"));
    QCOMPARE(symbolAt(cell), QStringLiteral("B"));
    QCOMPARE(t.undoSteps(), before);
    QCOMPARE(messages.size(), 1);
}

void TestPledgeTableView::typedNumberSetsSelectedCellsInOneStep()
{
    Table t = open(QStringLiteral("tokorozawa"));
    QVERIFY(QTest::qWaitForWindowExposed(t.view.get()));
    // Pledge 4 is × in the first three periods.
    QList<QModelIndex> cells;
    for (int column = First; column < First + 3; ++column)
        cells << tokorozawaCell(t.model.get(), 3, 0, column);
    for (const QModelIndex &cell : cells)
        QCOMPARE(symbolAt(cell), QStringLiteral("×"));
    const QModelIndex fourth = tokorozawaCell(t.model.get(), 3, 0, First + 3);
    const QString fourthBefore = symbolAt(fourth);

    click(t.period, cells.first());
    click(t.period, cells.last(), Qt::ShiftModifier);
    QCOMPARE(t.view->selectionModel()->selectedIndexes().size(), 3);
    const int steps = t.undoSteps();
    QTest::keyClicks(t.period, QStringLiteral("2"));
    for (const QModelIndex &cell : cells)
        QCOMPARE(symbolAt(cell), QStringLiteral("○"));
    QCOMPARE(symbolAt(fourth), fourthBefore);
    QCOMPARE(t.undoSteps(), steps + 1);

    t.document->undoStack()->undo();
    for (const QModelIndex &cell : cells)
        QCOMPARE(symbolAt(cell), QStringLiteral("×"));
}

void TestPledgeTableView::deleteClearsStatuses()
{
    Table t = open(QStringLiteral("tokorozawa"));
    QVERIFY(QTest::qWaitForWindowExposed(t.view.get()));
    // Three rows of pledge 15 in the first period, selected with Ctrl+click.
    QList<QModelIndex> cells;
    for (int row = 0; row < 3; ++row)
        cells << tokorozawaCell(t.model.get(), 14, row, First);
    click(t.period, cells.at(0));
    click(t.period, cells.at(1), Qt::ControlModifier);
    click(t.period, cells.at(2), Qt::ControlModifier);
    for (const QModelIndex &cell : cells)
        QVERIFY(!symbolAt(cell).isEmpty());

    const int steps = t.undoSteps();
    QTest::keyClick(t.period, Qt::Key_Delete);
    for (const QModelIndex &cell : cells)
        QCOMPARE(symbolAt(cell), QString());
    QCOMPARE(t.undoSteps(), steps + 1);
    t.document->undoStack()->undo();
    for (const QModelIndex &cell : cells)
        QVERIFY(!symbolAt(cell).isEmpty());

    click(t.period, cells.at(0));
    QTest::keyClick(t.period, Qt::Key_Backspace);
    QCOMPARE(symbolAt(cells.at(0)), QString());
    QVERIFY(!symbolAt(cells.at(1)).isEmpty());
}

void TestPledgeTableView::enterAndDoubleClickActivate()
{
    Table t = open(QStringLiteral("iruma"));
    QVERIFY(QTest::qWaitForWindowExposed(t.view.get()));
    QSignalSpy activated(t.view.get(), &PledgeTableView::cellActivated);
    const QModelIndex cell = irumaCell(t.model.get(), 0, 1, 0);
    click(t.period, cell);
    QTest::keyClick(t.period, Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).value<QModelIndex>(), cell);

    const QModelIndex other = irumaCell(t.model.get(), 0, 1, 1);
    click(t.period, other); // a double-click's first press
    QTest::mouseDClick(t.period->viewport(), Qt::LeftButton, {},
                       t.period->visualRect(other).center());
    QCOMPARE(activated.size(), 2);
    QCOMPARE(activated.at(1).at(0).value<QModelIndex>(), other);

    // A pledge's row has no status cell to open.
    click(t.period, t.model->index(1, First, t.model->index(0, 0)));
    QTest::keyClick(t.period, Qt::Key_Enter, Qt::KeypadModifier);
    QCOMPARE(activated.size(), 2);
}

void TestPledgeTableView::copiesRectangleInVisualOrder()
{
    Table t = open(QStringLiteral("iruma"));
    QVERIFY(QTest::qWaitForWindowExposed(t.view.get()));
    // Pledge 2: ① is B, ② is A. Selected bottom row first, across both panes.
    QItemSelectionModel *selection = t.view->selectionModel();
    for (int item : {1, 0}) {
        for (int column : {First, int(PledgeTreeModel::NumberColumn)})
            selection->select(irumaCell(t.model.get(), 0, 1, item, column),
                              QItemSelectionModel::Select);
    }
    t.period->setFocus();
    QTest::keySequence(t.period, QKeySequence::Copy);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("①\tB\n②\tA\n"));

    // The fixed view copies too; one row across three periods.
    Table k = open(QStringLiteral("tokorozawa"));
    QVERIFY(QTest::qWaitForWindowExposed(k.view.get()));
    click(k.period, tokorozawaCell(k.model.get(), 3, 0, First));
    click(k.period, tokorozawaCell(k.model.get(), 3, 0, First + 2), Qt::ShiftModifier);
    QTest::keySequence(k.fixed, QKeySequence::Copy);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("×\t×\t×\n"));
}

void TestPledgeTableView::pastesDownAndAcross()
{
    Table t = open(QStringLiteral("tokorozawa"));
    QVERIFY(QTest::qWaitForWindowExposed(t.view.get()));
    QList<QModelIndex> row;
    for (int column = First; column < First + 4; ++column)
        row << tokorozawaCell(t.model.get(), 0, 0, column);
    const QString lastBefore = symbolAt(row.at(3));
    click(t.period, row.first());
    QGuiApplication::clipboard()->setText(QStringLiteral("☆\t×\t〇"));
    const int steps = t.undoSteps();
    QTest::keySequence(t.period, QKeySequence::Paste);
    QCOMPARE(symbolAt(row.at(0)), QStringLiteral("☆"));
    QCOMPARE(symbolAt(row.at(1)), QStringLiteral("×"));
    QCOMPARE(symbolAt(row.at(2)), QStringLiteral("○"));
    QCOMPARE(symbolAt(row.at(3)), lastBefore);
    QCOMPARE(t.undoSteps(), steps + 1);
    QCOMPARE(t.view->selectionModel()->selectedIndexes().size(), 3);

    // Down the visible rows: pledge 8 has two.
    const QModelIndex upper = tokorozawaCell(t.model.get(), 7, 0, First);
    const QModelIndex lower = tokorozawaCell(t.model.get(), 7, 1, First);
    click(t.period, upper);
    QGuiApplication::clipboard()->setText(QStringLiteral("△\r\n△\r\n"));
    QTest::keySequence(t.period, QKeySequence::Paste);
    QCOMPARE(symbolAt(upper), QStringLiteral("△"));
    QCOMPARE(symbolAt(lower), QStringLiteral("△"));
    QCOMPARE(t.undoSteps(), steps + 2);
}

void TestPledgeTableView::refusedPasteChangesNothing()
{
    Table t = open(QStringLiteral("tokorozawa"));
    QVERIFY(QTest::qWaitForWindowExposed(t.view.get()));
    QSignalSpy messages(t.view.get(), &PledgeTableView::statusMessage);
    const QModelIndex first = tokorozawaCell(t.model.get(), 0, 0, First);
    const QModelIndex second = tokorozawaCell(t.model.get(), 0, 0, First + 1);
    click(t.period, first);
    const int steps = t.undoSteps();

    QGuiApplication::clipboard()->setText(QStringLiteral("☆\tZ"));
    QTest::keySequence(t.period, QKeySequence::Paste);
    QCOMPARE(symbolAt(first), QStringLiteral("○"));
    QCOMPARE(symbolAt(second), QStringLiteral("○"));
    QCOMPARE(t.undoSteps(), steps);
    QCOMPARE(messages.size(), 1);
    QVERIFY(messages.at(0).at(0).toString().contains(QLatin1Char('Z')));

    // The row below pledge 1's only row is pledge 2 itself, which has no status.
    QGuiApplication::clipboard()->setText(QStringLiteral("☆\n☆"));
    QTest::keySequence(t.period, QKeySequence::Paste);
    QCOMPARE(symbolAt(first), QStringLiteral("○"));
    QCOMPARE(t.undoSteps(), steps);
    QCOMPARE(messages.size(), 2);
}

void TestPledgeTableView::editsThroughProxy()
{
    Table t = open(QStringLiteral("iruma"));
    QVERIFY(QTest::qWaitForWindowExposed(t.view.get()));
    // Sorted backwards, so that proxy rows differ from the model's.
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(t.model.get());
    proxy.sort(0, Qt::DescendingOrder);
    t.view->setModel(&proxy);
    t.view->expandAll();
    QVERIFY(t.view->selectionModel() == t.period->selectionModel());
    QCOMPARE(t.view->selectionModel()->model(), static_cast<const QAbstractItemModel *>(&proxy));

    const QModelIndex source = irumaCell(t.model.get(), 0, 0, 0);
    const QModelIndex cell = proxy.mapFromSource(source);
    QVERIFY(cell.row() != source.row() || cell.parent().parent().row() != 0);
    click(t.period, cell);
    QTest::keyClicks(t.period, QStringLiteral("D"));
    QCOMPARE(symbolAt(source), QStringLiteral("D"));

    QTest::keySequence(t.period, QKeySequence::Copy);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("D\n"));
    t.view->setModel(nullptr); // before the proxy goes
}

void TestPledgeTableView::readOnlyPlanRefusesEntry()
{
    const QString path = newPath();
    QString error;
    QVERIFY(Document::create(path, TestSupport::samplePlan(QStringLiteral("iruma")), &error));
    auto document = Document::open(path, Document::Access::ReadOnly, &error);
    QVERIFY2(document, qPrintable(error));
    PledgeTreeModel model(document.get());
    PledgeTableView view;
    view.setModel(&model);
    view.expandAll();
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy failed(document.get(), &Document::writeFailed);
    QSignalSpy messages(&view, &PledgeTableView::statusMessage);
    const QModelIndex cell = irumaCell(&model, 0, 0, 0);
    click(view.periodView(), cell);
    QTest::keyClicks(view.periodView(), QStringLiteral("C"));
    QCOMPARE(symbolAt(cell), QStringLiteral("A"));
    QCOMPARE(messages.size(), 1);
    QCOMPARE(failed.size(), 0);
}

void TestPledgeTableView::arrowKeysCrossPanes()
{
    Table t = open(QStringLiteral("iruma"));
    QVERIFY(QTest::qWaitForWindowExposed(t.view.get()));
    const QModelIndex cell = irumaCell(t.model.get(), 0, 0, 1);
    click(t.period, cell);
    t.period->setFocus();
    QTest::keyClick(t.period, Qt::Key_Left);
    QCOMPARE(t.view->currentIndex(), cell.siblingAtColumn(PledgeTreeModel::TargetDateColumn));
    QCOMPARE(t.view->window()->focusWidget(), t.fixed);
    QTest::keyClick(t.fixed, Qt::Key_Right);
    QCOMPARE(t.view->currentIndex(), cell);
    QCOMPARE(t.view->window()->focusWidget(), t.period);
    QTest::keyClick(t.period, Qt::Key_Up);
    QCOMPARE(t.view->currentIndex(), irumaCell(t.model.get(), 0, 0, 0));
}

void TestPledgeTableView::restoresColumnWidths()
{
    Table t = open(QStringLiteral("tokorozawa"));
    t.fixed->setColumnWidth(PledgeTreeModel::TitleColumn, 333);
    t.period->setColumnWidth(First + 1, 144);
    const QByteArray state = t.view->saveState();

    Table u = open(QStringLiteral("tokorozawa"));
    QVERIFY(u.fixed->columnWidth(PledgeTreeModel::TitleColumn) != 333);
    QVERIFY(u.view->restoreState(state));
    QCOMPARE(u.fixed->columnWidth(PledgeTreeModel::TitleColumn), 333);
    QCOMPARE(u.period->columnWidth(First + 1), 144);
    QVERIFY(!u.view->restoreState(QByteArray("not a state")));
    QCOMPARE(u.fixed->columnWidth(PledgeTreeModel::TitleColumn), 333);

    // Another plan in the same table keeps the widths.
    Table other = open(QStringLiteral("iruma"));
    u.view->setModel(other.model.get());
    QCOMPARE(u.fixed->columnWidth(PledgeTreeModel::TitleColumn), 333);
    u.view->setModel(nullptr);
}

namespace {
int countStatement(unsigned, void *statements, void *, void *)
{
    ++*static_cast<int *>(statements);
    return 0;
}

// Counts into *statements every SQL statement run on any open connection; nullptr stops.
void countStatements(int *statements)
{
    for (const QString &name : QSqlDatabase::connectionNames()) {
        const QVariant handle = QSqlDatabase::database(name, false).driver()->handle();
        if (auto *db = *static_cast<sqlite3 *const *>(handle.constData()))
            sqlite3_trace_v2(db, statements ? SQLITE_TRACE_STMT : 0,
                             statements ? countStatement : nullptr, statements);
    }
}

// Every role of every index under parent, as views and delegates ask for them.
void readEveryRole(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            for (int role = 0; role < Qt::UserRole + 64; ++role)
                index.data(role);
            model->flags(index);
        }
        readEveryRole(model, model->index(row, 0, parent));
    }
}
} // namespace

// Scrolling must not stall on the disk: painting and data() read the plan in memory only, so
// no SQL statement runs on the plan's file while the table is read, painted and scrolled.
void TestPledgeTableView::paintingAndScrollingReadNoFile()
{
    Table table = open(QStringLiteral("tokorozawa"));
    int statements = 0;
    countStatements(&statements);
    readEveryRole(table.model.get());
    QScrollBar *bar = table.period->verticalScrollBar();
    QVERIFY(bar->maximum() > 0);
    for (bar->setValue(0); bar->value() < bar->maximum();
         bar->setValue(bar->value() + bar->pageStep()))
        table.view->grab(); // paints both views
    table.period->horizontalScrollBar()->setValue(table.period->horizontalScrollBar()->maximum());
    table.view->grab();
    QCOMPARE(statements, 0);

    // The count is real: an edit does run statements.
    const Plan &plan = table.document->plan();
    QVERIFY(
        Editing::setStatus(*table.document, {{plan.rows.first().id, plan.periods.first().id}}, 0));
    QVERIFY(statements > 0);
    countStatements(nullptr);
}

QTEST_MAIN(TestPledgeTableView)
#include "tst_pledgetableview.moc"
