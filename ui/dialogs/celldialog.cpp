#include "celldialog.h"
#include "ui_celldialog.h"

CellDialog::CellDialog(const Cell &cell, const StatusScale &scale, const QString &heading,
                       const Cell &previousPeriodCell, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CellDialog>()), m_scale(scale),
      m_previous(previousPeriodCell)
{
    m_ui->setupUi(this);
    for (QLabel *label :
         {m_ui->headingLabel, m_ui->previousPlan, m_ui->previousStatus, m_ui->previousNarrative}) {
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    QFont headingFont = m_ui->headingLabel->font();
    headingFont.setBold(true);
    m_ui->headingLabel->setFont(headingFont);
    m_ui->headingLabel->setText(heading);

    m_ui->planEdit->setPlainText(cell.plan);
    m_ui->statusCombo->addItem(tr("(none)"), qint64(0));
    for (const StatusLevel &level : scale.levels)
        m_ui->statusCombo->addItem(levelText(level.id), level.id);
    // A status the scale no longer has is kept rather than silently dropped.
    if (cell.levelId != 0 && !scale.levelById(cell.levelId))
        m_ui->statusCombo->addItem(levelText(cell.levelId), cell.levelId);
    m_ui->statusCombo->setCurrentIndex(qMax(0, m_ui->statusCombo->findData(cell.levelId)));
    m_ui->narrativeEdit->setPlainText(cell.narrative);

    const QString none = tr("(empty)");
    m_ui->previousPlan->setText(m_previous.plan.isEmpty() ? none : m_previous.plan);
    m_ui->previousStatus->setText(m_previous.levelId == 0 ? tr("(none)")
                                                          : levelText(m_previous.levelId));
    m_ui->previousNarrative->setText(m_previous.narrative.isEmpty() ? none : m_previous.narrative);
    m_ui->copyPlanButton->setEnabled(!m_previous.plan.isEmpty());
    connect(m_ui->copyPlanButton, &QPushButton::clicked, this, [this] {
        m_ui->planEdit->setPlainText(m_previous.plan);
        m_ui->planEdit->setFocus();
    });
}

CellDialog::~CellDialog() = default;

Cell CellDialog::cell() const
{
    Cell cell;
    cell.plan = m_ui->planEdit->toPlainText();
    cell.levelId = m_ui->statusCombo->currentData().toLongLong();
    cell.narrative = m_ui->narrativeEdit->toPlainText();
    return cell;
}

QString CellDialog::levelText(qint64 levelId) const
{
    const StatusLevel *level = m_scale.levelById(levelId);
    if (!level)
        return tr("(unknown level %1)").arg(levelId);
    const QString label = level->displayLabel(QLocale().language() == QLocale::Japanese);
    return label.isEmpty() ? level->symbol : level->symbol + QLatin1Char(' ') + label;
}
