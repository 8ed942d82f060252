#pragma once

#include "checks/checkrule.h"
#include "domain/plan.h"
#include "domain/reviewcomment.h"

class Document;
struct ReturnedChange;

// What the UI calls to change a plan: each function is one user intent, pushed as one undo
// step with a translated description. Returns false when the file refused the change (the
// document has then emitted writeFailed).
namespace Editing {

bool setCell(Document &doc, qint64 rowId, qint64 periodId, const Cell &cell);
// Gives every listed cell the same status (0 clears it), in one step.
bool setStatus(Document &doc, const QList<CellKey> &cells, qint64 levelId);
// Writes pasted or merged cells, each with its own new value, in one step.
bool setCells(Document &doc, const QList<QPair<CellKey, Cell>> &cells, const QString &undoText);
bool setYearCell(Document &doc, qint64 rowId, int fiscalYear, const YearCell &cell);
bool setPlanInfo(Document &doc, const PlanInfo &info);
// Switches the plan's consistency checks: the given rules off, all others on.
bool setDisabledChecks(Document &doc, const QSet<CheckRule> &rules);

// The plan's structure. Additions return the new part's id (0 when refused); deletions take
// the part's rows, cells and year cells with them, and their undo brings all of it back.
qint64 addChapter(Document &doc, const Chapter &chapter, int position);
bool editChapter(Document &doc, const Chapter &chapter);
bool deleteChapter(Document &doc, qint64 chapterId);
qint64 addPledge(Document &doc, const Pledge &pledge, int position);
bool editPledge(Document &doc, const Pledge &pledge);
bool deletePledge(Document &doc, qint64 pledgeId);
// newDepartment: a department name typed in the row dialog that the plan does not have yet;
// it is added to the plan's list in the same step.
qint64 addRow(Document &doc, const PledgeRow &row, int position, const QString &newDepartment = {});
bool editRow(Document &doc, const PledgeRow &row, const QString &newDepartment = {});
bool deleteRow(Document &doc, qint64 rowId);
// Moves a chapter, pledge or row one place up (-1) or down (+1) among its siblings.
bool moveChapter(Document &doc, qint64 chapterId, int direction);
bool movePledge(Document &doc, qint64 pledgeId, int direction);
bool moveRow(Document &doc, qint64 rowId, int direction);
// Moves a pledge into a chapter (0: none) or a row into a pledge, before the sibling at index
// (or at the end): what a drag and drop does.
bool movePledgeTo(Document &doc, qint64 pledgeId, qint64 chapterId, int index);
bool moveRowTo(Document &doc, qint64 rowId, qint64 pledgeId, int index);
// The plan's periods as the periods dialog returns them: new ones have id 0, missing ones
// are deleted with their cells.
bool setPeriods(Document &doc, const QList<Period> &periods);
// Departments still used by a row cannot be removed; *error says which.
bool setDepartments(Document &doc, const QList<Department> &departments, QString *error);
// Levels still used by a cell cannot be removed; *error says which.
bool setPeriodScale(Document &doc, const StatusScale &scale, QString *error);

// Adds an imported plan's chapters, pledges and rows (with their cells, new periods and new
// departments) after the open plan's own, in one step; *error says why when it cannot.
bool importPlan(Document &doc, const Plan &imported, const QString &sourceName, QString *error);

// Applies the accepted fields of returned department workbooks (ReturnedWorkbookReader) in
// one step and one transaction; each change's history names the workbook it came from (its
// file name). *error says why when a change no longer fits the plan or the file refused it.
// In mergeediting.cpp.
bool mergeReturned(Document &doc, const QList<ReturnedChange> &accepted, QString *error);

// Review comments and marks (in commentediting.cpp), also in a review copy. A comment is
// signed by ReviewRules::author(); only those ReviewRules::canChange() allows are edited,
// resolved or deleted (false otherwise). addComment returns the new comment's uid, empty
// when refused; the comment's target, mark and text come from the argument.
QString addComment(Document &doc, const ReviewComment &comment);
bool editComment(Document &doc, const QString &uid, const QString &text);
bool resolveComment(Document &doc, const QString &uid, bool resolved = true); // false reopens
bool deleteComment(Document &doc, const QString &uid);
// The author's own mark on a cell; Mark::None takes it away.
bool setMark(Document &doc, qint64 rowId, qint64 periodId, ReviewComment::Mark mark);
// Adds, in one step, the comments whose uid the document does not have yet: what merging a
// review copy does. Returns how many were added (0: no step), or -1 when the file refused.
int addNewComments(Document &doc, const QList<ReviewComment> &comments, const QString &undoText);

} // namespace Editing
