#pragma once

#include "domain/reviewcomment.h"

#include <QList>

class Document;

// Who may do what with review comments. A plan open for writing takes comments and lets any of
// them be edited, resolved or deleted; a review copy takes its reviewer's comments and lets only
// those made in it change, since a merge brings new comments and never updates old ones.
namespace ReviewRules {

// The name a new comment is signed with: the review copy's reviewer, else the signed-in user.
QString author(const Document &doc);
bool canComment(const Document &doc);
bool canChange(const Document &doc, const ReviewComment &comment);

// The open comments on a cell, and the mark the latest of them gives it (None when none does).
QList<ReviewComment> openOnCell(const Document &doc, qint64 rowId, qint64 periodId);
ReviewComment::Mark markOfCell(const QList<ReviewComment> &openOnCell);

} // namespace ReviewRules
