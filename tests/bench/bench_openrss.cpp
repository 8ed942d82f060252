// Opens a plan as the editor does (document, tree model, filter model) in a fresh process and
// prints the peak resident memory (VmHWM) and how long the open took. Used by scripts/benchmark.
#include "document/document.h"
#include "models/pledgefiltermodel.h"
#include "models/pledgetreemodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

namespace {
qint64 statusKiB(const char *key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(qstrlen(key)).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (app.arguments().size() != 2) {
        out << "usage: bench_openrss FILE.pledges\n";
        return 1;
    }
    const qint64 before = statusKiB("VmHWM:");
    QElapsedTimer timer;
    timer.start();
    QString error;
    const auto doc = Document::open(app.arguments().at(1), Document::Access::ReadWrite, &error);
    if (!doc) {
        out << error << '\n';
        return 2;
    }
    PledgeTreeModel tree(doc.get());
    PledgeFilterModel filter(doc.get());
    filter.setSourceModel(&tree);
    const qint64 ms = timer.elapsed();
    out << "open_ms " << ms << '\n'
        << "vmhwm_before_kib " << before << '\n'
        << "vmhwm_kib " << statusKiB("VmHWM:") << '\n'
        << "rows " << filter.totalRowCount() << '\n';
    return 0;
}
