#pragma once

#include "domain/plan.h"

class Document;

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

} // namespace Editing
