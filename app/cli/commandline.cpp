#include "commandline.h"
#include "document/document.h"
#include "io/outputpath.h"
#include "io/plangenerator.h"
#include "report/reportwriter.h"
#include "stats/plansummary.h"
#include "translations.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>

namespace {

QtMessageHandler g_startupHandler = nullptr;

// A headless start (cron, a container) has no session runtime folder, and Qt says so on
// every start of a QGuiApplication; a clean run's stderr stays empty for scripts.
void quietStartup(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg &&
        message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (g_startupHandler)
        g_startupHandler(type, context, message);
    else
        fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

const QString kSummary = QStringLiteral("summary");
const QString kReport = QStringLiteral("report");
const QString kGenerate = QStringLiteral("generate");
const QString kImport = QStringLiteral("import");
const QString kExport = QStringLiteral("export");
const QString kCheck = QStringLiteral("check");
const QString kDepartments = QStringLiteral("departments");
const QString kEditions = QStringLiteral("editions");
const QString kReview = QStringLiteral("review");

QStringList commands()
{
    return {kSummary, kReport,      kGenerate, kImport, kExport,
            kCheck,   kDepartments, kEditions, kReview};
}

// A whole number from 1 to max given with option; an error naming the option otherwise.
QString positiveCount(const QCommandLineParser &parser, const QCommandLineOption &option, int max,
                      int *value)
{
    const QString name = QStringLiteral("--") + option.names().constFirst();
    if (!parser.isSet(option))
        return QCoreApplication::translate("CommandLine", "%1 is required.").arg(name);
    bool ok = false;
    *value = parser.value(option).toInt(&ok);
    if (!ok || *value < 1 || *value > max)
        return QCoreApplication::translate("CommandLine",
                                           "%1 must be a whole number from 1 to %2, not \"%3\".")
            .arg(name)
            .arg(max)
            .arg(parser.value(option));
    return {};
}

// `report`'s options, checked in two steps: the arguments alone (wrong usage), then against
// the plan (an unusable request for this file).
class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    ReportCommand()
        : layout(QStringLiteral("layout"), tr("table, summary or department."),
                 QStringLiteral("LAYOUT")),
          department(QStringLiteral("department"), tr("The department of a department sheet."),
                     QStringLiteral("NAME")),
          period(QStringLiteral("period"), tr("A period id from summary --json; repeatable."),
                 QStringLiteral("ID")),
          paper(QStringLiteral("paper"), tr("a4 (default) or a3."), QStringLiteral("PAPER")),
          landscape(QStringLiteral("landscape"), tr("Landscape pages.")),
          language(QStringLiteral("language"), tr("Headings in ja (default) or en."),
                   QStringLiteral("LANG")),
          output({QStringLiteral("o"), QStringLiteral("output")}, tr("The PDF to write."),
                 QStringLiteral("OUT.pdf")),
          edition(QStringLiteral("edition"),
                  tr("Print a published edition: an id from editions list."), QStringLiteral("ID")),
          help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."))
    {
        parser.addOptions(
            {layout, department, period, paper, landscape, language, output, edition, help});
        parser.addPositionalArgument(QStringLiteral("FILE"), tr("The .pledges plan."));
    }

    // The options the arguments give; an empty error when they are usable.
    QString parse(const QStringList &arguments, ReportOptions *options)
    {
        if (!parser.parse(arguments))
            return parser.errorText();
        if (parser.isSet(help))
            return {};
        if (parser.positionalArguments().size() != 1)
            return tr("expects exactly one FILE.");
        if (!parser.isSet(output))
            return tr("-o OUT.pdf is required.");
        const QString name = parser.value(layout);
        const QHash<QString, ReportOptions::Layout> layouts{
            {QStringLiteral("table"), ReportOptions::Layout::Table},
            {QStringLiteral("summary"), ReportOptions::Layout::Summary},
            {QStringLiteral("department"), ReportOptions::Layout::Department}};
        if (!layouts.contains(name))
            return tr("--layout must be table, summary or department, not \"%1\".").arg(name);
        options->layout = layouts.value(name);
        const bool departmentSheet = options->layout == ReportOptions::Layout::Department;
        if (departmentSheet && parser.value(department).trimmed().isEmpty())
            return tr("--layout department needs --department NAME.");
        if (!departmentSheet && parser.isSet(department))
            return tr("--department is only for --layout department.");
        const QString paperName = parser.value(paper).toLower();
        if (parser.isSet(paper) && paperName != QStringLiteral("a4") &&
            paperName != QStringLiteral("a3"))
            return tr("--paper must be a4 or a3, not \"%1\".").arg(parser.value(paper));
        options->paper =
            paperName == QStringLiteral("a3") ? ReportOptions::Paper::A3 : ReportOptions::Paper::A4;
        options->landscape = parser.isSet(landscape);
        const QString lang = parser.value(language);
        if (parser.isSet(language) && lang != QStringLiteral("ja") && lang != QStringLiteral("en"))
            return tr("--language must be ja or en, not \"%1\".").arg(lang);
        options->language = lang == QStringLiteral("en") ? ReportOptions::Language::English
                                                         : ReportOptions::Language::Japanese;
        for (const QString &value : parser.values(period)) {
            bool ok = false;
            const qint64 id = value.toLongLong(&ok);
            if (!ok || id <= 0)
                return tr("--period expects a period id from summary --json, not \"%1\".")
                    .arg(value);
            options->periodIds.append(id);
        }
        if (parser.isSet(edition) && parser.value(edition).toLongLong() <= 0)
            return tr("--edition expects an id from editions list, not \"%1\".")
                .arg(parser.value(edition));
        return {};
    }

    // Resolves the department and checks the periods against the plan; an empty error when
    // the plan has them.
    QString resolve(const Plan &plan, const QString &file, ReportOptions *options) const
    {
        if (options->layout == ReportOptions::Layout::Department) {
            const QString wanted = parser.value(department).trimmed();
            auto folded = [](const QString &s) {
                return s.normalized(QString::NormalizationForm_KC).trimmed().toCaseFolded();
            };
            for (const Department &d : plan.departments) {
                if (d.name == wanted || folded(d.name) == folded(wanted))
                    options->departmentId = d.id;
            }
            if (options->departmentId == 0)
                return tr("%1: has no department \"%2\" (--department).").arg(file, wanted);
        }
        for (const qint64 id : std::as_const(options->periodIds)) {
            if (!plan.period(id))
                return tr("%1: has no period with id %2 (--period; see summary --json).")
                    .arg(file)
                    .arg(id);
        }
        return {};
    }

    QCommandLineParser parser;
    const QCommandLineOption layout;
    const QCommandLineOption department;
    const QCommandLineOption period;
    const QCommandLineOption paper;
    const QCommandLineOption landscape;
    const QCommandLineOption language;
    const QCommandLineOption output;
    const QCommandLineOption edition;
    const QCommandLineOption help;
};

} // namespace

