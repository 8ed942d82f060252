#include "document/document.h"
#include "document/editing.h"
#include "models/pledgetreemodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>

// The pledge table model: its tree shape for both samples, what cells show, and that edits
// through it are undoable and reported as the smallest change.
class TestPledgeTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void shape_data();
    void shape();
    void cellRoles();
    void headersInBothLanguages();
    void setDataPushesUndoableEdit();
    void tooltipEscapesUserText();
    void findsNodesByIdAndFollowsStructure();
    void dragAndDropMovesRowsAndPledges();
    void reviewRolesFollowComments();

private:
    std::unique_ptr<Document> open(const QString &sample);
    QTemporaryDir m_dir;
    int m_files = 0;
};

std::unique_ptr<Document> TestPledgeTreeModel::open(const QString &sample)
{
    QString error;
    auto doc =
        Document::create(m_dir.filePath(QString::number(++m_files) + QStringLiteral(".pledges")),
                         TestSupport::samplePlan(sample), &error);
    if (!doc)
        qFatal("%s", qPrintable(error));
    return doc;
}

void TestPledgeTreeModel::shape_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<int>("topLevel");
    QTest::addColumn<int>("pledges");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("columns");
    QTest::newRow("iruma") << QStringLiteral("iruma") << 6 << 30 << 60 << 6;
    QTest::newRow("tokorozawa") << QStringLiteral("tokorozawa") << 45 << 45 << 81 << 9;
}

void TestPledgeTreeModel::shape()
{
    QFETCH(QString, sample);
    QFETCH(int, topLevel);
    QFETCH(int, pledges);
    QFETCH(int, rows);
    QFETCH(int, columns);
    auto doc = open(sample);
    PledgeTreeModel model(doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), topLevel);
    QCOMPARE(model.columnCount(), columns);
    int pledgeCount = 0;
    int rowCount = 0;
    // Walk the tree: every node's kind matches its depth.
    std::function<void(const QModelIndex &, int)> walk = [&](const QModelIndex &parent, int depth) {
        for (int r = 0; r < model.rowCount(parent); ++r) {
            const QModelIndex index = model.index(r, 0, parent);
            const auto kind =
                PledgeTreeModel::NodeKind(index.data(PledgeTreeModel::NodeKindRole).toInt());
            if (kind == PledgeTreeModel::NodeKind::Pledge)
                ++pledgeCount;
            if (kind == PledgeTreeModel::NodeKind::Row) {
                ++rowCount;
                QCOMPARE(model.rowCount(index), 0);
            }
            QCOMPARE(model.parent(index), parent);
            walk(index, depth + 1);
        }
    };
    walk({}, 0);
    QCOMPARE(pledgeCount, pledges);
    QCOMPARE(rowCount, rows);
}

void TestPledgeTreeModel::cellRoles()
{
    auto doc = open(QStringLiteral("iruma"));
    PledgeTreeModel model(doc.get());
    const QModelIndex chapter = model.index(0, PledgeTreeModel::TitleColumn);
    QCOMPARE(chapter.data().toString(), QStringLiteral("デジタル未来都市"));
    const QModelIndex pledge = model.index(0, PledgeTreeModel::TitleColumn, model.index(0, 0));
    QCOMPARE(pledge.data().toString(),
             QStringLiteral("【デジタル】デジタル未来都市推進部門の設置と特命人材の公募"));
    const QModelIndex pledge0 = model.index(0, 0, model.index(0, 0));
    const QModelIndex item = model.index(0, PledgeTreeModel::FirstPeriodColumn, pledge0);
    QCOMPARE(item.data(PledgeTreeModel::StatusSymbolRole).toString(), QStringLiteral("A"));
    QCOMPARE(item.data().toString(), QStringLiteral("A ・令和4年4月にデジタル行政推進課を設置"));
    QCOMPARE(item.data(PledgeTreeModel::StatusColorRole).value<QColor>(),
             doc->plan().periodScale.levels.first().color);
    QVERIFY(item.flags() & Qt::ItemIsEditable);
    QVERIFY(!(pledge.flags() & Qt::ItemIsEditable));
    QCOMPARE(model.index(0, 0, pledge0).data().toString(), QStringLiteral("①"));
}

