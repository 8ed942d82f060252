#include "sampleplans.h"
#include "document/document.h"
#include "seedimport.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

QStringList SamplePlans::names()
{
    return {QStringLiteral("iruma"), QStringLiteral("tokorozawa")};
}

QString SamplePlans::resourcePath(const QString &name)
{
    if (name == QStringLiteral("iruma"))
        return QStringLiteral(":/samples/iruma_2023-09.json");
    if (name == QStringLiteral("tokorozawa"))
        return QStringLiteral(":/samples/tokorozawa_2024.json");
    return {};
}

QString SamplePlans::folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/samples");
}

QString SamplePlans::userCopy(const QString &name, QString *error)
{
    const QString source = resourcePath(name);
    if (source.isEmpty()) {
        *error = tr("There is no sample plan named \"%1\".").arg(name);
        return {};
    }
    const QString path = folder() + QLatin1Char('/') + QFileInfo(source).completeBaseName() +
                         QStringLiteral(".pledges");
    if (QFileInfo::exists(path))
        return path;
    if (!QDir().mkpath(folder())) {
        *error = tr("The folder %1 cannot be created.").arg(folder());
        return {};
    }
    const auto plan = SeedImport::readFile(source, error);
    if (!plan)
        return {};
    if (!Document::create(path, *plan, error))
        return {};
    return path;
}
