#pragma once

#include "domain/plan.h"

#include <QDialog>

#include <memory>

namespace Ui {
class RowDialog;
}

// Edits a pledge's row (a numbered item or a department row); a department may be typed new.
class RowDialog : public QDialog
{
    Q_OBJECT

public:
    RowDialog(const PledgeRow &row, const QList<Department> &departments,
              QWidget *parent = nullptr);
    ~RowDialog() override;

    // departmentId is the existing department named departmentName(), or 0.
    PledgeRow row() const;
    // The trimmed department text; a name no department has yet is for the caller to create.
    QString departmentName() const;
    // The plan's fiscal year start, for targets that name a fiscal year
    // (April when not set).
    void setFiscalYearStartMonth(int month);

private:
    qint64 departmentIdFor(const QString &name) const;
    void updateDepartmentNote();
    void updateParsedDate();

    std::unique_ptr<Ui::RowDialog> m_ui;
    PledgeRow m_row;
    QList<Department> m_departments;
    int m_fiscalYearStartMonth = 4;
};
