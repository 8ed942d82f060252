#include "chartpane.h"
#include "document/document.h"
#include "document/editing.h"
#include "testsupport.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTemporaryDir>
#include <QToolTip>

// The chart pane on the Tokorozawa sample: what it draws, how it follows edits, undo and the
// filter, and its export.
class TestChartPane : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void stackedBarsPerLevel();
    void donutChosenWithKeys();
    void editsUndoAndRedoRedraw();
    void pasteRedrawsOnce();
    void filterShrinksTotals();
    void emptyPeriodSaysSo();
    void breakdownAndAchievedShare();
    void tooltipIsPlainText();
    void legendInBothLanguages();
    void exportPngAndSvg();
    void failedExportLeavesNoFile();
    void withoutDocument();

private:
    const Plan &plan() const { return m_document->plan(); }
    qint64 half(int part) const; // R6 上半期 / 下半期
    QList<QList<qreal>> barValues() const;

    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_document;
    std::unique_ptr<ChartPane> m_pane;
};

void TestChartPane::init()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_document = Document::create(m_dir.filePath(QStringLiteral("plan.pledges")),
                                  TestSupport::samplePlan(QStringLiteral("tokorozawa")), &error);
    QVERIFY2(m_document, qPrintable(error));
    m_pane = std::make_unique<ChartPane>();
    m_pane->setDocument(m_document.get());
    m_pane->resize(900, 600);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void TestChartPane::cleanup()
{
    m_pane.reset();
    m_document.reset();
    for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files))
        QFile::remove(m_dir.filePath(name));
}

qint64 TestChartPane::half(int part) const
{
    for (const Period &p : plan().periods) {
        if (p.kind == Period::Kind::Half && p.fiscalYear == 2024 && p.part == part)
            return p.id;
    }
    return 0;
}

// The stacked bars' values, one list per bar set, or nothing when another chart is shown.
QList<QList<qreal>> TestChartPane::barValues() const
{
    QList<QList<qreal>> values;
    auto *series =
        qobject_cast<QStackedBarSeries *>(m_pane->chartView()->chart()->series().value(0));
    if (!series || m_pane->isShowingMessage())
        return values;
    for (const QBarSet *set : series->barSets()) {
        QList<qreal> row;
        for (int i = 0; i < set->count(); ++i)
            row.append(set->at(i));
        values.append(row);
    }
    return values;
}

void TestChartPane::stackedBarsPerLevel()
{
    QCOMPARE(m_pane->currentChart(), int(ChartPane::PerPeriod));
    auto *series =
        qobject_cast<QStackedBarSeries *>(m_pane->chartView()->chart()->series().value(0));
    QVERIFY(series);
    const StatusScale &scale = plan().periodScale;
    QCOMPARE(series->barSets().size(), scale.levels.size());
    for (int level = 0; level < scale.levels.size(); ++level) {
        QBarSet *set = series->barSets().at(level);
        QCOMPARE(set->label(), scale.levels.at(level).symbol + QLatin1Char(' ') +
                                   scale.levels.at(level).displayLabel(false));
        QCOMPARE(set->color(), scale.levels.at(level).color);
        QCOMPARE(set->count(), plan().periods.size());
        for (int p = 0; p < plan().periods.size(); ++p) {
            const StatusCounts counts = StatusCounts::forPeriod(plan(), plan().periods.at(p).id);
            QCOMPARE(set->at(p), qreal(counts.perLevel.at(level)));
        }
    }
    QCOMPARE(barValues().at(1).at(2), 69.0); // ○ in 令和6年度 上半期
    // The empty 下半期 is named under the chart instead of looking like a zero.
    QVERIFY2(m_pane->note().contains(QStringLiteral("FY2024 H2")), qPrintable(m_pane->note()));
}

