#pragma once

#include "domain/plan.h"

#include <QCoreApplication>
#include <optional>

// Reads the progress table as a user gets it by copying Iruma's published sheet: a title line
// with the reporting date (【令和5年9月末現在】), the A–D legend, chapter lines (第1章 …),
// pledge lines (1:【tag】 title), a header line (内容 取組状況 評価) and item lines
// (①title, content, progress notes, status). The progress cell is split into its ● and ・
// notes, one line each, and the HTML some cells carry is dropped.
class IrumaTableImport
{
    Q_DECLARE_TR_FUNCTIONS(IrumaTableImport)

public:
    // sourceName is the file name (or "pasted text") the error messages start with.
    static std::optional<Plan> read(const QString &text, const QString &sourceName, QString *error);
    // True when the text looks like such a table: what lets a paste or an import choose it.
    static bool recognizes(const QString &text);
    // "●a ・b" -> "●a\n・b": the notes of a progress cell, one per line, without markup.
    static QString progressNotes(const QString &cell);
};
