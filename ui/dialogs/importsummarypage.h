#pragma once

#include <QWizardPage>

class ImportWizard;
class QLabel;
class QTableWidget;

// The import wizard's last page: what the import will create, or the problems that stop it
// (Finish stays disabled until there are none), and saving the mapping for the command line.
class ImportSummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportSummaryPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

private:
    QString summaryText() const;
    void showProblems();
    void saveMapping();

    ImportWizard *m_wizard;
    QLabel *m_summary;
    QTableWidget *m_problems;
    bool m_complete = false;
};
