#include "document/document.h"
#include "document/editing.h"
#include "reviewactions.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

// File ▸ Review Copy and File ▸ Merge Review as a user meets them: the reviewer's name asked,
// the file dialog, the status message with what was merged, and refusals as errors.
class TestReviewActions : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void reviewCopyThroughTheDialogs();
    void mergeThroughTheFileDialogTwice();
    void mergingAPlanIsAnError();
    void enabledOnlyForAPlan();

private:
    // Runs handler on the next modal widget of type T once it is shown.
    template <typename T> void whenModal(std::function<void(T *)> handler);
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_document;
    std::unique_ptr<QWidget> m_window;
    ReviewActions *m_actions = nullptr;
    int m_prepared = 0;
};

void TestReviewActions::init()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_document = Document::create(path(QStringLiteral("tokorozawa.pledges")),
                                  TestSupport::samplePlan(QStringLiteral("tokorozawa")), &error);
    QVERIFY2(m_document, qPrintable(error));
    m_window = std::make_unique<QWidget>();
    m_prepared = 0;
    m_actions = new ReviewActions(m_window.get(), [this] { ++m_prepared; });
    m_actions->setDocument(m_document.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestReviewActions::cleanup()
{
    m_window.reset();
    m_document.reset();
    for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files))
        QFile::remove(m_dir.filePath(name));
}

template <typename T> void TestReviewActions::whenModal(std::function<void(T *)> handler)
{
    auto poll = std::make_shared<std::function<void()>>();
    *poll = [handler, poll] {
        if (auto *widget = qobject_cast<T *>(QApplication::activeModalWidget()))
            handler(widget);
        else
            QTimer::singleShot(20, *poll);
    };
    QTimer::singleShot(0, *poll);
}

void TestReviewActions::reviewCopyThroughTheDialogs()
{
    const QString copy = path(QStringLiteral("for-sato.pledges"));
    QString suggested;
    whenModal<QInputDialog>([this, copy, &suggested](QInputDialog *ask) {
        whenModal<QFileDialog>([copy, &suggested](QFileDialog *files) {
            suggested = files->selectedFiles().value(0);
            files->selectFile(copy);
            QTest::keyClick(files, Qt::Key_Return);
        });
        auto *name = ask->findChild<QLineEdit *>();
        QTest::keyClicks(name, QStringLiteral("  Sato "));
        QTest::keyClick(name, Qt::Key_Return);
    });
    QSignalSpy status(m_actions, &ReviewActions::statusMessage);
    QSignalSpy errors(m_actions, &ReviewActions::errorOccurred);
    m_actions->reviewCopyAction->trigger();
    QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).value(0).toString()));
    QCOMPARE(status.size(), 1);
    QVERIFY2(suggested.endsWith(QStringLiteral("tokorozawa (review by Sato).pledges")),
             qPrintable(suggested));
    QCOMPARE(m_prepared, 1);
    QString error;
    auto opened = Document::open(copy, Document::Access::ReadOnly, &error);
    QVERIFY2(opened, qPrintable(error));
    QCOMPARE(opened->reviewer(), QStringLiteral("Sato"));
    QCOMPARE(opened->plan(), m_document->plan());
}

void TestReviewActions::mergeThroughTheFileDialogTwice()
{
    const QString copyPath = path(QStringLiteral("review.pledges"));
    QVERIFY(m_actions->writeReviewCopy(QStringLiteral("佐藤"), copyPath));
    {
        QString error;
        auto copy = Document::open(copyPath, Document::Access::ReadWrite, &error);
        QVERIFY2(copy, qPrintable(error));
        ReviewComment c;
        c.rowId = copy->plan().rows.first().id;
        c.text = QStringLiteral("確認");
        QVERIFY(!Editing::addComment(*copy, c).isEmpty());
        QVERIFY(Editing::setMark(*copy, c.rowId, copy->plan().periods.first().id,
                                 ReviewComment::Mark::LooksRight));
    }
    QSignalSpy status(m_actions, &ReviewActions::statusMessage);
    for (int time = 0; time < 2; ++time) {
        whenModal<QFileDialog>([copyPath](QFileDialog *files) {
            files->selectFile(copyPath);
            QTest::keyClick(files, Qt::Key_Return);
        });
        m_actions->mergeReviewAction->trigger();
    }
    QCOMPARE(status.size(), 2);
    QCOMPARE(status.at(0).at(0).toString(),
             QStringLiteral("佐藤's review: 1 comment(s) and 1 mark(s) added."));
    QCOMPARE(status.at(1).at(0).toString(), QStringLiteral("佐藤's review: nothing new to merge."));
    QCOMPARE(m_document->comments().size(), 2);
    QCOMPARE(m_document->undoStack()->count(), 1);
}

void TestReviewActions::mergingAPlanIsAnError()
{
    QString error;
    QVERIFY(m_document->saveCopy(path(QStringLiteral("copy.pledges")), &error));
    QSignalSpy errors(m_actions, &ReviewActions::errorOccurred);
    QVERIFY(!m_actions->mergeReview(path(QStringLiteral("copy.pledges"))));
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().first().toString().contains(QStringLiteral("not a review copy")));
    QVERIFY(!m_actions->writeReviewCopy(QString(), path(QStringLiteral("nobody.pledges"))));
    QCOMPARE(errors.size(), 2);
}

void TestReviewActions::enabledOnlyForAPlan()
{
    QVERIFY(m_actions->reviewCopyAction->isEnabled());
    QVERIFY(m_actions->mergeReviewAction->isEnabled());
    QVERIFY(m_actions->writeReviewCopy(QStringLiteral("佐藤"), path(QStringLiteral("r.pledges"))));
    QString error;
    auto copy =
        Document::open(path(QStringLiteral("r.pledges")), Document::Access::ReadWrite, &error);
    QVERIFY2(copy, qPrintable(error));
    m_actions->setDocument(copy.get());
    QVERIFY(!m_actions->reviewCopyAction->isEnabled());
    QVERIFY(!m_actions->mergeReviewAction->isEnabled());
    auto readOnly = Document::open(m_document->filePath(), Document::Access::ReadOnly, &error);
    QVERIFY2(readOnly, qPrintable(error));
    m_actions->setDocument(readOnly.get());
    QVERIFY(m_actions->reviewCopyAction->isEnabled());
    QVERIFY(!m_actions->mergeReviewAction->isEnabled());
    m_actions->setDocument(nullptr);
    QVERIFY(!m_actions->reviewCopyAction->isEnabled());
    QVERIFY(!m_actions->mergeReviewAction->isEnabled());
}

QTEST_MAIN(TestReviewActions)
#include "tst_reviewactions.moc"
