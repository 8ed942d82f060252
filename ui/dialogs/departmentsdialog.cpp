#include "departmentsdialog.h"
#include "dialogsupport.h"
#include "ui_departmentsdialog.h"

#include <QPushButton>
#include <QSet>

namespace {
constexpr int IdRole = Qt::UserRole;
}

DepartmentsDialog::DepartmentsDialog(const QList<Department> &departments, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::DepartmentsDialog>())
{
    m_ui->setupUi(this);
    DialogSupport::makeErrorLabel(m_ui->errorLabel);
    for (const Department &department : departments)
        addItem(department);
    if (m_ui->departmentList->count() > 0)
        m_ui->departmentList->setCurrentRow(0);

    connect(m_ui->addButton, &QPushButton::clicked, this, &DepartmentsDialog::addDepartment);
    connect(m_ui->renameButton, &QPushButton::clicked, this, &DepartmentsDialog::renameCurrent);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &DepartmentsDialog::removeCurrent);
    connect(m_ui->upButton, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_ui->downButton, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_ui->departmentList, &QListWidget::itemChanged, this, &DepartmentsDialog::validate);
    connect(m_ui->departmentList, &QListWidget::currentRowChanged, this,
            &DepartmentsDialog::updateButtons);
    validate();
    updateButtons();
}

DepartmentsDialog::~DepartmentsDialog()
{
    // Hiding the dialog commits an open editor; its change must not reach a half-destroyed
    // dialog.
    m_ui->departmentList->blockSignals(true);
}

QList<Department> DepartmentsDialog::departments() const
{
    QList<Department> result;
    for (int i = 0; i < m_ui->departmentList->count(); ++i) {
        const QListWidgetItem *item = m_ui->departmentList->item(i);
        Department department;
        department.id = item->data(IdRole).toLongLong();
        department.name = item->text().trimmed();
        result.append(department);
    }
    return result;
}

QListWidgetItem *DepartmentsDialog::addItem(const Department &department)
{
    auto *item = new QListWidgetItem(department.name);
    item->setData(IdRole, department.id);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_ui->departmentList->addItem(item);
    return item;
}

void DepartmentsDialog::addDepartment()
{
    QListWidgetItem *item = addItem(Department());
    m_ui->departmentList->setCurrentItem(item);
    m_ui->departmentList->editItem(item);
    validate();
}

void DepartmentsDialog::renameCurrent()
{
    if (QListWidgetItem *item = m_ui->departmentList->currentItem())
        m_ui->departmentList->editItem(item);
}

void DepartmentsDialog::removeCurrent()
{
    const int row = m_ui->departmentList->currentRow();
    if (row < 0)
        return;
    delete m_ui->departmentList->takeItem(row);
    validate();
    updateButtons();
}

void DepartmentsDialog::moveCurrent(int delta)
{
    const int row = m_ui->departmentList->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_ui->departmentList->count())
        return;
    QListWidgetItem *item = m_ui->departmentList->takeItem(row);
    m_ui->departmentList->insertItem(target, item);
    m_ui->departmentList->setCurrentRow(target);
}

void DepartmentsDialog::validate()
{
    QString message;
    QSet<QString> seen;
    for (int i = 0; i < m_ui->departmentList->count() && message.isEmpty(); ++i) {
        const QString name = m_ui->departmentList->item(i)->text().trimmed();
        if (name.isEmpty())
            message = tr("Department %1 has no name.").arg(i + 1);
        else if (seen.contains(name.toCaseFolded()))
            message = tr("There are two departments named \"%1\".").arg(name);
        seen.insert(name.toCaseFolded());
    }
    DialogSupport::showError(m_ui->errorLabel, message);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(message.isEmpty());
}

void DepartmentsDialog::updateButtons()
{
    const int row = m_ui->departmentList->currentRow();
    const int count = m_ui->departmentList->count();
    m_ui->renameButton->setEnabled(row >= 0);
    m_ui->removeButton->setEnabled(row >= 0);
    m_ui->upButton->setEnabled(row > 0);
    m_ui->downButton->setEnabled(row >= 0 && row < count - 1);
}
