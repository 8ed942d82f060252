#pragma once

#include "rowfilter.h"

#include <QList>
#include <QPointer>
#include <QSortFilterProxyModel>

#include <memory>

class Document;

// The pledge table narrowed to the rows a RowFilter matches, with their pledges and chapters
// kept around them as context. Sits on a PledgeTreeModel given with setSourceModel() (it reads
// NodeKindRole, RowIdRole and PledgeIdRole) and decides with the document's plan.
//
// With an empty filter everything shows. Otherwise a row shows when it matches; a pledge or
// chapter shows when any row under it does. A pledge without rows shows only when the filter
// is text alone and its own texts or its chapter's title match (see
// RowFilter::Matcher::matchesPledgeWithoutRows); a chapter without pledges never shows.
//
// Which rows match is worked out once per filter change, so the view's many filterAcceptsRow
// calls are look-ups. A cell edit re-checks only the edited row, and only when the filter
// looks at cells (text, status, changed since).
class PledgeFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PledgeFilterModel(Document *document, QObject *parent = nullptr);
    ~PledgeFilterModel() override;

    void setSourceModel(QAbstractItemModel *sourceModel) override;

    const RowFilter &filter() const { return m_filter; }
    void setFilter(const RowFilter &filter);

    // Leaf rows (NodeKind::Row), for the status bar's "n of m rows".
    int matchingRowCount() const;
    int totalRowCount() const { return int(m_rowIndex.size()); }

signals:
    void filterChanged();
    // matchingRowCount() or totalRowCount() changed: after a filter change, an edit that made a
    // row match or stop matching, or a change of the plan's structure.
    void rowCountsChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void rebuild(const QAbstractItemModel *source);
    void rematch();
    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void onYearCellChanged(qint64 rowId);
    bool recheckRow(qint64 rowId);

    QPointer<Document> m_document;
    RowFilter m_filter;
    std::unique_ptr<RowFilter::Matcher> m_matcher;
    // Built the first time the filter has text, then kept up to date with every edit.
    std::unique_ptr<RowFilter::TextIndex> m_texts;
    QHash<qint64, int> m_rowIndex; // row id → index into plan.rows, for the source's rows
    QList<bool> m_matches;         // by index into plan.rows
    int m_matchCount = 0;
    QList<QMetaObject::Connection> m_sourceConnections;
};
