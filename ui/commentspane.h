#pragma once

#include "models/commentsmodel.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class Document;
class QComboBox;
class QLabel;
class QModelIndex;
class QPushButton;
class QTreeView;

// The review comments of the open plan or review copy, for a dock: filtered by reviewer and
// state, with buttons to add a comment about the chosen cell, row or pledge, edit, resolve or
// delete the chosen comment, and mark the chosen cell "looks right" or "needs revision". Every
// change is one undo step through Editing. Activating a comment asks for its place.
class CommentsPane : public QWidget
{
    Q_OBJECT

public:
    explicit CommentsPane(QWidget *parent = nullptr);

    void setDocument(Document *document); // may be nullptr
    // The table's current place: what a new comment or a mark is about (0: none).
    void setCurrent(qint64 rowId, qint64 pledgeId, qint64 periodId);
    void setJapaneseLabels(bool japanese);

    CommentsModel *model() const { return m_model; }
    QTreeView *list() const { return m_list; }
    QComboBox *reviewerFilter() const { return m_reviewerFilter; }
    QComboBox *stateFilter() const { return m_stateFilter; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *resolveButton() const { return m_resolve; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *looksRightButton() const { return m_looksRight; }
    QPushButton *needsRevisionButton() const { return m_needsRevision; }
    QString summary() const;

signals:
    // The place of the activated comment: a cell, or a row (periodId 0).
    void cellRequested(qint64 rowId, qint64 periodId);
    // A comment about a whole pledge.
    void pledgeRequested(qint64 pledgeId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void retranslate();
    void refreshFilters();
    void applyFilters();
    void refreshButtons();
    void showSummary();
    std::optional<ReviewComment> chosen() const;
    void addComment();
    void editComment();
    void toggleResolved();
    void deleteComment();
    void mark(ReviewComment::Mark mark, bool on);
    void activate(const QModelIndex &index);

    QPointer<Document> m_document;
    CommentsModel *m_model = nullptr;
    qint64 m_rowId = 0;
    qint64 m_pledgeId = 0;
    qint64 m_periodId = 0;
    bool m_japanese = false;

    QLabel *m_summary = nullptr;
    QComboBox *m_reviewerFilter = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QTreeView *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_resolve = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_looksRight = nullptr;
    QPushButton *m_needsRevision = nullptr;
};
