#include "pledgetreemodel.h"
#include "document/document.h"
#include "document/editing.h"
#include "io/tabulartext.h"

#include <QDataStream>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>
#include <QTimer>

namespace {

QString firstLine(const QString &text)
{
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    return end < 0 ? text : text.left(end);
}

// User text in a tooltip must never be read as markup, so it is escaped into our own rich text.
QString plainToRich(const QStringList &lines)
{
    QStringList escaped;
    for (const QString &line : lines) {
        if (!line.isEmpty())
            escaped << line.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    }
    return QStringLiteral("<qt>") + escaped.join(QStringLiteral("<hr>")) + QStringLiteral("</qt>");
}

} // namespace

PledgeTreeModel::PledgeTreeModel(Document *document, QObject *parent)
    : QAbstractItemModel(parent), m_document(document),
      m_japanese(QLocale().language() == QLocale::Japanese)
{
    rebuild();
    connect(document, &Document::aboutToResetPlan, this, [this] { beginResetModel(); });
    connect(document, &Document::planReset, this, [this] {
        rebuild();
        endResetModel();
    });
    connect(document, &Document::cellChanged, this, &PledgeTreeModel::onCellChanged);
    connect(document, &Document::commentsChanged, this, &PledgeTreeModel::onCommentsChanged);
    onCommentsChanged();
    connect(document, &Document::infoChanged, this, [this] {
        emit headerDataChanged(Qt::Horizontal, FirstPeriodColumn, columnCount() - 1);
    });
}

const Plan &PledgeTreeModel::plan() const
{
    return m_document->plan();
}

void PledgeTreeModel::setJapaneseLabels(bool japanese)
{
    if (m_japanese == japanese)
        return;
    m_japanese = japanese;
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

void PledgeTreeModel::rebuild()
{
    m_nodes.clear();
    m_topLevel.clear();
    m_rowNode.clear();
    m_departments.clear();
    const Plan &p = plan();
    for (const Department &d : p.departments)
        m_departments.insert(d.id, d.name);

    auto addNode = [this](NodeKind kind, int planIndex, int parent) {
        QList<int> &siblings = parent < 0 ? m_topLevel : m_nodes[parent].children;
        m_nodes.append(Node{kind, planIndex, parent, int(siblings.size()), {}});
        const int number = int(m_nodes.size()) - 1;
        (parent < 0 ? m_topLevel : m_nodes[parent].children).append(number);
        return number;
    };
    m_pledgeNode.clear();
    m_chapterNode.clear();
    QHash<qint64, int> &chapterNode = m_chapterNode;
    QHash<qint64, int> &pledgeNode = m_pledgeNode;
    for (int i = 0; i < p.chapters.size(); ++i)
        chapterNode.insert(p.chapters.at(i).id, addNode(NodeKind::Chapter, i, -1));
    for (int i = 0; i < p.pledges.size(); ++i) {
        const qint64 chapterId = p.pledges.at(i).chapterId;
        pledgeNode.insert(
            p.pledges.at(i).id,
            addNode(NodeKind::Pledge, i, chapterId ? chapterNode.value(chapterId, -1) : -1));
    }
    for (int i = 0; i < p.rows.size(); ++i) {
        const int parent = pledgeNode.value(p.rows.at(i).pledgeId, -1);
        if (parent >= 0)
            m_rowNode.insert(p.rows.at(i).id, addNode(NodeKind::Row, i, parent));
    }
}

const PledgeTreeModel::Node *PledgeTreeModel::nodeAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    return &m_nodes.at(int(index.internalId()));
}

QModelIndex PledgeTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const QList<int> &siblings = parent.isValid() ? nodeAt(parent)->children : m_topLevel;
    return createIndex(row, column, quintptr(siblings.at(row)));
}

QModelIndex PledgeTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeAt(child);
    if (!node || node->parent < 0)
        return {};
    return createIndex(m_nodes.at(node->parent).rowInParent, 0, quintptr(node->parent));
}

int PledgeTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return parent.isValid() ? int(nodeAt(parent)->children.size()) : int(m_topLevel.size());
}

int PledgeTreeModel::columnCount(const QModelIndex &) const
{
    return FirstPeriodColumn + int(plan().periods.size());
}

qint64 PledgeTreeModel::periodIdAt(int column) const
{
    const int i = column - FirstPeriodColumn;
    return i >= 0 && i < plan().periods.size() ? plan().periods.at(i).id : 0;
}

QModelIndex PledgeTreeModel::indexOfNode(int node, int column) const
{
    if (node < 0 || node >= m_nodes.size())
        return {};
    return createIndex(m_nodes.at(node).rowInParent, column, quintptr(node));
}

QModelIndex PledgeTreeModel::indexOfRow(qint64 rowId, int column) const
{
    return indexOfNode(m_rowNode.value(rowId, -1), column);
}

