#pragma once

#include "domain/plan.h"

#include <QDialog>

#include <memory>

namespace Ui {
class NewPlanDialog;
}

// File ▸ New: a title, a status scale preset and a scheme of reporting periods.
class NewPlanDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewPlanDialog(QWidget *parent = nullptr);
    ~NewPlanDialog() override;

    // A plan without chapters, pledges or rows; its levels and periods have unique ids.
    Plan plan() const;

private:
    enum Split
    {
        WholeYears,
        Halves,
        Quarters,
        SingleReportingDate
    };

    QList<Period> periods() const;
    int startMonth() const;
    void startMonthChanged();
    void validate();
    void updatePeriods();

    std::unique_ptr<Ui::NewPlanDialog> m_ui;
    int m_defaultFiscalYear = 0;
};
