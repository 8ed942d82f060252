#include "collectionstatusdialog.h"
#include "departments/collections.h"
#include "document/document.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QTableWidget>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace {
enum Column
{
    DepartmentColumn,
    StateColumn,
    SentColumn,
    ReturnedColumn,
    MergedColumn,
    RowsColumn,
    EmptyRowsColumn,
    ColumnCount
};

// A date as the locale writes it short, in local time; sorts as a date. Empty when not done.
QTableWidgetItem *dateItem(const QDateTime &at, const QString &file)
{
    auto *item = new QTableWidgetItem;
    if (at.isValid())
        item->setData(Qt::DisplayRole, at.toLocalTime());
    if (!file.isEmpty())
        item->setToolTip(Qt::convertFromPlainText(file));
    return item;
}

QTableWidgetItem *numberItem(int n)
{
    auto *item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, n);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
} // namespace

CollectionStatusDialog::CollectionStatusDialog(Document *document, qint64 periodId,
                                               bool japaneseLabels, QWidget *parent)
    : QDialog(parent), m_japanese(japaneseLabels)
{
    setWindowTitle(tr("Collection Status"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("periodBox"));
    form->addRow(tr("&Period collected:"), m_period);
    layout->addLayout(form);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("statusTable"));
    m_table->setHorizontalHeaderLabels({tr("Department"), tr("State"), tr("Sent"), tr("Returned"),
                                        tr("Merged"), tr("Rows"), tr("Still Empty")});
    m_table->horizontalHeaderItem(EmptyRowsColumn)
        ->setToolTip(tr("Rows with neither a status nor a narrative for the period yet"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // The plan's department order until a header is clicked.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    layout->addWidget(m_table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // A merge changes many cells one signal each; the table is rebuilt once.
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &CollectionStatusDialog::refresh);
    connect(m_period, &QComboBox::currentIndexChanged, this, &CollectionStatusDialog::refresh);

    setDocument(document);
    setPeriod(periodId);
    resize(720, 420);
}

void CollectionStatusDialog::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &Document::recordsChanged, this,
                &CollectionStatusDialog::scheduleRefresh);
        connect(document, &Document::cellChanged, this, &CollectionStatusDialog::scheduleRefresh);
        connect(document, &Document::planReset, this, &CollectionStatusDialog::fillPeriods);
        connect(document, &Document::destroyed, this, &CollectionStatusDialog::scheduleRefresh);
    }
    fillPeriods();
}

void CollectionStatusDialog::setPeriod(qint64 periodId)
{
    const int index = m_period->findData(periodId);
    if (index >= 0)
        m_period->setCurrentIndex(index);
}

qint64 CollectionStatusDialog::periodId() const
{
    return m_period->currentData().toLongLong();
}

// The plan's periods, keeping the chosen one when it is still there.
void CollectionStatusDialog::fillPeriods()
{
    const qint64 chosen = periodId();
    {
        const QSignalBlocker blocker(m_period);
        m_period->clear();
        if (m_document) {
            const Plan &plan = m_document->plan();
            for (const Period &p : plan.periods)
                m_period->addItem(p.label(m_japanese, plan.info.fiscalYearStartMonth), p.id);
        }
        m_period->setCurrentIndex(qMax(0, m_period->findData(chosen)));
    }
    refresh();
}

void CollectionStatusDialog::scheduleRefresh()
{
    m_refreshTimer->start();
}

void CollectionStatusDialog::refresh()
{
    m_refreshTimer->stop();
    const QList<CollectionStatus> lines =
        m_document
            ? Collections::status(m_document->plan(), Collections::records(*m_document), periodId())
            : QList<CollectionStatus>();
    // Rows are filled unsorted, then the header's sort applies again.
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(lines.size()));
    for (int row = 0; row < lines.size(); ++row) {
        const CollectionStatus &s = lines.at(row);
        const Department *department = m_document->plan().department(s.departmentId);
        const QList<QTableWidgetItem *> items{
            new QTableWidgetItem(department ? department->name : QString()),
            new QTableWidgetItem(Collections::stateName(s.state)),
            dateItem(s.sent, s.sentFile),
            dateItem(s.returned, s.returnedFile),
            dateItem(s.merged, QString()),
            numberItem(s.rows),
            numberItem(s.emptyRows)};
        for (int column = 0; column < ColumnCount; ++column)
            m_table->setItem(row, column, items.at(column));
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
}
