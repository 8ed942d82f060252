#include "periodlabels.h"
#include "domain/japaneseera.h"

#include <QLocale>
#include <QRegularExpression>

namespace {

// Full-width digits and letters to ASCII, every dash or wave a city uses between months to
// "–", and no spaces: "令和５年度　１０〜１２月" and "令和5年度 10–12月" read alike.
QString normalized(const QString &label)
{
    QString s = label.normalized(QString::NormalizationForm_KC);
    static const QRegularExpression dashes(QStringLiteral("[~〜\\-‐‑‒–—―ー−]"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    // Shift_JIS has no "–": Excel saving our CSV as CP932 writes "10?12月".
    static const QRegularExpression lostDash(QStringLiteral("(?<=\\d)\\?(?=\\d)"));
    s.replace(dashes, QStringLiteral("–"));
    s.replace(lostDash, QStringLiteral("–"));
    s.remove(spaces);
    return s;
}

// "2024", "令和6", "R6", "令和元" -> 2024 …; 0 when the text names no year.
int westernYear(const QString &yearText)
{
    bool isNumber = false;
    const int year = yearText.toInt(&isNumber);
    if (isNumber)
        return year >= 1900 && year <= 2200 ? year : 0;
    int parsed = 0;
    return JapaneseEra::parseYear(yearText, &parsed) ? parsed : 0;
}

int monthAt(int fiscalYearStartMonth, int offset)
{
    return (fiscalYearStartMonth - 1 + offset) % 12 + 1;
}

int kanjiOrDigit(const QString &text)
{
    static const QString kanji = QStringLiteral("一二三四");
    const int k = kanji.indexOf(text);
    return k >= 0 ? k + 1 : text.toInt();
}

// "Oct", "October" (any case) -> 10; 0 otherwise.
int englishMonth(const QString &name)
{
    const QLocale english(QLocale::English);
    for (int m = 1; m <= 12; ++m) {
        if (name.compare(english.monthName(m, QLocale::ShortFormat), Qt::CaseInsensitive) == 0 ||
            name.compare(english.monthName(m, QLocale::LongFormat), Qt::CaseInsensitive) == 0)
            return m;
    }
    return 0;
}

std::optional<Period> monthsPeriod(int fiscalYear, int first, int last, int fiscalYearStartMonth)
{
    if (first < 1 || first > 12 || last < 1 || last > 12)
        return std::nullopt;
    for (int quarter = 1; quarter <= 4; ++quarter) {
        if (first == monthAt(fiscalYearStartMonth, (quarter - 1) * 3) &&
            last == monthAt(fiscalYearStartMonth, (quarter - 1) * 3 + 2))
            return Period::quarter(fiscalYear, quarter);
    }
    return Period::months(fiscalYear, first, last);
}

// What follows the fiscal year: nothing, a half, a quarter or a month range.
std::optional<Period> partOfYear(int fiscalYear, const QString &rest, int fiscalYearStartMonth)
{
    if (rest.isEmpty())
        return Period::year(fiscalYear);
    static const QRegularExpression firstHalf(
        QStringLiteral("^(上半期|上期|前期|前半期|上半|H1|1H|前半)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression secondHalf(
        QStringLiteral("^(下半期|下期|後期|後半期|下半|H2|2H|後半)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression quarter(
        QStringLiteral("^(?:第?([1-4一二三四])四半期|Q([1-4])|([1-4])Q)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression months(QStringLiteral("^(\\d{1,2})月?–(\\d{1,2})月$"));
    static const QRegularExpression englishMonths(QStringLiteral("^([A-Za-z]+)–([A-Za-z]+)$"));
    if (firstHalf.match(rest).hasMatch())
        return Period::half(fiscalYear, 1);
    if (secondHalf.match(rest).hasMatch())
        return Period::half(fiscalYear, 2);
    QRegularExpressionMatch m = quarter.match(rest);
    if (m.hasMatch()) {
        const QString n = m.captured(1) + m.captured(2) + m.captured(3);
        return Period::quarter(fiscalYear, kanjiOrDigit(n));
    }
    m = months.match(rest);
    if (m.hasMatch())
        return monthsPeriod(fiscalYear, m.captured(1).toInt(), m.captured(2).toInt(),
                            fiscalYearStartMonth);
    m = englishMonths.match(rest);
    if (m.hasMatch())
        return monthsPeriod(fiscalYear, englishMonth(m.captured(1)), englishMonth(m.captured(2)),
                            fiscalYearStartMonth);
    return std::nullopt;
}

// "As of 2023-09-30", "2023/9/30現在"
std::optional<Period> westernReportingDate(const QString &s, int fiscalYearStartMonth)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:asof)?(\\d{4})[–/.](\\d{1,2})[–/.](\\d{1,2})(?:現在|時点)?$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(s);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!date.isValid())
        return std::nullopt;
    return Period::reportingDate(date, fiscalYearStartMonth);
}

// "令和5年9月末現在", "令和5年9月11日現在", "2023年9月末時点"
std::optional<Period> japaneseReportingDate(const QString &s, int fiscalYearStartMonth)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{4}|(?:令和|平成|昭和|[RHS])(?:元|\\d{1,2}))年(\\d{1,2})月"
                       "(?:(末)|(\\d{1,2})日)?(現在|時点)?$"));
    const QRegularExpressionMatch m = re.match(s);
    if (!m.hasMatch())
        return std::nullopt;
    // "令和5年9月" alone is a month, not a date a table reports on.
    if (m.captured(3).isEmpty() && m.captured(4).isEmpty() && m.captured(5).isEmpty())
        return std::nullopt;
    const int year = westernYear(m.captured(1));
    const int month = m.captured(2).toInt();
    if (year == 0 || month < 1 || month > 12)
        return std::nullopt;
    const QDate first(year, month, 1);
    const QDate date = m.captured(4).isEmpty() ? first.addMonths(1).addDays(-1)
                                               : QDate(year, month, m.captured(4).toInt());
    if (!date.isValid())
        return std::nullopt;
    return Period::reportingDate(date, fiscalYearStartMonth);
}

} // namespace

