#include "commentspane.h"
#include "dialogs/commentdialog.h"
#include "document/document.h"
#include "document/editing.h"
#include "review/reviewcopy.h"
#include "review/reviewmerge.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

// The comments pane on the Tokorozawa sample, driven as a user would: a comment added through
// its dialog, the list filtered by reviewer and state, a comment resolved, a cell marked, and
// a review copy's inherited comments left alone.
class TestCommentsPane : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addCommentThroughTheDialog();
    void addCommentOnTheRow();
    void filterByReviewerAndState();
    void resolveAndReopen();
    void marksToggleOnTheCell();
    void activatingAsksForThePlace();
    void reviewCopyKeepsInheritedComments();
    void withoutDocument();

private:
    // Runs handler on the dialog once it is shown modally.
    void whenDialog(std::function<void(CommentDialog *)> handler);
    void mergeReview(const QString &reviewer, const QStringList &texts);
    void choose(int row);
    QStringList shownTexts() const;

    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_document;
    std::unique_ptr<CommentsPane> m_pane;
    qint64 m_rowId = 0;
    qint64 m_pledgeId = 0;
    qint64 m_periodId = 0;
};

void TestCommentsPane::init()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_document = Document::create(m_dir.filePath(QStringLiteral("plan.pledges")),
                                  TestSupport::samplePlan(QStringLiteral("tokorozawa")), &error);
    QVERIFY2(m_document, qPrintable(error));
    const PledgeRow &row = m_document->plan().rows.at(0);
    m_rowId = row.id;
    m_pledgeId = row.pledgeId;
    m_periodId = m_document->plan().periods.at(0).id;
    m_pane = std::make_unique<CommentsPane>();
    m_pane->setDocument(m_document.get());
    m_pane->setCurrent(m_rowId, m_pledgeId, m_periodId);
    m_pane->resize(800, 500);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void TestCommentsPane::cleanup()
{
    m_pane.reset();
    m_document.reset();
    for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files))
        QFile::remove(m_dir.filePath(name));
}

void TestCommentsPane::whenDialog(std::function<void(CommentDialog *)> handler)
{
    auto poll = std::make_shared<std::function<void()>>();
    *poll = [handler, poll] {
        if (auto *dialog = qobject_cast<CommentDialog *>(QApplication::activeModalWidget()))
            handler(dialog);
        else
            QTimer::singleShot(20, *poll);
    };
    QTimer::singleShot(0, *poll);
}

void TestCommentsPane::mergeReview(const QString &reviewer, const QStringList &texts)
{
    const QString path = m_dir.filePath(reviewer + QStringLiteral(".pledges"));
    QString error;
    QVERIFY2(ReviewCopy::write(*m_document, reviewer, path, &error), qPrintable(error));
    {
        auto copy = Document::open(path, Document::Access::ReadWrite, &error);
        QVERIFY2(copy, qPrintable(error));
        for (const QString &text : texts) {
            ReviewComment c;
            c.rowId = m_rowId;
            c.periodId = m_periodId;
            c.text = text;
            QVERIFY(!Editing::addComment(*copy, c).isEmpty());
        }
    }
    QVERIFY2(ReviewMerge::merge(*m_document, path, &error), qPrintable(error));
}

void TestCommentsPane::choose(int row)
{
    QTreeView *list = m_pane->list();
    const QRect rect = list->visualRect(list->model()->index(row, 0));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
}

QStringList TestCommentsPane::shownTexts() const
{
    QStringList texts;
    const QAbstractItemModel *model = m_pane->list()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        texts << model->index(row, CommentsModel::TextColumn).data().toString();
    return texts;
}

