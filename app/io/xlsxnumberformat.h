#pragma once

#include <QString>

// What a cell's number format means for an import: a date is shown as an ISO date, a
// percentage with its sign, and every other number plainly (Excel's "General", without the
// thousands separators or fixed decimals a format may add on screen).
class XlsxNumberFormat
{
public:
    enum class Kind
    {
        General,
        Date,
        DateTime,
        Time,
        Percent
    };

    static XlsxNumberFormat builtIn(int id);
    static XlsxNumberFormat fromCode(const QString &code);

    // The text for a cell's stored value (<v>), in the 1900 or the 1904 date system.
    QString display(const QString &value, bool date1904) const;

    Kind kind = Kind::General;
    int decimals = 0; // of a percentage
};
