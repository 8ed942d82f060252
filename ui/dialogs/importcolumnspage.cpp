#include "importcolumnspage.h"
#include "importwizard.h"
#include "io/periodlabels.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

using Field = ColumnMapping::Field;

namespace {

bool isLongOnly(Field field)
{
    return field == Field::Period || field == Field::Plan || field == Field::Status ||
           field == Field::Narrative;
}

} // namespace

ImportColumnsPage::ImportColumnsPage(ImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_layout(new QComboBox), m_fields(new QFormLayout),
      m_periodBox(new QGroupBox(tr("Periods"))), m_periods(new QTableWidget(0, 5))
{
    setTitle(tr("Columns"));
    setSubTitle(tr("Choose the column of each field; leave the ones the sheet does not have at "
                   "\"(none)\". A pledge needs a title or a number, a row a title or content."));
    m_layout->setObjectName(QStringLiteral("layoutCombo"));
    m_layout->addItem(tr("One line per row, columns for each period"),
                      int(ColumnMapping::Layout::Wide));
    m_layout->addItem(tr("One line per row and period, with a period column"),
                      int(ColumnMapping::Layout::Long));
    auto *guessButton = new QPushButton(tr("&Guess Again"));
    guessButton->setObjectName(QStringLiteral("guessButton"));

    m_fields->addRow(tr("&Lines:"), m_layout);
    for (Field field : ColumnMapping::fields()) {
        auto *combo = new QComboBox;
        combo->setObjectName(QStringLiteral("fieldCombo_") + ColumnMapping::fieldKey(field));
        m_fieldCombos.insert(field, combo);
        m_fields->addRow(ColumnMapping::fieldName(field) + QLatin1Char(':'), combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportColumnsPage::store);
    }
    auto *fieldsWidget = new QWidget;
    fieldsWidget->setLayout(m_fields);
    auto *scroll = new QScrollArea;
    scroll->setWidget(fieldsWidget);
    scroll->setWidgetResizable(true);

    m_periods->setObjectName(QStringLiteral("periodTable"));
    m_periods->setHorizontalHeaderLabels(
        {tr("Period"), tr("Plan"), tr("Status"), tr("Narrative"), tr("Reads as")});
    m_periods->horizontalHeader()->setStretchLastSection(true);
    m_periods->verticalHeader()->hide();
    auto *add = new QPushButton(tr("&Add Period"));
    add->setObjectName(QStringLiteral("addPeriodButton"));
    auto *remove = new QPushButton(tr("&Remove Period"));
    remove->setObjectName(QStringLiteral("removePeriodButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *periodLayout = new QVBoxLayout(m_periodBox);
    periodLayout->addWidget(m_periods);
    periodLayout->addLayout(buttons);

    auto *top = new QHBoxLayout;
    top->addStretch();
    top->addWidget(guessButton);
    auto *columns = new QHBoxLayout;
    columns->addWidget(scroll, 2);
    columns->addWidget(m_periodBox, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(columns, 1);

    connect(m_layout, &QComboBox::currentIndexChanged, this, [this] {
        store();
        updateVisibility();
    });
    connect(guessButton, &QPushButton::clicked, this, [this] {
        guess();
        fillFromMapping();
    });
    connect(add, &QPushButton::clicked, this, [this] {
        addPeriodRow({});
        m_periods->setCurrentCell(m_periods->rowCount() - 1, LabelColumn);
        store();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_periods->currentRow() >= 0)
            m_periods->removeRow(m_periods->currentRow());
        store();
    });
    connect(m_periods, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == LabelColumn)
            store();
    });
}

void ImportColumnsPage::initializePage()
{
    const QPair<int, int> key{m_wizard->sheetGeneration(), m_wizard->editableMapping().headerRow};
    m_columnNames.clear();
    if (const Sheet *sheet = m_wizard->sheet()) {
        for (int c = 0; c < sheet->columnCount(); ++c) {
            QString header = sheet->cell(key.second, c).simplified();
            if (header.size() > 30)
                header = header.left(29) + QStringLiteral("…");
            m_columnNames << (header.isEmpty()
                                  ? ColumnMapping::columnLetter(c)
                                  : tr("%1 — %2").arg(ColumnMapping::columnLetter(c), header));
        }
    }
    if (key != m_guessedFor) {
        m_guessedFor = key;
        guess();
    }
    fillFromMapping();
}

// The guess replaces the columns and periods; the source, status words and scale stay.
void ImportColumnsPage::guess()
{
    const Sheet *sheet = m_wizard->sheet();
    if (!sheet)
        return;
    ColumnMapping &mapping = m_wizard->editableMapping();
    const ColumnMapping guessed = ColumnMapping::guess(*sheet, mapping.headerRow);
    mapping.layout = guessed.layout;
    mapping.columns = guessed.columns;
    mapping.periodColumns = guessed.periodColumns;
}

void ImportColumnsPage::fillColumnCombo(QComboBox *combo, int selected) const
{
    combo->clear();
    combo->addItem(tr("(none)"), -1);
    for (int c = 0; c < m_columnNames.size(); ++c)
        combo->addItem(m_columnNames.at(c), c);
    combo->setCurrentIndex(std::max(0, combo->findData(selected)));
}

void ImportColumnsPage::addPeriodRow(const ColumnMapping::PeriodColumns &group)
{
    const bool wasFilling = m_filling;
    m_filling = true;
    const int row = m_periods->rowCount();
    m_periods->insertRow(row);
    m_periods->setItem(row, LabelColumn, new QTableWidgetItem(group.period));
    const int columns[] = {group.plan, group.status, group.narrative};
    for (int k = 0; k < 3; ++k) {
        auto *combo = new QComboBox;
        fillColumnCombo(combo, columns[k]);
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportColumnsPage::store);
        m_periods->setCellWidget(row, PlanColumn + k, combo);
    }
    auto *readsAsItem = new QTableWidgetItem;
    readsAsItem->setFlags(Qt::ItemIsEnabled);
    m_periods->setItem(row, ReadsAsColumn, readsAsItem);
    m_filling = wasFilling;
}