QStringList CommandLine::sampleNames()
{
    return {QStringLiteral("iruma"), QStringLiteral("tokorozawa")};
}

bool CommandLine::wantsConsole(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    return commands().contains(first) || first == QStringLiteral("help") ||
           first == QStringLiteral("--help") || first == QStringLiteral("-h") ||
           first == QStringLiteral("--version") || first == QStringLiteral("-v");
}

bool CommandLine::needsGui(const QStringList &arguments)
{
    return arguments.value(1) == kReport ||
           (arguments.value(1) == kEditions && arguments.value(2) == QStringLiteral("report"));
}

std::unique_ptr<QCoreApplication> CommandLine::createConsoleApplication(int &argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (!needsGui(arguments))
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    g_startupHandler = qInstallMessageHandler(quietStartup);
    auto app = std::make_unique<QGuiApplication>(argc, argv);
    qInstallMessageHandler(g_startupHandler);
    return app;
}

QString CommandLine::usage()
{
    return tr("Usage:\n"
              "  pledgetracker [--sample iruma|tokorozawa] [--read-only] [--language ja|en] "
              "[FILE]\n"
              "      Opens the editor on FILE (a .pledges plan), or on a writable copy of a\n"
              "      bundled sample plan.\n"
              "  pledgetracker summary [--json] FILE\n"
              "      Prints the number of chapters, pledges and rows, and per period the count\n"
              "      of rows at each status level and with none.\n"
              "  pledgetracker report --layout table|summary|department [--department NAME]\n"
              "                       [--period ID]... [--paper a4|a3] [--landscape]\n"
              "                       [--language ja|en] FILE -o OUT.pdf\n"
              "      Writes a PDF: the progress table, the summary of status counts, or one\n"
              "      department's rows. --period takes the ids summary --json prints\n"
              "      (periods[].id), once per period; without it every period is printed.\n"
              "      A4 portrait and Japanese headings unless told otherwise.\n"
              "  pledgetracker --help | --version\n"
              "\n"
              "Exit codes: 0 success, 1 wrong usage, 2 a file that cannot be used.\n")
           // Strings of their own, so the translations of the lines above stay valid.
           + tr("\n"
                "Import and export:\n"
                "  pledgetracker import [--format iruma|csv|tsv|xlsx|json] [--mapping MAP.json]\n"
                "                       INPUT -o OUT.pledges\n"
                "      Makes a new plan from Iruma's progress table, a CSV/TSV/XLSX sheet\n"
                "      (columns recognised from the headers, or as MAP.json says; see\n"
                "      docs/import-mapping.md) or a JSON export. The format is recognised\n"
                "      unless given. OUT.pledges must not exist.\n"
                "  pledgetracker export --format csv|xlsx|json [--language ja|en] FILE -o OUT\n"
                "      Writes open-data CSV (UTF-8 with BOM, one line per row and period), an\n"
                "      XLSX workbook like the progress table, or lossless JSON.\n")
           // A string of its own, so the translations of the lines above stay valid.
           + tr("\n"
                "Consistency checks:\n"
                "  pledgetracker check [--json] FILE\n"
                "      Lists what a reviewer would query, one line per finding: statuses\n"
                "      without a narrative, passed target dates, statuses that went down,\n"
                "      periods mostly empty, plans copied from the period before. The rules\n"
                "      switched off for the plan are skipped. Exit code 3 when it finds any.\n")
           // A string of its own, so the translations of the lines above stay valid.
           + tr("\n"
                "Collecting updates from departments:\n"
                "  pledgetracker departments export --period ID [--next-plan]\n"
                "                                    [--department NAME]... FILE -o DIR\n"
                "      Writes one XLSX workbook per department (or per --department) into DIR:\n"
                "      its rows with the fixed fields locked, the period's plan, status and\n"
                "      narrative to fill in, and the next period's plan with --next-plan.\n"
                "      Records them as sent in FILE.\n"
                "  pledgetracker departments merge [--period ID] [--accept-all [--apply-rest]\n"
                "                                   | --dry-run] FILE RETURNED.xlsx...\n"
                "      Lists every field the returned workbooks change, marking conflicts\n"
                "      (changed in the plan too since sending) and problems (another plan or\n"
                "      period, damaged row ids, unknown statuses, edited locked cells).\n"
                "      --accept-all applies the changes that are not conflicts, of workbooks\n"
                "      without problems (with --apply-rest: their other rows too), as one\n"
                "      step. Exit code 3 when conflicts or problems were left out.\n"
                "  pledgetracker departments status --period ID FILE\n"
                "      Per department: not sent, sent, returned or merged, with the dates and\n"
                "      the rows still empty.\n")
           // A string of its own, so the translations of the lines above stay valid.
           + tr("\n"
                "Published editions:\n"
                "  pledgetracker editions list FILE\n"
                "      One line per edition, tab-separated: id, date, name, when published\n"
                "      (UTC) and by whom.\n"
                "  pledgetracker editions publish [--name NAME] [--date YYYY-MM-DD] FILE\n"
                "      Freezes the plan as it is now inside FILE, as an edition that can never\n"
                "      be changed. The name defaults to the plan's as-of date (令和6年9月末現在),\n"
                "      the date to today.\n"
                "  pledgetracker editions report --edition ID|--since-last [--to ID]\n"
                "                                [--paper a4|a3] [--landscape]\n"
                "                                [--language ja|en] FILE -o OUT.pdf\n"
                "      Writes the changes since an edition (or the last one) up to the plan\n"
                "      now (or edition --to): statuses up and down, new and removed rows,\n"
                "      changed texts.\n"
                "  pledgetracker report --edition ID ...\n"
                "      Prints an edition exactly as it was published, in any layout.\n")
           // A string of its own, so the translations of the lines above stay valid.
           + tr("\n"
                "Offline review:\n"
                "  pledgetracker review copy --reviewer NAME FILE -o COPY.pledges\n"
                "      Writes a review copy of the plan for NAME: it refuses changes to the\n"
                "      plan's data and takes comments and marks on cells, rows and pledges.\n"
                "  pledgetracker review merge FILE COPY.pledges...\n"
                "      Adds the copies' comments and marks that FILE does not have yet; the\n"
                "      plan's data is not changed. A copy of another plan is refused.\n"
                "  pledgetracker review list [--open] FILE\n"
                "      One line per comment, tab-separated: reviewer, where, mark, state,\n"
                "      created (UTC) and text.\n")
           // A string of its own, so the translation of the lines above stays valid.
           + tr("\n"
                "For trying out and measuring the editor:\n"
                "  pledgetracker generate --pledges N --rows-per-pledge M --periods P\n"
                "                         [--seed S] -o FILE\n"
                "      Writes a new plan of made-up but realistic content: N pledges of M\n"
                "      department rows, P half-year periods from FY2019, about 80% of cells\n"
                "      filled, some history. The same seed (default 1) gives the same plan.\n"
                "      FILE must not exist.\n");
}

