#pragma once

#include <QString>

// Cities often print several fields in one cell: "第1章 デジタル未来都市",
// "1:【デジタル】 デジタル未来都市推進部門の設置", "①行政手続きのオンライン化". These split
// them so an import can fill the fields the mapping has no column for.
namespace CombinedCells {

struct Chapter
{
    QString number; // "1", from 第1章 or 第一章; empty when the text names none
    QString title;
};
Chapter splitChapter(const QString &text);
// The chapter number a cell holds ("1", "第1章", "第一章", "１"); 0 when it holds none.
int chapterNumber(const QString &text);

struct Pledge
{
    QString number; // "1", "12-2"
    QString tag;    // without 【】
    QString title;
};
Pledge splitPledge(const QString &text);
// A pledge number as printed, without a trailing ":" or "." and in ASCII digits.
QString pledgeNumber(const QString &text);

struct Row
{
    QString marker; // ①
    QString title;
};
Row splitRow(const QString &text);

} // namespace CombinedCells
