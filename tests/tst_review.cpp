#include "document/document.h"
#include "document/editing.h"
#include "models/pledgetreemodel.h"
#include "review/reviewcopy.h"
#include "review/reviewmerge.h"
#include "review/reviewrules.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>

// Offline review on the Tokorozawa sample: a review copy refuses plan edits and takes comments
// and marks; merging it into the plan adds those once, changes nothing of the plan's data, and
// refuses a copy of another plan.
class TestReview : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void reviewCopyRefusesPlanEdits();
    void reviewCopyTakesCommentsAsUndoSteps();
    void mergeAddsOnceAndLeavesPlanData();
    void mergeIsOneUndoStep();
    void copyOfAnotherPlanIsRefused();
    void planCopyIsNotAReview();
    void commentsInheritedByTheCopyStayAsTheyWere();
    void resolvedInThePlan();
    void markChangesAndGoes();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    std::unique_ptr<Document> openCopy(const QString &reviewer, const QString &name);
    // One comment on a cell, a row and a pledge each, and two marks.
    void reviewFiveThings(Document &copy);

    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_plan;
};

void TestReview::init()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_plan = Document::create(path(QStringLiteral("tokorozawa.pledges")),
                              TestSupport::samplePlan(QStringLiteral("tokorozawa")), &error);
    QVERIFY2(m_plan, qPrintable(error));
}

void TestReview::cleanup()
{
    m_plan.reset();
    for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files))
        QFile::remove(m_dir.filePath(name));
}

std::unique_ptr<Document> TestReview::openCopy(const QString &reviewer, const QString &name)
{
    QString error;
    if (!ReviewCopy::write(*m_plan, reviewer, path(name), &error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    auto copy = Document::open(path(name), Document::Access::ReadWrite, &error);
    if (!copy)
        qWarning("%s", qPrintable(error));
    return copy;
}

void TestReview::reviewFiveThings(Document &copy)
{
    const Plan &plan = copy.plan();
    ReviewComment onCell;
    onCell.rowId = plan.rows.at(0).id;
    onCell.periodId = plan.periods.at(0).id;
    onCell.text = QStringLiteral("状況と評価が合っていません");
    ReviewComment onRow;
    onRow.rowId = plan.rows.at(1).id;
    onRow.text = QStringLiteral("担当課を確認してください");
    ReviewComment onPledge;
    onPledge.pledgeId = plan.pledges.at(2).id;
    onPledge.text = QStringLiteral("<b>目標</b>の表現");
    QVERIFY(!Editing::addComment(copy, onCell).isEmpty());
    QVERIFY(!Editing::addComment(copy, onRow).isEmpty());
    QVERIFY(!Editing::addComment(copy, onPledge).isEmpty());
    QVERIFY(
        Editing::setMark(copy, onCell.rowId, onCell.periodId, ReviewComment::Mark::NeedsRevision));
    QVERIFY(Editing::setMark(copy, plan.rows.at(2).id, plan.periods.at(1).id,
                             ReviewComment::Mark::LooksRight));
}

void TestReview::reviewCopyRefusesPlanEdits()
{
    auto copy = openCopy(QStringLiteral("佐藤"), QStringLiteral("review.pledges"));
    QVERIFY(copy);
    QCOMPARE(copy->reviewer(), QStringLiteral("佐藤"));
    QVERIFY(!copy->isReadOnly());
    QVERIFY(!copy->canEditPlan());
    QVERIFY(m_plan->canEditPlan());
    QVERIFY(m_plan->reviewer().isEmpty());

    PledgeTreeModel model(copy.get());
    const QModelIndex firstCell =
        model.indexOfRow(copy->plan().rows.at(0).id, PledgeTreeModel::FirstPeriodColumn);
    QVERIFY(!(firstCell.flags() & Qt::ItemIsEditable));

    const Plan before = copy->plan();
    const QByteArray bytes = TestSupport::fileBytes(path(QStringLiteral("review.pledges")));
    QSignalSpy refused(copy.get(), &Document::writeFailed);
    const PledgeRow row = before.rows.at(0);
    Cell cell = before.cell(row.id, before.periods.at(0).id);
    cell.narrative = QStringLiteral("書き換え");
    QVERIFY(!Editing::setCell(*copy, row.id, before.periods.at(0).id, cell));
    PlanInfo info = before.info;
    info.title = QStringLiteral("別の計画");
    QVERIFY(!Editing::setPlanInfo(*copy, info));
    QVERIFY(!Editing::deleteRow(*copy, row.id));
    QCOMPARE(Editing::addPledge(*copy, Pledge{}, 0), 0);
    QVERIFY(!refused.isEmpty());
    const QString message = refused.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("佐藤's review copy")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("add a comment instead")), qPrintable(message));
    QCOMPARE(copy->undoStack()->count(), 0);
    QCOMPARE(copy->plan(), before);
    QCOMPARE(TestSupport::fileBytes(path(QStringLiteral("review.pledges"))), bytes);
    QCOMPARE(TestSupport::reloadFromDisk(path(QStringLiteral("review.pledges"))), before);
}

