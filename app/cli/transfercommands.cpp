// `pledgetracker import` and `pledgetracker export`: the command-line side of PlanImport and
// PlanExport, with the same exit codes as the other commands.
#include "commandline.h"
#include "document/document.h"
#include "io/outputpath.h"
#include "io/planexport.h"
#include "io/planimport.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace {

QCommandLineOption helpOption()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                              CommandLine::tr("Show this help."));
}

QCommandLineOption outputOption(const QString &what, const QString &valueName)
{
    return QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")}, what, valueName);
}

} // namespace

int CommandLine::importPlan(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString prefix = QStringLiteral("pledgetracker import: ");
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("iruma, csv, tsv, xlsx or json (default: recognised)."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption mapping(QStringLiteral("mapping"),
                                     tr("A column mapping saved by the import wizard."),
                                     QStringLiteral("MAP.json"));
    const QCommandLineOption output =
        outputOption(tr("The new plan; must not exist."), QStringLiteral("OUT.pledges"));
    const QCommandLineOption help = helpOption();
    parser.addOptions({format, mapping, output, help});
    QString wrong = parser.parse(arguments) ? QString() : parser.errorText();
    if (wrong.isEmpty() && parser.isSet(help)) {
        out << usage();
        return Success;
    }
    bool known = true;
    PlanImport::Request request;
    if (wrong.isEmpty() && parser.isSet(format)) {
        request.format = PlanImport::formatFromName(parser.value(format), &known);
        if (!known)
            wrong = tr("--format must be iruma, csv, tsv, xlsx or json, not \"%1\".")
                        .arg(parser.value(format));
    }
    if (wrong.isEmpty() && parser.positionalArguments().size() != 1)
        wrong = tr("expects exactly one INPUT file.");
    if (wrong.isEmpty() && !parser.isSet(output))
        wrong = tr("-o OUT.pledges is required.");
    if (wrong.isEmpty() && parser.isSet(mapping) &&
        (request.format == PlanImport::Format::Iruma || request.format == PlanImport::Format::Json))
        wrong = tr("--mapping is only for csv, tsv and xlsx.");
    if (!wrong.isEmpty()) {
        err << prefix << wrong << '\n' << usage();
        return UsageError;
    }
    request.path = parser.positionalArguments().constFirst();
    const QString target = parser.value(output);
    if (QFileInfo::exists(target)) {
        err << prefix << tr("%1: already exists; it is left as it is.").arg(target) << '\n';
        return UnusableInput;
    }
    QString error;
    if (parser.isSet(mapping)) {
        QFile file(parser.value(mapping));
        if (!file.open(QIODevice::ReadOnly)) {
            err << prefix << tr("%1: cannot be read (%2).").arg(file.fileName(), file.errorString())
                << '\n';
            return UnusableInput;
        }
        request.mapping = ColumnMapping::fromJson(file.readAll(), &error);
        if (!request.mapping) {
            err << prefix << QFileInfo(file.fileName()).fileName() << ": " << error << '\n';
            return UnusableInput;
        }
    }
    const auto result = PlanImport::readFile(request, Plan(), &error);
    if (!result) {
        err << prefix << error << '\n';
        return UnusableInput;
    }
    const auto doc = result->lossless()
                         ? Document::createLossless(target, result->plan, result->history, &error)
                         : Document::create(target, result->plan, &error);
    if (!doc) {
        err << prefix << error << '\n';
        return UnusableInput;
    }
    out << tr("%1: %2 chapters, %3 pledges, %4 rows, %5 periods imported from %6.")
               .arg(target)
               .arg(doc->plan().chapters.size())
               .arg(doc->plan().pledges.size())
               .arg(doc->plan().rows.size())
               .arg(doc->plan().periods.size())
               .arg(QFileInfo(request.path).fileName())
        << '\n';
    return Success;
}

int CommandLine::exportPlan(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString prefix = QStringLiteral("pledgetracker export: ");
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), tr("csv, xlsx or json."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      tr("XLSX headings in ja (default) or en."),
                                      QStringLiteral("LANG"));
    const QCommandLineOption output =
        outputOption(tr("The file to write; replaced if it exists."), QStringLiteral("OUT"));
    const QCommandLineOption help = helpOption();
    parser.addOptions({format, language, output, help});
    QString wrong = parser.parse(arguments) ? QString() : parser.errorText();
    if (wrong.isEmpty() && parser.isSet(help)) {
        out << usage();
        return Success;
    }
    bool known = false;
    const PlanExport::Format chosen = PlanExport::formatFromName(parser.value(format), &known);
    if (wrong.isEmpty() && !known)
        wrong =
            parser.isSet(format)
                ? tr("--format must be csv, xlsx or json, not \"%1\".").arg(parser.value(format))
                : tr("--format csv|xlsx|json is required.");
    const QString lang = parser.value(language);
    if (wrong.isEmpty() && parser.isSet(language) && lang != QStringLiteral("ja") &&
        lang != QStringLiteral("en"))
        wrong = tr("--language must be ja or en, not \"%1\".").arg(lang);
    if (wrong.isEmpty() && parser.positionalArguments().size() != 1)
        wrong = tr("expects exactly one FILE.");
    if (wrong.isEmpty() && !parser.isSet(output))
        wrong = tr("-o OUT is required.");
    if (!wrong.isEmpty()) {
        err << prefix << wrong << '\n' << usage();
        return UsageError;
    }
    QString error;
    const auto doc = Document::open(parser.positionalArguments().constFirst(),
                                    Document::Access::ReadOnly, &error);
    if (!doc) {
        err << prefix << error << '\n';
        return UnusableInput;
    }
    const QString target = parser.value(output);
    if (const QString refused =
            OutputPath::refusal(target, parser.positionalArguments().constFirst());
        !refused.isEmpty()) {
        err << prefix << refused << '\n';
        return UnusableInput;
    }
    if (!PlanExport::write(doc->plan(), doc->allHistory(), chosen, target, &error, {},
                           lang != QStringLiteral("en"))) {
        err << prefix << error << '\n';
        return UnusableInput;
    }
    out << tr("%1: %2 rows × %3 periods written.")
               .arg(target)
               .arg(doc->plan().rows.size())
               .arg(doc->plan().periods.size())
        << '\n';
    return Success;
}
