// Time to first paint (issue 9): the editor's window opens a plan as the program does at start
// (window shown, then the file or sample opened), and the clock stops once the table has
// painted it, both the frozen left view and the period view. One open per process, with fresh
// settings in a temporary home, so "from process start" is what a user waits for.
// Then, with the plan on screen: how long the views take to paint each page while scrolling
// down, how long a status typed into a cell takes until the view has painted it (committed
// on disk in between), and the peak memory of the whole editor.
// Prints "name value" lines for scripts/benchmark; usage: bench_firstpaint FILE.pledges
// or bench_firstpaint --sample iruma.
#include "cli/translations.h"
#include "document/document.h"
#include "mainwindow.h"
#include "models/pledgetreemodel.h"
#include "pledgetableview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QKeyEvent>
#include <QScrollBar>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <ctime>
#include <functional>
#include <unistd.h>

namespace {

// Milliseconds since the kernel started this process (/proc/self/stat's starttime, counted in
// clock ticks since boot, so to about 10 ms): includes loading the program and its libraries.
double msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // The fields after the command name (which may hold spaces) start at state, field 3.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const double startSeconds = fields.value(22 - 3).toDouble() / double(sysconf(_SC_CLK_TCK));
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    return (double(now.tv_sec) + double(now.tv_nsec) / 1e9 - startSeconds) * 1000.0;
}

// Stops the clocks when both views of the table have painted an open plan. The paint event is
// passed on to the view first, so the time includes the painting itself.
class FirstPaintWatch : public QObject
{
public:
    explicit FirstPaintWatch(MainWindow *window) : m_window(window)
    {
        m_window->table()->fixedView()->viewport()->installEventFilter(this);
        m_window->table()->periodView()->viewport()->installEventFilter(this);
    }
    void start() { m_inProcess.start(); }
    // What runs once both views have painted; it ends with quitting, which closes the plan.
    void then(std::function<void()> next) { m_then = std::move(next); }
    bool done() const { return m_painted.size() == 2; }
    double inProcessMs() const { return m_inProcessMs; }
    double fromStartMs() const { return m_fromStartMs; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint || m_passingOn || done() || !m_window->document())
            return false;
        m_passingOn = true;
        QCoreApplication::sendEvent(watched, event);
        m_passingOn = false;
        m_painted.insert(watched);
        if (done()) {
            m_inProcessMs = double(m_inProcess.nsecsElapsed()) / 1e6;
            m_fromStartMs = msSinceProcessStart();
            QTimer::singleShot(0, qApp, m_then);
        }
        return true;
    }

private:
    MainWindow *m_window;
    QElapsedTimer m_inProcess;
    QSet<QObject *> m_painted;
    bool m_passingOn = false;
    double m_inProcessMs = -1;
    double m_fromStartMs = -1;
    std::function<void()> m_then;
};

// Peak resident memory of this process so far (VmHWM), in KiB.
qint64 peakKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

// Paints both views of the table now, as the window system would after a change.
void paintTable(PledgeTableView *table)
{
    table->fixedView()->viewport()->repaint();
    table->periodView()->viewport()->repaint();
}

// Scrolls the table a page at a time (the left view follows the period view) and times each
// page's paint: the stalls a user would see.
QList<double> scrollFrames(PledgeTableView *table, int pages)
{
    QList<double> frames;
    QScrollBar *bar = table->periodView()->verticalScrollBar();
    for (int i = 0; i < pages && bar->value() < bar->maximum(); ++i) {
        QElapsedTimer frame;
        frame.start();
        bar->setValue(bar->value() + bar->pageStep());
        paintTable(table);
        frames.append(double(frame.nsecsElapsed()) / 1e6);
    }
    return frames;
}

// Counts the paint events a widget receives.
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget *widget) { widget->installEventFilter(this); }
    int count() const { return m_count; }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        m_count += event->type() == QEvent::Paint;
        return false;
    }

private:
    int m_count = 0;
};

