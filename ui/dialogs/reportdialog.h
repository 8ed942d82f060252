#pragma once

#include "domain/plan.h"
#include "report/reportoptions.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QListWidget;
class QRadioButton;

// Chooses what a printed report shows: layout, department, periods, texts, the current filter
// or everything, paper and orientation, and the language of the headings. Returns the options;
// it prints nothing itself.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    ReportDialog(const Plan &plan, const RowFilter &currentFilter, bool japaneseLabels,
                 QWidget *parent = nullptr);

    ReportOptions options() const;
    QComboBox *layoutBox() const { return m_layout; }
    QComboBox *departmentBox() const { return m_department; }

private:
    void updateEnabled();

    RowFilter m_currentFilter;
    QComboBox *m_layout = nullptr;
    QComboBox *m_department = nullptr;
    QListWidget *m_periods = nullptr;
    QCheckBox *m_plans = nullptr;
    QCheckBox *m_narratives = nullptr;
    QCheckBox *m_goals = nullptr;
    QCheckBox *m_filtered = nullptr;
    QComboBox *m_paper = nullptr;
    QCheckBox *m_landscape = nullptr;
    QComboBox *m_language = nullptr;
};
