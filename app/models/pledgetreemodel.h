#pragma once

#include "domain/reviewcomment.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>

class Document;
struct Plan;
struct StatusLevel;

// The pledge table as a tree: chapter → pledge → item or department row, with the fixed
// columns first and one column per period. Everything shown is read from the document's
// in-memory plan; edits go through Editing, so they are undoable and committed at once.
class PledgeTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        TitleColumn,
        ContentColumn,
        DepartmentColumn,
        TargetDateColumn,
        FirstPeriodColumn
    };
    enum Role
    {
        NodeKindRole = Qt::UserRole + 1, // a NodeKind
        RowIdRole,
        PledgeIdRole,
        PeriodIdRole,
        LevelIdRole,
        StatusSymbolRole,
        StatusColorRole,
        PlanTextRole,
        NarrativeRole,
        ChapterIdRole, // of the chapter the node is in (0 when the plan has no chapters)
        // A cell's open review comments and marks, and the latest mark (a ReviewComment::Mark).
        CommentCountRole,
        ReviewMarkRole,
    };
    enum class NodeKind
    {
        Chapter,
        Pledge,
        Row
    };

    explicit PledgeTreeModel(Document *document, QObject *parent = nullptr);

    // Period labels in the 令和 era (Japanese) or as FY2024 H1.
    void setJapaneseLabels(bool japanese);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Drag and drop moves pledges between chapters and rows between pledges, one undo step each.
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    QModelIndex indexOfRow(qint64 rowId, int column = TitleColumn) const;
    QModelIndex indexOfPledge(qint64 pledgeId, int column = TitleColumn) const;
    QModelIndex indexOfChapter(qint64 chapterId, int column = TitleColumn) const;
    int periodColumn(qint64 periodId) const; // -1 when not a period of the plan
    bool isStatusCell(const QModelIndex &index) const;

    // The level a typed key means: its code or symbol (variants allowed), or 1…n by position.
    // Null for anything else.
    const StatusLevel *levelForKey(const QString &typed) const;
    // Gives all status cells among the indexes one level (0 clears), as one undo step.
    bool setStatus(const QModelIndexList &indexes, qint64 levelId);
    // The status symbols of cells as tab-separated text; other columns give their text.
    QString copyText(const QList<QModelIndexList> &rows) const;
    // Sets statuses from pasted text, each value onto the target index at the same place
    // (targets come from the view's visual order). All or nothing, as one undo step; *error
    // names the first value that is not on the scale or the cell that cannot take a status.
    bool pasteStatuses(const QList<QModelIndexList> &targets, const QList<QStringList> &values,
                       QString *error);
    qint64 periodIdAt(int column) const;

private:
    struct Node
    {
        NodeKind kind;
        int planIndex; // into plan.chapters, plan.pledges or plan.rows
        int parent;    // node number, -1 at the top
        int rowInParent;
        QList<int> children;
    };

    void rebuild();
    void onCellChanged(qint64 rowId, qint64 periodId);
    void onCommentsChanged();
    const Plan &plan() const;
    const Node *nodeAt(const QModelIndex &index) const;
    QVariant fixedData(const Node &node, int column, int role) const;
    QVariant cellData(const Node &node, qint64 periodId, int role) const;

    QPointer<Document> m_document;
    QList<Node> m_nodes;
    QList<int> m_topLevel;
    QModelIndex indexOfNode(int node, int column) const;

    QHash<qint64, int> m_rowNode; // row id → node
    QHash<qint64, int> m_pledgeNode;
    QHash<qint64, int> m_chapterNode;
    QHash<qint64, QString> m_departments; // id → name
    bool m_japanese = true;
    struct CellReview
    {
        int count = 0;
        ReviewComment::Mark mark = ReviewComment::Mark::None;
    };
    QHash<QPair<qint64, qint64>, CellReview> m_cellReviews; // the cells with open comments
};
