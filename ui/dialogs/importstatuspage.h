#pragma once

#include <QStringList>
#include <QWizardPage>

class ImportWizard;
class QComboBox;
class QLabel;
class QTableWidget;

// The import wizard's fourth page: every status text of the mapped status columns, and the
// level of the scale it means. Texts on no level are highlighted; the import stops at them.
class ImportStatusPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportStatusPage(ImportWizard *wizard);

    void initializePage() override;

private:
    bool scaleIsChosenHere() const;
    void choosePresetThatFits();
    void fillTable();
    void store(int row);
    void updateRow(int row);
    void updateNote();
    QString nativeCode(const QString &text) const;

    ImportWizard *m_wizard;
    QLabel *m_scaleLabel;
    QComboBox *m_scale;
    QTableWidget *m_table;
    QLabel *m_note;
    QStringList m_texts;
    int m_presetChosenFor = -1; // the sheet generation
};
