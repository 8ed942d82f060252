#pragma once

#include <QCoreApplication>
#include <QString>

// The bundled sample plans (Iruma, Tokorozawa). The editor works on a writable copy in the
// user's data folder, made from the bundled extraction the first time it is asked for.
class SamplePlans
{
    Q_DECLARE_TR_FUNCTIONS(SamplePlans)

public:
    static QStringList names();
    // The bundled extraction, e.g. ":/samples/iruma_2023-09.json".
    static QString resourcePath(const QString &name);
    // The path of the user's copy of the sample, created if missing; empty with *error set
    // when it cannot be made.
    static QString userCopy(const QString &name, QString *error);
    static QString folder();
};
