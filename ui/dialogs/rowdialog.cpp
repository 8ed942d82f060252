#include "rowdialog.h"
#include "dialogsupport.h"
#include "domain/japaneseera.h"
#include "ui_rowdialog.h"

#include <QCompleter>
#include <QLineEdit>

RowDialog::RowDialog(const PledgeRow &row, const QList<Department> &departments, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::RowDialog>()), m_row(row),
      m_departments(departments)
{
    m_ui->setupUi(this);
    m_ui->targetParsed->setTextFormat(Qt::PlainText);
    m_ui->departmentNote->setTextFormat(Qt::PlainText);
    m_ui->departmentNote->setWordWrap(true);
    m_ui->departmentNote->hide();

    m_ui->itemRadio->setChecked(row.kind == PledgeRow::Kind::Item);
    m_ui->departmentRadio->setChecked(row.kind == PledgeRow::Kind::Department);
    m_ui->markerEdit->setText(row.marker);
    m_ui->titleEdit->setText(row.title);
    m_ui->contentEdit->setPlainText(row.content);

    QStringList names;
    for (const Department &department : departments)
        names.append(department.name);
    m_ui->departmentCombo->addItems(names);
    auto *completer = new QCompleter(names, m_ui->departmentCombo);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_ui->departmentCombo->setCompleter(completer);
    const Department *current = nullptr;
    for (const Department &department : departments) {
        if (department.id == row.departmentId && row.departmentId != 0)
            current = &department;
    }
    m_ui->departmentCombo->setCurrentIndex(current ? names.indexOf(current->name) : -1);
    m_ui->departmentCombo->setEditText(current ? current->name : QString());

    m_ui->targetEdit->setText(row.targetDateText);
    m_ui->addedCheck->setChecked(row.addedInFiscalYear != 0);
    m_ui->addedSpin->setValue(row.addedInFiscalYear != 0 ? row.addedInFiscalYear
                                                         : fiscalYearOf(QDate::currentDate()));
    m_ui->addedSpin->setEnabled(row.addedInFiscalYear != 0);
    m_ui->afterCompletionEdit->setText(row.afterCompletionText);
    m_ui->noteEdit->setText(row.note);

    connect(m_ui->addedCheck, &QCheckBox::toggled, m_ui->addedSpin, &QSpinBox::setEnabled);
    connect(m_ui->targetEdit, &QLineEdit::textChanged, this, &RowDialog::updateParsedDate);
    connect(m_ui->departmentCombo, &QComboBox::editTextChanged, this,
            &RowDialog::updateDepartmentNote);
    updateParsedDate();
    updateDepartmentNote();
}

RowDialog::~RowDialog() = default;

void RowDialog::setFiscalYearStartMonth(int month)
{
    m_fiscalYearStartMonth = month;
    updateParsedDate();
}

PledgeRow RowDialog::row() const
{
    PledgeRow row = m_row;
    row.kind =
        m_ui->departmentRadio->isChecked() ? PledgeRow::Kind::Department : PledgeRow::Kind::Item;
    row.marker = m_ui->markerEdit->text().trimmed();
    row.title = m_ui->titleEdit->text().trimmed();
    row.content = m_ui->contentEdit->toPlainText().trimmed();
    row.departmentId = departmentIdFor(departmentName());
    row.targetDateText = m_ui->targetEdit->text().trimmed();
    row.targetDate = JapaneseEra::parseTargetDate(row.targetDateText, m_fiscalYearStartMonth);
    row.addedInFiscalYear = m_ui->addedCheck->isChecked() ? m_ui->addedSpin->value() : 0;
    row.afterCompletionText = m_ui->afterCompletionEdit->text().trimmed();
    row.note = m_ui->noteEdit->text().trimmed();
    return row;
}

QString RowDialog::departmentName() const
{
    return m_ui->departmentCombo->currentText().trimmed();
}

// An exact match first; else one differing only in case, so "kikaku" does not become a second
// department beside "Kikaku".
qint64 RowDialog::departmentIdFor(const QString &name) const
{
    if (name.isEmpty())
        return 0;
    for (const Department &department : m_departments) {
        if (department.name.trimmed() == name)
            return department.id;
    }
    for (const Department &department : m_departments) {
        if (department.name.trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return department.id;
    }
    return 0;
}

void RowDialog::updateDepartmentNote()
{
    const QString name = departmentName();
    const bool isNew = !name.isEmpty() && departmentIdFor(name) == 0;
    m_ui->departmentNote->setText(
        isNew ? tr("A new department \"%1\" will be added to the plan.").arg(name) : QString());
    m_ui->departmentNote->setVisible(isNew);
}

void RowDialog::updateParsedDate()
{
    m_ui->targetParsed->setText(
        DialogSupport::parsedDateText(m_ui->targetEdit->text(), m_fiscalYearStartMonth));
}
