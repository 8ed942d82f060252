#pragma once

#include "domain/plan.h"
#include "io/columnmapping.h"
#include "io/sheet.h"

// What one line of a sheet says through a mapping: its chapter, pledge and row fields after
// combined cells are split ("1:【デジタル】 title", "①title"), with the merged-cell gaps of
// the chapter and pledge columns filled from the line above.
struct LineFields
{
    QString chapterNumber, chapterTitle;
    QString pledgeNumber, tag, pledgeTitle;
    QString rowId, rowKind, marker, rowTitle, content, department, targetDate;

    bool hasPledge() const { return !pledgeNumber.isEmpty() || !pledgeTitle.isEmpty(); }
    bool hasRowData() const
    {
        return !rowId.isEmpty() || !marker.isEmpty() || !rowTitle.isEmpty() || !content.isEmpty() ||
               !department.isEmpty() || !targetDate.isEmpty();
    }
    PledgeRow::Kind kind() const;
};

// Reads a sheet's lines in order; each continues the one read before it.
class SheetLines
{
public:
    SheetLines(const Sheet &sheet, const ColumnMapping &mapping);

    bool isBlank(int r) const;
    // A line holding only "第1章 …" (a merged banner across the table, as the city's sheet and
    // our XLSX export print chapters): it starts a chapter and has no other fields.
    bool isChapterBanner(int r) const;
    LineFields read(int r);
    // A cell's text: key fields trimmed, free text (plan, narrative, content) as written; the
    // apostrophe our exports put before formula-like text is taken off again.
    QString text(int r, ColumnMapping::Field field) const;
    QString cell(int r, int column, bool freeText) const;

private:
    LineFields fieldsOf(int r) const;
    // The one text all non-empty cells of a line share, or empty.
    QString bannerText(int r) const;
    void inherit(LineFields &f) const;

    const Sheet &m_sheet;
    const ColumnMapping &m_mapping;
    LineFields m_previous;
};
