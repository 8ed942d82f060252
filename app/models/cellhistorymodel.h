#pragma once

#include "domain/plan.h"

#include <QAbstractTableModel>
#include <QPointer>

class Document;

// Every recorded change of one row × period cell, newest first: when, who, which field, the
// old and the new value. Read from the file when the cell is chosen or changes, never in data().
class CellHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        WhenColumn,
        WhoColumn,
        FieldColumn,
        OldColumn,
        NewColumn,
        SourceColumn,
        ColumnCount
    };

    explicit CellHistoryModel(Document *document, QObject *parent = nullptr);

    void setCell(qint64 rowId, qint64 periodId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void reload();
    QString fieldName(const QString &field) const;

    QPointer<Document> m_document;
    qint64 m_rowId = 0;
    qint64 m_periodId = 0;
    QList<HistoryEntry> m_entries;
};
