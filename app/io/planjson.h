#pragma once

#include "domain/plan.h"

#include <QCoreApplication>
#include <optional>

// Pledge Tracker's lossless interchange format: the whole plan — its header, scales, periods,
// departments, chapters, pledges, rows, cells, year cells — and the history of every cell, with
// the ids that tie them together. docs/json-format.md describes it; `version` goes up when
// the format changes, and a reader refuses versions newer than its own.
class PlanJson
{
    Q_DECLARE_TR_FUNCTIONS(PlanJson)

public:
    static constexpr int kVersion = 1;
    static constexpr const char *kFormat = "pledgetracker-plan";

    struct Contents
    {
        Plan plan;
        QList<HistoryEntry> history;
    };

    static QByteArray write(const Plan &plan, const QList<HistoryEntry> &history);
    // Checks every reference (a row's pledge, a cell's level, …); a problem is reported with
    // the source name and the place in the file: "plan.json: rows[3].pledge_id: …".
    static std::optional<Contents> read(const QByteArray &json, const QString &sourceName,
                                        QString *error);
    // True when the bytes start like our format: lets an import pick the reader.
    static bool recognizes(const QByteArray &bytes);
};
