#pragma once

#include <QDate>
#include <QString>

// Names years the way Japanese city halls print them (令和5年, 令和元年度).
// A fixed table is enough: eras change once in decades and must not depend on the ICU build.
namespace JapaneseEra {

// "令和5年" for a calendar date (the era in force on that day).
QString yearName(const QDate &date);
// "令和5年度" for the fiscal year that starts in Western year fiscalYear.
QString fiscalYearName(int fiscalYear);
// "令和5年9月末現在" for an end-of-month reporting date, "令和5年9月11日現在" otherwise.
QString asOfLabel(const QDate &date);
// Parses "R6", "R6.10", "令和6年3月", "令和元年度", "H30" into the Western year (and month if
// given); returns false when the text names no era year.
bool parseYear(const QString &text, int *westernYear, int *month = nullptr);

// The last day a target such as "R6.10", "令和6年3月まで" or "令和7年度" allows; an invalid
// date for texts like "未定" that name no date.
QDate parseTargetDate(const QString &text, int fiscalYearStartMonth = 4);

} // namespace JapaneseEra
