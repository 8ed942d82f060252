#include "importstatuspage.h"
#include "importwizard.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
const QColor kUnmapped(QStringLiteral("#ffcdd2"));
}

ImportStatusPage::ImportStatusPage(ImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard),
      m_scaleLabel(new QLabel(tr("S&cale of the new plan:"))), m_scale(new QComboBox),
      m_table(new QTableWidget(0, 2)), m_note(new QLabel)
{
    setTitle(tr("Status Words"));
    setSubTitle(tr("Choose the level each status of the sheet means. Codes, symbols and labels "
                   "of the scale (A, ☆, 〇, 完了) are matched already."));
    m_scale->setObjectName(QStringLiteral("scaleCombo"));
    m_table->setObjectName(QStringLiteral("statusTable"));
    m_note->setObjectName(QStringLiteral("statusNote"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_scaleLabel->setBuddy(m_scale);
    for (StatusScale::Preset preset : StatusScale::presets()) {
        const StatusScale scale = StatusScale::preset(preset);
        QStringList symbols;
        for (const StatusLevel &level : scale.levels)
            symbols << level.symbol;
        m_scale->addItem(tr("%1 (%2)").arg(scale.name, symbols.join(QLatin1Char(' '))),
                         int(preset));
    }
    m_table->setHorizontalHeaderLabels({tr("In the sheet"), tr("Level")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *form = new QFormLayout;
    form->addRow(m_scaleLabel, m_scale);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_note);

    connect(m_scale, &QComboBox::currentIndexChanged, this, [this] {
        m_wizard->editableMapping().scalePreset =
            StatusScale::Preset(m_scale->currentData().toInt());
        fillTable();
    });
}

// Only a new plan without levels takes its scale from the import.
bool ImportStatusPage::scaleIsChosenHere() const
{
    return m_wizard->target().periodScale.levels.isEmpty();
}

void ImportStatusPage::initializePage()
{
    const Sheet *sheet = m_wizard->sheet();
    m_texts = sheet ? SheetImport::statusTexts(*sheet, m_wizard->editableMapping()) : QStringList();
    m_scaleLabel->setVisible(scaleIsChosenHere());
    m_scale->setVisible(scaleIsChosenHere());
    if (scaleIsChosenHere() && m_presetChosenFor != m_wizard->sheetGeneration()) {
        m_presetChosenFor = m_wizard->sheetGeneration();
        choosePresetThatFits();
    }
    const QSignalBlocker blocker(m_scale);
    m_scale->setCurrentIndex(m_scale->findData(int(m_wizard->editableMapping().scalePreset)));
    fillTable();
}

// The preset on which most of the sheet's statuses are levels, or words for levels.
void ImportStatusPage::choosePresetThatFits()
{
    ColumnMapping &mapping = m_wizard->editableMapping();
    int best = -1;
    for (StatusScale::Preset preset : StatusScale::presets()) {
        const StatusScale scale = StatusScale::preset(preset);
        const QMap<QString, QString> words = ColumnMapping::guessStatusWords(m_texts, scale);
        const auto fits = std::count_if(m_texts.cbegin(), m_texts.cend(), [&](const QString &t) {
            return words.contains(t) || SheetImport::levelFor(t, ColumnMapping(), scale);
        });
        if (fits > best) {
            best = int(fits);
            mapping.scalePreset = preset;
        }
    }
}

QString ImportStatusPage::nativeCode(const QString &text) const
{
    const StatusScale scale = m_wizard->scale(); // the level points into it
    const StatusLevel *level = SheetImport::levelFor(text, ColumnMapping(), scale);
    return level ? level->code : QString();
}

void ImportStatusPage::fillTable()
{
    ColumnMapping &mapping = m_wizard->editableMapping();
    const StatusScale scale = m_wizard->scale();
    // Words of another sheet, or codes of another scale, would only confuse the mapping file.
    for (auto it = mapping.statusWords.begin(); it != mapping.statusWords.end();) {
        if (!m_texts.contains(it.key()) || !scale.levelByCode(it.value()))
            it = mapping.statusWords.erase(it);
        else
            ++it;
    }
    const QMap<QString, QString> guessed = ColumnMapping::guessStatusWords(m_texts, scale);
    m_table->setRowCount(0);
    m_table->setRowCount(m_texts.size());
    for (int row = 0; row < m_texts.size(); ++row) {
        const QString &text = m_texts.at(row);
        QString code = mapping.statusWords.value(text);
        if (code.isEmpty())
            code = nativeCode(text);
        if (code.isEmpty())
            code = guessed.value(text);
        m_table->setItem(row, 0, new QTableWidgetItem(text));
        auto *combo = new QComboBox;
        combo->setObjectName(QStringLiteral("levelCombo_%1").arg(row));
        if (nativeCode(text).isEmpty())
            combo->addItem(tr("(no level)"), QString());
        for (const StatusLevel &level : scale.levels)
            combo->addItem(
                tr("%1 — %2").arg(level.symbol, level.displayLabel(m_wizard->japaneseLabels())),
                level.code);
        combo->setCurrentIndex(std::max(0, combo->findData(code)));
        m_table->setCellWidget(row, 1, combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, row] { store(row); });
        store(row);
    }
    m_table->resizeColumnToContents(0);
    updateNote();
}

// Only what the scale would not match by itself goes into the mapping.
void ImportStatusPage::store(int row)
{
    const QString text = m_texts.at(row);
    const auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, 1));
    const QString code = combo->currentData().toString();
    ColumnMapping &mapping = m_wizard->editableMapping();
    if (code.isEmpty() || code == nativeCode(text))
        mapping.statusWords.remove(text);
    else
        mapping.statusWords.insert(text, code);
    updateRow(row);
    updateNote();
}

void ImportStatusPage::updateRow(int row)
{
    const auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, 1));
    const bool unmapped = combo->currentData().toString().isEmpty();
    m_table->item(row, 0)->setBackground(unmapped ? QBrush(kUnmapped) : QBrush());
}

void ImportStatusPage::updateNote()
{
    int count = 0;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (const auto *c = qobject_cast<QComboBox *>(m_table->cellWidget(r, 1));
            c && c->currentData().toString().isEmpty())
            ++count;
    }
    if (m_texts.isEmpty())
        m_note->setText(tr("No status column is mapped, or the status columns are empty."));
    else if (count > 0)
        m_note->setText(tr("%n status(es) are on no level; the import stops at them. Choose a "
                           "level for each.",
                           nullptr, count));
    else
        m_note->setText(tr("Every status is on a level."));
}