void TestPledgeTreeModel::headersInBothLanguages()
{
    auto doc = open(QStringLiteral("tokorozawa"));
    PledgeTreeModel model(doc.get());
    model.setJapaneseLabels(true);
    const int h1 = PledgeTreeModel::FirstPeriodColumn + 2;
    QCOMPARE(model.headerData(h1, Qt::Horizontal).toString(), QStringLiteral("令和6年度\n上半期"));
    QCOMPARE(model.headerData(PledgeTreeModel::FirstPeriodColumn, Qt::Horizontal).toString(),
             QStringLiteral("令和5年度\n10–12月"));
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    model.setJapaneseLabels(false);
    QCOMPARE(headers.size(), 1);
    QCOMPARE(model.headerData(h1, Qt::Horizontal).toString(), QStringLiteral("FY2024\nH1"));
}

void TestPledgeTreeModel::setDataPushesUndoableEdit()
{
    auto doc = open(QStringLiteral("tokorozawa"));
    PledgeTreeModel model(doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex row = model.index(0, 0, model.index(0, 0));
    const QModelIndex cell =
        model.index(row.row(), PledgeTreeModel::FirstPeriodColumn + 3, row.parent());
    QCOMPARE(cell.data(PledgeTreeModel::StatusSymbolRole).toString(), QString());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setData(cell, QStringLiteral("〇"))); // a variant glyph of ○
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), cell);
    QCOMPARE(changed.first().at(1).toModelIndex(), cell);
    QCOMPARE(cell.data(PledgeTreeModel::StatusSymbolRole).toString(), QStringLiteral("○"));
    QCOMPARE(doc->undoStack()->count(), 1);
    QVERIFY(!model.setData(cell, QStringLiteral("Z"))); // not on the scale
    QCOMPARE(doc->undoStack()->count(), 1);
    doc->undoStack()->undo();
    QCOMPARE(cell.data(PledgeTreeModel::StatusSymbolRole).toString(), QString());
    QCOMPARE(changed.size(), 2);
}

void TestPledgeTreeModel::tooltipEscapesUserText()
{
    auto doc = open(QStringLiteral("tokorozawa"));
    PledgeTreeModel model(doc.get());
    const QModelIndex row = model.index(0, 0, model.index(0, 0));
    const QModelIndex cell =
        model.index(row.row(), PledgeTreeModel::FirstPeriodColumn, row.parent());
    Cell c = doc->plan().cell(row.data(PledgeTreeModel::RowIdRole).toLongLong(),
                              model.periodIdAt(cell.column()));
    c.narrative = QStringLiteral("<b>太字</b> &amp; <img src=x>");
    QVERIFY(doc->applyCells(
        {{{row.data(PledgeTreeModel::RowIdRole).toLongLong(), model.periodIdAt(cell.column())},
          c}}));
    const QString tip = cell.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("&lt;b&gt;太字&lt;/b&gt; &amp;amp; &lt;img src=x&gt;")),
             qPrintable(tip));
}

