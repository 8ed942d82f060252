#include "document/document.h"
#include "document/editing.h"
#include "models/pledgefiltermodel.h"
#include "models/pledgetreemodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <algorithm>

// The filtered pledge table: which rows show, that their pledges and chapters show around them,
// the "n of m" counts, and that edits of cells, year cells and the structure re-filter.
class TestPledgeFilterModel : public QObject
{
    Q_OBJECT

private slots:
    void departmentFilter_data();
    void departmentFilter();
    void textFilterKeepsAncestors_data();
    void textFilterKeepsAncestors();
    void clearingRestoresEverything_data();
    void clearingRestoresEverything();
    void statusEditShowsAndHides_data();
    void statusEditShowsAndHides();
    void textEditShowsRow_data();
    void textEditShowsRow();
    void pledgeWithoutRows_data();
    void pledgeWithoutRows();
    void structureEditRefilters();

private:
    // A document on a copy of the sample, the tree over it and the proxy over the tree, with
    // the model tester watching the proxy.
    struct Fixture
    {
        std::unique_ptr<Document> doc;
        std::unique_ptr<PledgeTreeModel> tree;
        std::unique_ptr<PledgeFilterModel> proxy;
        std::unique_ptr<QAbstractItemModelTester> tester;
    };
    Fixture open(const QString &sample);
    static QList<qint64> visibleRows(const QAbstractItemModel &model);
    static QList<qint64> rowsWhere(const Plan &plan,
                                   const std::function<bool(const PledgeRow &)> &);

    QTemporaryDir m_dir;
    int m_files = 0;
};

