#include "chartpane.h"
#include "document/document.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QMessageBox>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QSvgGenerator>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtMath>

namespace {
// Qt Charts lays out titles, axis labels, legend entries and slice labels as rich text, so
// every text that may come from the plan is escaped before it reaches a chart.
QString chartText(const QString &text)
{
    return text.toHtmlEscaped();
}

QString percentText(double percent)
{
    return QLocale().toString(percent, 'f', 1);
}

// A category axis keys its bars by label: two periods or departments of the same name would
// share one slot, so a repeated label gets a number.
QStringList uniqueLabels(const QStringList &labels)
{
    QStringList unique;
    for (const QString &label : labels) {
        QString candidate = label;
        for (int n = 2; unique.contains(candidate); ++n)
            candidate = QStringLiteral("%1 (%2)").arg(label, QString::number(n));
        unique.append(candidate);
    }
    return unique;
}

// Slices smaller than this keep their numbers in the legend only: their labels would overlap.
constexpr double kSmallSlicePercent = 4.0;
// Narrower than this, a donut's legend goes below it.
constexpr int kNarrowDonutWidth = 600;
} // namespace

ChartPane::ChartPane(QWidget *parent) : QWidget(parent)
{
    build();
    retranslate();
    refresh();
}

void ChartPane::build()
{
    m_chartBox = new QComboBox(this);
    m_periodBox = new QComboBox(this);
    m_byBox = new QComboBox(this);
    // The combos share the row and shrink with a narrow dock instead of widening it.
    for (QComboBox *box : {m_chartBox, m_periodBox, m_byBox}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(6);
    }
    for (int i = 0; i < 4; ++i)
        m_chartBox->addItem(QString(), i);
    for (const ChartData::By by :
         {ChartData::By::Chapter, ChartData::By::Tag, ChartData::By::Department})
        m_byBox->addItem(QString(), int(by));
    m_exportButton = new QPushButton(this);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_chartBox, 3);
    controls->addWidget(m_periodBox, 2);
    controls->addWidget(m_byBox, 2);
    controls->addStretch(3);
    controls->addWidget(m_exportButton);

    m_view = new QChartView(this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setChart(new QChart);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_view);
    m_view->installEventFilter(this);
    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText); // names periods, which users may name themselves
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_scroll);
    m_stack->addWidget(m_message);
    m_note = new QLabel(this);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_note);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &ChartPane::refresh);
    for (QComboBox *box : {m_chartBox, m_periodBox, m_byBox})
        connect(box, &QComboBox::currentIndexChanged, this, &ChartPane::scheduleRefresh);
    connect(m_exportButton, &QPushButton::clicked, this, &ChartPane::chooseExportFile);
}

void ChartPane::retranslate()
{
    m_chartBox->setItemText(PerPeriod, tr("Statuses per period"));
    m_chartBox->setItemText(Distribution, tr("Distribution in one period"));
    m_chartBox->setItemText(Breakdown, tr("Breakdown of one period"));
    m_chartBox->setItemText(AchievedShare, tr("Achieved share per period"));
    m_byBox->setItemText(0, tr("By chapter"));
    m_byBox->setItemText(1, tr("By tag"));
    m_byBox->setItemText(2, tr("By department"));
    m_chartBox->setToolTip(tr("Which chart to show"));
    m_periodBox->setToolTip(tr("The period to show"));
    m_byBox->setToolTip(tr("What to group the rows by"));
    m_chartBox->setAccessibleName(tr("Chart"));
    m_periodBox->setAccessibleName(tr("Period"));
    m_byBox->setAccessibleName(tr("Group by"));
    m_exportButton->setText(tr("Export…"));
    m_exportButton->setToolTip(tr("Save the chart as a PNG or SVG image"));
}

void ChartPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        scheduleRefresh();
    } else if (event->type() == QEvent::PaletteChange) {
        scheduleRefresh(); // the chart's theme follows the palette
    }
    QWidget::changeEvent(event);
}