void TestChartPane::donutChosenWithKeys()
{
    QComboBox *selector = m_pane->chartSelector();
    selector->setFocus();
    QTest::keyClick(selector, Qt::Key_Down);
    QTRY_COMPARE(m_pane->currentChart(), int(ChartPane::Distribution));
    QTRY_VERIFY(m_pane->periodSelector()->isVisible());
    QCOMPARE(m_pane->currentPeriodId(), half(1)); // the latest period with statuses
    QPieSeries *pie = nullptr;
    QTRY_VERIFY((pie = qobject_cast<QPieSeries *>(
                     m_pane->chartView()->chart()->series().value(0))) != nullptr);
    QVERIFY(pie->holeSize() > 0);
    QList<qreal> values;
    for (const QPieSlice *slice : pie->slices())
        values.append(slice->value());
    QCOMPARE(values, (QList<qreal>{2, 69, 6, 1}));
    QCOMPARE(pie->slices().at(1)->label(), QStringLiteral("○ On plan: 69 (88.5%)"));
    QCOMPARE(pie->slices().at(1)->color(), plan().periodScale.levels.at(1).color);
}

void TestChartPane::editsUndoAndRedoRedraw()
{
    const qint64 h1 = half(1);
    const qint64 star = plan().periodScale.levels.at(0).id;
    const qint64 circle = plan().periodScale.levels.at(1).id;
    qint64 rowId = 0;
    for (const PledgeRow &row : plan().rows) {
        if (plan().cell(row.id, h1).levelId == circle) {
            rowId = row.id;
            break;
        }
    }
    QVERIFY(rowId);
    QCOMPARE(barValues().at(0).at(2), 2.0);
    QVERIFY(Editing::setStatus(*m_document, {{rowId, h1}}, star));
    QTRY_COMPARE(barValues().at(0).at(2), 3.0);
    QCOMPARE(barValues().at(1).at(2), 68.0);
    m_document->undoStack()->undo();
    QTRY_COMPARE(barValues().at(0).at(2), 2.0);
    QCOMPARE(barValues().at(1).at(2), 69.0);
    m_document->undoStack()->redo();
    QTRY_COMPARE(barValues().at(0).at(2), 3.0);
}

void TestChartPane::pasteRedrawsOnce()
{
    const qint64 h2 = half(2);
    QList<CellKey> cells;
    for (int i = 0; i < 50; ++i)
        cells.append({plan().rows.at(i).id, h2});
    QSignalSpy redrawn(m_pane.get(), &ChartPane::redrawn);
    QVERIFY(Editing::setStatus(*m_document, cells, plan().periodScale.levels.at(1).id));
    QTRY_COMPARE(barValues().at(1).at(3), 50.0);
    QTest::qWait(50);
    QCOMPARE(redrawn.count(), 1);
    QCOMPARE(m_pane->note(), QString()); // 下半期 has statuses now
}

void TestChartPane::filterShrinksTotals()
{
    const auto department =
        std::find_if(plan().departments.cbegin(), plan().departments.cend(),
                     [](const Department &d) { return d.name == QStringLiteral("経営企画課"); });
    QVERIFY(department != plan().departments.cend());
    const qint64 id = department->id;
    const StatusCounts expected = StatusCounts::forPeriod(
        plan(), half(1), [id](const PledgeRow &row) { return row.departmentId == id; });
    QVERIFY(expected.total() > 0 && expected.total() < 20);

    RowFilter filter;
    filter.setDepartmentId(id);
    m_pane->setRowFilter(filter);
    QTRY_COMPARE(barValues().at(1).at(2), qreal(expected.perLevel.at(1)));
    qreal total = 0;
    for (const QList<qreal> &set : barValues())
        total += set.at(2);
    QCOMPARE(total, qreal(expected.total() - expected.none));
    QVERIFY(m_pane->chartView()->chart()->title().contains(QStringLiteral("filtered")));

    m_pane->setRowFilter(RowFilter());
    QTRY_COMPARE(barValues().at(1).at(2), 69.0);
}