TestPledgeFilterModel::Fixture TestPledgeFilterModel::open(const QString &sample)
{
    Fixture f;
    QString error;
    f.doc =
        Document::create(m_dir.filePath(QString::number(++m_files) + QStringLiteral(".pledges")),
                         TestSupport::samplePlan(sample), &error);
    if (!f.doc)
        qFatal("%s", qPrintable(error));
    f.tree = std::make_unique<PledgeTreeModel>(f.doc.get());
    f.proxy = std::make_unique<PledgeFilterModel>(f.doc.get());
    f.proxy->setSourceModel(f.tree.get());
    f.tester = std::make_unique<QAbstractItemModelTester>(
        f.proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    return f;
}

// The ids of the leaf rows the proxy shows, sorted. Records a failure for a chapter or pledge
// shown with nothing under it.
QList<qint64> TestPledgeFilterModel::visibleRows(const QAbstractItemModel &model)
{
    QList<qint64> ids;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < model.rowCount(parent); ++r) {
            const QModelIndex index = model.index(r, 0, parent);
            const auto kind =
                PledgeTreeModel::NodeKind(index.data(PledgeTreeModel::NodeKindRole).toInt());
            if (kind == PledgeTreeModel::NodeKind::Row) {
                ids.append(index.data(PledgeTreeModel::RowIdRole).toLongLong());
                continue;
            }
            if (kind == PledgeTreeModel::NodeKind::Chapter && model.rowCount(index) == 0)
                QTest::qFail("a chapter is shown with nothing under it", __FILE__, __LINE__);
            walk(index);
        }
    };
    walk({});
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<qint64> TestPledgeFilterModel::rowsWhere(const Plan &plan,
                                               const std::function<bool(const PledgeRow &)> &test)
{
    QList<qint64> ids;
    for (const PledgeRow &row : plan.rows) {
        if (test(row))
            ids.append(row.id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void TestPledgeFilterModel::departmentFilter_data()
{
    QTest::addColumn<QString>("department");
    QTest::newRow("こども支援課") << QStringLiteral("こども支援課");
    QTest::newRow("経営企画課") << QStringLiteral("経営企画課");
    QTest::newRow("高齢者支援課") << QStringLiteral("高齢者支援課");
}

void TestPledgeFilterModel::departmentFilter()
{
    QFETCH(QString, department);
    Fixture f = open(QStringLiteral("tokorozawa"));
    const Plan &plan = f.doc->plan();
    const auto it = std::find_if(plan.departments.cbegin(), plan.departments.cend(),
                                 [&](const Department &d) { return d.name == department; });
    QVERIFY(it != plan.departments.cend());
    const QList<qint64> expected =
        rowsWhere(plan, [&](const PledgeRow &r) { return r.departmentId == it->id; });
    QVERIFY(!expected.isEmpty());
    QSet<qint64> pledges;
    for (const qint64 id : expected)
        pledges.insert(plan.row(id)->pledgeId);

    QSignalSpy changed(f.proxy.get(), &PledgeFilterModel::filterChanged);
    QSignalSpy counted(f.proxy.get(), &PledgeFilterModel::rowCountsChanged);
    RowFilter filter;
    filter.setDepartmentId(it->id);
    f.proxy->setFilter(filter);
    QCOMPARE(f.proxy->filter(), filter);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(counted.size(), 1);
    QCOMPARE(visibleRows(*f.proxy), expected);
    QCOMPARE(f.proxy->rowCount(), pledges.size()); // Tokorozawa: pledges at the top
    QCOMPARE(f.proxy->matchingRowCount(), expected.size());
    QCOMPARE(f.proxy->totalRowCount(), 81);
    f.proxy->setFilter(filter);
    QCOMPARE(changed.size(), 1); // the same filter again changes nothing
}

void TestPledgeFilterModel::textFilterKeepsAncestors_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("rows");
    QTest::newRow("iruma ＤＸ") << QStringLiteral("iruma") << QStringLiteral("ＤＸ") << 4;
    QTest::newRow("iruma 来なくても済む市役所")
        << QStringLiteral("iruma") << QStringLiteral("来なくても済む市役所") << 2;
    QTest::newRow("tokorozawa pta活動")
        << QStringLiteral("tokorozawa") << QStringLiteral("pta活動") << 1;
}

void TestPledgeFilterModel::textFilterKeepsAncestors()
{
    QFETCH(QString, sample);
    QFETCH(QString, text);
    QFETCH(int, rows);
    Fixture f = open(sample);
    RowFilter filter;
    filter.setText(text);
    f.proxy->setFilter(filter);
    const QList<qint64> visible = visibleRows(*f.proxy);
    QCOMPARE(visible.size(), rows);
    QCOMPARE(f.proxy->matchingRowCount(), rows);
    for (const qint64 id : visible) {
        // The row's whole source ancestry maps into the proxy.
        QModelIndex source = f.tree->indexOfRow(id, 0);
        while (source.isValid()) {
            const QModelIndex shown = f.proxy->mapFromSource(source);
            QVERIFY(shown.isValid());
            QCOMPARE(f.proxy->mapToSource(shown.parent()), source.parent());
            source = source.parent();
        }
    }
}

void TestPledgeFilterModel::clearingRestoresEverything_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<int>("rows");
    QTest::newRow("iruma") << QStringLiteral("iruma") << 60;
    QTest::newRow("tokorozawa") << QStringLiteral("tokorozawa") << 81;
}

void TestPledgeFilterModel::clearingRestoresEverything()
{
    QFETCH(QString, sample);
    QFETCH(int, rows);
    Fixture f = open(sample);
    QCOMPARE(visibleRows(*f.proxy).size(), rows);
    QCOMPARE(f.proxy->matchingRowCount(), rows);
    RowFilter filter;
    filter.setText(QStringLiteral("ｘｙｚｚｙ"));
    f.proxy->setFilter(filter);
    QCOMPARE(f.proxy->rowCount(), 0);
    QCOMPARE(f.proxy->matchingRowCount(), 0);
    f.proxy->setFilter(RowFilter());
    QCOMPARE(visibleRows(*f.proxy),
             rowsWhere(f.doc->plan(), [](const PledgeRow &) { return true; }));
    QCOMPARE(f.proxy->rowCount(), f.tree->rowCount());
    QCOMPARE(f.proxy->matchingRowCount(), rows);
    QCOMPARE(f.proxy->totalRowCount(), rows);
}

void TestPledgeFilterModel::statusEditShowsAndHides_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<int>("period"); // position in the plan's periods
    QTest::addColumn<QString>("shown");
    QTest::addColumn<int>("row"); // position in the plan's rows
    QTest::addColumn<QString>("edit");
    QTest::addColumn<int>("before");
    QTest::addColumn<int>("after");
    QTest::newRow("tokorozawa: the only match, in an empty column")
        << QStringLiteral("tokorozawa") << 3 << QStringLiteral("☆") << 40 << QStringLiteral("☆")
        << 0 << 1;
    QTest::newRow("iruma: leaves the A rows") << QStringLiteral("iruma") << 0 << QStringLiteral("A")
                                              << 0 << QStringLiteral("B") << 37 << 36;
    QTest::newRow("iruma: joins the B rows") << QStringLiteral("iruma") << 0 << QStringLiteral("B")
                                             << 0 << QStringLiteral("B") << 19 << 20;
}

