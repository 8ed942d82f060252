#pragma once

#include <QList>
#include <QString>

// The layout of a department workbook, shared by DepartmentWorkbook (which writes it) and
// ReturnedWorkbookReader (which reads it back): which column holds what, where the rows start,
// and the hidden identifiers. The hidden sheet names the format version, so a later layout
// can still read the returns of this one.
namespace WorkbookFormat {

constexpr int kVersion = 1;

// The sheet the department fills in, and the hidden sheet with what was sent.
QString dataSheetName();
QString idSheetName();
// The hidden sheet's first cell: what tells our workbooks from any other.
QString marker();

// Rows of the data sheet (0-based): title and instructions, two heading lines, then one row
// per plan row.
constexpr int kHeadingRow = 8;
constexpr int kFirstDataRow = kHeadingRow + 2;

enum class Column
{
    Id, // hidden: the row's identifier
    Number,
    Pledge,
    Item,
    Content,
    TargetDate,
    PreviousPlan,
    PreviousStatus,
    PreviousNarrative,
    Plan,
    Status,
    Narrative,
    NextPlan
};

// Which columns a workbook has: the previous period's only when there is one, the next
// period's plan only when it was asked for.
struct Layout
{
    bool hasPrevious = false;
    bool hasNext = false;

    QList<Column> columns() const; // in sheet order
    int column(Column c) const;    // -1 when this layout has none
    QList<Column> lockedColumns() const;
};

// What the department may write in.
bool isOpen(Column c);
// The column's name on the second heading line, which the reader checks to notice columns
// that were inserted or deleted.
QString heading(Column c);

// Keys of the hidden sheet's header lines: key in column A, value in column B.
namespace Key {
inline constexpr char Plan[] = "plan";
inline constexpr char PlanTitle[] = "plan-title";
inline constexpr char Period[] = "period";
inline constexpr char PreviousPeriod[] = "previous-period";
inline constexpr char NextPeriod[] = "next-period";
inline constexpr char Department[] = "department";
inline constexpr char DepartmentName[] = "department-name";
inline constexpr char SentAt[] = "sent-at";
// The line after which the sent rows follow: row id, plan, status, narrative, next plan, and
// the fingerprints of the locked cells.
inline constexpr char Rows[] = "rows";
} // namespace Key

// The id cell's text: the row id and a check bound to the plan, so a retyped or pasted id is
// recognised as damaged. rowIdFromToken() gives 0 for a damaged one.
QString rowToken(const QString &planUid, qint64 rowId);
qint64 rowIdFromToken(const QString &planUid, const QString &token);

// A short fingerprint of a locked cell's text as written, to tell an edited one.
QString fingerprint(const QString &text);

// Text as a cell holds it: neutralised against formulas (SpreadsheetSafety) and within
// Excel's length. plainText() takes the neutralising apostrophe off a returned value again.
QString cellText(const QString &text);
QString plainText(const QString &cell);

// "K12" for row 11, column 10 (both 0-based).
QString cellName(int row, int column);

} // namespace WorkbookFormat