int CommandLine::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString first = arguments.value(1);
    if (first == QStringLiteral("--version") || first == QStringLiteral("-v")) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
            << '\n';
        return Success;
    }
    if (first == QStringLiteral("--help") || first == QStringLiteral("-h") ||
        first == QStringLiteral("help")) {
        out << usage();
        return Success;
    }
    if (first == kSummary)
        return summary(arguments.mid(1), out, err);
    if (first == kReport)
        return report(arguments.mid(1), out, err);
    if (first == kGenerate)
        return generate(arguments.mid(1), out, err);
    if (first == kImport)
        return importPlan(arguments.mid(1), out, err);
    if (first == kExport)
        return exportPlan(arguments.mid(1), out, err);
    if (first == kCheck)
        return check(arguments.mid(1), out, err);
    if (first == kDepartments)
        return departments(arguments.mid(1), out, err);
    if (first == kEditions)
        return editions(arguments.mid(1), out, err);
    if (first == kReview)
        return review(arguments.mid(1), out, err);
    err << tr("pledgetracker: unknown command \"%1\".").arg(first) << '\n' << usage();
    return UsageError;
}

int CommandLine::summary(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Prints status counts per period."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print stable JSON (see README)."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    parser.addOption(json);
    parser.addOption(help);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The .pledges plan."));
    if (!parser.parse(arguments)) {
        err << "pledgetracker summary: " << parser.errorText() << '\n' << usage();
        return UsageError;
    }
    if (parser.isSet(help)) {
        out << usage();
        return Success;
    }
    if (parser.positionalArguments().size() != 1) {
        err << tr("pledgetracker summary: expects exactly one FILE.") << '\n' << usage();
        return UsageError;
    }
    QString error;
    const auto doc = Document::open(parser.positionalArguments().constFirst(),
                                    Document::Access::ReadOnly, &error);
    if (!doc) {
        err << "pledgetracker summary: " << error << '\n';
        return UnusableInput;
    }
    const PlanSummary summary(doc->plan());
    if (parser.isSet(json))
        out << QJsonDocument(summary.toJson()).toJson(QJsonDocument::Indented);
    else
        out << summary.toText(Translations::current() == QStringLiteral("ja"));
    return Success;
}

