#include "statusscaledialog.h"
#include "dialogsupport.h"
#include "ui_statusscaledialog.h"

#include <QColorDialog>
#include <QHeaderView>
#include <QPainter>
#include <QPushButton>
#include <QSet>

namespace {
QIcon swatch(const QColor &color)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(color.isValid() ? color : QColor(Qt::transparent));
    QPainter(&pixmap).drawRect(0, 0, 15, 15);
    return QIcon(pixmap);
}

QString codeKey(const QString &code)
{
    return StatusScale::normalizedSymbol(code).toCaseFolded();
}
} // namespace

StatusScaleDialog::StatusScaleDialog(const StatusScale &scale, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::StatusScaleDialog>()), m_scale(scale)
{
    m_ui->setupUi(this);
    DialogSupport::makeErrorLabel(m_ui->errorLabel);
    m_ui->nameEdit->setText(scale.name);
    m_ui->levelTable->horizontalHeader()->setSectionResizeMode(DescriptionColumn,
                                                               QHeaderView::Stretch);
    m_ui->levelTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_ui->presetCombo->addItem(tr("Choose a preset…"));
    for (StatusScale::Preset preset : StatusScale::presets()) {
        const StatusScale s = StatusScale::preset(preset);
        QStringList symbols;
        for (const StatusLevel &level : s.levels)
            symbols.append(level.symbol);
        m_ui->presetCombo->addItem(tr("%1 (%2)").arg(s.name, symbols.join(QLatin1Char(' '))),
                                   int(preset));
    }

    connect(m_ui->presetCombo, &QComboBox::activated, this, &StatusScaleDialog::applyPreset);
    connect(m_ui->levelTable, &QTableWidget::itemChanged, this, &StatusScaleDialog::itemChanged);
    connect(m_ui->levelTable, &QTableWidget::currentCellChanged, this,
            &StatusScaleDialog::updateButtons);
    connect(m_ui->addButton, &QPushButton::clicked, this, &StatusScaleDialog::addLevel);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &StatusScaleDialog::removeLevel);
    connect(m_ui->upButton, &QPushButton::clicked, this, [this] { moveLevel(-1); });
    connect(m_ui->downButton, &QPushButton::clicked, this, [this] { moveLevel(1); });
    refreshTable(m_scale.levels.isEmpty() ? -1 : 0);
}

StatusScaleDialog::~StatusScaleDialog()
{
    // Hiding the dialog commits an open editor; its change must not reach a half-destroyed
    // dialog.
    m_ui->levelTable->blockSignals(true);
}

StatusScale StatusScaleDialog::scale() const
{
    StatusScale scale = m_scale;
    scale.name = m_ui->nameEdit->text().trimmed();
    for (StatusLevel &level : scale.levels) {
        level.code = level.code.trimmed();
        level.symbol = level.symbol.trimmed();
        level.label = level.label.trimmed();
        level.description = level.description.trimmed();
    }
    return scale;
}

void StatusScaleDialog::refreshTable(int currentRow)
{
    QTableWidget *table = m_ui->levelTable;
    const QSignalBlocker blocker(table);
    table->setRowCount(0);
    table->setRowCount(m_scale.levels.size());
    for (int row = 0; row < m_scale.levels.size(); ++row) {
        const StatusLevel &level = m_scale.levels.at(row);
        table->setItem(row, CodeColumn, new QTableWidgetItem(level.code));
        table->setItem(row, SymbolColumn, new QTableWidgetItem(level.symbol));
        table->setItem(row, LabelColumn, new QTableWidgetItem(level.label));
        table->setItem(row, DescriptionColumn, new QTableWidgetItem(level.description));
        auto *colourItem = new QTableWidgetItem;
        colourItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        table->setItem(row, ColourColumn, colourItem);
        auto *colourButton = new QPushButton(swatch(level.color), level.color.name());
        colourButton->setAutoDefault(false);
        colourButton->setToolTip(tr("Choose the colour of this level"));
        connect(colourButton, &QPushButton::clicked, this, [this, row] { chooseColour(row); });
        table->setCellWidget(row, ColourColumn, colourButton);
        auto *achievedItem = new QTableWidgetItem;
        achievedItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        achievedItem->setCheckState(level.achieved ? Qt::Checked : Qt::Unchecked);
        table->setItem(row, AchievedColumn, achievedItem);
    }
    table->resizeColumnToContents(ColourColumn);
    if (currentRow >= 0 && currentRow < table->rowCount())
        table->setCurrentCell(currentRow, CodeColumn);
    validate();
    updateButtons();
}

