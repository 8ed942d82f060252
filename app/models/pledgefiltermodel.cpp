#include "pledgefiltermodel.h"
#include "document/document.h"
#include "models/pledgetreemodel.h"

namespace {

using NodeKind = PledgeTreeModel::NodeKind;

NodeKind kindOf(const QModelIndex &index)
{
    return NodeKind(index.data(PledgeTreeModel::NodeKindRole).toInt());
}

} // namespace

PledgeFilterModel::PledgeFilterModel(Document *document, QObject *parent)
    : QSortFilterProxyModel(parent), m_document(document)
{
    // Chapters and pledges are shown through their rows.
    setRecursiveFilteringEnabled(true);
    connect(document, &Document::yearCellChanged, this,
            [this](qint64 rowId, int) { onYearCellChanged(rowId); });
    rematch();
}

PledgeFilterModel::~PledgeFilterModel() = default;

void PledgeFilterModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    for (const QMetaObject::Connection &c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    if (sourceModel) {
        // Connected before the base class connects its own slots: when it re-filters a changed
        // row, the matches it looks up are already up to date.
        const auto rebuildFromSource = [this] { rebuild(this->sourceModel()); };
        m_sourceConnections
            << connect(sourceModel, &QAbstractItemModel::dataChanged, this,
                       &PledgeFilterModel::onSourceDataChanged)
            << connect(sourceModel, &QAbstractItemModel::modelReset, this, rebuildFromSource)
            << connect(sourceModel, &QAbstractItemModel::rowsInserted, this, rebuildFromSource)
            << connect(sourceModel, &QAbstractItemModel::rowsRemoved, this, rebuildFromSource);
    }
    rebuild(sourceModel);
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

// Finds the source's rows in the plan once, so filtering and counting need no search.
void PledgeFilterModel::rebuild(const QAbstractItemModel *source)
{
    const int matching = matchingRowCount();
    const int total = totalRowCount();
    m_rowIndex.clear();
    m_texts.reset();
    if (source && m_document) {
        QHash<qint64, int> planIndex;
        const QList<PledgeRow> &rows = m_document->plan().rows;
        planIndex.reserve(rows.size());
        for (int i = 0; i < rows.size(); ++i)
            planIndex.insert(rows.at(i).id, i);
        QList<QModelIndex> parents{QModelIndex()};
        while (!parents.isEmpty()) {
            const QModelIndex parent = parents.takeLast();
            for (int r = 0; r < source->rowCount(parent); ++r) {
                const QModelIndex index = source->index(r, 0, parent);
                if (kindOf(index) != NodeKind::Row) {
                    parents.append(index);
                    continue;
                }
                const auto it =
                    planIndex.constFind(index.data(PledgeTreeModel::RowIdRole).toLongLong());
                if (it != planIndex.cend())
                    m_rowIndex.insert(it.key(), it.value());
            }
        }
    }
    rematch();
    if (matchingRowCount() != matching || totalRowCount() != total)
        emit rowCountsChanged();
}

void PledgeFilterModel::setFilter(const RowFilter &filter)
{
    if (filter == m_filter)
        return;
    const int before = matchingRowCount();
    m_filter = filter;
    rematch();
    invalidateRowsFilter();
    emit filterChanged();
    if (matchingRowCount() != before)
        emit rowCountsChanged();
}

void PledgeFilterModel::rematch()
{
    m_matcher.reset();
    m_matches.clear();
    m_matchCount = 0;
    if (!m_document || m_filter.isEmpty())
        return;
    const Plan &plan = m_document->plan();
    if (m_filter.hasText() && !m_texts)
        m_texts = std::make_unique<RowFilter::TextIndex>(plan);
    m_matcher = std::make_unique<RowFilter::Matcher>(m_filter, plan, m_texts.get());
    m_matches.fill(false, plan.rows.size());
    for (const int i : std::as_const(m_rowIndex)) {
        if (m_matcher->matches(plan.rows.at(i))) {
            m_matches[i] = true;
            ++m_matchCount;
        }
    }
}

int PledgeFilterModel::matchingRowCount() const
{
    return m_filter.isEmpty() ? totalRowCount() : m_matchCount;
}

// Updates the row's text index entry and, when the filter looks at cells, whether it matches.
// Returns whether that changed.
bool PledgeFilterModel::recheckRow(qint64 rowId)
{
    const auto it = m_rowIndex.constFind(rowId);
    if (!m_document || it == m_rowIndex.cend())
        return false;
    const Plan &plan = m_document->plan();
    const PledgeRow &row = plan.rows.at(it.value());
    if (m_texts)
        m_texts->updateRow(plan, row);
    if (!m_matcher || !m_filter.dependsOnCells())
        return false;
    const bool matches = m_matcher->matches(row);
    if (matches == m_matches.at(it.value()))
        return false;
    m_matches[it.value()] = matches;
    m_matchCount += matches ? 1 : -1;
    return true;
}

void PledgeFilterModel::onSourceDataChanged(const QModelIndex &topLeft,
                                            const QModelIndex &bottomRight)
{
    if (!topLeft.isValid() || (!m_texts && !m_filter.dependsOnCells()))
        return;
    bool changed = false;
    for (int r = topLeft.row(); r <= bottomRight.row(); ++r) {
        const QModelIndex index = topLeft.siblingAtRow(r);
        if (kindOf(index) == NodeKind::Row)
            changed |= recheckRow(index.data(PledgeTreeModel::RowIdRole).toLongLong());
    }
    // The base class re-filters these rows and their parents next.
    if (changed)
        emit rowCountsChanged();
}

void PledgeFilterModel::onYearCellChanged(qint64 rowId)
{
    // The source shows no year cells and reports no change, so re-filter here; this happens
    // only when the edit changed whether the row matches.
    if (recheckRow(rowId)) {
        invalidateRowsFilter();
        emit rowCountsChanged();
    }
}

bool PledgeFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filter.isEmpty() || !m_matcher || !m_document)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    switch (kindOf(index)) {
    case NodeKind::Row: {
        const auto it = m_rowIndex.constFind(index.data(PledgeTreeModel::RowIdRole).toLongLong());
        return it != m_rowIndex.cend() && m_matches.at(it.value());
    }
    case NodeKind::Pledge: {
        if (sourceModel()->hasChildren(index))
            return false; // shown when one of its rows is
        const Pledge *pledge =
            m_document->plan().pledge(index.data(PledgeTreeModel::PledgeIdRole).toLongLong());
        return pledge && m_matcher->matchesPledgeWithoutRows(*pledge);
    }
    case NodeKind::Chapter:
        return false;
    }
    return false;
}
