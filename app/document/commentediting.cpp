// Editing's review comments and marks: each user intent is one undo step that puts some
// comments into a new state, one transaction through Document::applyComments.
#include "changecommands.h"
#include "document.h"
#include "editing.h"
#include "review/reviewrules.h"

#include <QCoreApplication>
#include <QUuid>

#include <optional>

namespace {

// Comments by uid and what they become; nullopt means no such comment (deleted, or not yet
// added).
using CommentStates = QList<QPair<QString, std::optional<ReviewComment>>>;

std::optional<ReviewComment> find(const Document &doc, const QString &uid)
{
    for (const ReviewComment &c : doc.comments()) {
        if (c.uid == uid)
            return c;
    }
    return std::nullopt;
}

bool push(Document &doc, const QString &text, const CommentStates &newStates)
{
    CommentStates oldStates;
    for (const auto &[uid, state] : newStates)
        oldStates.append({uid, find(doc, uid)});
    const int refused = doc.refusedWrites();
    Document *d = &doc;
    doc.undoStack()->push(new ChangeValueCommand<CommentStates>(
        text, oldStates, newStates, [d](const CommentStates &states) {
            return d->applyComments([&states](PlanStore &store) {
                for (const auto &[uid, state] : states) {
                    if (state ? !store.writeComment(*state) : !store.deleteComment(uid))
                        return false;
                }
                return true;
            });
        }));
    return doc.refusedWrites() == refused;
}

// A comment the user may change now, found by uid.
std::optional<ReviewComment> changeable(const Document &doc, const QString &uid)
{
    const std::optional<ReviewComment> c = find(doc, uid);
    return c && ReviewRules::canChange(doc, *c) ? c : std::nullopt;
}

ReviewComment fresh(const Document &doc, ReviewComment comment)
{
    comment.id = 0;
    comment.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    comment.reviewer = ReviewRules::author(doc);
    comment.createdAt = QDateTime::currentDateTimeUtc();
    comment.resolvedAt = QDateTime();
    comment.resolvedBy.clear();
    return comment;
}

} // namespace

namespace Editing {

QString addComment(Document &doc, const ReviewComment &comment)
{
    if (!ReviewRules::canComment(doc) || (!comment.rowId && !comment.pledgeId))
        return {};
    const ReviewComment added = fresh(doc, comment);
    return push(doc, QCoreApplication::translate("Editing", "Add comment"), {{added.uid, added}})
               ? added.uid
               : QString();
}

bool editComment(Document &doc, const QString &uid, const QString &text)
{
    std::optional<ReviewComment> c = changeable(doc, uid);
    if (!c)
        return false;
    if (c->text == text)
        return true;
    c->text = text;
    return push(doc, QCoreApplication::translate("Editing", "Edit comment"), {{uid, c}});
}

bool resolveComment(Document &doc, const QString &uid, bool resolved)
{
    std::optional<ReviewComment> c = changeable(doc, uid);
    if (!c)
        return false;
    if (c->isResolved() == resolved)
        return true;
    c->resolvedAt = resolved ? QDateTime::currentDateTimeUtc() : QDateTime();
    c->resolvedBy = resolved ? ReviewRules::author(doc) : QString();
    return push(doc,
                resolved ? QCoreApplication::translate("Editing", "Resolve comment")
                         : QCoreApplication::translate("Editing", "Reopen comment"),
                {{uid, c}});
}

bool deleteComment(Document &doc, const QString &uid)
{
    if (!changeable(doc, uid))
        return false;
    return push(doc, QCoreApplication::translate("Editing", "Delete comment"),
                {{uid, std::nullopt}});
}

// The author's own open mark on the cell changes; a mark taken away from a comment without
// text takes the comment with it.
bool setMark(Document &doc, qint64 rowId, qint64 periodId, ReviewComment::Mark mark)
{
    if (!ReviewRules::canComment(doc) || !rowId || !periodId)
        return false;
    const QString author = ReviewRules::author(doc);
    std::optional<ReviewComment> own;
    for (const ReviewComment &c : ReviewRules::openOnCell(doc, rowId, periodId)) {
        if (c.mark != ReviewComment::Mark::None && c.reviewer == author &&
            ReviewRules::canChange(doc, c))
            own = c;
    }
    const QString text =
        mark == ReviewComment::Mark::None ? QCoreApplication::translate("Editing", "Clear mark")
        : mark == ReviewComment::Mark::LooksRight
            ? QCoreApplication::translate("Editing", "Mark cell as looking right")
            : QCoreApplication::translate("Editing", "Mark cell as needing revision");
    if (!own) {
        if (mark == ReviewComment::Mark::None)
            return true;
        ReviewComment c;
        c.rowId = rowId;
        c.periodId = periodId;
        c.mark = mark;
        const ReviewComment added = fresh(doc, c);
        return push(doc, text, {{added.uid, added}});
    }
    if (own->mark == mark)
        return true;
    own->mark = mark;
    const bool empty = mark == ReviewComment::Mark::None && own->text.trimmed().isEmpty();
    return push(doc, text, {{own->uid, empty ? std::nullopt : std::optional<ReviewComment>(own)}});
}

int addNewComments(Document &doc, const QList<ReviewComment> &comments, const QString &undoText)
{
    CommentStates added;
    QSet<QString> seen;
    for (ReviewComment c : comments) {
        if (c.uid.isEmpty() || find(doc, c.uid) || seen.contains(c.uid))
            continue;
        seen.insert(c.uid);
        c.id = 0; // the plan numbers its comments itself
        added.append({c.uid, c});
    }
    if (added.isEmpty())
        return 0;
    return push(doc, undoText, added) ? int(added.size()) : -1;
}

} // namespace Editing
