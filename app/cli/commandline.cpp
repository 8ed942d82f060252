#include "commandline.h"
#include "document/document.h"
#include "stats/plansummary.h"
#include "translations.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

namespace {

const QString kSummary = QStringLiteral("summary");

QStringList commands()
{
    return {kSummary};
}

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

QString CommandLine::usage()
{
    return tr(
        "Usage:\n"
        "  pledgetracker [--sample iruma|tokorozawa] [--read-only] [--language ja|en] [FILE]\n"
        "      Opens the editor on FILE (a .pledges plan), or on a writable copy of a\n"
        "      bundled sample plan.\n"
        "  pledgetracker summary [--json] FILE\n"
        "      Prints the number of chapters, pledges and rows, and per period the count\n"
        "      of rows at each status level and with none.\n"
        "  pledgetracker --help | --version\n"
        "\n"
        "Exit codes: 0 success, 1 wrong usage, 2 a file that cannot be used.\n");
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