void ChartPane::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_periodBox->clear(); // a new plan starts on its latest reported period
    if (document) {
        // Edits arrive one cell at a time; a paste of 50 cells redraws once.
        connect(document, &Document::cellChanged, this, &ChartPane::scheduleRefresh);
        connect(document, &Document::yearCellChanged, this, &ChartPane::scheduleRefresh);
        connect(document, &Document::infoChanged, this, &ChartPane::scheduleRefresh);
        connect(document, &Document::planReset, this, &ChartPane::scheduleRefresh);
        connect(document, &QObject::destroyed, this, &ChartPane::scheduleRefresh);
    }
    // A new plan is counted a moment later, not at once: a window that has just been shown
    // has not yet hidden its tabbed-away panes, and the table should paint the plan first.
    if (document)
        scheduleRefresh();
    else
        refresh();
}

void ChartPane::setRowFilter(const RowFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    scheduleRefresh();
}

void ChartPane::setJapaneseLabels(bool japanese)
{
    if (japanese == m_japanese)
        return;
    m_japanese = japanese;
    scheduleRefresh();
}

void ChartPane::setCurrentChart(int chart)
{
    m_chartBox->setCurrentIndex(m_chartBox->findData(chart));
}

void ChartPane::setCurrentPeriodId(qint64 periodId)
{
    const int index = m_periodBox->findData(periodId);
    if (index >= 0)
        m_periodBox->setCurrentIndex(index);
}

void ChartPane::setBreakdownBy(ChartData::By by)
{
    m_byBox->setCurrentIndex(m_byBox->findData(int(by)));
}

void ChartPane::scheduleRefresh()
{
    m_refreshTimer->start();
}

void ChartPane::refresh()
{
    if (!isVisible() || !m_onScreen) {
        m_stale = true;
        return;
    }
    m_stale = false;
    m_refreshTimer->stop();
    const int chart = currentChart();
    m_periodBox->setVisible(chart == Distribution || chart == Breakdown);
    m_byBox->setVisible(chart == Breakdown);
    m_note->hide();
    if (!m_document) {
        m_periodBox->clear();
        showMessage(tr("No plan is open."));
        return;
    }
    const Plan &plan = m_document->plan();
    if (plan.periods.isEmpty()) {
        m_periodBox->clear();
        showMessage(tr("The plan has no periods yet: add them in Plan ▸ Periods."));
        return;
    }
    // Prepared anew each time: a structural change invalidates a matcher's lookups.
    const RowFilter::Matcher matcher(m_filter, plan);
    const ChartData data(plan, [&matcher](const PledgeRow &row) { return matcher.matches(row); });
    refreshPeriodChoices(data);
    refreshGroupingChoices();
    using Builder = QChart *(ChartPane::*)(const ChartData &);
    const Builder builders[] = {&ChartPane::perPeriodChart, &ChartPane::distributionChart,
                                &ChartPane::breakdownChart, &ChartPane::achievedShareChart};
    QChart *built = (this->*builders[qBound(0, chart, 3)])(data);
    if (!built)
        return;
    // A breakdown grows with its groups and the pane scrolls, rather than squeezing 40 bars.
    const auto *groups = qobject_cast<QBarCategoryAxis *>(built->axes(Qt::Vertical).value(0));
    // Qt Charts gives a category label its share of the axis height and shows "..." when the
    // text does not fit, so each bar gets room for two lines (Japanese glyphs are taller).
    const int rowHeight = fontMetrics().height() * 2 + 6;
    showChart(built, chart == Breakdown && groups ? groups->count() * rowHeight + 160 : 0);
}

void ChartPane::refreshPeriodChoices(const ChartData &data)
{
    QList<QPair<QString, qint64>> periods;
    QList<QPair<QString, qint64>> shown;
    for (const Period &p : m_document->plan().periods)
        periods.append({periodLabel(p.id), p.id});
    for (int i = 0; i < m_periodBox->count(); ++i)
        shown.append({m_periodBox->itemText(i), m_periodBox->itemData(i).toLongLong()});
    if (periods == shown)
        return; // rebuilding would close an open popup on every edit
    qint64 wanted = currentPeriodId();
    if (!m_document->plan().period(wanted))
        wanted = data.latestReportedPeriod() ? data.latestReportedPeriod() : periods.last().second;
    const QSignalBlocker blocker(m_periodBox);
    m_periodBox->clear();
    for (const auto &[label, id] : periods)
        m_periodBox->addItem(label, id);
    m_periodBox->setCurrentIndex(m_periodBox->findData(wanted));
}

