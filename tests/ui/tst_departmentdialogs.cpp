#include "cli/translations.h"
#include "departmentactions.h"
#include "departments/collections.h"
#include "departments/returnedworkbook.h"
#include "departments/workbookbatch.h"
#include "departments/workbookformat.h"
#include "dialogs/collectionstatusdialog.h"
#include "dialogs/mergereviewdialog.h"
#include "dialogs/sendworkbooksdialog.h"
#include "document/document.h"
#include "document/editing.h"
#include "io/xlsxreader.h"
#include "testsupport.h"
#include "xlsxedit.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>

// Collecting updates from departments as the office meets it, on the Tokorozawa sample and
// its period 令和6年度 上半期: the send-out dialog, workbooks written through the action, one
// returned with a change and merged through the review as one undo step, conflicts and
// problems held back in the review, and the collection status. A workbook's rows start at
// line 11; J is the plan, K the status, L the narrative.
class TestDepartmentDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void sendDialogLeavesOutUncheckedDepartments();
    void sendOutAndMergeThroughTheActions();
    void reviewHoldsBackConflictsAndProblems();
    void unusableFilesAreReportedNotReviewed();
    void statusShowsWhatWasSent();

private:
    // Runs handler on the next modal widget of type T once it is shown.
    template <typename T> void whenModal(std::function<void(T *)> handler);
    qint64 departmentId(const QString &name) const;
    // Writes the period's workbooks of the named departments into folder; their paths.
    QStringList sendOut(const QStringList &departments, const QString &folder);
    // A copy of a sent workbook, to edit as the department would.
    QString returnedCopy(const QString &sent, const QString &name);
    bool edit(const QString &file, const QString &cell, const QString &text)
    {
        return XlsxEdit::setCell(file, QStringLiteral("xl/worksheets/sheet1.xml"), cell, text);
    }
    qint64 rowAt(const QString &file, int line);

    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<QWidget> m_window;
    DepartmentActions *m_actions = nullptr;
    qint64 m_period = 0;
};

void TestDepartmentDialogs::initTestCase()
{
    Translations::install(QStringLiteral("en"));
}

void TestDepartmentDialogs::init()
{
    const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) +
                                        QStringLiteral(".pledges"));
    QString error;
    m_doc = Document::create(path, TestSupport::samplePlan(QStringLiteral("tokorozawa")), &error);
    QVERIFY2(m_doc, qPrintable(error));
    m_period = m_doc->plan().periods.at(2).id;
    m_window = std::make_unique<QWidget>();
    m_actions = new DepartmentActions(m_window.get(), [] {});
    m_actions->setDocument(m_doc.get());
}

void TestDepartmentDialogs::cleanup()
{
    m_window.reset();
    m_doc.reset();
}

template <typename T> void TestDepartmentDialogs::whenModal(std::function<void(T *)> handler)
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

qint64 TestDepartmentDialogs::departmentId(const QString &name) const
{
    for (const Department &d : m_doc->plan().departments) {
        if (d.name == name)
            return d.id;
    }
    qFatal("no department %s", qPrintable(name));
}

QStringList TestDepartmentDialogs::sendOut(const QStringList &departments, const QString &folder)
{
    WorkbookBatch::Request request;
    request.periodId = m_period;
    request.folder = folder;
    for (const QString &name : departments)
        request.departmentIds << departmentId(name);
    QList<WorkbookBatch::Written> written;
    QString error;
    if (!WorkbookBatch::sendOut(*m_doc, request, &written, &error))
        qFatal("%s", qPrintable(error));
    QStringList paths;
    for (const WorkbookBatch::Written &w : written)
        paths << w.path;
    return paths;
}

QString TestDepartmentDialogs::returnedCopy(const QString &sent, const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    if (!QFile::copy(sent, path))
        qFatal("cannot copy the sent workbook");
    return path;
}

qint64 TestDepartmentDialogs::rowAt(const QString &file, int line)
{
    QString error;
    const auto data = XlsxReader::readSheet(file, 0, &error);
    if (!data)
        qFatal("%s", qPrintable(error));
    return WorkbookFormat::rowIdFromToken(Collections::planUid(*m_doc), data->cell(line - 1, 0));
}

