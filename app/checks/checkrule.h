#pragma once

#include <QCoreApplication>
#include <QHashFunctions>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

// What a consistency check looks for. The order is the order rules are listed in.
enum class CheckRule
{
    AchievedWithoutNarrative,
    BehindWithoutNarrative,
    TargetDatePassed,
    StatusWentDown,
    PeriodMostlyEmpty,
    PlanCopiedFromPrevious
};

inline size_t qHash(CheckRule rule, size_t seed = 0) noexcept
{
    return ::qHash(int(rule), seed);
}

// The rules' names: a stable key for files and the command line, and translated words for
// people. A plan stores the keys of the rules its users switched off.
class CheckRules
{
    Q_DECLARE_TR_FUNCTIONS(CheckRules)

public:
    static QList<CheckRule> all();
    // "achieved-without-narrative": never translated, stored in plans and printed by --json.
    static QString key(CheckRule rule);
    static std::optional<CheckRule> fromKey(const QString &key);
    static QString name(CheckRule rule);
    static QString description(CheckRule rule);

    // The switched-off rules a plan's stored keys name; keys this version does not know are
    // left out.
    static QSet<CheckRule> fromKeys(const QStringList &keys);
    // The keys to store for these rules, in rule order, keeping the unknown keys of
    // `previous` (written by a newer version) after them.
    static QStringList toKeys(const QSet<CheckRule> &rules, const QStringList &previous = {});
};
