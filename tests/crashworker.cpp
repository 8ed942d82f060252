// Helper program for tst_crashsafety: edits a plan as fast as it can and reports each edit on
// stdout only after the editing facade said it was done, until it is killed.
#include "document/document.h"
#include "document/editing.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 2) {
        // Only open: a file of an older version is migrated on the way in.
        QString error;
        return Document::open(args.at(1), Document::Access::ReadWrite, &error) ? 0 : 2;
    }
    if (args.size() != 3)
        return 1;
    const int run = args.at(2).toInt();
    QString error;
    auto doc = Document::open(args.at(1), Document::Access::ReadWrite, &error);
    if (!doc) {
        QTextStream(stderr) << error << '\n';
        return 2;
    }
    QTextStream out(stdout);
    const Plan &plan = doc->plan();
    const qint64 period = plan.periods.first().id;
    for (int i = 0;; ++i) {
        const qint64 row = plan.rows.at(i % plan.rows.size()).id;
        Cell cell = plan.cell(row, period);
        cell.narrative = QStringLiteral("run %1 edit %2").arg(run).arg(i);
        if (!Editing::setCell(*doc, row, period, cell))
            return 3;
        out << i << ' ' << row << Qt::endl; // flushed: the edit was reported done
    }
}