int CommandLine::report(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString prefix = QStringLiteral("pledgetracker report: ");
    ReportCommand command;
    ReportOptions options;
    const QString wrong = command.parse(arguments, &options);
    if (!wrong.isEmpty()) {
        err << prefix << wrong << '\n' << usage();
        return UsageError;
    }
    if (command.parser.isSet(command.help)) {
        out << usage();
        return Success;
    }
    const QString file = command.parser.positionalArguments().constFirst();
    QString error;
    const auto doc = Document::open(file, Document::Access::ReadOnly, &error);
    if (!doc) {
        err << prefix << error << '\n';
        return UnusableInput;
    }
    // --edition prints a published edition as it was frozen, not the plan now.
    std::optional<Plan> edition;
    if (command.parser.isSet(command.edition)) {
        edition = doc->editionPlan(command.parser.value(command.edition).toLongLong(), &error);
        if (!edition) {
            err << prefix << file << ": " << error << '\n';
            return UnusableInput;
        }
    }
    const Plan &plan = edition ? *edition : doc->plan();
    error = command.resolve(plan, file, &options);
    if (!error.isEmpty()) {
        err << prefix << error << '\n';
        return UnusableInput;
    }
    const QString pdf = command.parser.value(command.output);
    if (const QString refused = OutputPath::refusal(pdf, file); !refused.isEmpty()) {
        err << prefix << refused << '\n';
        return UnusableInput;
    }
    int pages = 0;
    if (!ReportWriter::writePdf(plan, options, pdf, &error, {}, &pages)) {
        err << prefix << error << '\n';
        return UnusableInput;
    }
    out << tr("%1: pages written: %2").arg(pdf).arg(pages) << '\n';
    return Success;
}

