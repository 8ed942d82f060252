#pragma once

#include <QString>

// Keeps exported text from being run as a formula when a CSV or XLSX file is opened in Excel
// or LibreOffice ("CSV injection"). Only text goes through here; numbers are written as
// numbers and never start a formula.
namespace SpreadsheetSafety {

// True when a spreadsheet could read the text as a formula: it starts with = + - @, a tab or a
// carriage return (the characters OWASP lists).
bool isRisky(const QString &text);

// The text with a leading apostrophe when it is risky, else unchanged. OWASP recommends the
// apostrophe because every spreadsheet then shows the text as text, and a reader sees why:
// "- 令和5年度に着手" (a bullet line the cities write) stays readable as "'- 令和5年度に着手".
// Stripping or escaping the character instead would change what the city wrote.
QString neutralised(const QString &text);

} // namespace SpreadsheetSafety