// A plan without chapters (Tokorozawa) or tags would give one bar named "(none)": those
// groupings are disabled, and a choice that became unavailable moves to one that is not.
void ChartPane::refreshGroupingChoices()
{
    const Plan &plan = m_document->plan();
    const bool hasTags = std::any_of(plan.pledges.cbegin(), plan.pledges.cend(),
                                     [](const Pledge &p) { return !p.tag.isEmpty(); });
    const QList<bool> available = {!plan.chapters.isEmpty(), hasTags, !plan.departments.isEmpty()};
    auto *model = qobject_cast<QStandardItemModel *>(m_byBox->model());
    for (int i = 0; i < available.size(); ++i)
        model->item(i)->setEnabled(available.at(i));
    const int first = int(available.indexOf(true));
    if (!available.value(m_byBox->currentIndex()) && first >= 0) {
        const QSignalBlocker blocker(m_byBox);
        m_byBox->setCurrentIndex(first);
    }
}

void ChartPane::showChart(QChart *chart, int minimumHeight)
{
    QChart *old = m_view->chart();
    m_view->setChart(chart); // the view lets go of the old chart without deleting it
    delete old;
    // Qt Charts clips a chart squeezed below its minimum (legend, axis labels); in a narrow
    // dock the pane scrolls sideways instead.
    const QSizeF least = chart->effectiveSizeHint(Qt::MinimumSize);
    m_view->setMinimumSize(qCeil(least.width()), qMax(minimumHeight, qCeil(least.height())));
    fitToWidth();
    m_stack->setCurrentWidget(m_scroll);
    m_exportButton->setEnabled(true);
    emit redrawn();
}

void ChartPane::showMessage(const QString &message)
{
    m_message->setText(message);
    m_stack->setCurrentWidget(m_message);
    m_exportButton->setEnabled(false);
    emit redrawn();
}

// The view's own size, not the pane's: the scroll area resizes it after the pane.
bool ChartPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Resize)
        fitToWidth();
    return QWidget::eventFilter(watched, event);
}

// Beside a donut its legend needs about 200 px. In a narrow dock the legend goes below it,
// each entry on two lines, and the slices lose their outside labels, which would be cut off.
// Period names that do not fit side by side below the bars stand upright rather than be cut to
// "…" (Qt Charts cuts a slanted label to the width of its category too).
void ChartPane::fitToWidth()
{
    QChart *chart = m_view->chart();
    if (auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).value(0))) {
        const QFontMetrics metrics(axis->labelsFont());
        int widest = 0;
        for (const QString &category : axis->categories())
            widest = qMax(widest, metrics.horizontalAdvance(
                                      QTextDocumentFragment::fromHtml(category).toPlainText()));
        const int room = (m_view->width() - 120) / qMax(1, int(axis->count()));
        axis->setLabelsAngle(widest + 16 > room ? -90 : 0);
    }
    auto *pie = qobject_cast<QPieSeries *>(chart->series().value(0));
    if (!pie || pie->count() != m_sliceTexts.size())
        return;
    const bool narrow = m_view->width() < kNarrowDonutWidth;
    chart->legend()->setAlignment(narrow ? Qt::AlignBottom : Qt::AlignRight);
    pie->setPieSize(narrow ? 0.8 : 0.6); // wide: room for the labels outside
    for (int i = 0; i < pie->count(); ++i) {
        const SliceText &text = m_sliceTexts.at(i);
        pie->slices().at(i)->setLabel(narrow ? text.twoLines : text.oneLine);
        pie->slices().at(i)->setLabelVisible(!narrow && !text.small);
    }
}

