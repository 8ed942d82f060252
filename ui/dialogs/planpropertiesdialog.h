#pragma once

#include "domain/plan.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PlanPropertiesDialog;
}

// Edits the plan's header: title, organisation, as-of date and fiscal year start.
class PlanPropertiesDialog : public QDialog
{
    Q_OBJECT

public:
    PlanPropertiesDialog(const PlanInfo &info, QWidget *parent = nullptr);
    ~PlanPropertiesDialog() override;

    PlanInfo planInfo() const;

private:
    void validate();

    std::unique_ptr<Ui::PlanPropertiesDialog> m_ui;
    PlanInfo m_info;
};
