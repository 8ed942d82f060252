#include "cellhistorymodel.h"
#include "document/document.h"

#include <QLocale>

CellHistoryModel::CellHistoryModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(document, &Document::cellChanged, this, [this](qint64 rowId, qint64 periodId) {
        if (rowId == m_rowId && periodId == m_periodId)
            reload();
    });
    connect(document, &Document::planReset, this, &CellHistoryModel::reload);
}

void CellHistoryModel::setCell(qint64 rowId, qint64 periodId)
{
    if (rowId == m_rowId && periodId == m_periodId)
        return;
    m_rowId = rowId;
    m_periodId = periodId;
    reload();
}

void CellHistoryModel::reload()
{
    beginResetModel();
    m_entries =
        m_rowId && m_periodId ? m_document->history(m_rowId, m_periodId) : QList<HistoryEntry>();
    std::reverse(m_entries.begin(), m_entries.end());
    endResetModel();
}

int CellHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CellHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CellHistoryModel::fieldName(const QString &field) const
{
    if (field == QStringLiteral("plan"))
        return tr("Plan");
    if (field == QStringLiteral("status"))
        return tr("Status");
    if (field == QStringLiteral("narrative"))
        return tr("Narrative");
    return field;
}

QVariant CellHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) ||
        (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const HistoryEntry &e = m_entries.at(index.row());
    switch (index.column()) {
    case WhenColumn:
        return QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
    case WhoColumn:
        return e.user;
    case FieldColumn:
        return fieldName(e.field);
    case OldColumn:
        return e.oldValue;
    case NewColumn:
        return e.newValue;
    case SourceColumn:
        return e.source;
    }
    return {};
}

QVariant CellHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case FieldColumn:
        return tr("Field");
    case OldColumn:
        return tr("Old value");
    case NewColumn:
        return tr("New value");
    case SourceColumn:
        return tr("Source");
    }
    return {};
}