QChart *ChartPane::newChart(const QString &title) const
{
    // The theme first: setting it later would repaint the levels in the theme's colours.
    const QPalette pal = palette();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    auto *chart = new QChart;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation); // a redraw per edit must not lag
    chart->setBackgroundBrush(pal.color(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setTitleBrush(pal.color(QPalette::Text));
    chart->setTitle(chartText(title));
    chart->legend()->setLabelColor(pal.color(QPalette::Text));
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

// After the axes are attached: the theme gives them its own colours, which need not contrast
// with a background taken from the palette.
void ChartPane::styleAxes(QChart *chart) const
{
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    QColor grid = text;
    grid.setAlphaF(0.18);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(grid);
        axis->setGridLineColor(grid);
    }
}

QString ChartPane::periodLabel(qint64 periodId) const
{
    const Plan &plan = m_document->plan();
    const Period *period = plan.period(periodId);
    return period ? period->label(m_japanese, plan.info.fiscalYearStartMonth) : QString();
}

QString ChartPane::scopeText(int rows) const
{
    if (m_filter.isEmpty())
        return tr("rows: %1").arg(rows);
    return tr("rows: %1 of %2 (filtered)")
        .arg(QString::number(rows), QString::number(m_document->plan().rows.size()));
}

QString ChartPane::emptyMessage(qint64 periodId, int rows) const
{
    if (rows == 0)
        return tr("No rows match the filter.");
    if (periodId == 0)
        return tr("No statuses in any period yet.");
    return tr("No statuses in %1 yet.").arg(periodLabel(periodId));
}

// "☆ 実施済み": the scale's own symbol and label, as the city prints them.
QString ChartPane::levelName(int level) const
{
    const StatusLevel &l = m_document->plan().periodScale.levels.at(level);
    const QString label = l.displayLabel(m_japanese);
    return label.isEmpty() ? l.symbol : l.symbol + QLatin1Char(' ') + label;
}

// Tooltips are rich text when they look like it: the plain text is escaped, lines kept.
void ChartPane::showToolTip(const QString &text)
{
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(
            QCursor::pos(),
            QStringLiteral("<p style='white-space:pre'>%1</p>").arg(text.toHtmlEscaped()), m_view);
}

// Stacked bars of the scale's levels, one column per period or group, in the levels' own
// colours. Horizontal bars list the first column on top, where a reader starts.
QChart *ChartPane::levelBarChart(const QString &title, QList<Column> columns, bool horizontal)
{
    if (horizontal)
        std::reverse(columns.begin(), columns.end()); // Qt draws the first category lowest
    QChart *chart = newChart(title);
    QAbstractBarSeries *series = nullptr;
    if (horizontal)
        series = new QHorizontalStackedBarSeries;
    else
        series = new QStackedBarSeries;
    series->setBarWidth(horizontal ? 0.7 : 0.6);
    const QList<StatusLevel> &levels = m_document->plan().periodScale.levels;
    for (int level = 0; level < levels.size(); ++level) {
        auto *set = new QBarSet(chartText(levelName(level)));
        for (const Column &column : columns)
            set->append(column.counts.perLevel.value(level));
        series->append(set);
        connect(set, &QBarSet::hovered, this, [this, columns, level](bool on, int index) {
            if (!on || index < 0 || index >= columns.size())
                return showToolTip({});
            const StatusCounts &c = columns.at(index).counts;
            const int n = c.perLevel.value(level);
            const int withStatus = c.total() - c.none;
            showToolTip(tr("%1\n%2\nRows: %3 of %4 with a status (%5%)")
                            .arg(levelName(level), columns.at(index).name, QString::number(n),
                                 QString::number(withStatus),
                                 percentText(withStatus ? 100.0 * n / withStatus : 0)));
        });
    }
    chart->addSeries(series);
    QStringList names;
    int highest = 1;
    for (const Column &column : columns) {
        names.append(chartText(column.name));
        highest = qMax(highest, column.counts.total() - column.counts.none);
    }
    auto *categories = new QBarCategoryAxis;
    categories->append(uniqueLabels(names));
    auto *counts = new QValueAxis;
    counts->setRange(0, highest);
    counts->applyNiceNumbers();
    counts->setLabelFormat(QStringLiteral("%d"));
    counts->setTitleText(chartText(tr("Rows")));
    // A long breakdown scrolls: its scale and legend go on top, where a reader sees them first.
    chart->legend()->setAlignment(horizontal ? Qt::AlignTop : Qt::AlignBottom);
    chart->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(counts, horizontal ? Qt::AlignTop : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(counts);
    // Colours after adding: the chart's theme paints the sets when they are added.
    for (int level = 0; level < levels.size(); ++level) {
        series->barSets().at(level)->setColor(levels.at(level).color);
        series->barSets().at(level)->setBorderColor(levels.at(level).color.darker(130));
    }
    styleAxes(chart);
    return chart;
}

void ChartPane::noteEmptyPeriods(const QStringList &periods)
{
    if (periods.isEmpty())
        return;
    m_note->setText(tr("No statuses yet: %1").arg(periods.join(QStringLiteral(", "))));
    m_note->show();
}

QChart *ChartPane::perPeriodChart(const ChartData &data)
{
    QList<Column> columns;
    QStringList empty;
    int rows = 0;
    for (const ChartData::PeriodCounts &p : data.perPeriod()) {
        columns.append({periodLabel(p.periodId), p.counts});
        rows = p.counts.total();
        if (p.counts.none == rows)
            empty.append(periodLabel(p.periodId));
    }
    if (empty.size() == columns.size()) {
        showMessage(emptyMessage(0, rows));
        return nullptr;
    }
    noteEmptyPeriods(empty);
    return levelBarChart(tr("Statuses per period · %1").arg(scopeText(rows)), columns, false);
}

QChart *ChartPane::distributionChart(const ChartData &data)
{
    const qint64 periodId = currentPeriodId();
    const ChartData::Distribution d = data.distribution(periodId);
    if (d.isEmpty()) {
        showMessage(emptyMessage(periodId, d.rows));
        return nullptr;
    }
    const QString withStatus = QString::number(d.withStatus);
    const QString rows = QString::number(d.rows);
    QChart *chart = newChart(
        m_filter.isEmpty()
            ? tr("%1: %2 of %3 rows have a status").arg(periodLabel(periodId), withStatus, rows)
            : tr("%1: %2 of %3 matching rows have a status")
                  .arg(periodLabel(periodId), withStatus, rows));
    auto *series = new QPieSeries;
    series->setHoleSize(0.45);
    chart->addSeries(series);
    const StatusScale &scale = m_document->plan().periodScale;
    const QString period = periodLabel(periodId);
    m_sliceTexts.clear();
    for (int level = 0; level < d.levels.size(); ++level) {
        const ChartData::LevelShare share = d.levels.at(level);
        const QString numbers =
            tr("%1 (%2%)").arg(QString::number(share.count), percentText(share.percentOfStatused));
        const QString label = tr("%1: %2").arg(levelName(level), numbers);
        m_sliceTexts.append(
            {chartText(label),
             chartText(levelName(level)) + QStringLiteral("<br>") + chartText(numbers),
             share.percentOfStatused < kSmallSlicePercent});
        QPieSlice *slice = series->append(chartText(label), share.count);
        slice->setColor(scale.levels.at(level).color);
        slice->setBorderColor(palette().color(QPalette::Base));
        slice->setLabelColor(palette().color(QPalette::Text));
        slice->setLabelPosition(QPieSlice::LabelOutside);
        connect(slice, &QPieSlice::hovered, this, [this, slice, label, period, share, d](bool on) {
            slice->setExploded(on);
            if (!on)
                return showToolTip({});
            showToolTip(
                tr("%1\n%2\n%3% of all %4 rows")
                    .arg(label, period, percentText(share.percentOfRows), QString::number(d.rows)));
        });
    }
    return chart;
}

QChart *ChartPane::breakdownChart(const ChartData &data)
{
    const qint64 periodId = currentPeriodId();
    const ChartData::By by = breakdownBy();
    const ChartData::Distribution d = data.distribution(periodId);
    if (d.isEmpty()) {
        showMessage(emptyMessage(periodId, d.rows));
        return nullptr;
    }
    QList<Column> columns;
    for (const ChartData::Group &g : data.breakdown(periodId, by)) {
        QString name = g.label;
        if (g.key.isEmpty())
            name = tr("(none)");
        else if (by == ChartData::By::Chapter)
            name = tr("Chapter %1: %2").arg(QString::number(g.number), g.label);
        else if (by == ChartData::By::Tag)
            name = QStringLiteral("【%1】").arg(g.label);
        columns.append({name, g.counts});
    }
    if (d.none > 0) {
        m_note->setText(tr("Rows without a status in this period, not drawn: %1").arg(d.none));
        m_note->show();
    }
    const QString titles[] = {tr("%1 by chapter · %2"), tr("%1 by tag · %2"),
                              tr("%1 by department · %2")};
    return levelBarChart(titles[int(by)].arg(periodLabel(periodId), scopeText(d.rows)), columns,
                         true);
}

QChart *ChartPane::achievedShareChart(const ChartData &data)
{
    const QList<ChartData::AchievedShare> shares = data.achievedShare();
    const int rows = shares.first().rows;
    QStringList categories;
    QStringList empty;
    QLineSeries *segment = nullptr; // an empty period breaks the line instead of drawing 0%
    QList<QLineSeries *> segments;
    const QColor color = palette().color(QPalette::Highlight);
    for (int i = 0; i < shares.size(); ++i) {
        const ChartData::AchievedShare s = shares.at(i);
        categories.append(chartText(periodLabel(s.periodId)));
        if (s.isEmpty()) {
            empty.append(periodLabel(s.periodId));
            segment = nullptr;
            continue;
        }
        if (!segment) {
            segment = new QLineSeries;
            segments.append(segment);
        }
        segment->append(i, qRound(s.percent() * 10) / 10.0);
    }
    if (segments.isEmpty()) {
        showMessage(emptyMessage(0, rows));
        return nullptr;
    }
    QChart *chart = newChart(tr("Share of rows at an achieved level · %1").arg(scopeText(rows)));
    chart->legend()->hide();
    auto *x = new QBarCategoryAxis;
    x->append(uniqueLabels(categories));
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    y->setTickCount(6);
    y->setLabelFormat(QStringLiteral("%d%%"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *line : segments) {
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
        line->setPen(QPen(color, 3));
        line->setPointsVisible(true);
        line->setPointLabelsVisible(true);
        line->setPointLabelsFormat(QStringLiteral("@yPoint%"));
        line->setPointLabelsColor(palette().color(QPalette::Text));
        line->setPointLabelsClipping(false);
        connect(line, &QLineSeries::hovered, this, [this, shares](const QPointF &p, bool on) {
            const int i = qRound(p.x());
            if (!on || i < 0 || i >= shares.size())
                return showToolTip({});
            const ChartData::AchievedShare &s = shares.at(i);
            showToolTip(tr("%1\n%2 of %3 rows achieved (%4%)")
                            .arg(periodLabel(s.periodId), QString::number(s.achieved),
                                 QString::number(s.rows), percentText(s.percent())));
        });
    }
    styleAxes(chart);
    noteEmptyPeriods(empty);
    return chart;
}

void ChartPane::renderChart(QPainter *painter, const QRectF &target)
{
    m_view->render(painter, target, m_view->viewport()->rect());
}

bool ChartPane::exportChart(const QString &path, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QStringLiteral("png") && suffix != QStringLiteral("svg")) {
        *error = tr("Cannot export to %1: the file name must end in .png or .svg.")
                     .arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (isShowingMessage()) {
        *error = tr("Cannot export to %1: there is no chart to export (%2)")
                     .arg(QDir::toNativeSeparators(path), m_message->text());
        return false;
    }
    // Written beside the target and renamed into place: a failed export leaves no half file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    const QSize size = m_view->viewport()->size();
    bool written = true;
    if (suffix == QStringLiteral("svg")) {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(m_chartBox->currentText());
        QPainter painter(&svg);
        renderChart(&painter, QRectF(QPointF(0, 0), size));
    } else {
        const qreal scale = 2; // crisp when pasted into a document or shown on a HiDPI screen
        QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(scale);
        image.fill(palette().color(QPalette::Base));
        {
            QPainter painter(&image);
            renderChart(&painter, QRectF(QPointF(0, 0), size));
        }
        written = image.save(&file, "PNG");
    }
    if (!written || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void ChartPane::chooseExportFile()
{
    const QString png = tr("PNG image (*.png)");
    const QString svg = tr("SVG image (*.svg)");
    QString filter = png;
    QString path = QFileDialog::getSaveFileName(this, tr("Export Chart"), tr("chart.png"),
                                                png + QStringLiteral(";;") + svg, &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    QString error;
    if (!exportChart(path, &error)) {
        QMessageBox box(QMessageBox::Warning, tr("Export Chart"), error, QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    }
}

void ChartPane::setOnScreen(bool onScreen)
{
    m_onScreen = onScreen;
    if (onScreen && m_stale)
        refresh();
}

void ChartPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}
