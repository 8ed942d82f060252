#include "periodsdialog.h"
#include "ui_periodsdialog.h"

#include <QMessageBox>
#include <QPushButton>

PeriodsDialog::PeriodsDialog(const QList<Period> &periods, const QSet<qint64> &periodsWithData,
                             int fiscalYearStartMonth, bool japaneseLabels, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PeriodsDialog>()), m_periods(periods),
      m_periodsWithData(periodsWithData), m_fiscalYearStartMonth(fiscalYearStartMonth),
      m_japaneseLabels(japaneseLabels)
{
    m_ui->setupUi(this);
    using Mode = AddPeriodsDialog::Mode;
    connect(m_ui->addYearButton, &QPushButton::clicked, this,
            [this] { addPeriods(Mode::FiscalYear); });
    connect(m_ui->addDateButton, &QPushButton::clicked, this,
            [this] { addPeriods(Mode::ReportingDate); });
    connect(m_ui->addRangeButton, &QPushButton::clicked, this,
            [this] { addPeriods(Mode::CustomRange); });
    connect(m_ui->renameButton, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_ui->periodList->currentItem())
            m_ui->periodList->editItem(item);
    });
    connect(m_ui->upButton, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_ui->downButton, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &PeriodsDialog::deleteCurrent);
    connect(m_ui->periodList, &QListWidget::itemChanged, this, &PeriodsDialog::itemRenamed);
    connect(m_ui->periodList, &QListWidget::currentRowChanged, this, &PeriodsDialog::updateButtons);
    refreshList(m_periods.isEmpty() ? -1 : 0);
}

PeriodsDialog::~PeriodsDialog()
{
    // Hiding the dialog commits an open editor; its change must not reach a half-destroyed
    // dialog.
    m_ui->periodList->blockSignals(true);
}

QString PeriodsDialog::labelOf(const Period &period) const
{
    return period.label(m_japaneseLabels, m_fiscalYearStartMonth);
}

void PeriodsDialog::refreshList(int currentRow)
{
    {
        const QSignalBlocker blocker(m_ui->periodList);
        m_ui->periodList->clear();
        for (const Period &period : m_periods) {
            auto *item = new QListWidgetItem(labelOf(period), m_ui->periodList);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
        }
    }
    m_ui->periodList->setCurrentRow(currentRow);
    updateButtons();
}

void PeriodsDialog::addPeriods(AddPeriodsDialog::Mode mode)
{
    int fiscalYear = fiscalYearOf(QDate::currentDate(), m_fiscalYearStartMonth);
    if (!m_periods.isEmpty()) {
        fiscalYear = m_periods.last().fiscalYear;
        if (mode == AddPeriodsDialog::Mode::FiscalYear)
            ++fiscalYear;
    }
    AddPeriodsDialog dialog(mode, fiscalYear, m_fiscalYearStartMonth, m_japaneseLabels, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QList<Period> added = dialog.periods();
    if (added.isEmpty())
        return;
    m_periods.append(added);
    refreshList(m_periods.size() - added.size());
}

// An edited label becomes the period's own label; an empty one (or the generated text)
// gives the generated label back.
void PeriodsDialog::itemRenamed(QListWidgetItem *item)
{
    const int row = m_ui->periodList->row(item);
    if (row < 0 || row >= m_periods.size())
        return;
    Period &period = m_periods[row];
    const QString text = item->text().trimmed();
    Period generated = period;
    generated.customLabel.clear();
    period.customLabel = text == labelOf(generated) ? QString() : text;
    const QSignalBlocker blocker(m_ui->periodList);
    item->setText(labelOf(period));
}

void PeriodsDialog::moveCurrent(int delta)
{
    const int row = m_ui->periodList->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_periods.size())
        return;
    m_periods.swapItemsAt(row, target);
    refreshList(target);
}

void PeriodsDialog::deleteCurrent()
{
    const int row = m_ui->periodList->currentRow();
    if (row < 0 || row >= m_periods.size())
        return;
    const Period &period = m_periods.at(row);
    if (period.id != 0 && m_periodsWithData.contains(period.id) && !confirmDelete(period))
        return;
    m_periods.removeAt(row);
    refreshList(qMin(row, m_periods.size() - 1));
}

bool PeriodsDialog::confirmDelete(const Period &period)
{
    QMessageBox box(QMessageBox::Warning, tr("Delete Period"),
                    tr("Delete the period \"%1\"?\n\nIts cells (plans, statuses and narratives) "
                       "will be deleted with it.")
                        .arg(labelOf(period)),
                    QMessageBox::Yes | QMessageBox::No, this);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

void PeriodsDialog::updateButtons()
{
    const int row = m_ui->periodList->currentRow();
    const int count = m_periods.size();
    m_ui->renameButton->setEnabled(row >= 0);
    m_ui->deleteButton->setEnabled(row >= 0);
    m_ui->upButton->setEnabled(row > 0);
    m_ui->downButton->setEnabled(row >= 0 && row < count - 1);
}
