#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

// How domain values are bound to and read from the .pledges columns, shared by all of
// PlanStore's statements.
namespace SqlValues {

// Text columns are NOT NULL: an unset QString is stored as the empty string.
inline QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

// An id of 0 means "none" and is stored as NULL, so foreign keys accept it.
inline QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

// Dates are ISO text, or NULL when unset.
inline QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType::fromType<QString>());
}

inline QDate toDate(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

// Times are ISO text in UTC to the millisecond, or NULL when unset.
inline QVariant timeOrNull(const QDateTime &at)
{
    return at.isValid() ? QVariant(at.toUTC().toString(Qt::ISODateWithMs))
                        : QVariant(QMetaType::fromType<QString>());
}

inline QDateTime toTime(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

} // namespace SqlValues
