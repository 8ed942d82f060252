#pragma once

#include "models/rowfilter.h"
#include "stats/chartdata.h"

#include <QComboBox>
#include <QLabel>
#include <QPointer>
#include <QStackedWidget>
#include <QWidget>

class Document;
class QChart;
class QChartView;
class QPainter;
class QPushButton;
class QScrollArea;
class QTimer;

// Where the pledges stand, at a glance: draws the plan's ChartData (statuses per period, one
// period's distribution, its breakdown by chapter, tag or department, the achieved share) for
// the rows the table's filter shows, redrawn after every edit, undo and redo.
class ChartPane : public QWidget
{
    Q_OBJECT

public:
    enum Chart
    {
        PerPeriod = 0,
        Distribution = 1,
        Breakdown = 2,
        AchievedShare = 3
    };

    explicit ChartPane(QWidget *parent = nullptr);

    void setDocument(Document *document); // may be nullptr
    void setRowFilter(const RowFilter &filter);
    void setJapaneseLabels(bool japanese); // period names in 令和 or as FY

    int currentChart() const { return m_chartBox->currentData().toInt(); } // a Chart
    void setCurrentChart(int chart);
    // The period the distribution and the breakdown show.
    qint64 currentPeriodId() const { return m_periodBox->currentData().toLongLong(); }
    void setCurrentPeriodId(qint64 periodId);
    ChartData::By breakdownBy() const { return ChartData::By(m_byBox->currentData().toInt()); }
    void setBreakdownBy(ChartData::By by);

    QChartView *chartView() const { return m_view; }
    QComboBox *chartSelector() const { return m_chartBox; }
    QComboBox *periodSelector() const { return m_periodBox; }
    QComboBox *bySelector() const { return m_byBox; }
    QPushButton *exportButton() const { return m_exportButton; }
    // Shown instead of the chart when there is nothing to draw (no statuses, no rows).
    bool isShowingMessage() const { return m_stack->currentWidget() == m_message; }
    QString message() const { return isShowingMessage() ? m_message->text() : QString(); }
    // Under the chart: what it leaves out (periods or rows without a status yet).
    QString note() const { return m_note->isHidden() ? QString() : m_note->text(); }

    // Writes the visible chart as PNG or SVG, chosen by the file's suffix. A failed export
    // leaves no file behind; *error then names the path and the reason.
    bool exportChart(const QString &path, QString *error);
    // Draws the visible chart into any paint device (an image, an SVG, a PDF page).
    void renderChart(QPainter *painter, const QRectF &target);

    // A dock in a tabbed area stays visible when its tab is not chosen (it is moved aside), so
    // the window says when the pane can be seen; see QDockWidget::visibilityChanged.
    void setOnScreen(bool onScreen);

signals:
    // After every redraw, whether it drew a chart or a message.
    void redrawn();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void build();
    void retranslate();
    void scheduleRefresh();
    void refresh();
    void refreshPeriodChoices(const ChartData &data);
    void refreshGroupingChoices();
    void showChart(QChart *chart, int minimumHeight = 0);
    void showMessage(const QString &message);
    void fitToWidth();
    QChart *newChart(const QString &title) const;
    void styleAxes(QChart *chart) const;
    // A bar of stacked levels: a period or a group, named on the axis and in tooltips.
    struct Column
    {
        QString name;
        StatusCounts counts;
    };
    QChart *levelBarChart(const QString &title, QList<Column> columns, bool horizontal);
    void noteEmptyPeriods(const QStringList &periods);
    QChart *perPeriodChart(const ChartData &data);
    QChart *distributionChart(const ChartData &data);
    QChart *breakdownChart(const ChartData &data);
    QChart *achievedShareChart(const ChartData &data);
    QString periodLabel(qint64 periodId) const;
    QString scopeText(int rows) const;
    // Why nothing is drawn: no matching rows, or no statuses in the period (0: in any period).
    QString emptyMessage(qint64 periodId, int rows) const;
    QString levelName(int level) const;
    void showToolTip(const QString &text);
    void chooseExportFile();

    // The donut's slice labels, escaped, in the two forms fitToWidth() chooses from.
    struct SliceText
    {
        QString oneLine;
        QString twoLines;
        bool small = false; // too thin a slice for a label of its own
    };

    QPointer<Document> m_document;

    // Hidden behind another tab: refreshed when first shown, not on every edit (a plan of
    // 10,000 rows takes a fraction of a second to check or chart).
    bool m_stale = false;
    bool m_onScreen = true;
    RowFilter m_filter;
    bool m_japanese = false;
    QTimer *m_refreshTimer = nullptr;
    QList<SliceText> m_sliceTexts;

    QComboBox *m_chartBox = nullptr;
    QComboBox *m_periodBox = nullptr;
    QComboBox *m_byBox = nullptr;
    QPushButton *m_exportButton = nullptr;
    QStackedWidget *m_stack = nullptr;
    QScrollArea *m_scroll = nullptr;
    QChartView *m_view = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_note = nullptr;
};