QModelIndex PledgeTreeModel::indexOfPledge(qint64 pledgeId, int column) const
{
    return indexOfNode(m_pledgeNode.value(pledgeId, -1), column);
}

QModelIndex PledgeTreeModel::indexOfChapter(qint64 chapterId, int column) const
{
    return indexOfNode(m_chapterNode.value(chapterId, -1), column);
}

int PledgeTreeModel::periodColumn(qint64 periodId) const
{
    const QList<Period> &periods = plan().periods;
    for (int i = 0; i < periods.size(); ++i) {
        if (periods.at(i).id == periodId)
            return FirstPeriodColumn + i;
    }
    return -1;
}

QVariant PledgeTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeAt(index);
    if (!node)
        return {};
    if (role == NodeKindRole)
        return int(node->kind);
    if (role == ChapterIdRole) {
        const Node *n = node;
        while (n->kind != NodeKind::Pledge && n->kind != NodeKind::Chapter)
            n = &m_nodes.at(n->parent);
        return n->kind == NodeKind::Chapter ? plan().chapters.at(n->planIndex).id
                                            : plan().pledges.at(n->planIndex).chapterId;
    }
    if (node->kind == NodeKind::Row && index.column() >= FirstPeriodColumn)
        return cellData(*node, periodIdAt(index.column()), role);
    return fixedData(*node, index.column(), role);
}

QVariant PledgeTreeModel::fixedData(const Node &node, int column, int role) const
{
    const Plan &p = plan();
    if (node.kind == NodeKind::Chapter) {
        const Chapter &c = p.chapters.at(node.planIndex);
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return {};
        if (column == NumberColumn)
            return tr("Chapter %1").arg(c.number);
        return column == TitleColumn ? QVariant(c.title) : QVariant();
    }
    if (node.kind == NodeKind::Pledge) {
        const Pledge &pl = p.pledges.at(node.planIndex);
        if (role == PledgeIdRole)
            return pl.id;
        if (role != Qt::DisplayRole)
            return {};
        switch (column) {
        case NumberColumn:
            return pl.number;
        case TitleColumn:
            return pl.tag.isEmpty()
                       ? pl.title
                       : QStringLiteral("【") + pl.tag + QStringLiteral("】") + pl.title;
        case ContentColumn:
            return pl.description;
        case TargetDateColumn:
            return pl.targetDateText;
        }
        return {};
    }
    const PledgeRow &r = p.rows.at(node.planIndex);
    if (role == RowIdRole)
        return r.id;
    if (role == PledgeIdRole)
        return r.pledgeId;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case NumberColumn:
        return r.marker;
    case TitleColumn:
        return r.title;
    case ContentColumn:
        return role == Qt::DisplayRole ? QVariant(firstLine(r.content))
                                       : QVariant(plainToRich({r.content}));
    case DepartmentColumn:
        return m_departments.value(r.departmentId);
    case TargetDateColumn:
        return r.targetDateText;
    }
    return {};
}

QVariant PledgeTreeModel::cellData(const Node &node, qint64 periodId, int role) const
{
    const Plan &p = plan();
    const PledgeRow &r = p.rows.at(node.planIndex);
    const Cell cell = p.cell(r.id, periodId);
    const StatusLevel *level = p.periodScale.levelById(cell.levelId);
    switch (role) {
    case Qt::DisplayRole: {
        const QString symbol = level ? level->symbol : QString();
        const QString line = firstLine(cell.narrative);
        return line.isEmpty() ? symbol : symbol.isEmpty() ? line : symbol + QLatin1Char(' ') + line;
    }
    case Qt::EditRole:
        return level ? level->code : QString();
    case Qt::ToolTipRole:
        if (cell.isEmpty())
            return {};
        return plainToRich(
            {cell.plan.isEmpty() ? QString() : tr("Plan: %1").arg(cell.plan),
             level ? level->symbol + QLatin1Char(' ') + level->displayLabel(m_japanese) : QString(),
             cell.narrative});
    case StatusColorRole:
        return level ? QVariant(level->color) : QVariant();
    case RowIdRole:
        return r.id;
    case PledgeIdRole:
        return r.pledgeId;
    case PeriodIdRole:
        return periodId;
    case LevelIdRole:
        return cell.levelId;
    case StatusSymbolRole:
        return level ? level->symbol : QString();
    case PlanTextRole:
        return cell.plan;
    case NarrativeRole:
        return cell.narrative;
    case CommentCountRole:
        return m_cellReviews.value({r.id, periodId}).count;
    case ReviewMarkRole:
        return int(m_cellReviews.value({r.id, periodId}).mark);
    }
    return {};
}