void TestDepartmentDialogs::sendDialogLeavesOutUncheckedDepartments()
{
    const Plan &plan = m_doc->plan();
    SendWorkbooksDialog dialog(plan, true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *period = dialog.findChild<QComboBox *>(QStringLiteral("periodBox"));
    auto *nextPlan = dialog.findChild<QCheckBox *>(QStringLiteral("nextPlanBox"));
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("departmentList"));
    auto *folder = dialog.findChild<QLineEdit *>(QStringLiteral("folderEdit"));
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QCOMPARE(period->count(), plan.periods.size());
    // It opens on the period after the last one most rows have a status in: the plan's last.
    QCOMPARE(period->currentText(), QStringLiteral("令和6年度 下半期"));

    QVERIFY(!nextPlan->isEnabled()); // the last period has no next one to ask a plan for
    period->setCurrentIndex(period->findData(m_period));
    QCOMPARE(period->currentText(), QStringLiteral("令和6年度 上半期"));
    QVERIFY(nextPlan->isEnabled());

    const QList<qint64> withRows = WorkbookBatch::departmentsWithRows(plan, m_period);
    QVERIFY(withRows.size() >= 3);
    QCOMPARE(list->count(), withRows.size());
    for (int i = 0; i < list->count(); ++i)
        QCOMPARE(list->item(i)->checkState(), Qt::Checked);
    QVERIFY(!ok->isEnabled()); // no folder yet

    // The second department is left out with the keyboard, the third with the mouse.
    list->setFocus();
    list->setCurrentRow(1);
    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(list->item(1)->checkState(), Qt::Unchecked);
    QStyleOptionViewItem option;
    option.initFrom(list);
    option.rect = list->visualItemRect(list->item(2));
    option.features = QStyleOptionViewItem::HasCheckIndicator;
    const QRect box =
        list->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, list);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, box.center());
    QCOMPARE(list->item(2)->checkState(), Qt::Unchecked);

    const QString target = m_dir.filePath(QStringLiteral("out"));
    folder->setFocus();
    QTest::keyClicks(folder, target);
    QVERIFY(ok->isEnabled());
    // Select None leaves nothing to send; Select All would send every one again.
    for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
        if (b->text() == QStringLiteral("Select N&one"))
            QTest::mouseClick(b, Qt::LeftButton);
    }
    QVERIFY(!ok->isEnabled());
    list->item(0)->setCheckState(Qt::Checked);
    for (int i = 3; i < list->count(); ++i)
        list->item(i)->setCheckState(Qt::Checked);
    QVERIFY(ok->isEnabled());
    nextPlan->setChecked(true);
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const WorkbookBatch::Request request = dialog.request();
    QCOMPARE(request.periodId, m_period);
    QVERIFY(request.withNextPlan);
    QCOMPARE(request.folder, target);
    QList<qint64> expected = withRows;
    expected.removeAt(2);
    expected.removeAt(1);
    QCOMPARE(request.departmentIds, expected);
}

