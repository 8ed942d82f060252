#pragma once

#include "io/columnmapping.h"

#include <QMap>
#include <QPair>
#include <QWizardPage>

class ImportWizard;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QTableWidget;

// The import wizard's third page: which column holds which field, and how the periods are
// laid out (a column group per period, or a period column). Starts from a guess.
class ImportColumnsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportColumnsPage(ImportWizard *wizard);

    void initializePage() override;

private:
    enum PeriodColumn
    {
        LabelColumn,
        PlanColumn,
        StatusColumn,
        NarrativeColumn,
        ReadsAsColumn
    };

    void guess();
    void fillFromMapping();
    void store();
    void updateVisibility();
    void updateReadsAs();
    void fillColumnCombo(QComboBox *combo, int selected) const;
    void addPeriodRow(const ColumnMapping::PeriodColumns &group);
    QString readsAs(const QString &label) const;

    ImportWizard *m_wizard;
    QComboBox *m_layout;
    QFormLayout *m_fields;
    QMap<ColumnMapping::Field, QComboBox *> m_fieldCombos;
    QGroupBox *m_periodBox;
    QTableWidget *m_periods;
    QStringList m_columnNames;            // "C — 公約", per sheet column
    QPair<int, int> m_guessedFor{-1, -1}; // sheet generation, header row
    bool m_filling = false;
};
