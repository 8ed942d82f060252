#pragma once

#include "domain/period.h"

#include <QList>
#include <QString>

#include <optional>

// Reads a period back from the label a sheet prints: what Period::japaneseLabel and
// Period::westernLabel write, and the variants cities type (R6 上半期, 第3四半期, 10〜12月,
// full-width digits). Imports use it to find a sheet's period among the plan's.
namespace PeriodLabels {

// The period a label names, without an id; nullopt when the text names none. Three months
// that are a quarter of the fiscal year parse as that quarter (the two print alike).
std::optional<Period> parse(const QString &label, int fiscalYearStartMonth = 4);

// Whether a and b cover the same dates as the same kind of thing (a quarter and the same three
// months are one period; a reporting date is never a range).
bool samePeriod(const Period &a, const Period &b, int fiscalYearStartMonth = 4);

// The index in periods of the one label names: by a period's own or generated labels first,
// then by the parsed dates; -1 when none.
int indexIn(const QList<Period> &periods, const QString &label, int fiscalYearStartMonth = 4);

} // namespace PeriodLabels
