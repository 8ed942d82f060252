#pragma once

#include "addperiodsdialog.h"
#include "domain/period.h"

#include <QDialog>
#include <QSet>

#include <memory>

class QListWidgetItem;

namespace Ui {
class PeriodsDialog;
}

// Edits the plan's reporting periods: adds, renames, reorders and deletes them.
class PeriodsDialog : public QDialog
{
    Q_OBJECT

public:
    PeriodsDialog(const QList<Period> &periods, const QSet<qint64> &periodsWithData,
                  int fiscalYearStartMonth, bool japaneseLabels, QWidget *parent = nullptr);
    ~PeriodsDialog() override;

    // In the new order; new periods have id 0, deleted ones are absent.
    QList<Period> periods() const { return m_periods; }

private:
    QString labelOf(const Period &period) const;
    void refreshList(int currentRow);
    void addPeriods(AddPeriodsDialog::Mode mode);
    void itemRenamed(QListWidgetItem *item);
    void moveCurrent(int delta);
    void deleteCurrent();
    bool confirmDelete(const Period &period);
    void updateButtons();

    std::unique_ptr<Ui::PeriodsDialog> m_ui;
    QList<Period> m_periods;
    QSet<qint64> m_periodsWithData;
    int m_fiscalYearStartMonth;
    bool m_japaneseLabels;
};
