#pragma once

#include "domain/plan.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CellDialog;
}

// Edits one row × period cell (plan, status, narrative) beside the previous period's cell.
class CellDialog : public QDialog
{
    Q_OBJECT

public:
    CellDialog(const Cell &cell, const StatusScale &scale, const QString &heading,
               const Cell &previousPeriodCell, QWidget *parent = nullptr);
    ~CellDialog() override;

    Cell cell() const;

private:
    QString levelText(qint64 levelId) const;

    std::unique_ptr<Ui::CellDialog> m_ui;
    StatusScale m_scale;
    Cell m_previous;
};
