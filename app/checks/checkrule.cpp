#include "checkrule.h"

#include <iterator>

namespace {

struct RuleText
{
    CheckRule rule;
    const char *key;
    const char *name;
    const char *description;
};

// QT_TRANSLATE_NOOP marks the texts for the translators; name() and description() translate
// them when asked, so a language switch takes effect at once.
constexpr RuleText kRules[] = {
    {CheckRule::AchievedWithoutNarrative, "achieved-without-narrative",
     QT_TRANSLATE_NOOP("CheckRules", "Achieved without narrative"),
     QT_TRANSLATE_NOOP("CheckRules", "A cell has an achieved status but no narrative saying "
                                     "what was done.")},
    {CheckRule::BehindWithoutNarrative, "behind-without-narrative",
     QT_TRANSLATE_NOOP("CheckRules", "Behind plan without narrative"),
     QT_TRANSLATE_NOOP("CheckRules", "A cell's status is below \"on plan\" (such as △, × or C, "
                                     "D) but no narrative explains why.")},
    {CheckRule::TargetDatePassed, "target-date-passed",
     QT_TRANSLATE_NOOP("CheckRules", "Target date passed"),
     QT_TRANSLATE_NOOP("CheckRules", "A row's target date (or its pledge's) is before the end "
                                     "of its latest period with a status, and that status is "
                                     "not achieved.")},
    {CheckRule::StatusWentDown, "status-went-down",
     QT_TRANSLATE_NOOP("CheckRules", "Status went down"),
     QT_TRANSLATE_NOOP("CheckRules", "A row's status is worse than in its previous period with "
                                     "a status.")},
    {CheckRule::PeriodMostlyEmpty, "period-mostly-empty",
     QT_TRANSLATE_NOOP("CheckRules", "Period mostly empty"),
     QT_TRANSLATE_NOOP("CheckRules", "More than half of the rows have no plan, status or "
                                     "narrative in a period.")},
    {CheckRule::PlanCopiedFromPrevious, "plan-copied-from-previous",
     QT_TRANSLATE_NOOP("CheckRules", "Plan same as previous period"),
     QT_TRANSLATE_NOOP("CheckRules", "A row's plan is word for word the plan of the period "
                                     "before.")},
};

constexpr bool inRuleOrder()
{
    for (int i = 0; i < int(std::size(kRules)); ++i) {
        if (int(kRules[i].rule) != i)
            return false;
    }
    return true;
}
static_assert(inRuleOrder(), "kRules is indexed by CheckRule");

const RuleText &textOf(CheckRule rule)
{
    return kRules[int(rule)];
}

} // namespace

QList<CheckRule> CheckRules::all()
{
    QList<CheckRule> rules;
    for (const RuleText &text : kRules)
        rules.append(text.rule);
    return rules;
}

QString CheckRules::key(CheckRule rule)
{
    return QString::fromLatin1(textOf(rule).key);
}

std::optional<CheckRule> CheckRules::fromKey(const QString &key)
{
    for (const RuleText &text : kRules) {
        if (key == QLatin1String(text.key))
            return text.rule;
    }
    return std::nullopt;
}

QString CheckRules::name(CheckRule rule)
{
    return tr(textOf(rule).name);
}

QString CheckRules::description(CheckRule rule)
{
    return tr(textOf(rule).description);
}

QSet<CheckRule> CheckRules::fromKeys(const QStringList &keys)
{
    QSet<CheckRule> rules;
    for (const QString &key : keys) {
        if (const auto rule = fromKey(key))
            rules.insert(*rule);
    }
    return rules;
}

QStringList CheckRules::toKeys(const QSet<CheckRule> &rules, const QStringList &previous)
{
    QStringList keys;
    for (const CheckRule rule : all()) {
        if (rules.contains(rule))
            keys.append(key(rule));
    }
    for (const QString &unknown : previous) {
        if (!fromKey(unknown) && !keys.contains(unknown))
            keys.append(unknown);
    }
    return keys;
}