void TestReview::reviewCopyTakesCommentsAsUndoSteps()
{
    auto copy = openCopy(QStringLiteral("佐藤"), QStringLiteral("review.pledges"));
    QVERIFY(copy);
    QSignalSpy changed(copy.get(), &Document::commentsChanged);
    reviewFiveThings(*copy);
    QCOMPARE(copy->comments().size(), 5);
    QCOMPARE(copy->undoStack()->count(), 5);
    QVERIFY(changed.count() >= 5);
    for (const ReviewComment &c : copy->comments()) {
        QCOMPARE(c.reviewer, QStringLiteral("佐藤"));
        QVERIFY(!c.uid.isEmpty());
        QVERIFY(c.createdAt.isValid());
        QVERIFY(ReviewRules::canChange(*copy, c));
    }
    const QList<ReviewComment::Target> targets = {
        ReviewComment::Target::Cell, ReviewComment::Target::Row, ReviewComment::Target::Pledge};
    for (int i = 0; i < targets.size(); ++i)
        QCOMPARE(copy->comments().at(i).target(), targets.at(i));

    copy->undoStack()->undo();
    QCOMPARE(copy->comments().size(), 4);
    copy->undoStack()->redo();
    QCOMPARE(copy->comments().size(), 5);
    const QString uid = copy->comments().at(1).uid;
    QVERIFY(Editing::editComment(*copy, uid, QStringLiteral("担当課は？")));
    QVERIFY(Editing::deleteComment(*copy, copy->comments().at(2).uid));
    QCOMPARE(copy->comments().size(), 4);
    copy->undoStack()->undo();
    copy->undoStack()->undo();
    QCOMPARE(copy->comments().at(1).text, QStringLiteral("担当課を確認してください"));
    QCOMPARE(copy->comments().size(), 5);
    const QList<ReviewComment> shown = copy->comments();
    copy.reset();
    QString error;
    copy =
        Document::open(path(QStringLiteral("review.pledges")), Document::Access::ReadOnly, &error);
    QVERIFY2(copy, qPrintable(error));
    QCOMPARE(copy->comments(), shown);
}

void TestReview::mergeAddsOnceAndLeavesPlanData()
{
    {
        auto copy = openCopy(QStringLiteral("佐藤"), QStringLiteral("review.pledges"));
        QVERIFY(copy);
        reviewFiveThings(*copy);
    }
    const Plan before = m_plan->plan();
    const QList<HistoryEntry> history = m_plan->allHistory();
    QString error;
    auto result = ReviewMerge::merge(*m_plan, path(QStringLiteral("review.pledges")), &error);
    QVERIFY2(result, qPrintable(error));
    QCOMPARE(result->reviewer, QStringLiteral("佐藤"));
    QCOMPARE(result->added, 5);
    QCOMPARE(result->comments, 3);
    QCOMPARE(result->marks, 2);
    QCOMPARE(ReviewMerge::summary(*result),
             QStringLiteral("佐藤's review: 3 comment(s) and 2 mark(s) added."));
    QCOMPARE(m_plan->comments().size(), 5);
    QCOMPARE(m_plan->comments().at(2).text, QStringLiteral("<b>目標</b>の表現"));
    QCOMPARE(m_plan->plan(), before);
    QCOMPARE(TestSupport::reloadFromDisk(m_plan->filePath()), before);
    QCOMPARE(m_plan->allHistory().size(), history.size());

    // Twice: nothing new, and no undo step for nothing.
    result = ReviewMerge::merge(*m_plan, path(QStringLiteral("review.pledges")), &error);
    QVERIFY2(result, qPrintable(error));
    QCOMPARE(result->added, 0);
    QCOMPARE(ReviewMerge::summary(*result), QStringLiteral("佐藤's review: nothing new to merge."));
    QCOMPARE(m_plan->comments().size(), 5);
    QCOMPARE(m_plan->undoStack()->count(), 1);

    // And again after the plan was closed and opened: the file knows what it has.
    const QString planPath = m_plan->filePath();
    m_plan.reset();
    m_plan = Document::open(planPath, Document::Access::ReadWrite, &error);
    QVERIFY2(m_plan, qPrintable(error));
    result = ReviewMerge::merge(*m_plan, path(QStringLiteral("review.pledges")), &error);
    QVERIFY2(result, qPrintable(error));
    QCOMPARE(result->added, 0);
    QCOMPARE(m_plan->comments().size(), 5);
    QCOMPARE(m_plan->plan(), before);
}

