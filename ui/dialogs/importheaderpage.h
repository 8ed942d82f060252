#pragma once

#include <QWizardPage>

class ImportWizard;
class QSpinBox;
class QTableWidget;

// The import wizard's second page: which line holds the column headers, with the sheet's
// first lines to choose from. Lines above the header are skipped.
class ImportHeaderPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportHeaderPage(ImportWizard *wizard);

    void initializePage() override;

private:
    void headerChanged(int line);
    void fillPreview();

    static constexpr int kPreviewLines = 20;

    ImportWizard *m_wizard;
    QSpinBox *m_header;
    QTableWidget *m_preview;
    int m_generation = -1; // the sheet the header was guessed for
};
