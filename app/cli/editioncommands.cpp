// `pledgetracker editions list|publish|report`: published editions without the editor, with
// the same exit codes as the other commands.
#include "commandline.h"
#include "document/document.h"
#include "domain/japaneseera.h"
#include "editions/changesreport.h"
#include "editions/changesreportwriter.h"
#include "io/outputpath.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <algorithm>
#include <optional>

namespace {

using Exit = CommandLine::ExitCode;

QCommandLineOption helpOption()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                              CommandLine::tr("Show this help."));
}

// The edition with the id given as text; nullopt with *error naming the file otherwise.
std::optional<Edition> findEdition(const QList<Edition> &editions, const QString &id,
                                   const QString &file, QString *error)
{
    bool ok = false;
    const qint64 wanted = id.toLongLong(&ok);
    const auto found = std::find_if(editions.cbegin(), editions.cend(),
                                    [&](const Edition &e) { return ok && e.id == wanted; });
    if (found != editions.cend())
        return *found;
    *error = CommandLine::tr("%1: has no edition \"%2\" (see editions list).").arg(file, id);
    return std::nullopt;
}

std::unique_ptr<Document> openPlan(const QString &file, Document::Access access,
                                   const QString &prefix, QTextStream &err)
{
    QString error;
    auto doc = Document::open(file, access, &error);
    if (!doc)
        err << prefix << error << '\n';
    return doc;
}

int listEditions(const QStringList &arguments, const QString &usage, QTextStream &out,
                 QTextStream &err)
{
    const QString prefix = QStringLiteral("pledgetracker editions list: ");
    QCommandLineParser parser;
    const QCommandLineOption help = helpOption();
    parser.addOption(help);
    QString wrong = parser.parse(arguments) ? QString() : parser.errorText();
    if (wrong.isEmpty() && parser.isSet(help)) {
        out << usage;
        return Exit::Success;
    }
    if (wrong.isEmpty() && parser.positionalArguments().size() != 1)
        wrong = CommandLine::tr("expects exactly one FILE.");
    if (!wrong.isEmpty()) {
        err << prefix << wrong << '\n' << usage;
        return Exit::UsageError;
    }
    const auto doc = openPlan(parser.positionalArguments().constFirst(), Document::Access::ReadOnly,
                              prefix, err);
    if (!doc)
        return Exit::UnusableInput;
    // One line per edition, tab-separated for scripts: id, date, name, when and by whom.
    for (const Edition &e : doc->editions()) {
        out << e.id << '\t' << e.date.toString(Qt::ISODate) << '\t' << e.name << '\t'
            << e.publishedAt.toUTC().toString(Qt::ISODate) << '\t' << e.publishedBy << '\n';
    }
    return Exit::Success;
}

