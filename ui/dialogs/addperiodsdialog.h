#pragma once

#include "domain/period.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QSpinBox;

// The small forms behind the Periods dialog's Add buttons: a year, a date or a month range.
class AddPeriodsDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        FiscalYear,
        ReportingDate,
        CustomRange
    };
    enum class Split
    {
        WholeYear,
        Halves,
        Quarters
    };

    AddPeriodsDialog(Mode mode, int fiscalYear, int fiscalYearStartMonth, bool japaneseLabels,
                     QWidget *parent = nullptr);

    // The periods to append, in order, all with id 0.
    QList<Period> periods() const;
    // A fiscal year cut into whole year, halves or quarters.
    static QList<Period> split(int fiscalYear, Split split);

private:
    void update();

    Mode m_mode;
    int m_fiscalYearStartMonth;
    bool m_japaneseLabels;
    QSpinBox *m_fiscalYear = nullptr;
    QComboBox *m_split = nullptr;
    QDateEdit *m_date = nullptr;
    QComboBox *m_firstMonth = nullptr;
    QComboBox *m_lastMonth = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
