#include "planpropertiesdialog.h"
#include "dialogsupport.h"
#include "ui_planpropertiesdialog.h"

#include <QPushButton>

PlanPropertiesDialog::PlanPropertiesDialog(const PlanInfo &info, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PlanPropertiesDialog>()), m_info(info)
{
    m_ui->setupUi(this);
    DialogSupport::makeErrorLabel(m_ui->titleError);
    m_ui->titleEdit->setText(info.title);
    m_ui->organisationEdit->setText(info.organisation);
    m_ui->noDateCheck->setChecked(!info.asOf.isValid());
    m_ui->asOfEdit->setDate(info.asOf.isValid() ? info.asOf : QDate::currentDate());
    m_ui->asOfEdit->setEnabled(info.asOf.isValid());
    DialogSupport::fillMonths(m_ui->startMonthCombo, info.fiscalYearStartMonth);

    connect(m_ui->noDateCheck, &QCheckBox::toggled, m_ui->asOfEdit,
            [this](bool noDate) { m_ui->asOfEdit->setEnabled(!noDate); });
    connect(m_ui->titleEdit, &QLineEdit::textChanged, this, &PlanPropertiesDialog::validate);
    validate();
}

PlanPropertiesDialog::~PlanPropertiesDialog() = default;

PlanInfo PlanPropertiesDialog::planInfo() const
{
    PlanInfo info = m_info;
    info.title = m_ui->titleEdit->text().trimmed();
    info.organisation = m_ui->organisationEdit->text().trimmed();
    info.asOf = m_ui->noDateCheck->isChecked() ? QDate() : m_ui->asOfEdit->date();
    info.fiscalYearStartMonth = m_ui->startMonthCombo->currentData().toInt();
    return info;
}

void PlanPropertiesDialog::validate()
{
    const bool titleMissing = m_ui->titleEdit->text().trimmed().isEmpty();
    DialogSupport::showError(m_ui->titleError,
                             titleMissing ? tr("The plan needs a title.") : QString());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!titleMissing);
}
