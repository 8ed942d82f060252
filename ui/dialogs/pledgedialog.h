#pragma once

#include "domain/plan.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PledgeDialog;
}

// Edits a pledge: chapter, number, tag, title, description and target date.
class PledgeDialog : public QDialog
{
    Q_OBJECT

public:
    PledgeDialog(const Pledge &pledge, const QList<Chapter> &chapters, QWidget *parent = nullptr);
    ~PledgeDialog() override;

    Pledge pledge() const;
    // The plan's fiscal year start, for targets that name a fiscal year
    // (April when not set).
    void setFiscalYearStartMonth(int month);

private:
    void validate();
    void updateParsedDate();

    std::unique_ptr<Ui::PledgeDialog> m_ui;
    Pledge m_pledge;
    int m_fiscalYearStartMonth = 4;
};
