#include "document/document.h"
#include "document/editing.h"
#include "models/commentsmodel.h"
#include "review/reviewcopy.h"
#include "review/reviewmerge.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>

// The comments list over the Tokorozawa sample with two reviewers' merged reviews and an
// office comment: what each reviewer and state filter leaves, and what a line says.
class TestCommentsModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void filters_data();
    void filters();
    void linesSayWhereAndWhat();
    void followsChanges();
    void tooltipsArePlainText();

private:
    void review(const QString &reviewer, const QStringList &texts);

    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_plan;
};

void TestCommentsModel::review(const QString &reviewer, const QStringList &texts)
{
    const QString path = m_dir.filePath(reviewer + QStringLiteral(".pledges"));
    QString error;
    QVERIFY2(ReviewCopy::write(*m_plan, reviewer, path, &error), qPrintable(error));
    auto copy = Document::open(path, Document::Access::ReadWrite, &error);
    QVERIFY2(copy, qPrintable(error));
    for (int i = 0; i < texts.size(); ++i) {
        ReviewComment c;
        c.rowId = copy->plan().rows.at(i).id;
        c.periodId = copy->plan().periods.at(0).id;
        c.text = texts.at(i);
        QVERIFY(!Editing::addComment(*copy, c).isEmpty());
    }
    copy.reset();
    QVERIFY2(ReviewMerge::merge(*m_plan, path, &error), qPrintable(error));
}

void TestCommentsModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_plan = Document::create(m_dir.filePath(QStringLiteral("plan.pledges")),
                              TestSupport::samplePlan(QStringLiteral("tokorozawa")), &error);
    QVERIFY2(m_plan, qPrintable(error));
    review(QStringLiteral("佐藤"),
           {QStringLiteral("一"), QStringLiteral("二"), QStringLiteral("三")});
    review(QStringLiteral("鈴木"), {QStringLiteral("四"), QStringLiteral("五")});
    QVERIFY(Editing::resolveComment(*m_plan, m_plan->comments().at(1).uid));
    QVERIFY(Editing::resolveComment(*m_plan, m_plan->comments().at(3).uid));
}

void TestCommentsModel::filters_data()
{
    QTest::addColumn<QString>("reviewer");
    QTest::addColumn<CommentsModel::State>("state");
    QTest::addColumn<QStringList>("texts");
    const QString sato = QStringLiteral("佐藤");
    const QString suzuki = QStringLiteral("鈴木");
    using S = CommentsModel::State;
    QTest::newRow("all") << QString() << S::Any
                         << QStringList{QStringLiteral("一"), QStringLiteral("二"),
                                        QStringLiteral("三"), QStringLiteral("四"),
                                        QStringLiteral("五")};
    QTest::newRow("open") << QString() << S::Open
                          << QStringList{QStringLiteral("一"), QStringLiteral("三"),
                                         QStringLiteral("五")};
    QTest::newRow("resolved") << QString() << S::Resolved
                              << QStringList{QStringLiteral("二"), QStringLiteral("四")};
    QTest::newRow("佐藤") << sato << S::Any
                          << QStringList{QStringLiteral("一"), QStringLiteral("二"),
                                         QStringLiteral("三")};
    QTest::newRow("鈴木 open") << suzuki << S::Open << QStringList{QStringLiteral("五")};
    QTest::newRow("nobody") << QStringLiteral("田中") << S::Any << QStringList();
}

void TestCommentsModel::filters()
{
    QFETCH(QString, reviewer);
    QFETCH(CommentsModel::State, state);
    QFETCH(QStringList, texts);
    CommentsModel model(m_plan.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReviewerFilter(reviewer);
    model.setStateFilter(state);
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown << model.index(row, CommentsModel::TextColumn).data().toString();
    QCOMPARE(shown, texts);
    QCOMPARE(model.reviewers(), (QStringList{QStringLiteral("佐藤"), QStringLiteral("鈴木")}));
}

void TestCommentsModel::linesSayWhereAndWhat()
{
    CommentsModel model(m_plan.get());
    model.setJapaneseLabels(true);
    const Plan &plan = m_plan->plan();
    const Pledge *pledge = plan.pledge(plan.rows.at(0).pledgeId);
    const QString where = model.index(0, CommentsModel::WhereColumn).data().toString();
    QVERIFY2(where.startsWith(QStringLiteral("Pledge %1").arg(pledge->number)), qPrintable(where));
    QVERIFY2(where.endsWith(plan.periods.at(0).label(true, plan.info.fiscalYearStartMonth)),
             qPrintable(where));
    QCOMPARE(model.index(0, CommentsModel::ReviewerColumn).data().toString(),
             QStringLiteral("佐藤"));
    QCOMPARE(model.index(0, CommentsModel::StateColumn).data().toString(), QStringLiteral("open"));
    QCOMPARE(model.index(1, CommentsModel::StateColumn).data().toString(),
             QStringLiteral("resolved"));
    QCOMPARE(model.index(0, 0).data(CommentsModel::RowIdRole).toLongLong(), plan.rows.at(0).id);
    QCOMPARE(model.index(0, 0).data(CommentsModel::PeriodIdRole).toLongLong(),
             plan.periods.at(0).id);
    QCOMPARE(model.index(1, 0).data(CommentsModel::ResolvedRole).toBool(), true);
}

void TestCommentsModel::followsChanges()
{
    CommentsModel model(m_plan.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStateFilter(CommentsModel::State::Open);
    const int open = model.rowCount();
    ReviewComment c;
    c.pledgeId = m_plan->plan().pledges.at(0).id;
    c.text = QStringLiteral("事務局メモ");
    const QString uid = Editing::addComment(*m_plan, c);
    QCOMPARE(model.rowCount(), open + 1);
    QVERIFY(model.rowOf(uid) >= 0);
    QCOMPARE(model.reviewers().size(), 3);
    QVERIFY(Editing::resolveComment(*m_plan, uid));
    QCOMPARE(model.rowOf(uid), -1);
    m_plan->undoStack()->undo();
    m_plan->undoStack()->undo();
    QCOMPARE(model.rowCount(), open);
    QCOMPARE(model.reviewers().size(), 2);
}

void TestCommentsModel::tooltipsArePlainText()
{
    ReviewComment c;
    c.pledgeId = m_plan->plan().pledges.at(0).id;
    c.text = QStringLiteral("<b>太字</b> & <img src=x>");
    const QString uid = Editing::addComment(*m_plan, c);
    CommentsModel model(m_plan.get());
    const QModelIndex text = model.index(model.rowOf(uid), CommentsModel::TextColumn);
    QCOMPARE(text.data().toString(), c.text);
    const QString tip = text.data(Qt::ToolTipRole).toString();
    QVERIFY2(!tip.contains(QStringLiteral("<b>")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("&lt;b&gt;")), qPrintable(tip));
    m_plan->undoStack()->undo();
}

QTEST_GUILESS_MAIN(TestCommentsModel)
#include "tst_commentsmodel.moc"
