#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <functional>

// A grid of text as read from a CSV, TSV or XLSX file: what the import wizard previews and the
// column mapping reads. Rows may differ in length; a missing cell is an empty string.
struct Sheet
{
    QString name; // the XLSX sheet's name, or the file's base name
    QList<QStringList> rows;

    QString cell(int row, int column) const
    {
        return row >= 0 && row < rows.size() ? rows.at(row).value(column) : QString();
    }
    int columnCount() const
    {
        int n = 0;
        for (const QStringList &r : rows)
            n = std::max<int>(n, r.size());
        return n;
    }
};

// Reports how far a long read or write has come; returning false asks it to stop (cancel).
using ProgressCallback = std::function<bool(qint64 done, qint64 total)>;
