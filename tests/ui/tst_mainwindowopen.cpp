#include "cli/translations.h"
#include "document/document.h"
#include "io/plangenerator.h"
#include "io/sampleplans.h"
#include "mainwindow.h"
#include "storage/planlock.h"
#include "testsupport.h"

#include <QDir>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

// Opening a plan in the editor's window runs under a progress dialog that can cancel; a
// cancelled open keeps the plan the window shows, and leaves the other file unlocked.
class TestMainWindowOpen : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cancelKeepsCurrentPlan();
    void finishedOpenReplacesPlan();

private:
    QTemporaryDir m_dir;
    QString m_bigPath;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindowOpen::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Translations::install(QStringLiteral("en"));
    // Enough cells (about 7,700) for several progress reports, one every 2,000 cells.
    m_bigPath = m_dir.filePath(QStringLiteral("big.pledges"));
    QString error;
    QVERIFY2(Document::create(m_bigPath, PlanGenerator::generate(40, 10, 24, 3), &error),
             qPrintable(error));
}

void TestMainWindowOpen::init()
{
    QDir(SamplePlans::folder()).removeRecursively();
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openSample(QStringLiteral("tokorozawa")));
}

void TestMainWindowOpen::cleanup()
{
    m_window.reset();
}

void TestMainWindowOpen::cancelKeepsCurrentPlan()
{
    Document *before = m_window->document();
    const QString title = m_window->windowTitle();
    const QByteArray bytes = TestSupport::fileBytes(m_bigPath);
    // The dialog appears at once, and takes the click on Cancel while the plan is read.
    m_window->setOpenProgressDelay(0);
    bool cancelled = false;
    QTimer::singleShot(0, m_window.get(), [&] {
        auto *dialog = m_window->findChild<QProgressDialog *>();
        auto *cancel = dialog ? dialog->findChild<QPushButton *>() : nullptr;
        if (dialog && dialog->isVisible() && cancel) {
            QTest::mouseClick(cancel, Qt::LeftButton);
            cancelled = dialog->wasCanceled();
        }
    });
    QVERIFY(!m_window->openFile(m_bigPath));
    QVERIFY2(cancelled, "no progress dialog to cancel while the plan was read");
    QCOMPARE(m_window->document(), before);
    QCOMPARE(m_window->windowTitle(), title);
    QCOMPARE(m_window->document()->plan().rows.size(), qsizetype(81));
    QCOMPARE(TestSupport::fileBytes(m_bigPath), bytes);
    QVERIFY(!QFile::exists(PlanLock::lockPath(m_bigPath)));
    QVERIFY(!m_window->findChild<QProgressDialog *>()); // gone with the cancelled open
}

void TestMainWindowOpen::finishedOpenReplacesPlan()
{
    m_window->setOpenProgressDelay(0);
    QVERIFY(m_window->openFile(m_bigPath));
    QCOMPARE(m_window->document()->filePath(), m_bigPath);
    QCOMPARE(m_window->document()->plan().rows.size(), qsizetype(400));
    QVERIFY(!m_window->findChild<QProgressDialog *>());
}

QTEST_MAIN(TestMainWindowOpen)
#include "tst_mainwindowopen.moc"
