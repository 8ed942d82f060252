#include "reportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QListWidget>
#include <QPushButton>

ReportDialog::ReportDialog(const Plan &plan, const RowFilter &currentFilter, bool japaneseLabels,
                           QWidget *parent)
    : QDialog(parent), m_currentFilter(currentFilter)
{
    setWindowTitle(tr("Report"));
    auto *form = new QFormLayout(this);
    m_layout = new QComboBox(this);
    m_layout->addItem(tr("Progress table"), int(ReportOptions::Layout::Table));
    m_layout->addItem(tr("Summary"), int(ReportOptions::Layout::Summary));
    m_layout->addItem(tr("Department sheet"), int(ReportOptions::Layout::Department));
    form->addRow(tr("&Layout:"), m_layout);
    m_department = new QComboBox(this);
    for (const Department &d : plan.departments)
        m_department->addItem(d.name, d.id);
    form->addRow(tr("De&partment:"), m_department);
    m_periods = new QListWidget(this);
    for (const Period &p : plan.periods) {
        auto *item =
            new QListWidgetItem(p.label(japaneseLabels, plan.info.fiscalYearStartMonth), m_periods);
        item->setData(Qt::UserRole, p.id);
        item->setCheckState(Qt::Checked);
    }
    m_periods->setMaximumHeight(120);
    form->addRow(tr("Pe&riods:"), m_periods);
    m_plans = new QCheckBox(tr("P&lans"), this);
    m_narratives = new QCheckBox(tr("&Narratives"), this);
    m_goals = new QCheckBox(tr("Annual &goals"), this);
    for (QCheckBox *box : {m_plans, m_narratives, m_goals}) {
        box->setChecked(true);
        form->addRow(box == m_plans ? tr("Texts:") : QString(), box);
    }
    m_filtered = new QCheckBox(tr("Only the rows the table's &filter shows"), this);
    m_filtered->setChecked(!currentFilter.isEmpty());
    m_filtered->setEnabled(!currentFilter.isEmpty());
    form->addRow(tr("Rows:"), m_filtered);
    m_paper = new QComboBox(this);
    m_paper->addItem(QStringLiteral("A4"), int(ReportOptions::Paper::A4));
    m_paper->addItem(QStringLiteral("A3"), int(ReportOptions::Paper::A3));
    form->addRow(tr("P&aper:"), m_paper);
    m_landscape = new QCheckBox(tr("Lands&cape"), this);
    // More than two periods side by side read better across the page, as the cities print them.
    m_landscape->setChecked(plan.periods.size() > 2);
    form->addRow(QString(), m_landscape);
    m_language = new QComboBox(this);
    m_language->addItem(QStringLiteral("日本語"), int(ReportOptions::Language::Japanese));
    m_language->addItem(QStringLiteral("English"), int(ReportOptions::Language::English));
    m_language->setCurrentIndex(japaneseLabels ? 0 : 1);
    form->addRow(tr("&Headings in:"), m_language);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_layout, &QComboBox::currentIndexChanged, this, &ReportDialog::updateEnabled);
    connect(m_periods, &QListWidget::itemChanged, this, &ReportDialog::updateEnabled);
    updateEnabled();
}

void ReportDialog::updateEnabled()
{
    const auto layout = ReportOptions::Layout(m_layout->currentData().toInt());
    m_department->setEnabled(layout == ReportOptions::Layout::Department);
    bool anyPeriod = false;
    for (int i = 0; i < m_periods->count(); ++i)
        anyPeriod |= m_periods->item(i)->checkState() == Qt::Checked;
    auto *ok = findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    ok->setEnabled(anyPeriod &&
                   (layout != ReportOptions::Layout::Department || m_department->count() > 0));
}

ReportOptions ReportDialog::options() const
{
    ReportOptions o;
    o.layout = ReportOptions::Layout(m_layout->currentData().toInt());
    o.departmentId = m_department->currentData().toLongLong();
    for (int i = 0; i < m_periods->count(); ++i) {
        if (m_periods->item(i)->checkState() == Qt::Checked)
            o.periodIds.append(m_periods->item(i)->data(Qt::UserRole).toLongLong());
    }
    o.includePlans = m_plans->isChecked();
    o.includeNarratives = m_narratives->isChecked();
    o.includeAnnualGoals = m_goals->isChecked();
    if (m_filtered->isChecked())
        o.filter = m_currentFilter;
    o.paper = ReportOptions::Paper(m_paper->currentData().toInt());
    o.landscape = m_landscape->isChecked();
    o.language = ReportOptions::Language(m_language->currentData().toInt());
    return o;
}