void TestDepartmentDialogs::sendOutAndMergeThroughTheActions()
{
    const QString folder = m_dir.filePath(QStringLiteral("sent"));
    QSignalSpy messages(m_actions, &DepartmentActions::statusMessage);
    QSignalSpy errors(m_actions, &DepartmentActions::errorOccurred);
    whenModal<SendWorkbooksDialog>([this, folder](SendWorkbooksDialog *dialog) {
        auto *period = dialog->findChild<QComboBox *>(QStringLiteral("periodBox"));
        period->setCurrentIndex(period->findData(m_period));
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("folderEdit"));
        edit->setFocus();
        QTest::keyClicks(edit, folder);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    });
    QVERIFY(m_actions->sendOut->isEnabled());
    m_actions->sendOut->trigger();
    QCOMPARE(errors.size(), 0);
    const QList<qint64> withRows = WorkbookBatch::departmentsWithRows(m_doc->plan(), m_period);
    for (qint64 id : withRows)
        QVERIFY(QFile::exists(
            QDir(folder).filePath(WorkbookBatch::fileName(m_doc->plan(), id, m_period))));
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().first().toString(), QStringLiteral("%1 workbook(s) written to %2.")
                                                      .arg(withRows.size())
                                                      .arg(QDir::toNativeSeparators(folder)));

    const QString sent = QDir(folder).filePath(WorkbookBatch::fileName(
        m_doc->plan(), departmentId(QStringLiteral("経営企画課")), m_period));
    const QString file = returnedCopy(sent, QStringLiteral("経営企画課_回答.xlsx"));
    QVERIFY(edit(file, QStringLiteral("L11"), QStringLiteral("部署が記入した状況")));
    const qint64 row = rowAt(file, 11);
    const Cell before = m_doc->plan().cell(row, m_period);
    const int steps = m_doc->undoStack()->count();

    int shownChanges = -1;
    QString shownCell;
    QString shownValue;
    QList<Qt::CheckState> states;
    whenModal<QFileDialog>([&](QFileDialog *files) {
        whenModal<MergeReviewDialog>([&](MergeReviewDialog *review) {
            auto *table = review->findChild<QTableWidget *>(QStringLiteral("changeTable"));
            shownChanges = table->rowCount();
            shownCell = table->item(0, 3)->text();
            shownValue = table->item(0, 8)->text();
            states << table->item(0, 0)->checkState();
            table->setFocus();
            table->selectRow(0);
            QTest::keyClick(table, Qt::Key_Space);
            states << table->item(0, 0)->checkState();
            QTest::keyClick(table, Qt::Key_Space);
            states << table->item(0, 0)->checkState();
            QTest::mouseClick(review->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
        });
        files->selectFile(file);
        QTest::keyClick(files, Qt::Key_Return);
    });
    m_actions->merge->trigger();
    QCOMPARE(errors.size(), 0);
    QCOMPARE(shownChanges, 1);
    QCOMPARE(shownCell, QStringLiteral("L11"));
    QCOMPARE(shownValue, QStringLiteral("部署が記入した状況"));
    QCOMPARE(states, (QList<Qt::CheckState>{Qt::Checked, Qt::Unchecked, Qt::Checked}));
    QCOMPARE(m_doc->plan().cell(row, m_period).narrative, QStringLiteral("部署が記入した状況"));
    QCOMPARE(TestSupport::reloadFromDisk(m_doc->filePath()).cell(row, m_period).narrative,
             QStringLiteral("部署が記入した状況"));
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    QCOMPARE(m_doc->history(row, m_period).last().source, QStringLiteral("経営企画課_回答.xlsx"));
    QCOMPARE(messages.last().first().toString(),
             QStringLiteral("1 field(s) merged from 1 workbook(s); Undo takes them back."));
    const QList<CollectionStatus> status =
        Collections::status(m_doc->plan(), Collections::records(*m_doc), m_period);
    for (const CollectionStatus &s : status)
        QCOMPARE(s.state, s.departmentId == departmentId(QStringLiteral("経営企画課"))
                              ? CollectionStatus::State::Merged
                              : CollectionStatus::State::Sent);

    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->plan().cell(row, m_period), before);
}