void TestChartPane::emptyPeriodSaysSo()
{
    m_pane->setCurrentChart(ChartPane::Distribution);
    QTRY_VERIFY(qobject_cast<QPieSeries *>(m_pane->chartView()->chart()->series().value(0)));
    QComboBox *periods = m_pane->periodSelector();
    periods->setFocus();
    QTest::keyClick(periods, Qt::Key_End);
    QCOMPARE(m_pane->currentPeriodId(), half(2));
    QTRY_VERIFY(m_pane->isShowingMessage());
    QCOMPARE(m_pane->message(), QStringLiteral("No statuses in FY2024 H2 yet."));
    QVERIFY(!m_pane->chartView()->isVisible());
    QVERIFY(!m_pane->exportButton()->isEnabled());

    // The breakdown of that period says the same; a filter that leaves no row says why.
    m_pane->setCurrentChart(ChartPane::Breakdown);
    QTRY_COMPARE(m_pane->currentChart(), int(ChartPane::Breakdown));
    QTRY_COMPARE(m_pane->message(), QStringLiteral("No statuses in FY2024 H2 yet."));
    RowFilter nothing;
    nothing.setText(QStringLiteral("no row contains this text"));
    m_pane->setRowFilter(nothing);
    QTRY_COMPARE(m_pane->message(), QStringLiteral("No rows match the filter."));
    m_pane->setRowFilter(RowFilter());
    QTest::keyClick(periods, Qt::Key_Up);
    QTRY_VERIFY(!m_pane->isShowingMessage());
    QVERIFY(m_pane->exportButton()->isEnabled());
}

void TestChartPane::breakdownAndAchievedShare()
{
    m_pane->setCurrentChart(ChartPane::Breakdown);
    // Tokorozawa has no chapters or tags: only the department grouping is offered.
    QTRY_COMPARE(m_pane->breakdownBy(), ChartData::By::Department);
    QTRY_VERIFY(qobject_cast<QHorizontalStackedBarSeries *>(
        m_pane->chartView()->chart()->series().value(0)));
    auto *departments =
        qobject_cast<QBarCategoryAxis *>(m_pane->chartView()->chart()->axes(Qt::Vertical).value(0));
    QVERIFY(departments);
    QCOMPARE(departments->count(), 41);
    // The plan's first department is drawn on top, that is last in Qt's bottom-up order.
    QCOMPARE(departments->categories().last(), plan().departments.first().name);
    QVERIFY(m_pane->chartView()->minimumHeight() > 41 * 20); // scrolls rather than squeezes

    m_pane->setCurrentChart(ChartPane::AchievedShare);
    QTRY_VERIFY(qobject_cast<QLineSeries *>(m_pane->chartView()->chart()->series().value(0)));
    const auto *line = qobject_cast<QLineSeries *>(m_pane->chartView()->chart()->series().value(0));
    // ☆ 4, 3, 2 of 81 rows; the empty 下半期 gets no point, not 0%.
    QCOMPARE(line->points(), (QList<QPointF>{{0, 4.9}, {1, 3.7}, {2, 2.5}}));
    QVERIFY(m_pane->note().contains(QStringLiteral("FY2024 H2")));
}

void TestChartPane::tooltipIsPlainText()
{
    auto *series =
        qobject_cast<QStackedBarSeries *>(m_pane->chartView()->chart()->series().value(0));
    QVERIFY(series);
    emit series->barSets().at(1)->hovered(true, 2);
    QTRY_VERIFY(QToolTip::isVisible());
    const QString text = QToolTip::text();
    QVERIFY2(text.contains(QStringLiteral("○ On plan")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("FY2024 H1")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("69 of 78")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("88.5%")), qPrintable(text));
    emit series->barSets().at(1)->hovered(false, 2);
    QTRY_VERIFY(!QToolTip::isVisible());

    // A level label that looks like markup is shown as typed, in the legend and the tooltip.
    StatusScale scale = plan().periodScale;
    scale.levels[1].label = QStringLiteral("<b>計画</b>");
    QString error;
    QVERIFY2(Editing::setPeriodScale(*m_document, scale, &error), qPrintable(error));
    QTRY_COMPARE(qobject_cast<QStackedBarSeries *>(m_pane->chartView()->chart()->series().value(0))
                     ->barSets()
                     .at(1)
                     ->label(),
                 QStringLiteral("○ &lt;b&gt;計画&lt;/b&gt;"));
    series = qobject_cast<QStackedBarSeries *>(m_pane->chartView()->chart()->series().value(0));
    emit series->barSets().at(1)->hovered(true, 2);
    QTRY_VERIFY(QToolTip::text().contains(QStringLiteral("&lt;b&gt;")));
    emit series->barSets().at(1)->hovered(false, 2);
}

