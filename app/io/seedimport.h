#pragma once

#include "domain/plan.h"

#include <QCoreApplication>
#include <optional>

// Builds a plan from the checked JSON extractions of the two published documents the product
// was founded on (Iruma's A–D table, Tokorozawa's ☆○△× progress sheets). They are the bundled
// sample plans; the reader tells the two shapes apart by their keys.
class SeedImport
{
    Q_DECLARE_TR_FUNCTIONS(SeedImport)

public:
    static std::optional<Plan> read(const QByteArray &json, const QString &sourceName,
                                    QString *error);
    static std::optional<Plan> readFile(const QString &path, QString *error);
};
