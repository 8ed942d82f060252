#include "mergereviewdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QTextDocument>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
enum Column
{
    AcceptColumn,
    ConflictColumn,
    FileColumn,
    CellColumn,
    RowColumn,
    PeriodColumn,
    FieldColumn,
    CurrentColumn,
    ReturnedColumn,
    ColumnCount
};

// A light amber that reads as "look here" in light and dark themes alike, with black text.
const QColor kConflictBackground(255, 224, 178);

// Text from a plan or a workbook as a tool tip: escaped, never read as markup; long text wraps.
QString plainToolTip(const QString &text)
{
    return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

// "1 ① 制度周知": the pledge's number and what the row is about.
QString rowLabel(const Plan &plan, qint64 rowId)
{
    const PledgeRow *row = plan.row(rowId);
    if (!row)
        return QString::number(rowId);
    const Pledge *pledge = plan.pledge(row->pledgeId);
    const Department *department = plan.department(row->departmentId);
    QString about = row->marker;
    if (row->kind == PledgeRow::Kind::Department && department)
        about += QLatin1Char(' ') + department->name;
    about = (about + QLatin1Char(' ') + row->title).simplified();
    if (about.isEmpty())
        about = row->content.section(QLatin1Char('\n'), 0, 0);
    return ((pledge ? pledge->number : QString()) + QLatin1Char(' ') + about).trimmed();
}

QString fieldLabel(const QString &field)
{
    if (field == QLatin1String("plan"))
        return MergeReviewDialog::tr("Plan");
    if (field == QLatin1String("status"))
        return MergeReviewDialog::tr("Status");
    return MergeReviewDialog::tr("Narrative");
}

// A value on one table line: line breaks shown as ↵; the whole text is in the tool tip.
QTableWidgetItem *valueItem(const QString &value)
{
    auto *item = new QTableWidgetItem;
    if (value.isEmpty()) {
        item->setText(MergeReviewDialog::tr("(empty)"));
        item->setForeground(Qt::gray);
    } else {
        item->setText(QString(value).replace(QLatin1Char('\n'), QStringLiteral(" ↵ ")));
        item->setToolTip(plainToolTip(value));
    }
    return item;
}
} // namespace