void TestCommentsPane::addCommentThroughTheDialog()
{
    QVERIFY(m_pane->addButton()->isEnabled());
    whenDialog([](CommentDialog *dialog) {
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // nothing typed yet
        QTest::keyClicks(dialog->textEdit(), QStringLiteral("<i>Source</i>?"));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QTest::mouseClick(m_pane->addButton(), Qt::LeftButton);
    QCOMPARE(m_document->comments().size(), 1);
    const ReviewComment c = m_document->comments().first();
    QCOMPARE(c.text, QStringLiteral("<i>Source</i>?"));
    QCOMPARE(c.target(), ReviewComment::Target::Cell);
    QCOMPARE(c.rowId, m_rowId);
    QCOMPARE(c.periodId, m_periodId);
    QCOMPARE(c.reviewer, Document::currentUser());
    QCOMPARE(m_document->undoStack()->count(), 1);
    QCOMPARE(shownTexts(), QStringList{c.text});
    QCOMPARE(m_pane->list()->currentIndex().row(), 0);
    QVERIFY(m_pane->resolveButton()->isEnabled());
    QVERIFY2(m_pane->summary().startsWith(QStringLiteral("1 open")), qPrintable(m_pane->summary()));

    // Cancelled: nothing added.
    whenDialog([](CommentDialog *dialog) {
        QTest::keyClicks(dialog->textEdit(), QStringLiteral("never mind"));
        dialog->reject();
    });
    QTest::mouseClick(m_pane->addButton(), Qt::LeftButton);
    QCOMPARE(m_document->comments().size(), 1);
}

void TestCommentsPane::addCommentOnTheRow()
{
    whenDialog([](CommentDialog *dialog) {
        auto *row = dialog->findChild<QRadioButton *>(QStringLiteral("rowRadio"));
        QTest::mouseClick(row, Qt::LeftButton, {}, QPoint(6, row->height() / 2));
        QVERIFY(row->isChecked());
        QTest::keyClicks(dialog->textEdit(), QStringLiteral("whole row"));
        dialog->accept();
    });
    QTest::mouseClick(m_pane->addButton(), Qt::LeftButton);
    QCOMPARE(m_document->comments().size(), 1);
    QCOMPARE(m_document->comments().first().target(), ReviewComment::Target::Row);
    QCOMPARE(m_document->comments().first().rowId, m_rowId);
}

void TestCommentsPane::filterByReviewerAndState()
{
    mergeReview(QStringLiteral("佐藤"), {QStringLiteral("一"), QStringLiteral("二")});
    mergeReview(QStringLiteral("鈴木"), {QStringLiteral("三")});
    QCOMPARE(shownTexts(),
             (QStringList{QStringLiteral("一"), QStringLiteral("二"), QStringLiteral("三")}));
    QComboBox *reviewers = m_pane->reviewerFilter();
    QCOMPARE(reviewers->count(), 3); // everyone, 佐藤, 鈴木
    reviewers->setCurrentIndex(reviewers->findText(QStringLiteral("鈴木")));
    QCOMPARE(shownTexts(), QStringList{QStringLiteral("三")});
    reviewers->setCurrentIndex(reviewers->findText(QStringLiteral("佐藤")));
    QCOMPARE(shownTexts(), (QStringList{QStringLiteral("一"), QStringLiteral("二")}));

    choose(0);
    QTest::mouseClick(m_pane->resolveButton(), Qt::LeftButton);
    m_pane->stateFilter()->setCurrentIndex(1); // open
    QCOMPARE(shownTexts(), QStringList{QStringLiteral("二")});
    m_pane->stateFilter()->setCurrentIndex(2); // resolved
    QCOMPARE(shownTexts(), QStringList{QStringLiteral("一")});
    reviewers->setCurrentIndex(0);
    m_pane->stateFilter()->setCurrentIndex(1);
    QCOMPARE(shownTexts(), (QStringList{QStringLiteral("二"), QStringLiteral("三")}));
}

void TestCommentsPane::resolveAndReopen()
{
    mergeReview(QStringLiteral("佐藤"), {QStringLiteral("一")});
    QVERIFY(!m_pane->resolveButton()->isEnabled()); // nothing chosen
    choose(0);
    QCOMPARE(m_pane->resolveButton()->text(), QStringLiteral("Resolve"));
    QTest::mouseClick(m_pane->resolveButton(), Qt::LeftButton);
    const ReviewComment c = m_document->comments().first();
    QVERIFY(c.isResolved());
    QCOMPARE(c.resolvedBy, Document::currentUser());
    QCOMPARE(m_pane->list()->currentIndex().row(), 0); // still chosen after the change
    QCOMPARE(m_pane->resolveButton()->text(), QStringLiteral("Reopen"));
    QCOMPARE(m_pane->list()->model()->index(0, CommentsModel::StateColumn).data().toString(),
             QStringLiteral("resolved"));
    QTest::mouseClick(m_pane->resolveButton(), Qt::LeftButton);
    QVERIFY(!m_document->comments().first().isResolved());
    QCOMPARE(m_document->undoStack()->count(), 3); // the merge, resolve, reopen

    QTest::mouseClick(m_pane->deleteButton(), Qt::LeftButton);
    QVERIFY(m_document->comments().isEmpty());
    m_document->undoStack()->undo();
    QCOMPARE(m_document->comments().size(), 1);
}

void TestCommentsPane::marksToggleOnTheCell()
{
    QPushButton *looksRight = m_pane->looksRightButton();
    QVERIFY(looksRight->isEnabled());
    QVERIFY(!looksRight->isChecked());
    QTest::mouseClick(looksRight, Qt::LeftButton);
    QCOMPARE(m_document->comments().size(), 1);
    QCOMPARE(m_document->comments().first().mark, ReviewComment::Mark::LooksRight);
    QVERIFY(looksRight->isChecked());
    QTest::mouseClick(m_pane->needsRevisionButton(), Qt::LeftButton);
    QCOMPARE(m_document->comments().size(), 1);
    QCOMPARE(m_document->comments().first().mark, ReviewComment::Mark::NeedsRevision);
    QVERIFY(!looksRight->isChecked());
    QVERIFY(m_pane->needsRevisionButton()->isChecked());
    QTest::mouseClick(m_pane->needsRevisionButton(), Qt::LeftButton);
    QVERIFY(m_document->comments().isEmpty());

    // A row without a period is no cell to mark.
    m_pane->setCurrent(m_rowId, m_pledgeId, 0);
    QVERIFY(!looksRight->isEnabled());
    QVERIFY(m_pane->addButton()->isEnabled());
    m_pane->setCurrent(0, 0, 0);
    QVERIFY(!m_pane->addButton()->isEnabled());
}

void TestCommentsPane::activatingAsksForThePlace()
{
    mergeReview(QStringLiteral("佐藤"), {QStringLiteral("一")});
    QSignalSpy cells(m_pane.get(), &CommentsPane::cellRequested);
    choose(0);
    QTest::keyClick(m_pane->list(), Qt::Key_Return);
    QVERIFY(!cells.isEmpty());
    QCOMPARE(cells.last().at(0).toLongLong(), m_rowId);
    QCOMPARE(cells.last().at(1).toLongLong(), m_periodId);
}

void TestCommentsPane::reviewCopyKeepsInheritedComments()
{
    ReviewComment office;
    office.pledgeId = m_pledgeId;
    office.text = QStringLiteral("前回の指摘");
    QVERIFY(!Editing::addComment(*m_document, office).isEmpty());
    const QString path = m_dir.filePath(QStringLiteral("review.pledges"));
    QString error;
    QVERIFY2(ReviewCopy::write(*m_document, QStringLiteral("佐藤"), path, &error),
             qPrintable(error));
    auto copy = Document::open(path, Document::Access::ReadWrite, &error);
    QVERIFY2(copy, qPrintable(error));
    m_pane->setDocument(copy.get());
    m_pane->setCurrent(m_rowId, m_pledgeId, m_periodId);
    QVERIFY2(m_pane->summary().contains(QStringLiteral("佐藤's review copy")),
             qPrintable(m_pane->summary()));
    choose(0);
    QVERIFY(!m_pane->resolveButton()->isEnabled());
    QVERIFY(!m_pane->deleteButton()->isEnabled());
    QVERIFY(!m_pane->editButton()->isEnabled());
    QVERIFY(m_pane->addButton()->isEnabled());
    QTest::mouseClick(m_pane->needsRevisionButton(), Qt::LeftButton);
    QCOMPARE(copy->comments().size(), 2);
    QCOMPARE(copy->comments().last().reviewer, QStringLiteral("佐藤"));
    choose(1);
    QVERIFY(m_pane->deleteButton()->isEnabled());
    m_pane->setDocument(m_document.get());
}

void TestCommentsPane::withoutDocument()
{
    m_pane->setDocument(nullptr);
    QCOMPARE(m_pane->summary(), QStringLiteral("No plan is open."));
    QVERIFY(!m_pane->addButton()->isEnabled());
    QVERIFY(!m_pane->looksRightButton()->isEnabled());
    QCOMPARE(m_pane->list()->model()->rowCount(), 0);
    m_pane->setDocument(m_document.get());
    m_document.reset(); // the pane lets go of a closed plan
    QCOMPARE(m_pane->summary(), QStringLiteral("No plan is open."));
}

QTEST_MAIN(TestCommentsPane)
#include "tst_commentspane.moc"