bool PledgeTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Node *node = nodeAt(index);
    if (!node || node->kind != NodeKind::Row || index.column() < FirstPeriodColumn ||
        (role != Qt::EditRole && role != LevelIdRole))
        return false;
    qint64 levelId = 0;
    if (role == LevelIdRole) {
        levelId = value.toLongLong();
        if (levelId && !plan().periodScale.levelById(levelId))
            return false;
    } else if (!value.toString().trimmed().isEmpty()) {
        const StatusLevel *level = plan().periodScale.levelByCode(value.toString());
        if (!level)
            return false;
        levelId = level->id;
    }
    const qint64 rowId = plan().rows.at(node->planIndex).id;
    return Editing::setStatus(*m_document, {{rowId, periodIdAt(index.column())}}, levelId);
}

void PledgeTreeModel::onCellChanged(qint64 rowId, qint64 periodId)
{
    const QModelIndex cell = indexOfRow(rowId, periodColumn(periodId));
    if (cell.isValid())
        emit dataChanged(cell, cell);
}

// Repaints the cells whose comments or marks came or went.
void PledgeTreeModel::onCommentsChanged()
{
    QHash<CellKey, CellReview> reviews;
    for (const ReviewComment &c : m_document->comments()) {
        if (c.isResolved() || !c.periodId)
            continue;
        CellReview &review = reviews[{c.rowId, c.periodId}];
        ++review.count;
        if (c.mark != ReviewComment::Mark::None)
            review.mark = c.mark; // comments come oldest first: the latest mark wins
    }
    QSet<CellKey> touched;
    for (auto it = m_cellReviews.cbegin(); it != m_cellReviews.cend(); ++it) {
        if (reviews.value(it.key()).count != it->count || reviews.value(it.key()).mark != it->mark)
            touched.insert(it.key());
    }
    for (auto it = reviews.cbegin(); it != reviews.cend(); ++it) {
        if (!m_cellReviews.contains(it.key()))
            touched.insert(it.key());
    }
    m_cellReviews = std::move(reviews);
    for (const CellKey &key : std::as_const(touched))
        onCellChanged(key.first, key.second);
}

QVariant PledgeTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case TitleColumn:
        return tr("Pledge / item");
    case ContentColumn:
        return tr("Content");
    case DepartmentColumn:
        return tr("Department");
    case TargetDateColumn:
        return tr("Target date");
    }
    const int i = section - FirstPeriodColumn;
    if (i < 0 || i >= plan().periods.size())
        return {};
    const Period &period = plan().periods.at(i);
    const int start = plan().info.fiscalYearStartMonth;
    if (!period.customLabel.isEmpty() || period.kind == Period::Kind::ReportingDate ||
        period.kind == Period::Kind::Year)
        return period.label(m_japanese, start);
    // Fiscal year over the half or quarter.
    const QString full = period.label(m_japanese, start);
    const QString year = period.fiscalYearLabel(m_japanese);
    return year + QLatin1Char('\n') + full.mid(year.size()).trimmed();
}

Qt::ItemFlags PledgeTreeModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractItemModel::flags(index);
    const Node *node = nodeAt(index);
    const bool writable = m_document->canEditPlan();
    if (node && node->kind == NodeKind::Row && index.column() >= FirstPeriodColumn && writable)
        f |= Qt::ItemIsEditable;
    if (writable && node && node->kind != NodeKind::Chapter && index.column() < FirstPeriodColumn)
        f |= Qt::ItemIsDragEnabled;
    if (writable && (!node || node->kind != NodeKind::Row))
        f |= Qt::ItemIsDropEnabled;
    return f;
}

namespace {
const QString kNodeMime = QStringLiteral("application/x-pledgetracker-node");
}

Qt::DropActions PledgeTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList PledgeTreeModel::mimeTypes() const
{
    return {kNodeMime};
}

// One dragged pledge or row: its kind and id (a drag carries the first one only).
QMimeData *PledgeTreeModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &index : indexes) {
        const Node *node = nodeAt(index);
        if (!node || node->kind == NodeKind::Chapter)
            continue;
        const qint64 id = node->kind == NodeKind::Row ? plan().rows.at(node->planIndex).id
                                                      : plan().pledges.at(node->planIndex).id;
        QByteArray bytes;
        QDataStream stream(&bytes, QIODevice::WriteOnly);
        stream << int(node->kind) << id;
        auto *data = new QMimeData;
        data->setData(kNodeMime, bytes);
        return data;
    }
    return nullptr;
}

namespace {
bool readNode(const QMimeData *data, PledgeTreeModel::NodeKind *kind, qint64 *id)
{
    if (!data || !data->hasFormat(kNodeMime))
        return false;
    QDataStream stream(data->data(kNodeMime));
    int k = -1;
    stream >> k >> *id;
    *kind = PledgeTreeModel::NodeKind(k);
    return stream.status() == QDataStream::Ok;
}
} // namespace