MergeReviewDialog::MergeReviewDialog(const Plan &plan, const QList<ReturnedWorkbook> &workbooks,
                                     bool japaneseLabels, QWidget *parent)
    : QDialog(parent), m_workbooks(workbooks)
{
    setWindowTitle(tr("Merge Department Workbooks"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);
    buildProblems();
    layout->addWidget(m_problems);
    layout->addWidget(m_applyRest);
    buildChanges(plan, japaneseLabels);
    layout->addWidget(m_changes, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Merge"));
    QPushButton *all = buttons->addButton(tr("Accept &All"), QDialogButtonBox::ActionRole);
    QPushButton *none = buttons->addButton(tr("&Reject All"), QDialogButtonBox::ActionRole);
    QPushButton *row = buttons->addButton(tr("Accept R&ow"), QDialogButtonBox::ActionRole);
    row->setToolTip(tr("Accept every field of the chosen changes' rows"));
    // Enter in the table must not merge by accident; only the button does.
    for (QPushButton *b : {all, none, row})
        b->setAutoDefault(false);
    connect(all, &QPushButton::clicked, this, [this] { setAllAccepted(true); });
    connect(none, &QPushButton::clicked, this, [this] { setAllAccepted(false); });
    connect(row, &QPushButton::clicked, this, &MergeReviewDialog::acceptSelectedRows);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    m_summary->setText(summary());
    resize(1000, 600);
}

void MergeReviewDialog::buildProblems()
{
    m_problems = new QTreeWidget(this);
    m_problems->setObjectName(QStringLiteral("problemList"));
    m_problems->setColumnCount(3);
    m_problems->setHeaderLabels({tr("File"), tr("Cell"), tr("Problem")});
    m_problems->setRootIsDecorated(false);
    m_problems->setMaximumHeight(140);
    bool applicable = false; // a usable workbook with problems may have its rest applied
    for (const ReturnedWorkbook &w : std::as_const(m_workbooks)) {
        applicable |= w.usable && w.hasProblems();
        for (const WorkbookProblem &p : w.problems) {
            auto *item =
                new QTreeWidgetItem(m_problems, {QFileInfo(p.file).fileName(), p.cell, p.message});
            item->setToolTip(2, plainToolTip(p.message));
        }
    }
    m_problems->resizeColumnToContents(0);
    m_problems->setVisible(m_problems->topLevelItemCount() > 0);
    m_applyRest = new QCheckBox(tr("A&pply the other rows of workbooks with problems"), this);
    m_applyRest->setObjectName(QStringLiteral("applyRestBox"));
    m_applyRest->setToolTip(tr("The rows with problems are always left out, and files that are "
                               "not this plan's workbooks never contribute"));
    m_applyRest->setVisible(applicable);
    connect(m_applyRest, &QCheckBox::toggled, this, &MergeReviewDialog::applyRestChanged);
}

void MergeReviewDialog::buildChanges(const Plan &plan, bool japaneseLabels)
{
    for (int w = 0; w < m_workbooks.size(); ++w) {
        const ReturnedWorkbook &workbook = m_workbooks.at(w);
        if (!workbook.usable)
            continue;
        for (const ReturnedChange &change : workbook.changes)
            m_entries.append({change, w, workbook.hasProblems()});
    }
    m_changes = new QTableWidget(int(m_entries.size()), ColumnCount, this);
    m_changes->setObjectName(QStringLiteral("changeTable"));
    m_changes->setHorizontalHeaderLabels({tr("Merge"), tr("Conflict"), tr("File"), tr("Cell"),
                                          tr("Row"), tr("Period"), tr("Field"), tr("Current Value"),
                                          tr("Returned Value")});
    m_changes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_changes->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changes->setWordWrap(false);
    m_changes->verticalHeader()->hide();
    m_changes->installEventFilter(this);
    for (int row = 0; row < m_entries.size(); ++row)
        addChangeRow(row, plan, japaneseLabels);
    applyRestChanged(); // leaves out the changes of workbooks with problems
    m_changes->resizeColumnsToContents();
    for (int column : {RowColumn, CurrentColumn, ReturnedColumn})
        m_changes->setColumnWidth(column, qMin(m_changes->columnWidth(column), 260));
    m_changes->horizontalHeader()->setStretchLastSection(true);
    if (!m_entries.isEmpty())
        m_changes->setCurrentCell(0, AcceptColumn);
}

void MergeReviewDialog::addChangeRow(int row, const Plan &plan, bool japaneseLabels)
{
    const ReturnedChange &c = m_entries.at(row).change;
    const Period *period = plan.period(c.periodId);
    auto *accept = new QTableWidgetItem;
    auto *conflict = new QTableWidgetItem(c.conflict ? tr("Conflict") : QString());
    if (c.conflict)
        conflict->setToolTip(plainToolTip(
            c.currentValue != c.sentValue
                ? tr("Changed in the plan too since the workbook was sent out; it then was: %1")
                      .arg(c.sentValue.isEmpty() ? tr("(empty)") : c.sentValue)
                : tr("Another returned workbook changes it differently")));
    auto *rowItem = new QTableWidgetItem(rowLabel(plan, c.rowId));
    rowItem->setToolTip(plainToolTip(rowItem->text()));
    const QList<QTableWidgetItem *> items{
        accept,
        conflict,
        new QTableWidgetItem(QFileInfo(c.file).fileName()),
        new QTableWidgetItem(c.cell),
        rowItem,
        new QTableWidgetItem(period ? period->label(japaneseLabels, plan.info.fiscalYearStartMonth)
                                    : QString()),
        new QTableWidgetItem(fieldLabel(c.field)),
        valueItem(c.currentValue),
        valueItem(c.returnedValue)};
    for (int column = 0; column < ColumnCount; ++column) {
        QTableWidgetItem *item = items.at(column);
        item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
        if (c.conflict) {
            item->setBackground(kConflictBackground);
            item->setForeground(Qt::black);
        }
        m_changes->setItem(row, column, item);
    }
    accept->setFlags(accept->flags() | Qt::ItemIsUserCheckable);
    setAccepted(row, !c.conflict);
}

bool MergeReviewDialog::isActive(int row) const
{
    return !m_entries.at(row).withProblems || m_applyRest->isChecked();
}

bool MergeReviewDialog::isAccepted(int row) const
{
    return isActive(row) && m_changes->item(row, AcceptColumn)->checkState() == Qt::Checked;
}

void MergeReviewDialog::setAccepted(int row, bool accepted)
{
    m_changes->item(row, AcceptColumn)->setCheckState(accepted ? Qt::Checked : Qt::Unchecked);
}

void MergeReviewDialog::setAllAccepted(bool accepted)
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (isActive(row))
            setAccepted(row, accepted);
    }
}

