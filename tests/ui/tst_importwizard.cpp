#include "dialogs/importwizard.h"
#include "io/textdecoding.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using Field = ColumnMapping::Field;

// The import wizard driven like a user: through its pages with the Next button, a status
// word mapped on the status page, Finish held back while a status is on no level.
class TestImportWizard : public QObject
{
    Q_OBJECT

private slots:
    void walksThroughPagesAndImports();
    void switchesEncoding();
    void readsPastedCells();
    void createsPeriodsAndScaleForNewPlan();

private:
    static QString fixture() { return QStringLiteral(TEST_DATA_DIR "/import/progress.csv"); }
    static Plan target();
    static void next(ImportWizard &wizard, int expectedPage);
    static int rowOf(QTableWidget *table, const QString &text);
    template <typename T> static T *child(QWidget *parent, const char *name)
    {
        T *widget = parent->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }
};

Plan TestImportWizard::target()
{
    Plan plan;
    plan.periodScale = StatusScale::preset(StatusScale::Preset::AtoD);
    for (int i = 0; i < plan.periodScale.levels.size(); ++i)
        plan.periodScale.levels[i].id = i + 1;
    Period h1 = Period::half(2024, 1);
    h1.id = 10;
    Period h2 = Period::half(2024, 2);
    h2.id = 11;
    plan.periods = {h1, h2};
    plan.departments = {{20, QStringLiteral("総務課")}};
    return plan;
}

void TestImportWizard::next(ImportWizard &wizard, int expectedPage)
{
    QAbstractButton *button = wizard.button(QWizard::NextButton);
    QVERIFY(button->isVisible());
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(wizard.currentId(), expectedPage);
}

int TestImportWizard::rowOf(QTableWidget *table, const QString &text)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0) && table->item(row, 0)->text() == text)
            return row;
    }
    return -1;
}

