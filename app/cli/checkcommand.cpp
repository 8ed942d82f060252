// `pledgetracker check`: the consistency checks of PlanCheck for scripts and review rounds,
// with exit code 3 when a plan has findings.
#include "checks/plancheck.h"
#include "commandline.h"
#include "document/document.h"
#include "translations.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace {

// Keys stay the same in every language; "where" and "message" are in the UI's language.
QJsonObject findingsJson(const QList<CheckFinding> &findings)
{
    QJsonArray list;
    for (const CheckFinding &f : findings) {
        list.append(
            QJsonObject{{QStringLiteral("rule"), CheckRules::key(f.rule)},
                        {QStringLiteral("row_id"), f.rowId ? QJsonValue(f.rowId) : QJsonValue()},
                        {QStringLiteral("period_id"), f.periodId},
                        {QStringLiteral("where"), f.where},
                        {QStringLiteral("message"), f.message}});
    }
    return {{QStringLiteral("count"), list.size()}, {QStringLiteral("findings"), list}};
}

} // namespace

int CommandLine::check(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString prefix = QStringLiteral("pledgetracker check: ");
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print stable JSON (see README)."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    parser.addOptions({json, help});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The .pledges plan."));
    if (!parser.parse(arguments)) {
        err << prefix << parser.errorText() << '\n' << usage();
        return UsageError;
    }
    if (parser.isSet(help)) {
        out << usage();
        return Success;
    }
    if (parser.positionalArguments().size() != 1) {
        err << prefix << tr("expects exactly one FILE.") << '\n' << usage();
        return UsageError;
    }
    QString error;
    const auto doc = Document::open(parser.positionalArguments().constFirst(),
                                    Document::Access::ReadOnly, &error);
    if (!doc) {
        err << prefix << error << '\n';
        return UnusableInput;
    }
    const bool japanese = Translations::current() == QStringLiteral("ja");
    const QList<CheckFinding> findings = PlanCheck::run(doc->plan(), japanese);
    if (parser.isSet(json)) {
        out << QJsonDocument(findingsJson(findings)).toJson(QJsonDocument::Indented);
    } else {
        for (const CheckFinding &f : findings)
            out << f.where << ": " << f.message << '\n';
    }
    return findings.isEmpty() ? Success : FindingsFound;
}