void TestPledgeFilterModel::statusEditShowsAndHides()
{
    QFETCH(QString, sample);
    QFETCH(int, period);
    QFETCH(QString, shown);
    QFETCH(int, row);
    QFETCH(QString, edit);
    QFETCH(int, before);
    QFETCH(int, after);
    Fixture f = open(sample);
    const Plan &plan = f.doc->plan();
    const qint64 periodId = plan.periods.at(period).id;
    const qint64 rowId = plan.rows.at(row).id;
    const qint64 shownLevel = plan.periodScale.levelByCode(shown)->id;
    const auto expected = [&] {
        return rowsWhere(plan, [&](const PledgeRow &r) {
            return plan.cell(r.id, periodId).levelId == shownLevel;
        });
    };
    RowFilter filter;
    filter.setStatus({periodId, shownLevel, false});
    f.proxy->setFilter(filter);
    QCOMPARE(visibleRows(*f.proxy).size(), before);
    QCOMPARE(f.proxy->matchingRowCount(), before);

    QSignalSpy counted(f.proxy.get(), &PledgeFilterModel::rowCountsChanged);
    const qint64 oldLevel = plan.cell(rowId, periodId).levelId;
    QVERIFY(
        Editing::setStatus(*f.doc, {{rowId, periodId}}, plan.periodScale.levelByCode(edit)->id));
    QCOMPARE(visibleRows(*f.proxy), expected());
    QCOMPARE(visibleRows(*f.proxy).size(), after);
    QCOMPARE(visibleRows(*f.proxy).contains(rowId), edit == shown);
    QCOMPARE(f.proxy->matchingRowCount(), after);
    QCOMPARE(counted.size(), 1);

    f.doc->undoStack()->undo();
    QCOMPARE(plan.cell(rowId, periodId).levelId, oldLevel);
    QCOMPARE(visibleRows(*f.proxy), expected());
    QCOMPARE(f.proxy->matchingRowCount(), before);
    f.doc->undoStack()->redo();
    QCOMPARE(visibleRows(*f.proxy).size(), after);
}

void TestPledgeFilterModel::textEditShowsRow_data()
{
    QTest::addColumn<QString>("field");
    QTest::newRow("narrative") << QStringLiteral("narrative");
    QTest::newRow("plan") << QStringLiteral("plan");
    QTest::newRow("year goal") << QStringLiteral("goal");
}