void TestImportWizard::walksThroughPagesAndImports()
{
    ImportWizard wizard(target(), false);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.setFile(fixture());
    auto *status = child<QLabel>(&wizard, "fileStatusLabel");
    QVERIFY2(status->text().startsWith(QStringLiteral("progress.csv: 5 line")),
             qPrintable(status->text()));
    QCOMPARE(status->textFormat(), Qt::PlainText);

    // The header is the second line, below the title; the preview shows it.
    next(wizard, ImportWizard::HeaderPageId);
    QCOMPARE(child<QSpinBox>(&wizard, "headerSpin")->value(), 2);
    auto *preview = child<QTableWidget>(&wizard, "previewTable");
    QCOMPARE(preview->rowCount(), 5);
    QCOMPARE(preview->item(1, 1)->text(), QStringLiteral("公約"));
    QVERIFY(preview->item(1, 1)->font().bold());

    next(wizard, ImportWizard::ColumnsPageId);
    QCOMPARE(child<QComboBox>(&wizard, "fieldCombo_pledge_title")->currentData().toInt(), 1);
    QCOMPARE(child<QComboBox>(&wizard, "fieldCombo_department")->currentText(),
             QStringLiteral("E — 所管課"));
    auto *periods = child<QTableWidget>(&wizard, "periodTable");
    QCOMPARE(periods->rowCount(), 2);
    QCOMPARE(periods->item(1, 0)->text(), QStringLiteral("令和6年度 下半期"));
    QCOMPARE(periods->item(1, 4)->text(), QStringLiteral("FY2024 H2"));

    // 保留 is on no level; the others are levels' labels or codes.
    next(wizard, ImportWizard::StatusPageId);
    auto *words = child<QTableWidget>(&wizard, "statusTable");
    QCOMPARE(words->rowCount(), 5);
    const int onHold = rowOf(words, QStringLiteral("保留"));
    QVERIFY(onHold >= 0);
    auto *onHoldLevel = qobject_cast<QComboBox *>(words->cellWidget(onHold, 1));
    QCOMPARE(onHoldLevel->currentData().toString(), QString());
    QVERIFY(words->item(onHold, 0)->background().style() != Qt::NoBrush); // highlighted
    const int startedRow = rowOf(words, QStringLiteral("着手"));
    auto *started = qobject_cast<QComboBox *>(words->cellWidget(startedRow, 1));
    QCOMPARE(started->currentData().toString(), QStringLiteral("C"));
    QCOMPARE(words->item(startedRow, 0)->background().style(), Qt::NoBrush);

    // The summary names the problem, and Finish stays disabled.
    next(wizard, ImportWizard::SummaryPageId);
    QAbstractButton *finish = wizard.button(QWizard::FinishButton);
    QVERIFY(!finish->isEnabled());
    auto *problems = child<QTableWidget>(&wizard, "problemTable");
    QCOMPARE(problems->rowCount(), 1);
    QCOMPARE(problems->item(0, 0)->text(), QStringLiteral("4"));
    QCOMPARE(problems->item(0, 1)->text(), QStringLiteral("K (令和6年度 下半期 評価)"));
    QVERIFY(problems->item(0, 2)->text().contains(QStringLiteral("\"保留\"")));

    // Back, map 保留 to C with the keyboard, and Finish is possible.
    QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(ImportWizard::StatusPageId));
    words = child<QTableWidget>(&wizard, "statusTable");
    onHoldLevel =
        qobject_cast<QComboBox *>(words->cellWidget(rowOf(words, QStringLiteral("保留")), 1));
    onHoldLevel->setFocus();
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(onHoldLevel, Qt::Key_Down);
    QCOMPARE(onHoldLevel->currentData().toString(), QStringLiteral("C"));
    QCOMPARE(wizard.mapping().statusWords.value(QStringLiteral("保留")), QStringLiteral("C"));
    next(wizard, ImportWizard::SummaryPageId);
    QVERIFY(finish->isEnabled());
    QVERIFY(!child<QTableWidget>(&wizard, "problemTable")->isVisible());
    const QString summary = child<QLabel>(&wizard, "summaryLabel")->text();
    QVERIFY2(summary.startsWith(QStringLiteral("0 chapters, 2 pledges, 3 rows and 6 cells.")),
             qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("New departments: 市民課, 保育課")),
             qPrintable(summary));

    QTemporaryDir dir;
    const QString mappingPath = dir.filePath(QStringLiteral("progress.mapping.json"));
    QString error;
    QVERIFY2(wizard.saveMapping(mappingPath, &error), qPrintable(error));
    QFile saved(mappingPath);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const auto reread = ColumnMapping::fromJson(saved.readAll(), &error);
    QVERIFY2(reread, qPrintable(error));
    QVERIFY(*reread == wizard.mapping());
    QCOMPARE(reread->headerRow, 1);

    QTest::mouseClick(finish, Qt::LeftButton);
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    const Plan plan = wizard.importedPlan();
    QCOMPARE(plan.pledges.size(), 2);
    QCOMPARE(plan.pledges.at(0).tag, QStringLiteral("デジタル"));
    QCOMPARE(plan.rows.size(), 3);
    QCOMPARE(plan.rows.at(1).marker, QStringLiteral("②"));
    QCOMPARE(plan.cells.size(), 6);
    QCOMPARE(plan.cell(plan.rows.at(1).id, 11).levelId, qint64(3)); // 保留 → C
    QCOMPARE(plan.cell(plan.rows.at(1).id, 10).narrative,
             QStringLiteral("試行を始めた。\"予約\"は好評"));
    QCOMPARE(plan.periods, target().periods);
    QCOMPARE(wizard.sourceName(), QStringLiteral("progress.csv"));
}

