#pragma once

#include <QList>
#include <QStringList>

// Tab-separated text as spreadsheets put it on the clipboard: a cell holding a tab, a line
// break or a quote is wrapped in double quotes, with quotes doubled.
namespace TabularText {

QList<QStringList> parse(const QString &text);
QString format(const QList<QStringList> &rows);

} // namespace TabularText
