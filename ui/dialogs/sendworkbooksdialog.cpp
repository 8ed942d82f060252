#include "sendworkbooksdialog.h"
#include "departments/departmentworkbook.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>

namespace {
constexpr int kIdRole = Qt::UserRole;

// Whether more than half of the rows that apply in the period have a status.
bool mostlyFilled(const Plan &plan, const Period &period)
{
    int rows = 0;
    int filled = 0;
    for (const PledgeRow &row : plan.rows) {
        if (row.addedInFiscalYear != 0 && row.addedInFiscalYear > period.fiscalYear)
            continue;
        ++rows;
        filled += plan.cell(row.id, period.id).levelId != 0;
    }
    return rows > 0 && filled * 2 > rows;
}
} // namespace

SendWorkbooksDialog::SendWorkbooksDialog(const Plan &plan, bool japaneseLabels, QWidget *parent)
    : QDialog(parent), m_plan(plan)
{
    setWindowTitle(tr("Department Workbooks"));
    auto *form = new QFormLayout(this);
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("periodBox"));
    for (const Period &p : plan.periods)
        m_period->addItem(p.label(japaneseLabels, plan.info.fiscalYearStartMonth), p.id);
    m_period->setCurrentIndex(qMax(0, m_period->findData(suggestedPeriod(plan))));
    form->addRow(tr("&Period collected:"), m_period);
    m_nextPlan = new QCheckBox(tr("Also ask for the &next period's plan"), this);
    m_nextPlan->setObjectName(QStringLiteral("nextPlanBox"));
    form->addRow(QString(), m_nextPlan);

    m_departments = new QListWidget(this);
    m_departments->setObjectName(QStringLiteral("departmentList"));
    auto *all = new QPushButton(tr("Select &All"), this);
    auto *none = new QPushButton(tr("Select N&one"), this);
    connect(all, &QPushButton::clicked, this, [this] { setAllChecked(true); });
    connect(none, &QPushButton::clicked, this, [this] { setAllChecked(false); });
    auto *selection = new QHBoxLayout;
    selection->addWidget(all);
    selection->addWidget(none);
    selection->addStretch();
    auto *departments = new QVBoxLayout;
    departments->addWidget(m_departments);
    departments->addLayout(selection);
    form->addRow(tr("&Departments:"), departments);

    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("folderEdit"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &SendWorkbooksDialog::chooseFolder);
    auto *folder = new QHBoxLayout;
    folder->addWidget(m_folder, 1);
    folder->addWidget(browse);
    form->addRow(tr("&Folder:"), folder);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Write Workbooks"));
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_period, &QComboBox::currentIndexChanged, this, &SendWorkbooksDialog::showPeriod);
    connect(m_departments, &QListWidget::itemChanged, this, &SendWorkbooksDialog::updateEnabled);
    connect(m_folder, &QLineEdit::textChanged, this, &SendWorkbooksDialog::updateEnabled);
    showPeriod();
}

qint64 SendWorkbooksDialog::suggestedPeriod(const Plan &plan)
{
    if (plan.periods.isEmpty())
        return 0;
    int lastFilled = -1;
    for (int i = 0; i < plan.periods.size(); ++i) {
        if (mostlyFilled(plan, plan.periods.at(i)))
            lastFilled = i;
    }
    return plan.periods.at(qMin(lastFilled + 1, int(plan.periods.size()) - 1)).id;
}

qint64 SendWorkbooksDialog::periodId() const
{
    return m_period->currentData().toLongLong();
}

// Lists the departments asked about in the period; those the user unchecked stay unchecked.
void SendWorkbooksDialog::showPeriod()
{
    QSet<qint64> unchecked;
    for (int i = 0; i < m_departments->count(); ++i) {
        if (m_departments->item(i)->checkState() != Qt::Checked)
            unchecked.insert(m_departments->item(i)->data(kIdRole).toLongLong());
    }
    {
        const QSignalBlocker blocker(m_departments);
        m_departments->clear();
        for (qint64 id : WorkbookBatch::departmentsWithRows(m_plan, periodId())) {
            const int rows = int(DepartmentWorkbook::rows(m_plan, id, periodId()).size());
            auto *item = new QListWidgetItem(
                tr("%1 (%n row(s))", nullptr, rows).arg(m_plan.department(id)->name),
                m_departments);
            item->setData(kIdRole, id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(unchecked.contains(id) ? Qt::Unchecked : Qt::Checked);
        }
        if (m_departments->count() > 0)
            m_departments->setCurrentRow(0);
    }
    const bool hasNext = DepartmentWorkbook::nextPeriod(m_plan, periodId()) != 0;
    m_nextPlan->setEnabled(hasNext);
    if (!hasNext)
        m_nextPlan->setChecked(false);
    updateEnabled();
}

void SendWorkbooksDialog::setAllChecked(bool checked)
{
    {
        const QSignalBlocker blocker(m_departments);
        for (int i = 0; i < m_departments->count(); ++i)
            m_departments->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
    updateEnabled();
}

void SendWorkbooksDialog::setFolder(const QString &folder)
{
    m_folder->setText(QDir::toNativeSeparators(folder));
}

void SendWorkbooksDialog::chooseFolder()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Folder for the Department Workbooks"),
                                          QDir::fromNativeSeparators(m_folder->text()));
    if (!folder.isEmpty())
        setFolder(folder);
}

void SendWorkbooksDialog::updateEnabled()
{
    bool anyDepartment = false;
    for (int i = 0; i < m_departments->count(); ++i)
        anyDepartment |= m_departments->item(i)->checkState() == Qt::Checked;
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(anyDepartment && !m_folder->text().trimmed().isEmpty());
}

WorkbookBatch::Request SendWorkbooksDialog::request() const
{
    WorkbookBatch::Request r;
    r.periodId = periodId();
    r.withNextPlan = m_nextPlan->isEnabled() && m_nextPlan->isChecked();
    for (int i = 0; i < m_departments->count(); ++i) {
        if (m_departments->item(i)->checkState() == Qt::Checked)
            r.departmentIds << m_departments->item(i)->data(kIdRole).toLongLong();
    }
    r.folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    return r;
}
