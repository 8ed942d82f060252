// PlanStore's plan settings: small values that belong to one plan file rather than to the
// user's editor, such as which consistency checks are switched off.
#include "planstore.h"
#include "sqlvalues.h"

#include <QSqlQuery>
#include <QVariant>

using namespace SqlValues;

namespace {
const QString kDisabledChecks = QStringLiteral("disabled_checks");
const QChar kSeparator = QLatin1Char(',');
} // namespace

bool PlanStore::readSetting(const QString &key, QString *value)
{
    QSqlQuery q(m_db);
    if (!select(q, QStringLiteral("SELECT value FROM plan_settings WHERE key = ?"), {key}))
        return false;
    *value = q.next() ? q.value(0).toString() : QString();
    return true;
}

bool PlanStore::writeSetting(const QString &key, const QString &value)
{
    if (value.isEmpty())
        return run(QStringLiteral("DELETE FROM plan_settings WHERE key = ?"), {key});
    return run(QStringLiteral("INSERT OR REPLACE INTO plan_settings (key, value) VALUES (?, ?)"),
               {key, text(value)});
}

// Stored as one comma-separated value: keys are made of letters and hyphens.
bool PlanStore::readDisabledChecks(QStringList *keys)
{
    QString value;
    if (!readSetting(kDisabledChecks, &value))
        return false;
    *keys = value.split(kSeparator, Qt::SkipEmptyParts);
    return true;
}

bool PlanStore::writeDisabledChecks(const QStringList &keys)
{
    return writeSetting(kDisabledChecks, keys.join(kSeparator));
}
