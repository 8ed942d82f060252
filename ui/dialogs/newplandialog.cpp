#include "newplandialog.h"
#include "addperiodsdialog.h"
#include "cli/translations.h"
#include "dialogsupport.h"
#include "ui_newplandialog.h"

#include <QPushButton>

NewPlanDialog::NewPlanDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::NewPlanDialog>())
{
    m_ui->setupUi(this);
    DialogSupport::makeErrorLabel(m_ui->titleError);
    m_ui->previewLabel->setTextFormat(Qt::PlainText);

    for (StatusScale::Preset preset : StatusScale::presets()) {
        const StatusScale scale = StatusScale::preset(preset);
        QStringList symbols;
        for (const StatusLevel &level : scale.levels)
            symbols.append(level.symbol);
        m_ui->presetCombo->addItem(tr("%1 (%2)").arg(scale.name, symbols.join(QLatin1Char(' '))),
                                   int(preset));
    }
    DialogSupport::fillMonths(m_ui->startMonthCombo, 4);
    m_ui->splitCombo->addItem(tr("Whole years"), WholeYears);
    m_ui->splitCombo->addItem(tr("Halves"), Halves);
    m_ui->splitCombo->addItem(tr("Quarters"), Quarters);
    m_ui->splitCombo->addItem(tr("A single reporting date"), SingleReportingDate);
    m_defaultFiscalYear = fiscalYearOf(QDate::currentDate(), startMonth());
    m_ui->firstYearSpin->setValue(m_defaultFiscalYear);
    const QDate today = QDate::currentDate();
    m_ui->reportDateEdit->setDate(QDate(today.year(), today.month(), 1).addDays(-1));

    connect(m_ui->titleEdit, &QLineEdit::textChanged, this, &NewPlanDialog::validate);
    connect(m_ui->startMonthCombo, &QComboBox::currentIndexChanged, this,
            &NewPlanDialog::startMonthChanged);
    connect(m_ui->splitCombo, &QComboBox::currentIndexChanged, this, &NewPlanDialog::updatePeriods);
    connect(m_ui->firstYearSpin, &QSpinBox::valueChanged, this, &NewPlanDialog::updatePeriods);
    connect(m_ui->yearsSpin, &QSpinBox::valueChanged, this, &NewPlanDialog::updatePeriods);
    connect(m_ui->reportDateEdit, &QDateEdit::dateChanged, this, &NewPlanDialog::updatePeriods);
    validate();
    updatePeriods();
}

NewPlanDialog::~NewPlanDialog() = default;

Plan NewPlanDialog::plan() const
{
    Plan plan;
    plan.info.title = m_ui->titleEdit->text().trimmed();
    plan.info.organisation = m_ui->organisationEdit->text().trimmed();
    plan.info.fiscalYearStartMonth = startMonth();
    plan.periodScale =
        StatusScale::preset(StatusScale::Preset(m_ui->presetCombo->currentData().toInt()));
    for (int i = 0; i < plan.periodScale.levels.size(); ++i)
        plan.periodScale.levels[i].id = i + 1;
    plan.periods = periods();
    for (int i = 0; i < plan.periods.size(); ++i)
        plan.periods[i].id = 1000 + i;
    return plan;
}

QList<Period> NewPlanDialog::periods() const
{
    const int split = m_ui->splitCombo->currentData().toInt();
    if (split == SingleReportingDate)
        return {Period::reportingDate(m_ui->reportDateEdit->date(), startMonth())};
    const auto parts = split == Halves     ? AddPeriodsDialog::Split::Halves
                       : split == Quarters ? AddPeriodsDialog::Split::Quarters
                                           : AddPeriodsDialog::Split::WholeYear;
    QList<Period> result;
    const int first = m_ui->firstYearSpin->value();
    for (int year = first; year < first + m_ui->yearsSpin->value(); ++year)
        result.append(AddPeriodsDialog::split(year, parts));
    return result;
}

int NewPlanDialog::startMonth() const
{
    return m_ui->startMonthCombo->currentData().toInt();
}

// The first fiscal year follows the start month until the user picks a year of their own.
void NewPlanDialog::startMonthChanged()
{
    const int fiscalYear = fiscalYearOf(QDate::currentDate(), startMonth());
    if (m_ui->firstYearSpin->value() == m_defaultFiscalYear)
        m_ui->firstYearSpin->setValue(fiscalYear);
    m_defaultFiscalYear = fiscalYear;
    updatePeriods();
}

void NewPlanDialog::validate()
{
    const bool titleMissing = m_ui->titleEdit->text().trimmed().isEmpty();
    DialogSupport::showError(m_ui->titleError,
                             titleMissing ? tr("The plan needs a title.") : QString());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!titleMissing);
}

void NewPlanDialog::updatePeriods()
{
    const bool singleDate = m_ui->splitCombo->currentData().toInt() == SingleReportingDate;
    m_ui->firstYearSpin->setEnabled(!singleDate);
    m_ui->yearsSpin->setEnabled(!singleDate);
    m_ui->reportDateEdit->setEnabled(singleDate);

    const bool japanese = Translations::current() == QStringLiteral("ja");
    const QList<Period> list = periods();
    QString range = list.first().label(japanese, startMonth());
    if (list.size() > 1)
        range += QStringLiteral(" – ") + list.last().label(japanese, startMonth());
    m_ui->previewLabel->setText(list.size() == 1
                                    ? tr("One period: %1").arg(range)
                                    : tr("%1 periods: %2").arg(list.size()).arg(range));
}
