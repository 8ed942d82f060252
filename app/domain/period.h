#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

// A reporting period: part of a Japanese fiscal year (April–March by default), or a single
// reporting date such as Iruma's 令和5年9月末現在.
struct Period
{
    Q_DECLARE_TR_FUNCTIONS(Period)

public:
    enum class Kind
    {
        Year = 0,
        Half = 1,
        Quarter = 2,
        Months = 3,
        ReportingDate = 4
    };

    qint64 id = 0;
    int fiscalYear = 0; // Western year in which the fiscal year starts: 2023 = 令和5年度
    Kind kind = Kind::Year;
    int part = 0;       // 1–2 for halves, 1–4 for quarters
    int firstMonth = 0; // for Months: calendar months, e.g. 10 and 12, or 1 and 3
    int lastMonth = 0;
    QDate reportDate;    // for ReportingDate
    QString customLabel; // a user's own name for the period, overrides the generated one

    static Period year(int fiscalYear);
    static Period half(int fiscalYear, int half);
    static Period quarter(int fiscalYear, int quarter);
    static Period months(int fiscalYear, int firstMonth, int lastMonth);
    static Period reportingDate(const QDate &date, int fiscalYearStartMonth = 4);

    // "令和6年度 上半期", "令和5年度 10–12月", "令和5年9月末現在"
    QString japaneseLabel(int fiscalYearStartMonth = 4) const;
    // "FY2024 H1", "FY2023 Q3", "As of 2023-09-30"
    QString westernLabel(int fiscalYearStartMonth = 4) const;
    // The customLabel if set, else the label in the UI's language.
    QString label(bool japanese, int fiscalYearStartMonth = 4) const;
    // "令和6年度" / "FY2024": the fiscal year line of a two-line column header.
    QString fiscalYearLabel(bool japanese) const;
    // The calendar months covered, as first and last day.
    QDate startDate(int fiscalYearStartMonth = 4) const;
    QDate endDate(int fiscalYearStartMonth = 4) const;

    bool operator==(const Period &o) const;
};

// The fiscal year a calendar date falls in.
int fiscalYearOf(const QDate &date, int fiscalYearStartMonth = 4);
