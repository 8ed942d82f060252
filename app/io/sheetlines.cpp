#include "sheetlines.h"
#include "combinedcells.h"
#include "spreadsheetsafety.h"

#include <algorithm>

using Field = ColumnMapping::Field;

// Without a kind column, a line with a department and no ① marker is a department row.
PledgeRow::Kind LineFields::kind() const
{
    const QString k = rowKind.trimmed().toLower();
    if (k.startsWith(QStringLiteral("dep")) || k == QStringLiteral("1") ||
        k.contains(QStringLiteral("課")) || k.contains(QStringLiteral("部署")))
        return PledgeRow::Kind::Department;
    if (!k.isEmpty())
        return PledgeRow::Kind::Item;
    return !department.isEmpty() && marker.isEmpty() ? PledgeRow::Kind::Department
                                                     : PledgeRow::Kind::Item;
}

SheetLines::SheetLines(const Sheet &sheet, const ColumnMapping &mapping)
    : m_sheet(sheet), m_mapping(mapping)
{
}

bool SheetLines::isBlank(int r) const
{
    const QStringList &cells = m_sheet.rows.at(r);
    return std::all_of(cells.begin(), cells.end(),
                       [](const QString &c) { return c.trimmed().isEmpty(); });
}

QString SheetLines::bannerText(int r) const
{
    QString only;
    for (const QString &cell : m_sheet.rows.at(r)) {
        const QString t = cell.trimmed();
        if (t.isEmpty())
            continue;
        if (!only.isEmpty() && t != only)
            return {};
        only = t;
    }
    return only;
}

bool SheetLines::isChapterBanner(int r) const
{
    const QString text = bannerText(r);
    return !text.isEmpty() && !CombinedCells::splitChapter(text).number.isEmpty();
}

LineFields SheetLines::read(int r)
{
    LineFields f;
    if (isChapterBanner(r)) {
        const CombinedCells::Chapter chapter = CombinedCells::splitChapter(bannerText(r));
        f.chapterNumber = chapter.number;
        f.chapterTitle = chapter.title;
    } else {
        f = fieldsOf(r);
    }
    inherit(f);
    m_previous = f;
    return f;
}

QString SheetLines::cell(int r, int column, bool freeText) const
{
    QString t = m_sheet.cell(r, column);
    if (t.trimmed().isEmpty())
        return {};
    if (t.startsWith(QLatin1Char('\'')) && SpreadsheetSafety::isRisky(t.mid(1)))
        t.remove(0, 1);
    return freeText ? t : t.trimmed();
}

QString SheetLines::text(int r, Field field) const
{
    const bool freeText =
        field == Field::Plan || field == Field::Narrative || field == Field::Content;
    return cell(r, m_mapping.column(field), freeText);
}

LineFields SheetLines::fieldsOf(int r) const
{
    LineFields f;
    f.chapterNumber = text(r, Field::ChapterNumber);
    f.chapterTitle = text(r, Field::ChapterTitle);
    if (const auto split = CombinedCells::splitChapter(f.chapterTitle); !split.number.isEmpty()) {
        f.chapterTitle = split.title;
        if (f.chapterNumber.isEmpty() ||
            m_mapping.column(Field::ChapterNumber) == m_mapping.column(Field::ChapterTitle))
            f.chapterNumber = split.number;
    }
    const QString numberText = text(r, Field::PledgeNumber);
    const CombinedCells::Pledge inNumber = CombinedCells::splitPledge(numberText);
    f.pledgeNumber =
        inNumber.number.isEmpty() ? CombinedCells::pledgeNumber(numberText) : inNumber.number;
    f.tag = text(r, Field::PledgeTag).remove(QStringLiteral("【")).remove(QStringLiteral("】"));
    const CombinedCells::Pledge pledge = CombinedCells::splitPledge(text(r, Field::PledgeTitle));
    f.pledgeTitle = pledge.title;
    if (f.pledgeNumber.isEmpty())
        f.pledgeNumber = pledge.number;
    if (f.tag.isEmpty())
        f.tag = pledge.tag;
    f.rowId = text(r, Field::RowId);
    f.rowKind = text(r, Field::RowKind);
    f.marker = text(r, Field::RowMarker);
    f.rowTitle = text(r, Field::RowTitle);
    f.content = text(r, Field::Content);
    QString &combined = m_mapping.column(Field::RowTitle) >= 0 ? f.rowTitle : f.content;
    if (const auto row = CombinedCells::splitRow(combined); !row.marker.isEmpty()) {
        if (f.marker.isEmpty())
            f.marker = row.marker;
        combined = row.title;
    }
    f.department = text(r, Field::Department);
    f.targetDate = text(r, Field::TargetDate);
    return f;
}

// Empty chapter and pledge cells continue the line above, as merged cells do; a line that
// starts a new chapter does not continue the pledge above it.
void SheetLines::inherit(LineFields &f) const
{
    const LineFields &p = m_previous;
    const bool chapterGiven = !f.chapterNumber.isEmpty() || !f.chapterTitle.isEmpty();
    if (!chapterGiven) {
        f.chapterNumber = p.chapterNumber;
        f.chapterTitle = p.chapterTitle;
    } else if (f.chapterTitle.isEmpty() && f.chapterNumber == p.chapterNumber) {
        f.chapterTitle = p.chapterTitle;
    } else if (f.chapterNumber.isEmpty() && f.chapterTitle == p.chapterTitle) {
        f.chapterNumber = p.chapterNumber;
    }
    const bool newChapter = f.chapterNumber != p.chapterNumber || f.chapterTitle != p.chapterTitle;
    if (!f.hasPledge() && f.tag.isEmpty()) {
        if (!newChapter) {
            f.pledgeNumber = p.pledgeNumber;
            f.tag = p.tag;
            f.pledgeTitle = p.pledgeTitle;
        }
    } else if (f.pledgeNumber.isEmpty() && f.pledgeTitle == p.pledgeTitle) {
        f.pledgeNumber = p.pledgeNumber;
        f.tag = f.tag.isEmpty() ? p.tag : f.tag;
    } else if (!f.pledgeNumber.isEmpty() && f.pledgeNumber == p.pledgeNumber && !newChapter) {
        f.pledgeTitle = f.pledgeTitle.isEmpty() ? p.pledgeTitle : f.pledgeTitle;
        f.tag = f.tag.isEmpty() ? p.tag : f.tag;
    }
}