// Accepts every field of the plan rows the chosen changes are on, as each workbook returns it.
void MergeReviewDialog::acceptSelectedRows()
{
    QSet<QPair<QString, qint64>> rows;
    for (const QModelIndex &index : m_changes->selectionModel()->selectedRows()) {
        const ReturnedChange &c = m_entries.at(index.row()).change;
        rows.insert({c.file, c.rowId});
    }
    for (int row = 0; row < m_entries.size(); ++row) {
        const ReturnedChange &c = m_entries.at(row).change;
        if (isActive(row) && rows.contains({c.file, c.rowId}))
            setAccepted(row, true);
    }
}

// Space flips the chosen changes together, to the opposite of the current one's state.
void MergeReviewDialog::toggleSelected()
{
    const int current = m_changes->currentRow();
    if (current < 0 || !isActive(current))
        return;
    const bool accept = !isAccepted(current);
    QList<int> rows{current};
    for (const QModelIndex &index : m_changes->selectionModel()->selectedRows())
        rows << index.row();
    for (int row : std::as_const(rows)) {
        if (isActive(row))
            setAccepted(row, accept);
    }
}

bool MergeReviewDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_changes && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Space &&
        static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier) {
        toggleSelected();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

// The changes of workbooks with problems are enabled, as they would start, only while the
// rest of such workbooks is applied.
void MergeReviewDialog::applyRestChanged()
{
    const bool on = m_applyRest->isChecked();
    for (int row = 0; row < m_changes->rowCount(); ++row) {
        if (!m_entries.at(row).withProblems)
            continue;
        for (int column = 0; column < ColumnCount; ++column) {
            QTableWidgetItem *item = m_changes->item(row, column);
            item->setFlags(on ? item->flags() | Qt::ItemIsEnabled
                              : item->flags() & ~Qt::ItemIsEnabled);
        }
        setAccepted(row, on && !m_entries.at(row).change.conflict);
    }
}

QList<ReturnedChange> MergeReviewDialog::acceptedChanges() const
{
    QList<ReturnedChange> accepted;
    for (int row = 0; row < m_entries.size(); ++row) {
        if (isAccepted(row))
            accepted << m_entries.at(row).change;
    }
    return accepted;
}

QList<ReturnedWorkbook> MergeReviewDialog::mergedWorkbooks() const
{
    QSet<int> contributing;
    for (int row = 0; row < m_entries.size(); ++row) {
        if (isAccepted(row))
            contributing.insert(m_entries.at(row).workbook);
    }
    QList<ReturnedWorkbook> merged;
    for (int w = 0; w < m_workbooks.size(); ++w) {
        const ReturnedWorkbook &workbook = m_workbooks.at(w);
        const bool may = workbook.usable && (!workbook.hasProblems() || m_applyRest->isChecked());
        if (contributing.contains(w) || (may && workbook.changes.isEmpty()))
            merged << workbook;
    }
    return merged;
}

QString MergeReviewDialog::summary() const
{
    int conflicts = 0;
    for (const Entry &e : m_entries)
        conflicts += e.change.conflict;
    int problems = 0;
    for (const ReturnedWorkbook &w : m_workbooks)
        problems += int(w.problems.size());
    return tr("%1 in %2, %3, %4")
        .arg(tr("%n change(s)", nullptr, int(m_entries.size())),
             tr("%n workbook(s)", nullptr, int(m_workbooks.size())),
             tr("%n conflict(s)", nullptr, conflicts), tr("%n problem(s)", nullptr, problems));
}