void TestDepartmentDialogs::reviewHoldsBackConflictsAndProblems()
{
    const QStringList sent = sendOut({QStringLiteral("経営企画課"), QStringLiteral("こども支援課")},
                                     m_dir.filePath(QStringLiteral("review")));
    QCOMPARE(sent.size(), 2);
    // The first comes back with a conflict on L11 and two plain changes.
    const QString first = returnedCopy(sent.at(0), QStringLiteral("first.xlsx"));
    QVERIFY(edit(first, QStringLiteral("L11"), QStringLiteral("部署の記入")));
    QVERIFY(edit(first, QStringLiteral("J11"), QStringLiteral("部署の計画")));
    QVERIFY(edit(first, QStringLiteral("L13"), QStringLiteral("別の行")));
    const qint64 conflictRow = rowAt(first, 11);
    Cell cell = m_doc->plan().cell(conflictRow, m_period);
    cell.narrative = QStringLiteral("企画課の修正");
    QVERIFY(Editing::setCell(*m_doc, conflictRow, m_period, cell));
    // The second has a status outside the scale on K11, and a good change on its next row.
    const QString second = returnedCopy(sent.at(1), QStringLiteral("second.xlsx"));
    QVERIFY(edit(second, QStringLiteral("K11"), QStringLiteral("済")));
    QVERIFY(edit(second, QStringLiteral("L12"), QStringLiteral("残りの行")));
    const QList<ReturnedWorkbook> workbooks = ReturnedWorkbookReader::readAll(
        m_doc->plan(), Collections::planUid(*m_doc), {first, second}, m_period);

    MergeReviewDialog review(m_doc->plan(), workbooks, false);
    review.show();
    QVERIFY(QTest::qWaitForWindowExposed(&review));
    auto *table = review.findChild<QTableWidget *>(QStringLiteral("changeTable"));
    auto *problems = review.findChild<QTreeWidget *>(QStringLiteral("problemList"));
    auto *applyRest = review.findChild<QCheckBox *>(QStringLiteral("applyRestBox"));
    QCOMPARE(review.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text(),
             QStringLiteral("4 change(s) in 2 workbook(s), 1 conflict(s), 1 problem(s)"));
    QCOMPARE(problems->topLevelItemCount(), 1);
    QCOMPARE(problems->topLevelItem(0)->text(0), QStringLiteral("second.xlsx"));
    QCOMPARE(problems->topLevelItem(0)->text(1), QStringLiteral("K11"));
    QVERIFY(applyRest->isVisible());
    QVERIFY(!applyRest->isChecked());

    QCOMPARE(table->rowCount(), 4);
    auto rowOf = [table](const QString &file, const QString &at) {
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 2)->text() == file && table->item(r, 3)->text() == at)
                return r;
        }
        return -1;
    };
    const int conflict = rowOf(QStringLiteral("first.xlsx"), QStringLiteral("L11"));
    const int samePlanRow = rowOf(QStringLiteral("first.xlsx"), QStringLiteral("J11"));
    const int other = rowOf(QStringLiteral("first.xlsx"), QStringLiteral("L13"));
    const int rest = rowOf(QStringLiteral("second.xlsx"), QStringLiteral("L12"));
    QVERIFY(conflict >= 0 && samePlanRow >= 0 && other >= 0 && rest >= 0);
    auto state = [table](int row) { return table->item(row, 0)->checkState(); };
    QCOMPARE(table->item(conflict, 1)->text(), QStringLiteral("Conflict"));
    QVERIFY(
        table->item(conflict, 1)->toolTip().contains(QStringLiteral("Changed in the plan too")));
    QVERIFY(table->item(conflict, 4)->background() != table->item(other, 4)->background());
    QCOMPARE(table->item(conflict, 6)->text(), QStringLiteral("Narrative"));
    QCOMPARE(table->item(samePlanRow, 6)->text(), QStringLiteral("Plan"));
    QCOMPARE(table->item(conflict, 7)->text(), QStringLiteral("企画課の修正"));
    QCOMPARE(table->item(conflict, 8)->text(), QStringLiteral("部署の記入"));
    QCOMPARE(state(conflict), Qt::Unchecked);
    QCOMPARE(state(samePlanRow), Qt::Checked);
    QCOMPARE(state(other), Qt::Checked);
    QCOMPARE(state(rest), Qt::Unchecked);
    QVERIFY(!(table->item(rest, 0)->flags() & Qt::ItemIsEnabled));
    QCOMPARE(review.acceptedChanges().size(), 2);

    QPushButton *acceptAll = nullptr;
    QPushButton *rejectAll = nullptr;
    QPushButton *acceptRow = nullptr;
    for (QPushButton *b : review.findChildren<QPushButton *>()) {
        if (b->text() == QStringLiteral("Accept &All"))
            acceptAll = b;
        else if (b->text() == QStringLiteral("&Reject All"))
            rejectAll = b;
        else if (b->text() == QStringLiteral("Accept R&ow"))
            acceptRow = b;
    }
    QVERIFY(acceptAll && rejectAll && acceptRow);
    QTest::mouseClick(acceptAll, Qt::LeftButton);
    QCOMPARE(state(conflict), Qt::Checked);
    QCOMPARE(state(rest), Qt::Unchecked); // still held back with its workbook
    QCOMPARE(review.acceptedChanges().size(), 3);
    // Space flips every chosen change together; a held-back one cannot be chosen.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(table, Qt::Key_Space);
    QVERIFY(review.acceptedChanges().isEmpty());
    QTest::keyClick(table, Qt::Key_Space);
    QCOMPARE(review.acceptedChanges().size(), 3);
    QCOMPARE(state(rest), Qt::Unchecked);

    applyRest->setFocus();
    QTest::keyClick(applyRest, Qt::Key_Space);
    QVERIFY(applyRest->isChecked());
    QVERIFY(table->item(rest, 0)->flags() & Qt::ItemIsEnabled);
    QCOMPARE(state(rest), Qt::Checked);
    QCOMPARE(review.acceptedChanges().size(), 4);

    // Accept Row takes every field of the chosen change's row, and no other row.
    QTest::mouseClick(rejectAll, Qt::LeftButton);
    QVERIFY(review.acceptedChanges().isEmpty());
    table->selectRow(samePlanRow);
    QTest::mouseClick(acceptRow, Qt::LeftButton);
    QCOMPARE(state(samePlanRow), Qt::Checked);
    QCOMPARE(state(conflict), Qt::Checked);
    QCOMPARE(state(other), Qt::Unchecked);
    QCOMPARE(state(rest), Qt::Unchecked);
    const QList<ReturnedChange> accepted = review.acceptedChanges();
    QCOMPARE(accepted.size(), 2);
    for (const ReturnedChange &c : accepted)
        QCOMPARE(c.rowId, conflictRow);
    QCOMPARE(review.mergedWorkbooks().size(), 1);
    QCOMPARE(review.mergedWorkbooks().first().file, first);
}

