#include "cli/translations.h"
#include "document/document.h"
#include "io/planjson.h"
#include "io/sampleplans.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

// File ▸ Import and File ▸ Export as a user meets them: the file dialog, the question where
// the import goes, the plan growing by one undo step, a new plan opened, an export written.
class TestTransferActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void importIrumaTableIntoOpenPlanAndUndo();
    void importClipboardIntoNewPlan();
    void exportJsonReadsBack();

private:
    QAction *action(const QString &text) const;
    // Runs handler on the next modal widget of type T once it is shown.
    template <typename T> void whenModal(std::function<void(T *)> handler);
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
};

void TestTransferActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Translations::install(QStringLiteral("en"));
}

void TestTransferActions::init()
{
    QDir(SamplePlans::folder()).removeRecursively();
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openSample(QStringLiteral("iruma")));
}

void TestTransferActions::cleanup()
{
    m_window.reset();
}

QAction *TestTransferActions::action(const QString &text) const
{
    for (QAction *a : m_window->findChildren<QAction *>()) {
        if (a->text() == text)
            return a;
    }
    qFatal("no action %s", qPrintable(text));
}

template <typename T> void TestTransferActions::whenModal(std::function<void(T *)> handler)
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

void TestTransferActions::importIrumaTableIntoOpenPlanAndUndo()
{
    Document *doc = m_window->document();
    QCOMPARE(doc->plan().rows.size(), 60);
    whenModal<QFileDialog>([this](QFileDialog *files) {
        files->selectFile(QStringLiteral(TEST_DATA_DIR "/iruma_2023-09.txt"));
        whenModal<QMessageBox>([](QMessageBox *question) {
            for (QAbstractButton *b : question->buttons()) {
                if (b->text() == QStringLiteral("&Add to This Plan"))
                    QTest::mouseClick(b, Qt::LeftButton);
            }
        });
        QTest::keyClick(files, Qt::Key_Return);
    });
    QTest::keyClick(m_window.get(), Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(doc->plan().rows.size(), 120);
    QCOMPARE(doc->plan().chapters.size(), 12);
    QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Import iruma_2023-09.txt"));

    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(doc->plan().rows.size(), 60);
}

void TestTransferActions::importClipboardIntoNewPlan()
{
    QApplication::clipboard()->setText(QStringLiteral("一覧表【令和6年3月末現在】\n"
                                                      "第1章 テスト\n"
                                                      "1:【タグ】 題名\n"
                                                      "\t内容\t取組状況\t評価\n"
                                                      "①項目\t中身\t●見出し ・行動\tB 実施中\n"));
    const QString path = m_dir.filePath(QStringLiteral("pasted.pledges"));
    whenModal<QMessageBox>([this, path](QMessageBox *question) {
        whenModal<QFileDialog>([path](QFileDialog *files) {
            files->selectFile(path);
            QTest::keyClick(files, Qt::Key_Return);
        });
        for (QAbstractButton *b : question->buttons()) {
            if (b->text() == QStringLiteral("&New Plan…"))
                QTest::mouseClick(b, Qt::LeftButton);
        }
    });
    action(QStringLiteral("Import from &Clipboard"))->trigger();
    QVERIFY(QFile::exists(path));
    QCOMPARE(QFileInfo(m_window->document()->filePath()), QFileInfo(path));
    QCOMPARE(m_window->document()->plan().rows.size(), 1);
    QCOMPARE(m_window->document()->plan().info.asOf, QDate(2024, 3, 31));
}

void TestTransferActions::exportJsonReadsBack()
{
    const QString path = m_dir.filePath(QStringLiteral("iruma.json"));
    whenModal<QFileDialog>([path](QFileDialog *files) {
        files->selectFile(path);
        QTest::keyClick(files, Qt::Key_Return);
    });
    action(QStringLiteral("&JSON (Lossless)…"))->trigger();
    QString error;
    const auto contents =
        PlanJson::read(TestSupport::fileBytes(path), QStringLiteral("iruma.json"), &error);
    QVERIFY2(contents, qPrintable(error));
    QVERIFY(contents->plan == m_window->document()->plan());
}

QTEST_MAIN(TestTransferActions)
#include "tst_transferactions.moc"