void StatusScaleDialog::itemChanged(QTableWidgetItem *item)
{
    const int row = item->row();
    if (row < 0 || row >= m_scale.levels.size())
        return;
    StatusLevel &level = m_scale.levels[row];
    switch (item->column()) {
    case CodeColumn:
        // A level usually draws what is typed for it: keep an empty symbol in step.
        if (level.symbol.isEmpty() || level.symbol == level.code) {
            level.symbol = item->text();
            const QSignalBlocker blocker(m_ui->levelTable);
            m_ui->levelTable->item(row, SymbolColumn)->setText(level.symbol);
        }
        level.code = item->text();
        break;
    case SymbolColumn:
        level.symbol = item->text();
        break;
    case LabelColumn:
        level.label = item->text();
        break;
    case DescriptionColumn:
        level.description = item->text();
        break;
    case AchievedColumn:
        level.achieved = item->checkState() == Qt::Checked;
        break;
    default:
        break;
    }
    validate();
}

void StatusScaleDialog::chooseColour(int row)
{
    const QColor color =
        QColorDialog::getColor(m_scale.levels.at(row).color, this, tr("Level Colour"));
    if (!color.isValid())
        return;
    m_scale.levels[row].color = color;
    if (auto *button =
            qobject_cast<QPushButton *>(m_ui->levelTable->cellWidget(row, ColourColumn))) {
        button->setIcon(swatch(color));
        button->setText(color.name());
    }
}

// Levels of the preset take over the ids of existing levels with the same code, so cells
// at "A" stay at "A"; the others are new.
void StatusScaleDialog::applyPreset(int comboIndex)
{
    if (comboIndex <= 0)
        return;
    const auto which = StatusScale::Preset(m_ui->presetCombo->itemData(comboIndex).toInt());
    StatusScale preset = StatusScale::preset(which);
    QList<StatusLevel> existing = m_scale.levels;
    for (StatusLevel &level : preset.levels) {
        for (int i = 0; i < existing.size(); ++i) {
            if (existing.at(i).id != 0 && codeKey(existing.at(i).code) == codeKey(level.code)) {
                level.id = existing.takeAt(i).id;
                break;
            }
        }
    }
    m_scale.levels = preset.levels;
    m_ui->nameEdit->setText(preset.name);
    m_ui->presetCombo->setCurrentIndex(0);
    refreshTable(0);
}

void StatusScaleDialog::addLevel()
{
    StatusLevel level;
    level.color = QColor(0x80, 0x80, 0x80);
    m_scale.levels.append(level);
    refreshTable(m_scale.levels.size() - 1);
    m_ui->levelTable->setFocus();
    m_ui->levelTable->editItem(m_ui->levelTable->item(m_scale.levels.size() - 1, CodeColumn));
}

void StatusScaleDialog::removeLevel()
{
    const int row = m_ui->levelTable->currentRow();
    if (row < 0 || row >= m_scale.levels.size())
        return;
    m_scale.levels.removeAt(row);
    refreshTable(qMin(row, m_scale.levels.size() - 1));
}

void StatusScaleDialog::moveLevel(int delta)
{
    const int row = m_ui->levelTable->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_scale.levels.size())
        return;
    m_scale.levels.swapItemsAt(row, target);
    refreshTable(target);
}

void StatusScaleDialog::validate()
{
    QString message;
    QSet<QString> codes;
    for (int row = 0; row < m_scale.levels.size() && message.isEmpty(); ++row) {
        const StatusLevel &level = m_scale.levels.at(row);
        const QString key = codeKey(level.code);
        if (key.isEmpty())
            message = tr("Level %1 needs a code.").arg(row + 1);
        else if (codes.contains(key))
            message = tr("Level %1: the code \"%2\" is already used by another level.")
                          .arg(row + 1)
                          .arg(level.code.trimmed());
        else if (level.symbol.trimmed().isEmpty())
            message = tr("Level %1 needs a symbol.").arg(row + 1);
        codes.insert(key);
    }
    if (m_scale.levels.isEmpty())
        message = tr("A scale needs at least one level.");
    DialogSupport::showError(m_ui->errorLabel, message);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(message.isEmpty());
}

void StatusScaleDialog::updateButtons()
{
    const int row = m_ui->levelTable->currentRow();
    const int count = m_scale.levels.size();
    m_ui->removeButton->setEnabled(row >= 0 && row < count);
    m_ui->upButton->setEnabled(row > 0 && row < count);
    m_ui->downButton->setEnabled(row >= 0 && row < count - 1);
}