// Types a level's number into the first row's first period, as a user does, and times it
// until the period view has painted the change (the edit is committed on disk in between):
// the view repaints what changed when the window system next asks it to.
QList<double> statusKeystrokes(PledgeTableView *table, int count)
{
    QAbstractItemModel *model = table->periodView()->model();
    QModelIndex row = model->index(0, 0); // down to the first row of the first pledge
    while (model->hasChildren(row))
        row = model->index(0, 0, row);
    const QModelIndex cell = row.siblingAtColumn(PledgeTreeModel::FirstPeriodColumn);
    table->periodView()->setFocus();
    table->setCurrentIndex(cell);
    table->selectionModel()->select(cell, QItemSelectionModel::ClearAndSelect);
    table->periodView()->scrollTo(cell); // back from the scrolling: the change must show
    QKeyEvent clear(QEvent::KeyPress, Qt::Key_Delete, Qt::NoModifier);
    QCoreApplication::sendEvent(table->periodView(), &clear); // so that every key below changes it
    paintTable(table);
    const PaintCounter paints(table->periodView()->viewport());
    QList<double> keystrokes;
    for (int i = 0; i < count; ++i) {
        const QString key = QString::number(2 + i % 2);
        QKeyEvent press(QEvent::KeyPress, Qt::Key_2 + i % 2, Qt::NoModifier, key);
        const int paintsBefore = paints.count();
        QElapsedTimer keystroke;
        keystroke.start();
        QCoreApplication::sendEvent(table->periodView(), &press);
        while (paints.count() == paintsBefore && keystroke.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
        keystrokes.append(double(keystroke.nsecsElapsed()) / 1e6);
    }
    return keystrokes;
}

} // namespace

int main(int argc, char *argv[])
{
    const double mainEnteredMs = msSinceProcessStart();
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Fresh settings, recent files, backups and sample copies, as on a first start.
    QTemporaryDir home;
    qputenv("HOME", QFile::encodeName(home.path()));
    for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        qunsetenv(name);
    QStandardPaths::setTestModeEnabled(true);

    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PledgeTracker"));
    QCoreApplication::setApplicationName(QStringLiteral("pledgetracker"));
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const bool sample = args.size() == 3 && args.at(1) == QStringLiteral("--sample");
    if (!home.isValid() || (args.size() != 2 && !sample)) {
        out << "usage: bench_firstpaint FILE.pledges | --sample NAME\n";
        return 1;
    }
    Translations::install(QString());

    MainWindow window;
    FirstPaintWatch watch(&window);
    window.show();
    watch.start();
    QElapsedTimer open;
    open.start();
    const bool opened = sample ? window.openSample(args.at(2)) : window.openFile(args.at(1));
    const double openFileMs = double(open.nsecsElapsed()) / 1e6;
    if (!opened) {
        out << "cannot open " << args.last() << '\n';
        return 2;
    }
    const qsizetype rows = window.document()->plan().rows.size(); // quitting closes the plan
    QTimer::singleShot(60000, &app, [] {
        QTextStream(stderr) << "no paint within 60 s\n";
        QCoreApplication::exit(3);
    });
    QList<double> frames;
    QList<double> keystrokes;
    watch.then([&] {
        frames = scrollFrames(window.table(), 40);
        keystrokes = statusKeystrokes(window.table(), 12);
        QCoreApplication::quit();
    });
    if (const int code = QApplication::exec())
        return code;
    out << Qt::fixed << qSetRealNumberPrecision(1) << "firstpaint_from_start_ms "
        << watch.fromStartMs() << '\n'
        << "firstpaint_in_process_ms " << watch.inProcessMs() << '\n'
        << "openfile_ms " << openFileMs << '\n'
        << "main_entered_ms " << mainEnteredMs << '\n'
        << "rows " << rows << '\n'
        << "scroll_pages " << frames.size() << '\n'
        << "scroll_page_median_ms " << median(frames) << '\n'
        << "scroll_page_max_ms " << *std::max_element(frames.cbegin(), frames.cend()) << '\n'
        << "status_key_median_ms " << median(keystrokes) << '\n'
        << "status_key_max_ms " << *std::max_element(keystrokes.cbegin(), keystrokes.cend()) << '\n'
        << "peak_rss_kib " << peakKiB() << '\n';
    return 0;
}