void TestPledgeTreeModel::findsNodesByIdAndFollowsStructure()
{
    auto doc = open(QStringLiteral("iruma"));
    PledgeTreeModel model(doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Plan &plan = doc->plan();
    const Pledge pledge = plan.pledges.at(5);
    const QModelIndex pledgeIndex = model.indexOfPledge(pledge.id);
    QCOMPARE(pledgeIndex.data(PledgeTreeModel::PledgeIdRole).toLongLong(), pledge.id);
    QCOMPARE(pledgeIndex.data(PledgeTreeModel::ChapterIdRole).toLongLong(), pledge.chapterId);
    QCOMPARE(model.indexOfChapter(pledge.chapterId), pledgeIndex.parent().siblingAtColumn(1));
    const QModelIndex row = model.indexOfRow(plan.rows.at(11).id);
    QCOMPARE(row.data(PledgeTreeModel::ChapterIdRole).toLongLong(), pledge.chapterId);
    QCOMPARE(model.periodColumn(plan.periods.first().id), int(PledgeTreeModel::FirstPeriodColumn));
    QCOMPARE(model.periodColumn(12345), -1);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(Editing::deletePledge(*doc, pledge.id));
    QCOMPARE(reset.size(), 1);
    QVERIFY(!model.indexOfPledge(pledge.id).isValid());
    doc->undoStack()->undo();
    QCOMPARE(model.indexOfPledge(pledge.id).data().toString(), pledgeIndex.data().toString());
}

void TestPledgeTreeModel::dragAndDropMovesRowsAndPledges()
{
    auto doc = open(QStringLiteral("iruma"));
    PledgeTreeModel model(doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Plan before = doc->plan();
    const PledgeRow moved = before.rows.at(0);
    const QModelIndex target = model.indexOfPledge(before.pledges.at(3).id, 0);

    std::unique_ptr<QMimeData> data(model.mimeData({model.indexOfRow(moved.id, 0)}));
    QVERIFY(data);
    QVERIFY(
        !model.canDropMimeData(data.get(), Qt::MoveAction, 0, 0, model.indexOfRow(moved.id, 0)));
    QVERIFY(!model.canDropMimeData(data.get(), Qt::MoveAction, 0, 0, model.index(0, 0)));
    QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, 1, 0, target));
    QTRY_COMPARE(doc->plan().row(moved.id)->pledgeId, before.pledges.at(3).id);
    QCOMPARE(
        model.indexOfRow(moved.id, 0).parent().data(PledgeTreeModel::PledgeIdRole).toLongLong(),
        before.pledges.at(3).id);
    QCOMPARE(model.indexOfRow(moved.id, 0).row(), 1);

    std::unique_ptr<QMimeData> pledge(
        model.mimeData({model.indexOfPledge(before.pledges.at(0).id, 0)}));
    const QModelIndex lastChapter = model.indexOfChapter(before.chapters.last().id, 0);
    QVERIFY(model.dropMimeData(pledge.get(), Qt::MoveAction, -1, 0, lastChapter));
    QTRY_COMPARE(doc->plan().pledges.last().id, before.pledges.at(0).id);
    QCOMPARE(doc->undoStack()->count(), 2);
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    QCOMPARE(doc->plan(), before);
}

// A cell shows how many open comments it has and the latest mark; a comment's change repaints
// just its cell.
void TestPledgeTreeModel::reviewRolesFollowComments()
{
    auto doc = open(QStringLiteral("tokorozawa"));
    PledgeTreeModel model(doc.get());
    const qint64 rowId = doc->plan().rows.at(0).id;
    const qint64 periodId = doc->plan().periods.at(0).id;
    const QModelIndex cell = model.indexOfRow(rowId, model.periodColumn(periodId));
    QCOMPARE(cell.data(PledgeTreeModel::CommentCountRole).toInt(), 0);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    ReviewComment comment;
    comment.rowId = rowId;
    comment.periodId = periodId;
    comment.text = QStringLiteral("要確認");
    const QString uid = Editing::addComment(*doc, comment);
    QVERIFY(Editing::setMark(*doc, rowId, periodId, ReviewComment::Mark::NeedsRevision));
    QCOMPARE(cell.data(PledgeTreeModel::CommentCountRole).toInt(), 2);
    QCOMPARE(cell.data(PledgeTreeModel::ReviewMarkRole).toInt(),
             int(ReviewComment::Mark::NeedsRevision));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.last().at(0).toModelIndex(), cell);
    QVERIFY(Editing::resolveComment(*doc, uid));
    QCOMPARE(cell.data(PledgeTreeModel::CommentCountRole).toInt(), 1);
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    QCOMPARE(cell.data(PledgeTreeModel::CommentCountRole).toInt(), 0);
    QCOMPARE(cell.data(PledgeTreeModel::ReviewMarkRole).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestPledgeTreeModel)
#include "tst_pledgetreemodel.moc"