void TestChartPane::exportPngAndSvg()
{
    const QString png = m_dir.filePath(QStringLiteral("chart.png"));
    const QString svg = m_dir.filePath(QStringLiteral("chart.svg"));
    QString error;
    QVERIFY2(m_pane->exportChart(png, &error), qPrintable(error));
    QVERIFY2(m_pane->exportChart(svg, &error), qPrintable(error));

    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 800);
    // The bars are there: pixels in the colour of ○, and many that are not background.
    const QColor background = image.pixelColor(0, 0);
    const QColor circle = plan().periodScale.levels.at(1).color;
    int drawn = 0;
    int green = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QColor c = image.pixelColor(x, y);
            drawn += c != background;
            green += c.rgb() == circle.rgb();
        }
    }
    QVERIFY2(drawn > 5000, qPrintable(QString::number(drawn)));
    QVERIFY2(green > 1000, qPrintable(QString::number(green)));

    const QByteArray svgText = TestSupport::fileBytes(svg);
    QVERIFY(svgText.contains("<svg"));
    QVERIFY(svgText.contains(circle.name().toLatin1()));
    // Nothing but the two files: no temporary left behind.
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("chart*")}, QDir::Files),
             (QStringList{QStringLiteral("chart.png"), QStringLiteral("chart.svg")}));
}

void TestChartPane::failedExportLeavesNoFile()
{
    // Root may write to any directory, so the unwritable place is one below a plain file.
    const QString blocker = m_dir.filePath(QStringLiteral("not-a-folder"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    for (const QString &name : {QStringLiteral("chart.png"), QStringLiteral("chart.svg")}) {
        const QString path = blocker + QLatin1Char('/') + name;
        QString error;
        QVERIFY(!m_pane->exportChart(path, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QVERIFY(!QFileInfo::exists(path));
    }

    const QString text = m_dir.filePath(QStringLiteral("chart.txt"));
    QString error;
    QVERIFY(!m_pane->exportChart(text, &error));
    QVERIFY2(error.contains(QStringLiteral(".png")), qPrintable(error));
    QVERIFY(!QFileInfo::exists(text));
}

void TestChartPane::withoutDocument()
{
    m_pane->setDocument(nullptr);
    QVERIFY(m_pane->isShowingMessage());
    QCOMPARE(m_pane->message(), QStringLiteral("No plan is open."));
    QString error;
    const QString path = m_dir.filePath(QStringLiteral("none.png"));
    QVERIFY(!m_pane->exportChart(path, &error));
    QVERIFY(!QFileInfo::exists(path));

    // A document that closes under the pane leaves it empty, not dangling.
    m_pane->setDocument(m_document.get());
    QTRY_VERIFY(!m_pane->isShowingMessage());
    m_document.reset();
    QTRY_COMPARE(m_pane->message(), QStringLiteral("No plan is open."));
}

// Preset labels read in English in an English UI; in Japanese they are the city's words.
void TestChartPane::legendInBothLanguages()
{
    auto secondSet = [this] {
        auto *bars =
            qobject_cast<QStackedBarSeries *>(m_pane->chartView()->chart()->series().value(0));
        return bars ? bars->barSets().at(1)->label() : QString();
    };
    QTRY_COMPARE(secondSet(), QStringLiteral("○ On plan"));
    m_pane->setJapaneseLabels(true);
    QTRY_COMPARE(secondSet(), QStringLiteral("○ 計画どおり"));
}

QTEST_MAIN(TestChartPane)
#include "tst_chartpane.moc"