int publishEdition(const QStringList &arguments, const QString &usage, QTextStream &out,
                   QTextStream &err)
{
    const QString prefix = QStringLiteral("pledgetracker editions publish: ");
    QCommandLineParser parser;
    const QCommandLineOption name(
        QStringLiteral("name"),
        CommandLine::tr("The edition's name; default: the plan's as-of date (令和6年9月末現在)."),
        QStringLiteral("NAME"));
    const QCommandLineOption date(QStringLiteral("date"),
                                  CommandLine::tr("The publication date; default: today."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption help = helpOption();
    parser.addOptions({name, date, help});
    QString wrong = parser.parse(arguments) ? QString() : parser.errorText();
    if (wrong.isEmpty() && parser.isSet(help)) {
        out << usage;
        return Exit::Success;
    }
    if (wrong.isEmpty() && parser.positionalArguments().size() != 1)
        wrong = CommandLine::tr("expects exactly one FILE.");
    const QDate published = parser.isSet(date) ? QDate::fromString(parser.value(date), Qt::ISODate)
                                               : QDate::currentDate();
    if (wrong.isEmpty() && !published.isValid())
        wrong = CommandLine::tr("--date must be a date such as 2024-10-15, not \"%1\".")
                    .arg(parser.value(date));
    if (!wrong.isEmpty()) {
        err << prefix << wrong << '\n' << usage;
        return Exit::UsageError;
    }
    const QString file = parser.positionalArguments().constFirst();
    const auto doc = openPlan(file, Document::Access::ReadWrite, prefix, err);
    if (!doc)
        return Exit::UnusableInput;
    const QString editionName =
        parser.isSet(name) ? parser.value(name) : JapaneseEra::asOfLabel(doc->plan().info.asOf);
    if (editionName.trimmed().isEmpty()) {
        err << prefix
            << CommandLine::tr("%1: has no as-of date to name the edition by; give --name.")
                   .arg(file)
            << '\n';
        return Exit::UsageError;
    }
    QObject::connect(doc.get(), &Document::writeFailed,
                     [&err, &prefix](const QString &message) { err << prefix << message << '\n'; });
    Edition edition;
    if (!doc->publishEdition(editionName, published, &edition))
        return Exit::UnusableInput;
    out << CommandLine::tr("%1: edition %2 \"%3\" published.")
               .arg(file)
               .arg(edition.id)
               .arg(edition.name)
        << '\n';
    return Exit::Success;
}

// `editions report`'s options: the paper and language as for `report`.
QString parsePaper(const QCommandLineParser &parser, const QCommandLineOption &paper,
                   const QCommandLineOption &landscape, const QCommandLineOption &language,
                   ReportOptions *options)
{
    const QString paperName = parser.value(paper).toLower();
    if (parser.isSet(paper) && paperName != QStringLiteral("a4") &&
        paperName != QStringLiteral("a3"))
        return CommandLine::tr("--paper must be a4 or a3, not \"%1\".").arg(parser.value(paper));
    options->paper =
        paperName == QStringLiteral("a3") ? ReportOptions::Paper::A3 : ReportOptions::Paper::A4;
    options->landscape = parser.isSet(landscape);
    const QString lang = parser.value(language);
    if (parser.isSet(language) && lang != QStringLiteral("ja") && lang != QStringLiteral("en"))
        return CommandLine::tr("--language must be ja or en, not \"%1\".").arg(lang);
    options->language = lang == QStringLiteral("en") ? ReportOptions::Language::English
                                                     : ReportOptions::Language::Japanese;
    return {};
}

int reportChanges(const QStringList &arguments, const QString &usage, QTextStream &out,
                  QTextStream &err)
{
    const QString prefix = QStringLiteral("pledgetracker editions report: ");
    QCommandLineParser parser;
    const QCommandLineOption edition(
        QStringLiteral("edition"),
        CommandLine::tr("The edition to compare from: an id from editions list."),
        QStringLiteral("ID"));
    const QCommandLineOption sinceLast(QStringLiteral("since-last"),
                                       CommandLine::tr("Compare from the last edition."));
    const QCommandLineOption to(
        QStringLiteral("to"),
        CommandLine::tr("The edition to compare with; default: the plan now."),
        QStringLiteral("ID"));
    const QCommandLineOption paper(QStringLiteral("paper"), CommandLine::tr("a4 (default) or a3."),
                                   QStringLiteral("PAPER"));
    const QCommandLineOption landscape(QStringLiteral("landscape"),
                                       CommandLine::tr("Landscape pages."));
    const QCommandLineOption language(QStringLiteral("language"),
                                      CommandLine::tr("Headings in ja (default) or en."),
                                      QStringLiteral("LANG"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    CommandLine::tr("The PDF to write."),
                                    QStringLiteral("OUT.pdf"));
    const QCommandLineOption help = helpOption();
    parser.addOptions({edition, sinceLast, to, paper, landscape, language, output, help});
    QString wrong = parser.parse(arguments) ? QString() : parser.errorText();
    if (wrong.isEmpty() && parser.isSet(help)) {
        out << usage;
        return Exit::Success;
    }
    if (wrong.isEmpty() && parser.isSet(edition) == parser.isSet(sinceLast))
        wrong = CommandLine::tr("give either --edition ID or --since-last.");
    if (wrong.isEmpty() && parser.positionalArguments().size() != 1)
        wrong = CommandLine::tr("expects exactly one FILE.");
    if (wrong.isEmpty() && !parser.isSet(output))
        wrong = CommandLine::tr("-o OUT.pdf is required.");
    ReportOptions options;
    if (wrong.isEmpty())
        wrong = parsePaper(parser, paper, landscape, language, &options);
    if (!wrong.isEmpty()) {
        err << prefix << wrong << '\n' << usage;
        return Exit::UsageError;
    }
    const QString file = parser.positionalArguments().constFirst();
    const auto doc = openPlan(file, Document::Access::ReadOnly, prefix, err);
    if (!doc)
        return Exit::UnusableInput;
    const QList<Edition> editions = doc->editions();
    QString error;
    std::optional<Edition> from;
    if (parser.isSet(sinceLast)) {
        if (editions.isEmpty())
            error = CommandLine::tr("%1: has no published edition to compare with.").arg(file);
        else
            from = editions.constLast();
    } else {
        from = findEdition(editions, parser.value(edition), file, &error);
    }
    std::optional<Edition> until;
    if (from && parser.isSet(to))
        until = findEdition(editions, parser.value(to), file, &error);
    const auto before = from ? doc->editionPlan(from->id, &error) : std::nullopt;
    const auto after = until ? doc->editionPlan(until->id, &error) : std::optional(doc->plan());
    if (!before || !after || !error.isEmpty()) {
        err << prefix << error << '\n';
        return Exit::UnusableInput;
    }
    const ChangesReport report =
        ChangesReport::build(*before, {from->name, from->date}, *after,
                             until ? ChangesReport::Side{until->name, until->date}
                                   : ChangesReport::Side{QString(), QDate::currentDate()},
                             options);
    const QString pdf = parser.value(output);
    if (const QString refused = OutputPath::refusal(pdf, file); !refused.isEmpty()) {
        err << prefix << refused << '\n';
        return Exit::UnusableInput;
    }
    int pages = 0;
    if (!ChangesReportWriter::writePdf(report, pdf, &error, &pages)) {
        err << prefix << error << '\n';
        return Exit::UnusableInput;
    }
    out << CommandLine::tr("%1: %n change(s), pages written: %2", nullptr, report.entryCount())
               .arg(pdf)
               .arg(pages)
        << '\n';
    return Exit::Success;
}

} // namespace

int CommandLine::editions(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString action = arguments.value(1);
    if (action == QStringLiteral("list"))
        return listEditions(arguments.mid(1), usage(), out, err);
    if (action == QStringLiteral("publish"))
        return publishEdition(arguments.mid(1), usage(), out, err);
    if (action == QStringLiteral("report"))
        return reportChanges(arguments.mid(1), usage(), out, err);
    if (action == QStringLiteral("--help") || action == QStringLiteral("-h")) {
        out << usage();
        return Success;
    }
    err << tr("pledgetracker editions: expects list, publish or report, not \"%1\".").arg(action)
        << '\n'
        << usage();
    return UsageError;
}