int CommandLine::generate(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString prefix = QStringLiteral("pledgetracker generate: ");
    QCommandLineParser parser;
    const QCommandLineOption pledges(QStringLiteral("pledges"), tr("How many pledges."),
                                     QStringLiteral("N"));
    const QCommandLineOption rows(QStringLiteral("rows-per-pledge"),
                                  tr("How many department rows each pledge has."),
                                  QStringLiteral("M"));
    const QCommandLineOption periods(QStringLiteral("periods"),
                                     tr("How many half-year periods, from FY2019."),
                                     QStringLiteral("P"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("The random seed (default 1)."),
                                  QStringLiteral("S"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("The plan to write; must not exist."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    parser.addOptions({pledges, rows, periods, seed, output, help});
    QString wrong = parser.parse(arguments) ? QString() : parser.errorText();
    if (wrong.isEmpty() && parser.isSet(help)) {
        out << usage();
        return Success;
    }
    int pledgeCount = 0, rowCount = 0, periodCount = 0;
    if (wrong.isEmpty() && !parser.positionalArguments().isEmpty())
        wrong = tr("takes no FILE argument; name the plan to write with -o FILE.");
    if (wrong.isEmpty())
        wrong = positiveCount(parser, pledges, 100000, &pledgeCount);
    if (wrong.isEmpty())
        wrong = positiveCount(parser, rows, 1000, &rowCount);
    if (wrong.isEmpty())
        wrong = positiveCount(parser, periods, 40, &periodCount);
    bool seedOk = true;
    const quint32 seedValue = parser.isSet(seed) ? parser.value(seed).toUInt(&seedOk) : 1;
    if (wrong.isEmpty() && !seedOk)
        wrong = tr("--seed must be a whole number from 0 to 4294967295.");
    if (wrong.isEmpty() && !parser.isSet(output))
        wrong = tr("-o FILE is required.");
    if (wrong.isEmpty() && qint64(pledgeCount) * rowCount > 1000000)
        wrong = tr("at most 1,000,000 rows (--pledges × --rows-per-pledge).");
    if (!wrong.isEmpty()) {
        err << prefix << wrong << '\n' << usage();
        return UsageError;
    }
    const QString file = parser.value(output);
    if (QFileInfo::exists(file)) {
        err << prefix << tr("%1: already exists; it is left as it is.").arg(file) << '\n';
        return UnusableInput;
    }
    QString error;
    auto doc = Document::create(
        file, PlanGenerator::generate(pledgeCount, rowCount, periodCount, seedValue), &error);
    if (!doc) {
        err << prefix << error << '\n';
        return UnusableInput;
    }
    // Some history, as if staff had changed a few hundred statuses: written in one
    // transaction rather than as hundreds of edits, each of which would wait for the disk.
    const QList<HistoryEntry> history =
        PlanGenerator::history(doc->plan(), qMin(300, int(doc->plan().cells.size())), seedValue);
    QObject::connect(doc.get(), &Document::writeFailed,
                     [&error](const QString &message) { error = message; });
    if (!doc->applyStructure([&history](PlanStore &store) {
            return std::all_of(history.cbegin(), history.cend(),
                               [&store](const HistoryEntry &e) { return store.insertHistory(e); });
        })) {
        doc.reset();
        QFile::remove(file);
        err << prefix << tr("%1: cannot be written (%2).").arg(file, error) << '\n';
        return UnusableInput;
    }
    out << tr("%1: %2 pledges, %3 rows, %4 periods written.")
               .arg(file)
               .arg(doc->plan().pledges.size())
               .arg(doc->plan().rows.size())
               .arg(doc->plan().periods.size())
        << '\n';
    return Success;
}

bool CommandLine::parseEditor(const QStringList &arguments, EditorRequest *request, QString *error)
{
    QCommandLineParser parser;
    const QCommandLineOption sample(QStringLiteral("sample"), tr("Open a bundled sample plan."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption readOnly(QStringLiteral("read-only"), tr("Open the file read-only."));
    const QCommandLineOption language(QStringLiteral("language"), tr("ja or en."),
                                      QStringLiteral("LANG"));
    parser.addOptions({sample, readOnly, language});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The .pledges plan to open."));
    if (!parser.parse(arguments)) {
        *error = parser.errorText() + QLatin1Char('\n') + usage();
        return false;
    }
    if (parser.positionalArguments().size() > 1 ||
        (parser.isSet(sample) && !sampleNames().contains(parser.value(sample))) ||
        (parser.isSet(language) &&
         !QStringList{QStringLiteral("ja"), QStringLiteral("en")}.contains(
             parser.value(language)))) {
        *error = tr("pledgetracker: wrong arguments.") + QLatin1Char('\n') + usage();
        return false;
    }
    request->file = parser.positionalArguments().value(0);
    request->sample = parser.value(sample);
    request->language = parser.value(language);
    request->readOnly = parser.isSet(readOnly);
    return true;
}
