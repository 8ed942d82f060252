#pragma once

#include "domain/plan.h"

#include <QDialog>

#include <memory>

class QListWidgetItem;

namespace Ui {
class DepartmentsDialog;
}

// Edits the plan's list of departments: names, order, additions and removals.
class DepartmentsDialog : public QDialog
{
    Q_OBJECT

public:
    DepartmentsDialog(const QList<Department> &departments, QWidget *parent = nullptr);
    ~DepartmentsDialog() override;

    // In the new order; new departments have id 0, removed ones are absent.
    QList<Department> departments() const;

private:
    QListWidgetItem *addItem(const Department &department);
    void addDepartment();
    void renameCurrent();
    void removeCurrent();
    void moveCurrent(int delta);
    void validate();
    void updateButtons();

    std::unique_ptr<Ui::DepartmentsDialog> m_ui;
};
