#pragma once

#include "domain/statusscale.h"

#include <QDialog>

#include <memory>

class QTableWidgetItem;

namespace Ui {
class StatusScaleDialog;
}

// Edits a status scale: its name and its ordered levels, optionally starting from a preset.
class StatusScaleDialog : public QDialog
{
    Q_OBJECT

public:
    StatusScaleDialog(const StatusScale &scale, QWidget *parent = nullptr);
    ~StatusScaleDialog() override;

    // Levels kept keep their ids (cells refer to them); new levels have id 0.
    StatusScale scale() const;

private:
    enum Column
    {
        CodeColumn,
        SymbolColumn,
        LabelColumn,
        DescriptionColumn,
        ColourColumn,
        AchievedColumn
    };

    void refreshTable(int currentRow);
    void itemChanged(QTableWidgetItem *item);
    void chooseColour(int row);
    void applyPreset(int comboIndex);
    void addLevel();
    void removeLevel();
    void moveLevel(int delta);
    void validate();
    void updateButtons();

    std::unique_ptr<Ui::StatusScaleDialog> m_ui;
    StatusScale m_scale; // the levels as edited, in table order
};
