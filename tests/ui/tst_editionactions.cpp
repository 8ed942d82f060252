#include "cli/translations.h"
#include "dialogs/editioncomparedialog.h"
#include "dialogs/publisheditiondialog.h"
#include "document/document.h"
#include "document/editing.h"
#include "editionactions.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>

// The Edition menu as a user meets it: the publish dialog typed into, an edition published
// and opened read-only, and the comparison dialog listing what changed since.
class TestEditionActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void publishDialogChecksTheName();
    void publishActionPublishesOnlyWhenConfirmed();
    void openEditionAsksForAReadOnlyWindow();
    void compareDialogListsTheChanges();

private:
    // Runs handler on the next modal widget of type T once it is shown.
    template <typename T> void whenModal(std::function<void(T *)> handler);
    // A narrative and a status changed in the first row after the edition.
    void editAfterPublishing();

    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<QWidget> m_window;
    EditionActions *m_actions = nullptr;
};

void TestEditionActions::initTestCase()
{
    Translations::install(QStringLiteral("en"));
}

void TestEditionActions::init()
{
    const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) +
                                        QStringLiteral(".pledges"));
    QString error;
    m_doc = Document::create(path, TestSupport::samplePlan(QStringLiteral("iruma")), &error);
    QVERIFY2(m_doc, qPrintable(error));
    m_window = std::make_unique<QWidget>();
    m_actions = new EditionActions(m_window.get(), [] {});
    m_actions->setDocument(m_doc.get());
}

void TestEditionActions::cleanup()
{
    m_window.reset();
    m_doc.reset();
}

template <typename T> void TestEditionActions::whenModal(std::function<void(T *)> handler)
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

void TestEditionActions::editAfterPublishing()
{
    const Plan &plan = m_doc->plan();
    const qint64 row = plan.rows.first().id;
    const qint64 period = plan.periods.first().id;
    Cell cell = plan.cell(row, period);
    cell.narrative = QStringLiteral("<b>公表後</b>の取組状況");
    cell.levelId = plan.periodScale.levels.constLast().id;
    QVERIFY(Editing::setCell(*m_doc, row, period, cell));
}

void TestEditionActions::publishDialogChecksTheName()
{
    PublishEditionDialog dialog(QStringLiteral("令和5年9月末現在"), {QStringLiteral("2024-09")});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    auto *date = dialog.findChild<QDateEdit *>(QStringLiteral("dateEdit"));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("nameError"));
    QPushButton *publish = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QCOMPARE(publish->text(), QStringLiteral("&Publish"));
    QCOMPARE(name->text(), QStringLiteral("令和5年9月末現在"));
    QCOMPARE(date->date(), QDate::currentDate());
    QVERIFY(publish->isEnabled());

    name->setFocus();
    QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(name, Qt::Key_Backspace);
    QVERIFY(!publish->isEnabled());
    QVERIFY(error->isVisible());
    QTest::keyClicks(name, QStringLiteral("2024-09"));
    QVERIFY(!publish->isEnabled());
    QVERIFY2(error->text().contains(QStringLiteral("exists already")), qPrintable(error->text()));
    QTest::keyClick(name, Qt::Key_Backspace);
    QTest::keyClicks(name, QStringLiteral("3 "));
    QVERIFY(publish->isEnabled());
    QVERIFY(!error->isVisible());
    date->setFocus();
    QTest::keyClick(date, Qt::Key_Down); // one year back: the section with the cursor
    QTest::mouseClick(publish, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.name(), QStringLiteral("2024-03"));
    QVERIFY(dialog.date() < QDate::currentDate());
}

void TestEditionActions::publishActionPublishesOnlyWhenConfirmed()
{
    QVERIFY(m_actions->publish->isEnabled());
    QVERIFY(!m_actions->open->isEnabled());
    QVERIFY(!m_actions->compare->isEnabled());

    whenModal<PublishEditionDialog>([](PublishEditionDialog *dialog) { dialog->reject(); });
    m_actions->publish->trigger();
    QVERIFY(m_doc->editions().isEmpty());

    QSignalSpy status(m_actions, &EditionActions::statusMessage);
    whenModal<PublishEditionDialog>([](PublishEditionDialog *dialog) {
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        // Named after the plan's as-of date unless changed.
        QCOMPARE(name->text(), QStringLiteral("令和5年9月末現在"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    });
    m_actions->publish->trigger();
    QCOMPARE(m_doc->editions().size(), 1);
    QCOMPARE(m_doc->editions().first().name, QStringLiteral("令和5年9月末現在"));
    QCOMPARE(status.size(), 1);
    QVERIFY(m_actions->open->isEnabled());
    QVERIFY(m_actions->compare->isEnabled());
}

void TestEditionActions::openEditionAsksForAReadOnlyWindow()
{
    const Plan published = m_doc->plan();
    QVERIFY(m_doc->publishEdition(QStringLiteral("第1版"), QDate(2024, 10, 15)));
    editAfterPublishing();
    QSignalSpy requests(m_actions, &EditionActions::openReadOnlyRequested);
    QVERIFY(m_actions->openEdition(1));
    QCOMPARE(requests.size(), 1);
    const QString path = requests.first().at(0).toString();
    QCOMPARE(requests.first().at(1).toString(),
             QStringLiteral("openEditionAsksForAReadOnlyWindow — edition 第1版 (read-only)"));
    QString error;
    const auto edition = Document::open(path, Document::Access::ReadOnly, &error);
    QVERIFY2(edition, qPrintable(error));
    QVERIFY(edition->plan() == published);
    QVERIFY(!m_actions->openEdition(7));
}

void TestEditionActions::compareDialogListsTheChanges()
{
    QVERIFY(m_doc->publishEdition(QStringLiteral("第1版"), QDate(2024, 10, 15)));
    editAfterPublishing();
    EditionCompareDialog dialog(*m_doc, false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("changesTable"));
    auto *to = dialog.findChild<QComboBox *>(QStringLiteral("toCombo"));
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QCOMPARE(to->currentText(), QStringLiteral("The plan now"));
    // Exactly the two changed cells' fields: the status down, the narrative.
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Status went down"));
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("Changed texts"));
    QCOMPARE(table->item(1, 4)->text(), QStringLiteral("<b>公表後</b>の取組状況"));
    QVERIFY2(summary->text().contains(QStringLiteral("2 change(s)")), qPrintable(summary->text()));

    // The edition against itself: nothing.
    to->setFocus();
    QTest::keyClick(to, Qt::Key_Up);
    QCOMPARE(to->currentText(), QStringLiteral("第1版 (2024-10-15)"));
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(summary->text().contains(QStringLiteral("No changes.")));
    QTest::keyClick(to, Qt::Key_Down);
    QCOMPARE(table->rowCount(), 2);

    const QString pdf = m_dir.filePath(QStringLiteral("changes.pdf"));
    QString error;
    QVERIFY2(dialog.exportPdf(pdf, &error), qPrintable(error));
    QVERIFY(QFileInfo(pdf).size() > 0);
}

QTEST_MAIN(TestEditionActions)
#include "tst_editionactions.moc"
