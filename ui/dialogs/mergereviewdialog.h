#pragma once

#include "departments/returnedworkbook.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QTableWidget;
class QTreeWidget;

// File ▸ Merge Department Workbooks, second step: every field the returned workbooks change,
// beside the plan's value, to accept or reject one by one, by row or all at once; and what
// was wrong in them, by file and cell. Conflicts (changed in the plan too, or differently by
// two workbooks) start rejected; the changes of a workbook with problems stay out unless the
// office chooses to apply the rest of it. Returns the accepted changes; it merges nothing.
class MergeReviewDialog : public QDialog
{
    Q_OBJECT

public:
    MergeReviewDialog(const Plan &plan, const QList<ReturnedWorkbook> &workbooks,
                      bool japaneseLabels, QWidget *parent = nullptr);

    // The checked changes, in the workbooks' order.
    QList<ReturnedChange> acceptedChanges() const;
    // The workbooks this merge settles: those with an accepted change, and those that may
    // contribute but change nothing. What Collections::recordMerged() is given.
    QList<ReturnedWorkbook> mergedWorkbooks() const;
    // "3 changes in 2 workbooks, 1 conflict, 0 problems"
    QString summary() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Entry
    {
        ReturnedChange change;
        int workbook = 0; // index in m_workbooks
        bool withProblems = false;
    };
    void buildProblems();
    void buildChanges(const Plan &plan, bool japaneseLabels);
    void addChangeRow(int row, const Plan &plan, bool japaneseLabels);
    bool isActive(int row) const; // may be accepted: not left out with its workbook
    bool isAccepted(int row) const;
    void setAccepted(int row, bool accepted);
    void setAllAccepted(bool accepted);
    void acceptSelectedRows();
    void toggleSelected();
    void applyRestChanged();

    QList<ReturnedWorkbook> m_workbooks;
    QList<Entry> m_entries; // one per table row
    QLabel *m_summary = nullptr;
    QTreeWidget *m_problems = nullptr;
    QCheckBox *m_applyRest = nullptr;
    QTableWidget *m_changes = nullptr;
};
