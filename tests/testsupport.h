#pragma once

#include "domain/plan.h"
#include "io/seedimport.h"
#include "storage/database.h"
#include "storage/planstore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

// Shared helpers for the tests: the bundled sample plans and their seed extractions.
namespace TestSupport {

inline QString samplePath(const QString &name)
{
    return name == QStringLiteral("iruma") ? QStringLiteral(":/samples/iruma_2023-09.json")
                                           : QStringLiteral(":/samples/tokorozawa_2024.json");
}

inline Plan samplePlan(const QString &name)
{
    QString error;
    const auto plan = SeedImport::readFile(samplePath(name), &error);
    if (!plan)
        qFatal("%s", qPrintable(error));
    return *plan;
}

inline QJsonObject seedJson(const QString &name)
{
    QFile file(samplePath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll()).object();
}

// The plan as a second program reading the file sees it.
inline Plan reloadFromDisk(const QString &path)
{
    QString error;
    auto db = Database::open(path, Database::Access::ReadOnly, &error);
    if (!db)
        qFatal("%s", qPrintable(error));
    Plan plan;
    PlanStore store(db->connection());
    if (!store.load(&plan))
        qFatal("%s", qPrintable(store.error()));
    return plan;
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

#ifdef PLEDGETRACKER_EXE
struct CliResult
{
    int code;
    QString out;
    QString err;
};

// Runs the real pledgetracker executable, in English, as a user's shell would.
inline CliResult runCli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PLEDGETRACKER_EXE), arguments);
    if (!process.waitForFinished(60000))
        qFatal("pledgetracker did not finish");
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}
#endif

} // namespace TestSupport
