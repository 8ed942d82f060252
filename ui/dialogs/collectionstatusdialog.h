#pragma once

#include <QDialog>
#include <QPointer>

class Document;
class QComboBox;
class QTableWidget;
class QTimer;

// File ▸ Collection Status: for a period, where each department with rows in it stands (not
// sent, sent, returned, merged, with the dates) and how many of its rows are still empty, so
// the office knows whom to chase. Follows the document while open; only reads it.
class CollectionStatusDialog : public QDialog
{
    Q_OBJECT

public:
    CollectionStatusDialog(Document *document, qint64 periodId, bool japaneseLabels,
                           QWidget *parent = nullptr);

    void setDocument(Document *document);
    void setPeriod(qint64 periodId);
    qint64 periodId() const;

private:
    void fillPeriods();
    void scheduleRefresh();
    void refresh();

    QPointer<Document> m_document;
    bool m_japanese;
    QComboBox *m_period = nullptr;
    QTableWidget *m_table = nullptr;
    QTimer *m_refreshTimer = nullptr;
};
