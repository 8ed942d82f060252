#include "xlsxnumberformat.h"

#include <QDate>
#include <QTime>
#include <algorithm>
#include <cmath>

namespace {

constexpr double lastExcelDate = 2958465; // 9999-12-31

QString generalNumber(double value)
{
    if (std::isfinite(value) && value == std::floor(value) && std::abs(value) < 1e15)
        return QString::number(qint64(value)); // also turns -0 into 0
    return QString::number(value, 'g', 15);    // Excel shows 15 significant digits
}

// The code of a format's first section without what cannot make it a date: quoted text,
// escaped and padding characters, colours and locales in brackets (but elapsed [h]:mm is time).
QString essentialCode(const QString &code)
{
    QString kept;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (c == QLatin1Char(';')) {
            break;
        } else if (c == QLatin1Char('"')) {
            const qsizetype close = code.indexOf(QLatin1Char('"'), i + 1);
            i = close < 0 ? code.size() : close;
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i;
        } else if (c == QLatin1Char('[')) {
            const qsizetype close = code.indexOf(QLatin1Char(']'), i + 1);
            const QString inside = code.mid(i + 1, close < 0 ? -1 : close - i - 1).toLower();
            if (!inside.isEmpty() && std::all_of(inside.begin(), inside.end(), [](QChar x) {
                    return x == QLatin1Char('h') || x == QLatin1Char('m') || x == QLatin1Char('s');
                }))
                kept += inside;
            i = close < 0 ? code.size() : close;
        } else {
            kept += c.toLower();
        }
    }
    kept.remove(QStringLiteral("general"));
    kept.remove(QStringLiteral("e+")).remove(QStringLiteral("e-")); // scientific, not an era
    return kept;
}

int decimalsAfterPoint(const QString &code)
{
    const qsizetype point = code.indexOf(QLatin1Char('.'));
    int n = 0;
    for (qsizetype i = point + 1; point >= 0 && i < code.size(); ++i) {
        if (code.at(i) != QLatin1Char('0') && code.at(i) != QLatin1Char('#'))
            break;
        ++n;
    }
    return std::min(n, 15);
}

QDate dateFromSerial(qint64 days, bool date1904)
{
    if (date1904)
        return QDate(1904, 1, 1).addDays(days);
    // Excel counts the 29th of February 1900, which never was, as day 60.
    return days >= 60 ? QDate(1899, 12, 30).addDays(days) : QDate(1899, 12, 31).addDays(days);
}

} // namespace

XlsxNumberFormat XlsxNumberFormat::builtIn(int id)
{
    if (id == 9 || id == 10)
        return {Kind::Percent, id == 10 ? 2 : 0};
    if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || (id >= 34 && id <= 36) ||
        (id >= 50 && id <= 58)) // 27 and on: the Japanese era and 年月日 dates
        return {Kind::Date, 0};
    if ((id >= 18 && id <= 21) || (id >= 45 && id <= 47) || id == 32 || id == 33)
        return {Kind::Time, 0};
    if (id == 22)
        return {Kind::DateTime, 0};
    return {};
}

XlsxNumberFormat XlsxNumberFormat::fromCode(const QString &code)
{
    QString c = essentialCode(code);
    if (c.contains(QLatin1Char('%')))
        return {Kind::Percent, decimalsAfterPoint(c)};
    const bool amPm = c.contains(QStringLiteral("am/pm")) || c.contains(QStringLiteral("a/p"));
    c.remove(QStringLiteral("am/pm")).remove(QStringLiteral("a/p"));
    const auto has = [&c](char x) { return c.contains(QLatin1Char(x)); };
    const bool time = amPm || has('h') || has('s');
    const bool date = has('y') || has('d') || has('e') || has('g') || (has('m') && !time);
    if (date && time)
        return {Kind::DateTime, 0};
    if (date)
        return {Kind::Date, 0};
    return time ? XlsxNumberFormat{Kind::Time, 0} : XlsxNumberFormat{};
}

QString XlsxNumberFormat::display(const QString &value, bool date1904) const
{
    bool ok = false;
    const double number = value.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return value;
    if (kind == Kind::General)
        return generalNumber(number);
    if (kind == Kind::Percent)
        return QString::number(number * 100, 'f', decimals) + QLatin1Char('%');
    if (number < 0 || number > lastExcelDate + 1)
        return generalNumber(number);
    qint64 days = qint64(std::floor(number));
    qint64 seconds = std::llround((number - double(days)) * 86400);
    if (seconds >= 86400) {
        ++days;
        seconds -= 86400;
    }
    const QString date = dateFromSerial(days, date1904).toString(Qt::ISODate);
    const QTime t = QTime(0, 0).addSecs(int(seconds));
    const QString time =
        t.toString(seconds % 60 ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
    switch (kind) {
    case Kind::Date:
        return date;
    case Kind::Time:
        return time;
    default:
        return date + QLatin1Char(' ') + time;
    }
}
