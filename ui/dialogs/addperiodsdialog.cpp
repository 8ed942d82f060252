#include "addperiodsdialog.h"
#include "dialogsupport.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

AddPeriodsDialog::AddPeriodsDialog(Mode mode, int fiscalYear, int fiscalYearStartMonth,
                                   bool japaneseLabels, QWidget *parent)
    : QDialog(parent), m_mode(mode), m_fiscalYearStartMonth(fiscalYearStartMonth),
      m_japaneseLabels(japaneseLabels)
{
    auto *form = new QFormLayout;
    if (mode == Mode::ReportingDate) {
        setWindowTitle(tr("Add Reporting Date"));
        m_date = new QDateEdit(this);
        m_date->setObjectName(QStringLiteral("dateEdit"));
        m_date->setCalendarPopup(true);
        m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        const QDate today = QDate::currentDate();
        m_date->setDate(QDate(today.year(), today.month(), 1).addDays(-1)); // last month's end
        form->addRow(tr("&Date:"), m_date);
        connect(m_date, &QDateEdit::dateChanged, this, &AddPeriodsDialog::update);
    } else {
        setWindowTitle(mode == Mode::FiscalYear ? tr("Add Fiscal Year") : tr("Add Custom Range"));
        m_fiscalYear = new QSpinBox(this);
        m_fiscalYear->setObjectName(QStringLiteral("fiscalYearSpin"));
        m_fiscalYear->setRange(1989, 2100);
        m_fiscalYear->setPrefix(tr("FY"));
        m_fiscalYear->setValue(fiscalYear);
        form->addRow(tr("&Fiscal year:"), m_fiscalYear);
        connect(m_fiscalYear, &QSpinBox::valueChanged, this, &AddPeriodsDialog::update);
    }
    if (mode == Mode::FiscalYear) {
        m_split = new QComboBox(this);
        m_split->setObjectName(QStringLiteral("splitCombo"));
        m_split->addItem(tr("Whole year"), int(Split::WholeYear));
        m_split->addItem(tr("Halves"), int(Split::Halves));
        m_split->addItem(tr("Quarters"), int(Split::Quarters));
        form->addRow(tr("&Split into:"), m_split);
        connect(m_split, &QComboBox::currentIndexChanged, this, &AddPeriodsDialog::update);
    } else if (mode == Mode::CustomRange) {
        m_firstMonth = new QComboBox(this);
        m_firstMonth->setObjectName(QStringLiteral("firstMonthCombo"));
        m_lastMonth = new QComboBox(this);
        m_lastMonth->setObjectName(QStringLiteral("lastMonthCombo"));
        const QLocale locale;
        for (int offset = 0; offset < 12; ++offset) { // in the order of the fiscal year
            const int month = (fiscalYearStartMonth - 1 + offset) % 12 + 1;
            const QString name = locale.standaloneMonthName(month);
            m_firstMonth->addItem(name, month);
            m_lastMonth->addItem(name, month);
        }
        m_lastMonth->setCurrentIndex(2);
        form->addRow(tr("F&irst month:"), m_firstMonth);
        form->addRow(tr("&Last month:"), m_lastMonth);
        connect(m_firstMonth, &QComboBox::currentIndexChanged, this, &AddPeriodsDialog::update);
        connect(m_lastMonth, &QComboBox::currentIndexChanged, this, &AddPeriodsDialog::update);
    }
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("previewLabel"));
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setWordWrap(true);
    form->addRow(tr("Adds:"), m_preview);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    DialogSupport::makeErrorLabel(m_error);
    form->addRow(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    update();
}

QList<Period> AddPeriodsDialog::split(int fiscalYear, Split split)
{
    QList<Period> result;
    if (split == Split::WholeYear)
        result.append(Period::year(fiscalYear));
    for (int half = 1; split == Split::Halves && half <= 2; ++half)
        result.append(Period::half(fiscalYear, half));
    for (int quarter = 1; split == Split::Quarters && quarter <= 4; ++quarter)
        result.append(Period::quarter(fiscalYear, quarter));
    return result;
}

QList<Period> AddPeriodsDialog::periods() const
{
    switch (m_mode) {
    case Mode::FiscalYear:
        return split(m_fiscalYear->value(), Split(m_split->currentData().toInt()));
    case Mode::ReportingDate:
        return {Period::reportingDate(m_date->date(), m_fiscalYearStartMonth)};
    case Mode::CustomRange:
        if (m_lastMonth->currentIndex() < m_firstMonth->currentIndex())
            return {};
        return {Period::months(m_fiscalYear->value(), m_firstMonth->currentData().toInt(),
                               m_lastMonth->currentData().toInt())};
    }
    return {};
}

void AddPeriodsDialog::update()
{
    const QList<Period> added = periods();
    QStringList labels;
    for (const Period &period : added)
        labels.append(period.label(m_japaneseLabels, m_fiscalYearStartMonth));
    m_preview->setText(labels.join(QStringLiteral(", ")));
    const QString error =
        added.isEmpty() ? tr("The last month must not come before the first month.") : QString();
    DialogSupport::showError(m_error, error);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
}
