#pragma once

#include "domain/reviewcomment.h"

#include <QAbstractTableModel>
#include <QPointer>

class Document;

// The review comments and marks of a plan or review copy, oldest first, narrowed to one
// reviewer and to open or resolved ones: what the comments pane lists. Follows the document's
// commentsChanged; never writes (the pane calls Editing).
class CommentsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ReviewerColumn,
        WhereColumn,
        MarkColumn,
        TextColumn,
        CreatedColumn,
        StateColumn,
        ColumnCount
    };
    enum Role
    {
        UidRole = Qt::UserRole + 1,
        RowIdRole,
        PledgeIdRole,
        PeriodIdRole,
        ResolvedRole,
    };
    enum class State
    {
        Any,
        Open,
        Resolved
    };

    explicit CommentsModel(Document *document, QObject *parent = nullptr);

    // An empty reviewer shows everyone's.
    void setReviewerFilter(const QString &reviewer);
    QString reviewerFilter() const { return m_reviewer; }
    void setStateFilter(State state);
    State stateFilter() const { return m_state; }
    void setJapaneseLabels(bool japanese); // period names in 令和 or as FY

    // Everyone who commented, sorted, whatever the filter.
    QStringList reviewers() const;
    ReviewComment comment(int row) const { return m_shown.value(row); }
    int rowOf(const QString &uid) const; // -1 when filtered out or gone

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void reload();
    bool passes(const ReviewComment &comment) const;
    QVariant displayText(const ReviewComment &comment, int column) const;

    QPointer<Document> m_document;
    QString m_reviewer;
    State m_state = State::Any;
    bool m_japanese = false;
    QList<ReviewComment> m_shown;
};