void ImportColumnsPage::fillFromMapping()
{
    m_filling = true;
    const ColumnMapping &mapping = m_wizard->editableMapping();
    m_layout->setCurrentIndex(std::max(0, m_layout->findData(int(mapping.layout))));
    for (auto it = m_fieldCombos.begin(); it != m_fieldCombos.end(); ++it)
        fillColumnCombo(it.value(), mapping.column(it.key()));
    m_periods->setRowCount(0);
    for (const ColumnMapping::PeriodColumns &group : mapping.periodColumns)
        addPeriodRow(group);
    m_filling = false;
    updateVisibility();
    updateReadsAs();
}

void ImportColumnsPage::store()
{
    if (m_filling)
        return;
    ColumnMapping &mapping = m_wizard->editableMapping();
    mapping.layout = ColumnMapping::Layout(m_layout->currentData().toInt());
    for (auto it = m_fieldCombos.begin(); it != m_fieldCombos.end(); ++it) {
        const bool used = mapping.layout == ColumnMapping::Layout::Long || !isLongOnly(it.key());
        mapping.setColumn(it.key(), used ? it.value()->currentData().toInt() : -1);
    }
    mapping.periodColumns.clear();
    for (int row = 0; row < m_periods->rowCount(); ++row) {
        ColumnMapping::PeriodColumns group;
        group.period = m_periods->item(row, LabelColumn)->text().trimmed();
        int *targets[] = {&group.plan, &group.status, &group.narrative};
        for (int k = 0; k < 3; ++k)
            *targets[k] = qobject_cast<QComboBox *>(m_periods->cellWidget(row, PlanColumn + k))
                              ->currentData()
                              .toInt();
        mapping.periodColumns.append(group);
    }
    updateReadsAs();
}

void ImportColumnsPage::updateVisibility()
{
    const bool isLong = m_layout->currentData().toInt() == int(ColumnMapping::Layout::Long);
    for (auto it = m_fieldCombos.begin(); it != m_fieldCombos.end(); ++it) {
        if (isLongOnly(it.key()))
            m_fields->setRowVisible(it.value(), isLong);
    }
    m_periodBox->setVisible(!isLong);
}

// What the period label will be matched to, so a typo shows before the last page.
QString ImportColumnsPage::readsAs(const QString &label) const
{
    if (label.isEmpty())
        return tr("enter the period's label");
    const Plan &target = m_wizard->target();
    const int start = target.info.fiscalYearStartMonth;
    const int index = PeriodLabels::indexIn(target.periods, label, start);
    if (index >= 0)
        return target.periods.at(index).label(m_wizard->japaneseLabels(), start);
    const std::optional<Period> parsed = PeriodLabels::parse(label, start);
    if (!parsed)
        return tr("not a period label (e.g. 令和6年度 上半期, FY2024 H1)");
    if (!m_wizard->isNewPlan())
        return tr("not one of the plan's periods");
    return tr("new: %1").arg(parsed->label(m_wizard->japaneseLabels(), start));
}

void ImportColumnsPage::updateReadsAs()
{
    const bool wasFilling = m_filling;
    m_filling = true;
    for (int row = 0; row < m_periods->rowCount(); ++row) {
        const QString label = m_periods->item(row, LabelColumn)->text().trimmed();
        m_periods->item(row, ReadsAsColumn)->setText(readsAs(label));
    }
    m_filling = wasFilling;
}