void TestDepartmentDialogs::unusableFilesAreReportedNotReviewed()
{
    const QString file = m_dir.filePath(QStringLiteral("memo.xlsx"));
    QFile text(file);
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("今期の進捗はメールで送ります。\n");
    text.close();
    QSignalSpy errors(m_actions, &DepartmentActions::errorOccurred);
    whenModal<QFileDialog>([file](QFileDialog *files) {
        files->selectFile(file);
        QTest::keyClick(files, Qt::Key_Return);
    });
    m_actions->merge->trigger();
    QCOMPARE(errors.size(), 1);
    const QString message = errors.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("memo.xlsx: not an XLSX file")), qPrintable(message));

    // Without a plan, or with one open read-only, nothing is sent out or merged.
    m_actions->setDocument(nullptr);
    for (QAction *a : {m_actions->sendOut, m_actions->merge, m_actions->status})
        QVERIFY(!a->isEnabled());
    const QString path = m_doc->filePath();
    m_doc.reset();
    QString error;
    m_doc = Document::open(path, Document::Access::ReadOnly, &error);
    QVERIFY2(m_doc, qPrintable(error));
    m_actions->setDocument(m_doc.get());
    QVERIFY(!m_actions->sendOut->isEnabled());
    QVERIFY(!m_actions->merge->isEnabled());
    QVERIFY(m_actions->status->isEnabled());
}

void TestDepartmentDialogs::statusShowsWhatWasSent()
{
    const QStringList names{QStringLiteral("経営企画課"), QStringLiteral("こども支援課")};
    sendOut(names, m_dir.filePath(QStringLiteral("status")));
    QVERIFY(m_actions->status->isEnabled());
    m_actions->status->trigger();
    auto *dialog = m_window->findChild<CollectionStatusDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->periodId(), m_period); // the period last sent out
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("statusTable"));
    QVERIFY(table->isSortingEnabled());
    const QList<CollectionStatus> expected =
        Collections::status(m_doc->plan(), Collections::records(*m_doc), m_period);
    QCOMPARE(table->rowCount(), expected.size());
    int sentRows = 0;
    for (int r = 0; r < table->rowCount(); ++r) {
        const bool sent = names.contains(table->item(r, 0)->text());
        sentRows += sent;
        QCOMPARE(table->item(r, 1)->text(),
                 sent ? QStringLiteral("sent") : QStringLiteral("not sent"));
        QCOMPARE(table->item(r, 2)->data(Qt::DisplayRole).isValid(), sent);
        QCOMPARE(table->item(r, 5)->data(Qt::DisplayRole).toInt(), expected.at(r).rows);
        QCOMPARE(table->item(r, 6)->data(Qt::DisplayRole).toInt(), expected.at(r).emptyRows);
    }
    QCOMPARE(sentRows, 2);

    // A merge recorded elsewhere shows once the document says its records changed.
    ReturnedWorkbook merged;
    merged.file = m_dir.filePath(QStringLiteral("back.xlsx"));
    merged.usable = true;
    merged.departmentId = departmentId(names.first());
    merged.periodId = m_period;
    QVERIFY(Collections::recordMerged(*m_doc, {merged}));
    QCoreApplication::processEvents();
    QStringList states;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0)->text() == names.first())
            states << table->item(r, 1)->text();
    }
    QCOMPARE(states, QStringList{QStringLiteral("merged")});

    // Only one status window, however often it is asked for.
    m_actions->status->trigger();
    QCOMPARE(m_window->findChildren<CollectionStatusDialog *>().size(), 1);
}

QTEST_MAIN(TestDepartmentDialogs)
#include "tst_departmentdialogs.moc"
