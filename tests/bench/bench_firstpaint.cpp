// Time to first paint (issue 9): the editor's window opens a plan as the program does at start
// (window shown, then the file or sample opened), and the clock stops once the table has
// painted it, both the frozen left view and the period view. One open per process, with fresh
// settings in a temporary home, so "from process start" is what a user waits for.
// Prints "name value" lines for scripts/benchmark; usage: bench_firstpaint FILE.pledges
// or bench_firstpaint --sample iruma.
#include "cli/translations.h"
#include "document/document.h"
#include "mainwindow.h"
#include "pledgetableview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QTreeView>

#include <ctime>
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
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
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
};

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
    if (const int code = QApplication::exec())
        return code;
    out << Qt::fixed << qSetRealNumberPrecision(1) << "firstpaint_from_start_ms "
        << watch.fromStartMs() << '\n'
        << "firstpaint_in_process_ms " << watch.inProcessMs() << '\n'
        << "openfile_ms " << openFileMs << '\n'
        << "main_entered_ms " << mainEnteredMs << '\n'
        << "rows " << rows << '\n';
    return 0;
}
