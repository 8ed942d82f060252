// `pledgetracker departments export|merge|status`: collecting updates from departments
// without the editor, with the same exit codes as the other commands.
#include "commandline.h"
#include "departments/collections.h"
#include "departments/returnedworkbook.h"
#include "departments/workbookbatch.h"
#include "document/document.h"
#include "document/editing.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

namespace {

using Exit = CommandLine::ExitCode;

QCommandLineOption helpOption()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                              CommandLine::tr("Show this help."));
}

QCommandLineOption periodOption()
{
    return QCommandLineOption(QStringLiteral("period"),
                              CommandLine::tr("The period collected: an id from summary --json."),
                              QStringLiteral("ID"));
}

// The period id given with --period; 0 with *wrong set when it is not a number.
qint64 periodId(const QCommandLineParser &parser, const QCommandLineOption &option, QString *wrong)
{
    bool ok = false;
    const qint64 id = parser.value(option).toLongLong(&ok);
    if (ok && id > 0)
        return id;
    *wrong = CommandLine::tr("--period expects a period id from summary --json, not \"%1\".")
                 .arg(parser.value(option));
    return 0;
}

QString periodLabel(const Plan &plan, qint64 periodId)
{
    const Period *period = plan.period(periodId);
    return period ? period->label(true, plan.info.fiscalYearStartMonth) : QString();
}

QString departmentName(const Plan &plan, qint64 departmentId)
{
    const Department *department = plan.department(departmentId);
    return department ? department->name : QString();
}

// A value on one line of a terminal: line breaks shown, long text cut.
QString shown(const QString &value)
{
    if (value.isEmpty())
        return CommandLine::tr("(empty)");
    QString line = value;
    line.replace(QLatin1Char('\n'), QStringLiteral("↵"));
    if (line.size() > 40)
        line = line.left(39) + QStringLiteral("…");
    return QLatin1Char('"') + line + QLatin1Char('"');
}

// "No. 1 ① 制度周知": the pledge's number and what the row is about.
QString rowLabel(const Plan &plan, qint64 rowId)
{
    const PledgeRow *row = plan.row(rowId);
    if (!row)
        return QString::number(rowId);
    const Pledge *pledge = plan.pledge(row->pledgeId);
    QString about = (row->marker + QLatin1Char(' ') + row->title).trimmed();
    if (about.isEmpty())
        about = row->content.section(QLatin1Char('\n'), 0, 0);
    if (about.size() > 24)
        about = about.left(23) + QStringLiteral("…");
    return QStringLiteral("No. %1 %2").arg(pledge ? pledge->number : QString(), about);
}

QString fieldName(const QString &field)
{
    if (field == QLatin1String("plan"))
        return CommandLine::tr("plan");
    if (field == QLatin1String("status"))
        return CommandLine::tr("status");
    return CommandLine::tr("narrative");
}

void printChange(const Plan &plan, const ReturnedChange &c, QTextStream &out)
{
    out << "  " << c.cell << ": " << rowLabel(plan, c.rowId) << ", "
        << periodLabel(plan, c.periodId) << ", " << fieldName(c.field) << ": "
        << shown(c.currentValue) << " → " << shown(c.returnedValue);
    if (c.conflict) {
        out << "  "
            << (c.currentValue != c.sentValue
                    ? CommandLine::tr(
                          "CONFLICT: changed in the plan too since it was sent out (was %1)")
                          .arg(shown(c.sentValue))
                    : CommandLine::tr(
                          "CONFLICT: another returned workbook changes it differently"));
    }
    out << '\n';
}

// One workbook of the review: what it is, its changes and its problems.
void printWorkbook(const Plan &plan, const ReturnedWorkbook &workbook, QTextStream &out,
                   QTextStream &err)
{
    const QString name = QFileInfo(workbook.file).fileName();
    if (workbook.usable)
        out << CommandLine::tr("%1: %2, %3: %n change(s)", nullptr, int(workbook.changes.size()))
                   .arg(name, departmentName(plan, workbook.departmentId),
                        periodLabel(plan, workbook.periodId))
            << '\n';
    for (const ReturnedChange &change : workbook.changes)
        printChange(plan, change, out);
    for (const WorkbookProblem &problem : workbook.problems) {
        err << name;
        if (!problem.cell.isEmpty())
            err << ' ' << problem.cell;
        err << ": " << problem.message << '\n';
    }
}