bool PledgeTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                      const QModelIndex &parent) const
{
    NodeKind kind;
    qint64 id = 0;
    if (action != Qt::MoveAction || !m_document->canEditPlan() || !readNode(data, &kind, &id))
        return false;
    const Node *target = nodeAt(parent);
    if (kind == NodeKind::Row)
        return target && target->kind == NodeKind::Pledge;
    // A pledge goes into a chapter, or to the top when the plan has no chapters.
    return kind == NodeKind::Pledge &&
           (target ? target->kind == NodeKind::Chapter : plan().chapters.isEmpty());
}

bool PledgeTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                   int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    NodeKind kind;
    qint64 id = 0;
    readNode(data, &kind, &id);
    const Node *target = nodeAt(parent);
    const qint64 targetId = !target ? 0
                            : target->kind == NodeKind::Pledge
                                ? plan().pledges.at(target->planIndex).id
                                : plan().chapters.at(target->planIndex).id;
    // Dropping below the dragged item itself counts its old place; the facade wants the index
    // among the other siblings.
    int index = row;
    if (index >= 0) {
        const QModelIndex old = kind == NodeKind::Row ? indexOfRow(id, 0) : indexOfPledge(id, 0);
        if (old.parent() == parent && old.row() < index)
            --index;
    }
    // The move resets the model, which must not happen inside the view's drop handling.
    QPointer<Document> document = m_document;
    QTimer::singleShot(0, this, [document, kind, id, targetId, index] {
        if (!document)
            return;
        if (kind == NodeKind::Row)
            Editing::moveRowTo(*document, id, targetId, index);
        else
            Editing::movePledgeTo(*document, id, targetId, index);
    });
    return true;
}

bool PledgeTreeModel::isStatusCell(const QModelIndex &index) const
{
    const Node *node = nodeAt(index);
    return node && node->kind == NodeKind::Row && index.column() >= FirstPeriodColumn &&
           index.column() < columnCount();
}

const StatusLevel *PledgeTreeModel::levelForKey(const QString &typed) const
{
    const StatusScale &scale = plan().periodScale;
    if (const StatusLevel *level = scale.levelByCode(typed))
        return level;
    bool isNumber = false;
    const int n = typed.normalized(QString::NormalizationForm_KC).toInt(&isNumber);
    return isNumber && n >= 1 && n <= scale.levels.size() ? &scale.levels.at(n - 1) : nullptr;
}

bool PledgeTreeModel::setStatus(const QModelIndexList &indexes, qint64 levelId)
{
    QList<CellKey> cells;
    for (const QModelIndex &index : indexes) {
        if (isStatusCell(index))
            cells.append({index.data(RowIdRole).toLongLong(), periodIdAt(index.column())});
    }
    if (cells.isEmpty())
        return false;
    return Editing::setStatus(*m_document, cells, levelId);
}

QString PledgeTreeModel::copyText(const QList<QModelIndexList> &rows) const
{
    QList<QStringList> table;
    for (const QModelIndexList &row : rows) {
        QStringList line;
        for (const QModelIndex &index : row)
            line << (isStatusCell(index) ? index.data(StatusSymbolRole).toString()
                                         : index.data(Qt::DisplayRole).toString());
        table << line;
    }
    return TabularText::format(table);
}

bool PledgeTreeModel::pasteStatuses(const QList<QModelIndexList> &targets,
                                    const QList<QStringList> &values, QString *error)
{
    QList<QPair<CellKey, Cell>> cells;
    for (int r = 0; r < values.size(); ++r) {
        for (int c = 0; c < values.at(r).size(); ++c) {
            const QString value = values.at(r).at(c).trimmed();
            const QModelIndex target = targets.value(r).value(c);
            if (!isStatusCell(target)) {
                *error = tr("Row %1, column %2 of the pasted text falls outside the status cells.")
                             .arg(r + 1)
                             .arg(c + 1);
                return false;
            }
            const StatusLevel *level = value.isEmpty() ? nullptr : levelForKey(value);
            if (!value.isEmpty() && !level) {
                *error = tr("Row %1, column %2 of the pasted text: \"%3\" is not a status of the "
                            "scale %4.")
                             .arg(r + 1)
                             .arg(c + 1)
                             .arg(value, plan().periodScale.name);
                return false;
            }
            const CellKey key{target.data(RowIdRole).toLongLong(), periodIdAt(target.column())};
            Cell cell = plan().cell(key.first, key.second);
            cell.levelId = level ? level->id : 0;
            cells.append({key, cell});
        }
    }
    return Editing::setCells(*m_document, cells,
                             tr("Paste %n cell(s)", nullptr, int(cells.size())));
}
