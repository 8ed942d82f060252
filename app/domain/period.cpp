#include "period.h"
#include "japaneseera.h"

namespace {
// The calendar month at offset (0-based) into a fiscal year.
int monthAt(int fiscalYearStartMonth, int offset)
{
    return (fiscalYearStartMonth - 1 + offset) % 12 + 1;
}

QDate monthStart(int fiscalYear, int fiscalYearStartMonth, int month)
{
    const int year = month >= fiscalYearStartMonth ? fiscalYear : fiscalYear + 1;
    return QDate(year, month, 1);
}

QString monthRange(int first, int last)
{
    return QString::number(first) + QStringLiteral("–") + QString::number(last) +
           QStringLiteral("月");
}
} // namespace

int fiscalYearOf(const QDate &date, int fiscalYearStartMonth)
{
    return date.month() >= fiscalYearStartMonth ? date.year() : date.year() - 1;
}

Period Period::year(int fiscalYear)
{
    Period p;
    p.fiscalYear = fiscalYear;
    p.kind = Kind::Year;
    return p;
}

Period Period::half(int fiscalYear, int half)
{
    Period p = year(fiscalYear);
    p.kind = Kind::Half;
    p.part = half;
    return p;
}

Period Period::quarter(int fiscalYear, int quarter)
{
    Period p = year(fiscalYear);
    p.kind = Kind::Quarter;
    p.part = quarter;
    return p;
}

Period Period::months(int fiscalYear, int firstMonth, int lastMonth)
{
    Period p = year(fiscalYear);
    p.kind = Kind::Months;
    p.firstMonth = firstMonth;
    p.lastMonth = lastMonth;
    return p;
}

Period Period::reportingDate(const QDate &date, int fiscalYearStartMonth)
{
    Period p = year(fiscalYearOf(date, fiscalYearStartMonth));
    p.kind = Kind::ReportingDate;
    p.reportDate = date;
    return p;
}

QDate Period::startDate(int fiscalYearStartMonth) const
{
    switch (kind) {
    case Kind::Year:
        return monthStart(fiscalYear, fiscalYearStartMonth, fiscalYearStartMonth);
    case Kind::Half:
        return monthStart(fiscalYear, fiscalYearStartMonth,
                          monthAt(fiscalYearStartMonth, (part - 1) * 6));
    case Kind::Quarter:
        return monthStart(fiscalYear, fiscalYearStartMonth,
                          monthAt(fiscalYearStartMonth, (part - 1) * 3));
    case Kind::Months:
        return monthStart(fiscalYear, fiscalYearStartMonth, firstMonth);
    case Kind::ReportingDate:
        return reportDate;
    }
    return {};
}

QDate Period::endDate(int fiscalYearStartMonth) const
{
    if (kind == Kind::ReportingDate)
        return reportDate;
    int months = 12;
    if (kind == Kind::Half)
        months = 6;
    else if (kind == Kind::Quarter)
        months = 3;
    else if (kind == Kind::Months)
        months = (lastMonth - firstMonth + 12) % 12 + 1;
    return startDate(fiscalYearStartMonth).addMonths(months).addDays(-1);
}

QString Period::fiscalYearLabel(bool japanese) const
{
    return japanese ? JapaneseEra::fiscalYearName(fiscalYear)
                    : QStringLiteral("FY") + QString::number(fiscalYear);
}

QString Period::japaneseLabel(int fiscalYearStartMonth) const
{
    const QString fy = fiscalYearLabel(true);
    switch (kind) {
    case Kind::Year:
        return fy;
    case Kind::Half:
        return fy + (part == 1 ? QStringLiteral(" 上半期") : QStringLiteral(" 下半期"));
    case Kind::Quarter: {
        const QDate start = startDate(fiscalYearStartMonth);
        const QDate end = endDate(fiscalYearStartMonth);
        return fy + QLatin1Char(' ') + monthRange(start.month(), end.month());
    }
    case Kind::Months:
        return fy + QLatin1Char(' ') + monthRange(firstMonth, lastMonth);
    case Kind::ReportingDate:
        return JapaneseEra::asOfLabel(reportDate);
    }
    return fy;
}

QString Period::westernLabel(int fiscalYearStartMonth) const
{
    const QString fy = fiscalYearLabel(false);
    switch (kind) {
    case Kind::Year:
        return fy;
    case Kind::Half:
        return fy + QStringLiteral(" H") + QString::number(part);
    case Kind::Quarter:
        return fy + QStringLiteral(" Q") + QString::number(part);
    case Kind::Months: {
        const QDate start = startDate(fiscalYearStartMonth);
        const QDate end = endDate(fiscalYearStartMonth);
        return fy + QLatin1Char(' ') +
               QLocale(QLocale::English).monthName(start.month(), QLocale::ShortFormat) +
               QStringLiteral("–") +
               QLocale(QLocale::English).monthName(end.month(), QLocale::ShortFormat);
    }
    case Kind::ReportingDate:
        return tr("As of %1").arg(reportDate.toString(Qt::ISODate));
    }
    return fy;
}

QString Period::label(bool japanese, int fiscalYearStartMonth) const
{
    if (!customLabel.isEmpty())
        return customLabel;
    return japanese ? japaneseLabel(fiscalYearStartMonth) : westernLabel(fiscalYearStartMonth);
}

bool Period::operator==(const Period &o) const
{
    return id == o.id && fiscalYear == o.fiscalYear && kind == o.kind && part == o.part &&
           firstMonth == o.firstMonth && lastMonth == o.lastMonth && reportDate == o.reportDate &&
           customLabel == o.customLabel;
}