// The same sheet in Shift_JIS: detected, and a wrong choice is an error that blocks Next.
void TestImportWizard::switchesEncoding()
{
    QFile source(fixture());
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QByteArray sjis =
        TextDecoding::encode(QString::fromUtf8(source.readAll()), QStringLiteral("Shift_JIS"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sjis.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(sjis);
    file.close();

    ImportWizard wizard(target(), false);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.setFile(path);
    auto *status = child<QLabel>(&wizard, "fileStatusLabel");
    QVERIFY2(status->text().contains(QStringLiteral("Shift_JIS")), qPrintable(status->text()));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QCOMPARE(wizard.sheet()->cell(1, 1), QStringLiteral("公約"));

    auto *encoding = child<QComboBox>(&wizard, "encodingCombo");
    encoding->setCurrentIndex(encoding->findData(QStringLiteral("UTF-8")));
    QVERIFY2(status->text().contains(QStringLiteral("UTF-8")), qPrintable(status->text()));
    QVERIFY(!wizard.sheet());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());

    encoding->setCurrentIndex(encoding->findData(QStringLiteral("Shift_JIS")));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QCOMPARE(wizard.mapping().encoding, QStringLiteral("Shift_JIS"));
    next(wizard, ImportWizard::HeaderPageId);
    QCOMPARE(child<QSpinBox>(&wizard, "headerSpin")->value(), 2);
}

void TestImportWizard::readsPastedCells()
{
    ImportWizard wizard(target(), false);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    auto *paste = child<QPlainTextEdit>(&wizard, "pasteEdit");
    paste->setFocus();
    // keyClicks knows no tab: tabs and line ends are keys of their own.
    const QStringList lines = {QStringLiteral("No.\tPledge\tContent\tPeriod\tStatus"),
                               QStringLiteral("1\tParks\tMore trees\tFY2024 H1\tB")};
    for (const QString &line : lines) {
        const QStringList cells = line.split(u'\t');
        for (int i = 0; i < cells.size(); ++i) {
            if (i > 0)
                QTest::keyClick(paste, Qt::Key_Tab);
            QTest::keyClicks(paste, cells.at(i));
        }
        if (&line != &lines.last())
            QTest::keyClick(paste, Qt::Key_Return);
    }
    QCOMPARE(paste->toPlainText(), lines.join(u'\n'));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QCOMPARE(wizard.sourceName(), QStringLiteral("pasted text"));
    next(wizard, ImportWizard::HeaderPageId);
    QCOMPARE(child<QSpinBox>(&wizard, "headerSpin")->value(), 1);
    next(wizard, ImportWizard::ColumnsPageId);
    QCOMPARE(child<QComboBox>(&wizard, "layoutCombo")->currentData().toInt(),
             int(ColumnMapping::Layout::Long));
    next(wizard, ImportWizard::StatusPageId);
    next(wizard, ImportWizard::SummaryPageId);
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    QCOMPARE(wizard.importedPlan().cell(wizard.importedPlan().rows.at(0).id, 10).levelId,
             qint64(2));
}

// A new plan: the sheet's periods are created, and the scale is the preset that fits.
void TestImportWizard::createsPeriodsAndScaleForNewPlan()
{
    ImportWizard wizard(Plan(), true);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.setPastedText(QStringLiteral("公約\t内容\t令和5年度 第3四半期 評価\n公約A\t内容a\t◎\n"
                                        "公約B\t内容b\t○\n公約C\t内容c\t−"));
    next(wizard, ImportWizard::HeaderPageId);
    next(wizard, ImportWizard::ColumnsPageId);
    auto *periods = child<QTableWidget>(&wizard, "periodTable");
    QCOMPARE(periods->rowCount(), 1);
    QCOMPARE(periods->item(0, 4)->text(), QStringLiteral("new: FY2023 Q3"));
    next(wizard, ImportWizard::StatusPageId);
    auto *scale = child<QComboBox>(&wizard, "scaleCombo");
    QVERIFY(scale->isVisible());
    QCOMPARE(scale->currentData().toInt(), int(StatusScale::Preset::DoubleCircleCircleDash));
    next(wizard, ImportWizard::SummaryPageId);
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    const Plan plan = wizard.importedPlan();
    QCOMPARE(plan.periods.size(), 1);
    QCOMPARE(plan.periods.at(0).kind, Period::Kind::Quarter);
    QCOMPARE(plan.periodScale.name,
             StatusScale::preset(StatusScale::Preset::DoubleCircleCircleDash).name);
    QCOMPARE(plan.cells.size(), 3);
    QCOMPARE(plan.info.title, QStringLiteral("pasted text"));
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