void TestReview::mergeIsOneUndoStep()
{
    {
        auto copy = openCopy(QStringLiteral("佐藤"), QStringLiteral("review.pledges"));
        QVERIFY(copy);
        reviewFiveThings(*copy);
    }
    QString error;
    QVERIFY2(ReviewMerge::merge(*m_plan, path(QStringLiteral("review.pledges")), &error),
             qPrintable(error));
    QCOMPARE(m_plan->undoStack()->count(), 1);
    QCOMPARE(m_plan->undoStack()->undoText(), QStringLiteral("Merge 佐藤's review"));
    m_plan->undoStack()->undo();
    QVERIFY(m_plan->comments().isEmpty());
    m_plan->undoStack()->redo();
    QCOMPARE(m_plan->comments().size(), 5);
}

void TestReview::copyOfAnotherPlanIsRefused()
{
    // The same sample made into a second plan file is another plan.
    QString error;
    auto other = Document::create(path(QStringLiteral("other.pledges")),
                                  TestSupport::samplePlan(QStringLiteral("tokorozawa")), &error);
    QVERIFY2(other, qPrintable(error));
    QVERIFY2(ReviewCopy::write(*other, QStringLiteral("鈴木"),
                               path(QStringLiteral("other-r.pledges")), &error),
             qPrintable(error));
    auto copy = Document::open(path(QStringLiteral("other-r.pledges")), Document::Access::ReadWrite,
                               &error);
    QVERIFY2(copy, qPrintable(error));
    ReviewComment comment;
    comment.pledgeId = copy->plan().pledges.first().id;
    comment.text = QStringLiteral("確認");
    QVERIFY(!Editing::addComment(*copy, comment).isEmpty());
    copy.reset();

    const QByteArray bytes = TestSupport::fileBytes(m_plan->filePath());
    QVERIFY(!ReviewMerge::merge(*m_plan, path(QStringLiteral("other-r.pledges")), &error));
    QVERIFY2(error.contains(QStringLiteral("review copy of another plan")), qPrintable(error));
    QVERIFY(m_plan->comments().isEmpty());
    QCOMPARE(m_plan->undoStack()->count(), 0);
    QCOMPARE(TestSupport::fileBytes(m_plan->filePath()), bytes);
}

void TestReview::planCopyIsNotAReview()
{
    QString error;
    QVERIFY(m_plan->saveCopy(path(QStringLiteral("copy.pledges")), &error));
    QVERIFY(!ReviewMerge::merge(*m_plan, path(QStringLiteral("copy.pledges")), &error));
    QVERIFY2(error.contains(QStringLiteral("not a review copy")), qPrintable(error));

    // Nor is a review copy a place to merge into, or to make review copies from.
    auto copy = openCopy(QStringLiteral("佐藤"), QStringLiteral("review.pledges"));
    QVERIFY(copy);
    QVERIFY(!ReviewMerge::merge(*copy, path(QStringLiteral("review.pledges")), &error));
    QVERIFY(!ReviewCopy::write(*copy, QStringLiteral("鈴木"), path(QStringLiteral("r2.pledges")),
                               &error));
    QVERIFY(!ReviewCopy::write(*m_plan, QStringLiteral("  "), path(QStringLiteral("r3.pledges")),
                               &error));
    QVERIFY(!QFile::exists(path(QStringLiteral("r2.pledges"))));
    QVERIFY(!QFile::exists(path(QStringLiteral("r3.pledges"))));
}