int exportWorkbooks(const QStringList &arguments, const QString &usage, QTextStream &out,
                    QTextStream &err)
{
    const QString prefix = QStringLiteral("pledgetracker departments export: ");
    QCommandLineParser parser;
    const QCommandLineOption period = periodOption();
    const QCommandLineOption nextPlan(QStringLiteral("next-plan"),
                                      CommandLine::tr("Ask for the next period's plan too."));
    const QCommandLineOption department(QStringLiteral("department"),
                                        CommandLine::tr("Only this department; repeatable."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    CommandLine::tr("The folder to write the workbooks into."),
                                    QStringLiteral("DIR"));
    const QCommandLineOption help = helpOption();
    parser.addOptions({period, nextPlan, department, output, help});
    QString wrong = parser.parse(arguments) ? QString() : parser.errorText();
    if (wrong.isEmpty() && parser.isSet(help)) {
        out << usage;
        return Exit::Success;
    }
    WorkbookBatch::Request request;
    if (wrong.isEmpty() && !parser.isSet(period))
        wrong = CommandLine::tr("--period ID is required.");
    if (wrong.isEmpty())
        request.periodId = periodId(parser, period, &wrong);
    if (wrong.isEmpty() && parser.positionalArguments().size() != 1)
        wrong = CommandLine::tr("expects exactly one FILE.");
    if (wrong.isEmpty() && !parser.isSet(output))
        wrong = CommandLine::tr("-o DIR is required.");
    if (!wrong.isEmpty()) {
        err << prefix << wrong << '\n' << usage;
        return Exit::UsageError;
    }
    const QString file = parser.positionalArguments().constFirst();
    QString error;
    const auto doc = Document::open(file, Document::Access::ReadWrite, &error);
    if (!doc) {
        err << prefix << error << '\n';
        return Exit::UnusableInput;
    }
    QObject::connect(doc.get(), &Document::writeFailed,
                     [&err, &prefix](const QString &message) { err << prefix << message << '\n'; });
    const Plan &plan = doc->plan();
    for (const QString &name : parser.values(department)) {
        const auto found = std::find_if(plan.departments.cbegin(), plan.departments.cend(),
                                        [&](const Department &d) { return d.name == name; });
        if (found == plan.departments.cend()) {
            err << prefix
                << CommandLine::tr("%1: has no department \"%2\" (--department).").arg(file, name)
                << '\n';
            return Exit::UnusableInput;
        }
        request.departmentIds << found->id;
    }
    request.withNextPlan = parser.isSet(nextPlan);
    request.folder = parser.value(output);
    QList<WorkbookBatch::Written> written;
    const bool complete = WorkbookBatch::sendOut(*doc, request, &written, &error);
    for (const WorkbookBatch::Written &w : std::as_const(written))
        out << CommandLine::tr("%1: %2, %n row(s)", nullptr, w.rows)
                   .arg(w.path, departmentName(plan, w.departmentId))
            << '\n';
    if (!complete) {
        err << prefix << file << ": " << error << '\n';
        return Exit::UnusableInput;
    }
    out << CommandLine::tr("%n workbook(s) written for %1.", nullptr, int(written.size()))
               .arg(periodLabel(plan, request.periodId))
        << '\n';
    return Exit::Success;
}

int mergeWorkbooks(const QStringList &arguments, const QString &usage, QTextStream &out,
                   QTextStream &err)
{
    const QString prefix = QStringLiteral("pledgetracker departments merge: ");
    QCommandLineParser parser;
    const QCommandLineOption period = periodOption();
    const QCommandLineOption acceptAll(
        QStringLiteral("accept-all"),
        CommandLine::tr("Apply every change that is not a conflict."));
    const QCommandLineOption applyRest(
        QStringLiteral("apply-rest"),
        CommandLine::tr(
            "With --accept-all: also apply the rows without problems of workbooks with some."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    CommandLine::tr("Only list the changes."));
    const QCommandLineOption help = helpOption();
    parser.addOptions({period, acceptAll, applyRest, dryRun, help});
    QString wrong = parser.parse(arguments) ? QString() : parser.errorText();
    if (wrong.isEmpty() && parser.isSet(help)) {
        out << usage;
        return Exit::Success;
    }
    qint64 expectedPeriod = 0;
    if (wrong.isEmpty() && parser.isSet(period))
        expectedPeriod = periodId(parser, period, &wrong);
    if (wrong.isEmpty() && parser.isSet(acceptAll) && parser.isSet(dryRun))
        wrong = CommandLine::tr("--accept-all and --dry-run exclude each other.");
    if (wrong.isEmpty() && parser.isSet(applyRest) && !parser.isSet(acceptAll))
        wrong = CommandLine::tr("--apply-rest goes with --accept-all.");
    if (wrong.isEmpty() && parser.positionalArguments().size() < 2)
        wrong = CommandLine::tr("expects the plan FILE and at least one RETURNED.xlsx.");
    if (!wrong.isEmpty()) {
        err << prefix << wrong << '\n' << usage;
        return Exit::UsageError;
    }
    const bool apply = parser.isSet(acceptAll);
    const QString file = parser.positionalArguments().constFirst();
    QString error;
    const auto doc = Document::open(
        file, apply ? Document::Access::ReadWrite : Document::Access::ReadOnly, &error);
    if (!doc) {
        err << prefix << error << '\n';
        return Exit::UnusableInput;
    }
    QObject::connect(doc.get(), &Document::writeFailed,
                     [&err, &prefix](const QString &message) { err << prefix << message << '\n'; });
    if (expectedPeriod && !doc->plan().period(expectedPeriod)) {
        err << prefix
            << CommandLine::tr("%1: has no period with id %2 (--period; see summary --json).")
                   .arg(file)
                   .arg(expectedPeriod)
            << '\n';
        return Exit::UnusableInput;
    }
    const QList<ReturnedWorkbook> workbooks =
        ReturnedWorkbookReader::readAll(doc->plan(), Collections::planUid(*doc),
                                        parser.positionalArguments().mid(1), expectedPeriod);
    int usable = 0, conflicts = 0, troubled = 0;
    for (const ReturnedWorkbook &workbook : workbooks) {
        printWorkbook(doc->plan(), workbook, out, err);
        usable += workbook.usable;
        troubled += workbook.hasProblems();
        for (const ReturnedChange &change : workbook.changes)
            conflicts += change.conflict;
    }
    if (usable == 0) {
        err << prefix
            << CommandLine::tr("none of the returned workbooks can be merged into %1.").arg(file)
            << '\n';
        return Exit::UnusableInput;
    }
    const QList<ReturnedChange> changes =
        ReturnedWorkbookReader::mergeable(workbooks, parser.isSet(applyRest), false);
    if (apply) {
        if (!Editing::mergeReturned(*doc, changes, &error)) {
            err << prefix << error << '\n';
            return Exit::UnusableInput;
        }
        // A workbook counts as merged when nothing of it was left for the office to decide.
        QList<ReturnedWorkbook> merged;
        for (const ReturnedWorkbook &w : workbooks) {
            const bool conflicted = std::any_of(w.changes.cbegin(), w.changes.cend(),
                                                [](const ReturnedChange &c) { return c.conflict; });
            if (w.usable && !conflicted && (!w.hasProblems() || parser.isSet(applyRest)))
                merged << w;
        }
        Collections::recordReturned(*doc, workbooks);
        Collections::recordMerged(*doc, merged);
        out << CommandLine::tr("%n change(s) applied.", nullptr, int(changes.size())) << '\n';
    } else {
        out << CommandLine::tr("%n change(s) to apply; nothing was applied", nullptr,
                               int(changes.size()))
            << (parser.isSet(dryRun)
                    ? QStringLiteral(" (--dry-run).")
                    : CommandLine::tr(": run again with --accept-all to apply them."))
            << '\n';
    }
    if (conflicts)
        out << CommandLine::tr("%n conflict(s) left out: decide them in the editor.", nullptr,
                               conflicts)
            << '\n';
    if (troubled)
        out << CommandLine::tr(
                   "%n workbook(s) with problems: see the messages; their rows with problems are "
                   "left out, the rest too unless --apply-rest.",
                   nullptr, troubled)
            << '\n';
    return conflicts || troubled ? Exit::ChangesLeftOut : Exit::Success;
}

int showStatus(const QStringList &arguments, const QString &usage, QTextStream &out,
               QTextStream &err)
{
    const QString prefix = QStringLiteral("pledgetracker departments status: ");
    QCommandLineParser parser;
    const QCommandLineOption period = periodOption();
    const QCommandLineOption help = helpOption();
    parser.addOptions({period, help});
    QString wrong = parser.parse(arguments) ? QString() : parser.errorText();
    if (wrong.isEmpty() && parser.isSet(help)) {
        out << usage;
        return Exit::Success;
    }
    qint64 id = 0;
    if (wrong.isEmpty() && !parser.isSet(period))
        wrong = CommandLine::tr("--period ID is required.");
    if (wrong.isEmpty())
        id = periodId(parser, period, &wrong);
    if (wrong.isEmpty() && parser.positionalArguments().size() != 1)
        wrong = CommandLine::tr("expects exactly one FILE.");
    if (!wrong.isEmpty()) {
        err << prefix << wrong << '\n' << usage;
        return Exit::UsageError;
    }
    const QString file = parser.positionalArguments().constFirst();
    QString error;
    const auto doc = Document::open(file, Document::Access::ReadOnly, &error);
    if (!doc) {
        err << prefix << error << '\n';
        return Exit::UnusableInput;
    }
    const Plan &plan = doc->plan();
    if (!plan.period(id)) {
        err << prefix
            << CommandLine::tr("%1: has no period with id %2 (--period; see summary --json).")
                   .arg(file)
                   .arg(id)
            << '\n';
        return Exit::UnusableInput;
    }
    const auto date = [](const QDateTime &at) {
        return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")) : QString();
    };
    out << periodLabel(plan, id) << '\n';
    for (const CollectionStatus &s : Collections::status(plan, Collections::records(*doc), id)) {
        QStringList dates;
        if (s.sent.isValid())
            dates << CommandLine::tr("sent %1").arg(date(s.sent));
        if (s.returned.isValid())
            dates << CommandLine::tr("returned %1").arg(date(s.returned));
        if (s.merged.isValid())
            dates << CommandLine::tr("merged %1").arg(date(s.merged));
        out << departmentName(plan, s.departmentId) << ": " << Collections::stateName(s.state);
        if (!dates.isEmpty())
            out << " (" << dates.join(QStringLiteral(", ")) << ')';
        out << ", "
            << CommandLine::tr("%1 of %n row(s) still empty", nullptr, s.rows).arg(s.emptyRows)
            << '\n';
    }
    return Exit::Success;
}

} // namespace

int CommandLine::departments(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString action = arguments.value(1);
    if (action == QStringLiteral("export"))
        return exportWorkbooks(arguments.mid(1), usage(), out, err);
    if (action == QStringLiteral("merge"))
        return mergeWorkbooks(arguments.mid(1), usage(), out, err);
    if (action == QStringLiteral("status"))
        return showStatus(arguments.mid(1), usage(), out, err);
    if (action == QStringLiteral("--help") || action == QStringLiteral("-h")) {
        out << usage();
        return Success;
    }
    err << tr("pledgetracker departments: expects export, merge or status, not \"%1\".").arg(action)
        << '\n'
        << usage();
    return UsageError;
}
