#include "japaneseera.h"

#include <QRegularExpression>

namespace {
struct Era
{
    const char *name;
    const char *letter;
    QDate start;
};

const Era kEras[] = {
    {"令和", "R", QDate(2019, 5, 1)},
    {"平成", "H", QDate(1989, 1, 8)},
    {"昭和", "S", QDate(1926, 12, 25)},
};

const Era *eraOn(const QDate &date)
{
    for (const Era &era : kEras) {
        if (date >= era.start)
            return &era;
    }
    return nullptr;
}

QString eraYear(const Era &era, int westernYear)
{
    const int n = westernYear - era.start.year() + 1;
    return QString::fromUtf8(era.name) + (n == 1 ? QStringLiteral("元") : QString::number(n)) +
           QStringLiteral("年");
}
} // namespace

namespace JapaneseEra {

QString yearName(const QDate &date)
{
    const Era *era = eraOn(date);
    return era ? eraYear(*era, date.year()) : QString::number(date.year()) + QStringLiteral("年");
}

QString fiscalYearName(int fiscalYear)
{
    // A fiscal year takes the era of its last day: FY2019 (Apr 2019-Mar 2020) is 令和元年度.
    const Era *era = eraOn(QDate(fiscalYear + 1, 3, 31));
    if (!era)
        return QString::number(fiscalYear) + QStringLiteral("年度");
    return eraYear(*era, fiscalYear) + QStringLiteral("度");
}

QString asOfLabel(const QDate &date)
{
    if (!date.isValid())
        return {};
    const QString month = QString::number(date.month()) + QStringLiteral("月");
    const bool endOfMonth = date.day() == date.daysInMonth();
    return yearName(date) + month +
           (endOfMonth ? QStringLiteral("末")
                       : QString::number(date.day()) + QStringLiteral("日")) +
           QStringLiteral("現在");
}

const QRegularExpression &eraYearPattern()
{
    // era, year, then optionally 年度 (a fiscal year) or a month after 年, "." or "/"
    static const QRegularExpression re(
        QStringLiteral("(令和|平成|昭和|[RHS])\\s*(元|\\d{1,2})\\s*(?:(年度)|(?:年|\\.|/"
                       ")\\s*(\\d{1,2})\\s*月?|年)?"));
    return re;
}

bool parseYear(const QString &text, int *westernYear, int *month)
{
    const QRegularExpression &re = eraYearPattern();
    const QString t = text.normalized(QString::NormalizationForm_KC);
    const QRegularExpressionMatch m = re.match(t);
    if (!m.hasMatch())
        return false;
    const QString eraText = m.captured(1);
    for (const Era &era : kEras) {
        if (eraText == QString::fromUtf8(era.name) || eraText == QLatin1String(era.letter)) {
            const int n = m.captured(2) == QStringLiteral("元") ? 1 : m.captured(2).toInt();
            *westernYear = era.start.year() + n - 1;
            if (month)
                *month = m.captured(4).isEmpty() ? 0 : m.captured(4).toInt();
            return true;
        }
    }
    return false;
}

QDate parseTargetDate(const QString &text, int fiscalYearStartMonth)
{
    int year = 0;
    int month = 0;
    if (!parseYear(text, &year, &month))
        return {};
    const QString normalized = text.normalized(QString::NormalizationForm_KC);
    const bool fiscal = eraYearPattern().match(normalized).captured(3) == QStringLiteral("年度");
    if (month >= 1 && month <= 12) {
        // A day after the month ("令和7年3月15日", "R5.12.1") is the date itself.
        static const QRegularExpression day(
            QStringLiteral("(?:年|\\.|/)\\s*\\d{1,2}\\s*(?:月|\\.|/)\\s*(\\d{1,2})(?!\\d)"));
        const QRegularExpressionMatch d = day.match(normalized);
        if (d.hasMatch() && QDate(year, month, d.captured(1).toInt()).isValid())
            return QDate(year, month, d.captured(1).toInt());
        const QDate first(year, month, 1);
        return first.addMonths(1).addDays(-1);
    }
    if (fiscal)
        return QDate(year, fiscalYearStartMonth, 1).addYears(1).addDays(-1);
    return QDate(year, 12, 31);
}

} // namespace JapaneseEra
