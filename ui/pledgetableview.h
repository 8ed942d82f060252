#pragma once

#include "celldelegate.h"

#include <QHash>
#include <QModelIndex>
#include <QPointer>
#include <QWidget>

class PledgeTreeModel;
class QAbstractItemModel;
class QHeaderView;
class QItemSelectionModel;
class QKeyEvent;
class QSplitter;
class QTreeView;

// The pledge table with its left columns frozen, as in Qt's "Frozen Column" example but for a
// tree: two tree views side by side over one model and one selection. The fixed view shows
// number … target date with the tree; the period view scrolls the periods sideways. Vertical
// scrolling, expansion and row heights are kept in step. Status cells take keyboard-first
// entry: a level's key, Delete, copy and paste, each one undo step.
class PledgeTableView : public QWidget
{
    Q_OBJECT

public:
    explicit PledgeTableView(QWidget *parent = nullptr);
    ~PledgeTableView() override;

    // A PledgeTreeModel or a proxy over one; edits go to the PledgeTreeModel underneath.
    void setModel(QAbstractItemModel *model);
    QAbstractItemModel *model() const;
    QItemSelectionModel *selectionModel() const;
    QModelIndex currentIndex() const;
    void setCurrentIndex(const QModelIndex &index);
    void expandAll();
    void collapseAll();

    CellDelegate::Density density() const;
    void setDensity(CellDelegate::Density density);
    bool showPlan() const;
    void setShowPlan(bool showPlan);

    QHeaderView *fixedHeader() const;
    QHeaderView *periodHeader() const;
    // Column widths of both views, for QSettings. Widths restored before setModel() are applied
    // when the model comes; a new model keeps the widths of the one before.
    QByteArray saveState() const;
    bool restoreState(const QByteArray &state);

    QTreeView *fixedView() const { return m_fixedView; }
    QTreeView *periodView() const { return m_periodView; }
    CellDelegate *cellDelegate() const { return m_cellDelegate; }

    // What the keys do, for menu actions too: copy the selected cells as tab-separated text,
    // paste statuses at the current cell, give the selected status cells a level (0 clears).
    void copy();
    void paste();
    void setSelectedStatus(qint64 levelId);

signals:
    void currentCellChanged(const QModelIndex &index);
    // Enter/Return or a double-click on a status cell.
    void cellActivated(const QModelIndex &index);
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    enum class KeyAction
    {
        None,
        Swallow,
        Copy,
        Paste,
        Clear,
        Level,
        NotALevel,
        Activate,
        ToFixedView,
        ToPeriodView
    };

    void setUpView(QTreeView *view);
    void connectViews();
    void connectModel(QAbstractItemModel *model);
    void showColumns();
    void syncHeaderHeights();
    void fitFixedPane();
    void forgetRowHeights();
    void relayout();
    void scheduleRelayout();
    int rowHeight(const QModelIndex &index) const;

    PledgeTreeModel *pledgeModel() const;
    bool isStatusCell(const QModelIndex &index) const;
    KeyAction keyAction(const QTreeView *view, const QKeyEvent *event) const;
    void runKeyAction(KeyAction action, const QString &text);
    void enterText(const QString &text);
    void moveTo(QTreeView *view, int column);
    QModelIndexList statusTargets() const;
    QList<QModelIndexList> selectedRectangle() const;

    QSplitter *m_splitter = nullptr;
    QTreeView *m_fixedView = nullptr;
    QTreeView *m_periodView = nullptr;
    CellDelegate *m_cellDelegate = nullptr;
    QAbstractItemDelegate *m_fixedDelegate = nullptr;
    QAbstractItemDelegate *m_periodDelegate = nullptr;
    QPointer<QAbstractItemModel> m_model;
    mutable QHash<QModelIndex, int> m_rowHeights; // by the row's column-0 index
    QByteArray m_pendingState; // widths to apply when a model (again) has columns
    bool m_fitPending = true;
    bool m_relayoutPending = false;
};