namespace PeriodLabels {

std::optional<Period> parse(const QString &label, int fiscalYearStartMonth)
{
    const QString s = normalized(label);
    if (s.isEmpty())
        return std::nullopt;
    if (auto p = westernReportingDate(s, fiscalYearStartMonth))
        return p;
    if (auto p = japaneseReportingDate(s, fiscalYearStartMonth))
        return p;
    static const QRegularExpression fiscalYear(
        QStringLiteral("^(?:FY(\\d{4})|(\\d{4})年度|((?:令和|平成|昭和|[RHS])(?:元|\\d{1,2}))"
                       "(?:年度|年)?)[_:/・]?(.*)$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = fiscalYear.match(s);
    if (!m.hasMatch())
        return std::nullopt;
    const int year = westernYear(m.captured(1) + m.captured(2) + m.captured(3));
    if (year == 0)
        return std::nullopt;
    return partOfYear(year, m.captured(4), fiscalYearStartMonth);
}

bool samePeriod(const Period &a, const Period &b, int fiscalYearStartMonth)
{
    const bool aDate = a.kind == Period::Kind::ReportingDate;
    const bool bDate = b.kind == Period::Kind::ReportingDate;
    if (aDate || bDate)
        return aDate && bDate && a.reportDate == b.reportDate;
    return a.startDate(fiscalYearStartMonth) == b.startDate(fiscalYearStartMonth) &&
           a.endDate(fiscalYearStartMonth) == b.endDate(fiscalYearStartMonth);
}

int indexIn(const QList<Period> &periods, const QString &label, int fiscalYearStartMonth)
{
    const QString wanted = normalized(label);
    if (wanted.isEmpty())
        return -1;
    for (int i = 0; i < periods.size(); ++i) {
        const Period &p = periods.at(i);
        if ((!p.customLabel.isEmpty() && normalized(p.customLabel) == wanted) ||
            normalized(p.japaneseLabel(fiscalYearStartMonth)) == wanted ||
            normalized(p.westernLabel(fiscalYearStartMonth)) == wanted)
            return i;
    }
    const std::optional<Period> parsed = parse(label, fiscalYearStartMonth);
    if (!parsed)
        return -1;
    for (int i = 0; i < periods.size(); ++i) {
        if (samePeriod(periods.at(i), *parsed, fiscalYearStartMonth))
            return i;
    }
    return -1;
}

} // namespace PeriodLabels