void TestPledgeFilterModel::textEditShowsRow()
{
    QFETCH(QString, field);
    Fixture f = open(QStringLiteral("tokorozawa"));
    const Plan &plan = f.doc->plan();
    RowFilter filter;
    filter.setText(QStringLiteral("ｚｅｂｒａ"));
    f.proxy->setFilter(filter);
    QCOMPARE(f.proxy->rowCount(), 0);
    const PledgeRow &row = plan.rows.at(10);
    const qint64 rowId = row.id;
    const QString word = QStringLiteral("Zebra crossing");
    if (field == QStringLiteral("goal")) {
        const int year = plan.periods.first().fiscalYear;
        YearCell cell = plan.yearCell(rowId, year);
        cell.goal += word;
        QVERIFY(Editing::setYearCell(*f.doc, rowId, year, cell));
    } else {
        const qint64 periodId = plan.periods.at(1).id;
        Cell cell = plan.cell(rowId, periodId);
        (field == QStringLiteral("plan") ? cell.plan : cell.narrative) += word;
        QVERIFY(Editing::setCell(*f.doc, rowId, periodId, cell));
    }
    QCOMPARE(visibleRows(*f.proxy), QList<qint64>{rowId});
    QCOMPARE(f.proxy->matchingRowCount(), 1);
    f.doc->undoStack()->undo();
    QCOMPARE(visibleRows(*f.proxy), QList<qint64>{});
    QCOMPARE(f.proxy->matchingRowCount(), 0);
}

void TestPledgeFilterModel::pledgeWithoutRows_data()
{
    QTest::addColumn<bool>("withStatus");
    QTest::addColumn<int>("shown");
    QTest::newRow("text alone shows it") << false << 1;
    QTest::newRow("text and status hide it") << true << 0;
}

void TestPledgeFilterModel::pledgeWithoutRows()
{
    QFETCH(bool, withStatus);
    QFETCH(int, shown);
    Fixture f = open(QStringLiteral("iruma"));
    Pledge pledge;
    pledge.chapterId = f.doc->plan().chapters.at(2).id;
    pledge.number = QStringLiteral("99");
    pledge.title = QStringLiteral("まだ項目のない公約");
    QVERIFY(Editing::addPledge(*f.doc, pledge, 0));
    RowFilter filter;
    filter.setText(QStringLiteral("項目のない"));
    if (withStatus)
        filter.setStatus({f.doc->plan().periods.first().id, 0, true});
    f.proxy->setFilter(filter);
    QCOMPARE(f.proxy->rowCount(), shown); // its chapter
    if (shown) {
        const QModelIndex chapter = f.proxy->index(0, 0);
        QCOMPARE(chapter.siblingAtColumn(PledgeTreeModel::TitleColumn).data().toString(),
                 f.doc->plan().chapters.at(2).title);
        QCOMPARE(f.proxy->rowCount(chapter), 1);
        const QModelIndex shownPledge = f.proxy->index(0, PledgeTreeModel::TitleColumn, chapter);
        QCOMPARE(shownPledge.data().toString(), pledge.title);
    }
    QCOMPARE(visibleRows(*f.proxy), QList<qint64>{});
    QCOMPARE(f.proxy->matchingRowCount(), 0);
}

void TestPledgeFilterModel::structureEditRefilters()
{
    Fixture f = open(QStringLiteral("tokorozawa"));
    const Plan &plan = f.doc->plan();
    const qint64 department = plan.rows.first().departmentId;
    RowFilter filter;
    filter.setDepartmentId(department);
    filter.setText(QStringLiteral("医療費"));
    f.proxy->setFilter(filter);
    const int before = f.proxy->matchingRowCount();
    QVERIFY(before > 0);

    PledgeRow row;
    row.pledgeId = plan.pledges.last().id;
    row.kind = PledgeRow::Kind::Department;
    row.departmentId = department;
    row.content = QStringLiteral("医療費の助成を広げる");
    const qint64 rowId = Editing::addRow(*f.doc, row, 0);
    QVERIFY(rowId);
    QCOMPARE(f.proxy->totalRowCount(), 82);
    QCOMPARE(f.proxy->matchingRowCount(), before + 1);
    QVERIFY(visibleRows(*f.proxy).contains(rowId));
    f.doc->undoStack()->undo();
    QCOMPARE(f.proxy->totalRowCount(), 81);
    QCOMPARE(f.proxy->matchingRowCount(), before);
    QVERIFY(!visibleRows(*f.proxy).contains(rowId));
}

QTEST_GUILESS_MAIN(TestPledgeFilterModel)
#include "tst_pledgefiltermodel.moc"