// The office's earlier comments travel with the copy for the reviewer to read; they are not
// the reviewer's to change, and merging does not bring them twice.
void TestReview::commentsInheritedByTheCopyStayAsTheyWere()
{
    ReviewComment office;
    office.rowId = m_plan->plan().rows.at(3).id;
    office.text = QStringLiteral("前回の指摘");
    const QString uid = Editing::addComment(*m_plan, office);
    QVERIFY(!uid.isEmpty());
    QCOMPARE(m_plan->comments().first().reviewer, Document::currentUser());

    auto copy = openCopy(QStringLiteral("佐藤"), QStringLiteral("review.pledges"));
    QVERIFY(copy);
    QCOMPARE(copy->comments().size(), 1);
    QVERIFY(!ReviewRules::canChange(*copy, copy->comments().first()));
    QVERIFY(!Editing::editComment(*copy, uid, QStringLiteral("消す")));
    QVERIFY(!Editing::resolveComment(*copy, uid));
    QVERIFY(!Editing::deleteComment(*copy, uid));
    ReviewComment reply = office;
    reply.text = QStringLiteral("直りました");
    QVERIFY(!Editing::addComment(*copy, reply).isEmpty());
    QVERIFY(ReviewRules::canChange(*copy, copy->comments().last()));
    copy.reset();

    QString error;
    const auto result = ReviewMerge::merge(*m_plan, path(QStringLiteral("review.pledges")), &error);
    QVERIFY2(result, qPrintable(error));
    QCOMPARE(result->added, 1);
    QCOMPARE(m_plan->comments().size(), 2);
    QCOMPARE(m_plan->comments().first().text, QStringLiteral("前回の指摘"));
}

void TestReview::resolvedInThePlan()
{
    {
        auto copy = openCopy(QStringLiteral("佐藤"), QStringLiteral("review.pledges"));
        QVERIFY(copy);
        reviewFiveThings(*copy);
    }
    QString error;
    QVERIFY2(ReviewMerge::merge(*m_plan, path(QStringLiteral("review.pledges")), &error),
             qPrintable(error));
    const ReviewComment first = m_plan->comments().first();
    QVERIFY(ReviewRules::canChange(*m_plan, first));
    QVERIFY(Editing::resolveComment(*m_plan, first.uid));
    const ReviewComment resolved = m_plan->comments().first();
    QVERIFY(resolved.isResolved());
    QCOMPARE(resolved.resolvedBy, Document::currentUser());
    QCOMPARE(resolved.text, first.text);
    QVERIFY(ReviewRules::openOnCell(*m_plan, first.rowId, first.periodId).size() == 1);
    QVERIFY(Editing::resolveComment(*m_plan, first.uid, false));
    QVERIFY(!m_plan->comments().first().isResolved());
    m_plan->undoStack()->undo();
    QVERIFY(m_plan->comments().first().isResolved());

    // Merging the review again does not reopen what the office resolved.
    const auto again = ReviewMerge::merge(*m_plan, path(QStringLiteral("review.pledges")), &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->added, 0);
    QVERIFY(m_plan->comments().first().isResolved());
}

void TestReview::markChangesAndGoes()
{
    auto copy = openCopy(QStringLiteral("佐藤"), QStringLiteral("review.pledges"));
    QVERIFY(copy);
    const qint64 rowId = copy->plan().rows.at(0).id;
    const qint64 periodId = copy->plan().periods.at(0).id;
    QVERIFY(Editing::setMark(*copy, rowId, periodId, ReviewComment::Mark::LooksRight));
    QVERIFY(Editing::setMark(*copy, rowId, periodId, ReviewComment::Mark::NeedsRevision));
    QCOMPARE(copy->comments().size(), 1);
    QCOMPARE(ReviewRules::markOfCell(ReviewRules::openOnCell(*copy, rowId, periodId)),
             ReviewComment::Mark::NeedsRevision);
    QVERIFY(Editing::setMark(*copy, rowId, periodId, ReviewComment::Mark::None));
    QVERIFY(copy->comments().isEmpty());
    QCOMPARE(copy->undoStack()->count(), 3);
    QVERIFY(Editing::setMark(*copy, rowId, periodId, ReviewComment::Mark::None));
    QCOMPARE(copy->undoStack()->count(), 3);
}

QTEST_GUILESS_MAIN(TestReview)
#include "tst_review.moc"
