// `pledgetracker review copy|merge|list`: offline review without the editor, with the same
// exit codes as the other commands.
#include "commandline.h"
#include "document/document.h"
#include "review/reviewcopy.h"
#include "review/reviewmerge.h"
#include "review/reviewtext.h"
#include "translations.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

namespace {

using Exit = CommandLine::ExitCode;
const QString kPrefix = QStringLiteral("pledgetracker review: ");

QCommandLineOption helpOption()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                              CommandLine::tr("Show this help."));
}

// Parses and answers --help; false with the exit code set when the command should stop.
bool parse(QCommandLineParser &parser, const QStringList &arguments, int minimumFiles,
           QTextStream &out, QTextStream &err, const QString &usage, int *exit)
{
    const QCommandLineOption help = helpOption();
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        err << kPrefix << parser.errorText() << '\n' << usage;
        *exit = Exit::UsageError;
        return false;
    }
    if (parser.isSet(help)) {
        out << usage;
        *exit = Exit::Success;
        return false;
    }
    if (parser.positionalArguments().size() < minimumFiles) {
        err << kPrefix << CommandLine::tr("expects a FILE.") << '\n' << usage;
        *exit = Exit::UsageError;
        return false;
    }
    return true;
}

int copy(const QStringList &arguments, QTextStream &out, QTextStream &err, const QString &usage)
{
    QCommandLineParser parser;
    const QCommandLineOption reviewer(QStringLiteral("reviewer"),
                                      CommandLine::tr("Who reviews the copy."),
                                      QStringLiteral("NAME"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    CommandLine::tr("The review copy to write."),
                                    QStringLiteral("COPY.pledges"));
    parser.addOptions({reviewer, output});
    int exit = Exit::Success;
    if (!parse(parser, arguments, 1, out, err, usage, &exit))
        return exit;
    if (parser.positionalArguments().size() != 1 || parser.value(reviewer).trimmed().isEmpty() ||
        parser.value(output).isEmpty()) {
        err << kPrefix << CommandLine::tr("copy needs --reviewer NAME, one FILE and -o COPY.")
            << '\n'
            << usage;
        return Exit::UsageError;
    }
    if (QFileInfo::exists(parser.value(output))) {
        err << kPrefix
            << CommandLine::tr("%1: already exists; it is left as it is.").arg(parser.value(output))
            << '\n';
        return Exit::UnusableInput;
    }
    QString error;
    // Writable: a plan's first review copy gives it the identifier its reviews merge by.
    auto doc = Document::open(parser.positionalArguments().constFirst(),
                              Document::Access::ReadWrite, &error);
    if (!doc || !ReviewCopy::write(*doc, parser.value(reviewer), parser.value(output), &error)) {
        err << kPrefix << error << '\n';
        return Exit::UnusableInput;
    }
    out << CommandLine::tr("Review copy for %1 written to %2.")
               .arg(parser.value(reviewer).simplified(), parser.value(output))
        << '\n';
    return Exit::Success;
}

int merge(const QStringList &arguments, QTextStream &out, QTextStream &err, const QString &usage)
{
    QCommandLineParser parser;
    int exit = Exit::Success;
    if (!parse(parser, arguments, 2, out, err, usage, &exit))
        return exit;
    const QStringList files = parser.positionalArguments();
    QString error;
    auto doc = Document::open(files.constFirst(), Document::Access::ReadWrite, &error);
    if (!doc) {
        err << kPrefix << error << '\n';
        return Exit::UnusableInput;
    }
    for (const QString &copy : files.mid(1)) {
        const auto result = ReviewMerge::merge(*doc, copy, &error);
        if (!result) {
            err << kPrefix << error << '\n';
            exit = Exit::UnusableInput;
            continue;
        }
        out << ReviewMerge::summary(*result) << '\n';
    }
    return exit;
}

// One line per comment, tab-separated: reviewer, where, mark, state, created (UTC), text.
int list(const QStringList &arguments, QTextStream &out, QTextStream &err, const QString &usage)
{
    QCommandLineParser parser;
    const QCommandLineOption open(QStringLiteral("open"),
                                  CommandLine::tr("Only the comments not resolved yet."));
    parser.addOption(open);
    int exit = Exit::Success;
    if (!parse(parser, arguments, 1, out, err, usage, &exit))
        return exit;
    QString error;
    const auto doc = Document::open(parser.positionalArguments().constFirst(),
                                    Document::Access::ReadOnly, &error);
    if (!doc) {
        err << kPrefix << error << '\n';
        return Exit::UnusableInput;
    }
    const bool japanese = Translations::current() == QStringLiteral("ja");
    for (const ReviewComment &c : doc->comments()) {
        if (parser.isSet(open) && c.isResolved())
            continue;
        QString text = c.text;
        text.replace(QLatin1Char('\n'), QLatin1Char(' '))
            .replace(QLatin1Char('\t'), QLatin1Char(' '));
        out << c.reviewer << '\t' << ReviewText::where(doc->plan(), c, japanese) << '\t'
            << ReviewText::markName(c.mark) << '\t' << ReviewText::stateName(c) << '\t'
            << c.createdAt.toUTC().toString(Qt::ISODate) << '\t' << text << '\n';
    }
    return Exit::Success;
}

} // namespace

int CommandLine::review(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString usage = tr("Usage:\n"
                             "  pledgetracker review copy --reviewer NAME FILE -o COPY.pledges\n"
                             "  pledgetracker review merge FILE COPY.pledges...\n"
                             "  pledgetracker review list [--open] FILE\n");
    // arguments[0] is "review"; each action parses from its own name on.
    const QString action = arguments.value(1);
    if (action == QStringLiteral("copy"))
        return copy(arguments.mid(1), out, err, usage);
    if (action == QStringLiteral("merge"))
        return merge(arguments.mid(1), out, err, usage);
    if (action == QStringLiteral("list"))
        return list(arguments.mid(1), out, err, usage);
    if (action == QStringLiteral("--help") || action == QStringLiteral("-h")) {
        out << usage;
        return Success;
    }
    err << kPrefix << tr("expects copy, merge or list.") << '\n' << usage;
    return UsageError;
}
