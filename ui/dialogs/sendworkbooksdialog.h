#pragma once

#include "departments/workbookbatch.h"
#include "domain/plan.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QListWidget;

// File ▸ Department Workbooks: which period to collect, whether to ask for the next period's
// plan too, which departments, and the folder the workbooks go into. Returns the request; it
// writes nothing itself.
class SendWorkbooksDialog : public QDialog
{
    Q_OBJECT

public:
    SendWorkbooksDialog(const Plan &plan, bool japaneseLabels, QWidget *parent = nullptr);

    WorkbookBatch::Request request() const;
    void setFolder(const QString &folder);

    // The period a collection is most likely for: the one after the last period in which most
    // rows have a status (the first when none has), or the last period when all have.
    static qint64 suggestedPeriod(const Plan &plan);

private:
    qint64 periodId() const;
    void showPeriod();
    void setAllChecked(bool checked);
    void chooseFolder();
    void updateEnabled();

    Plan m_plan;
    QComboBox *m_period = nullptr;
    QCheckBox *m_nextPlan = nullptr;
    QListWidget *m_departments = nullptr;
    QLineEdit *m_folder = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
