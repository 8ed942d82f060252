#include "detailpane.h"
#include "document/document.h"
#include "document/editing.h"
#include "models/cellhistorymodel.h"
#include "review/reviewtext.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace {
QLabel *plainLabel(QWidget *parent, bool bold = false)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // user text is never markup
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (bold) {
        QFont f = label->font();
        f.setBold(true);
        label->setFont(f);
    }
    return label;
}

QPlainTextEdit *textEdit(QWidget *parent, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}
} // namespace

DetailPane::DetailPane(QWidget *parent) : QWidget(parent)
{
    setMinimumWidth(320);
    build();
    retranslate();
    refresh();
}

void DetailPane::build()
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    m_pledgeHeading = plainLabel(content, true);
    m_rowHeading = plainLabel(content, true);
    m_rowDetails = plainLabel(content);
    m_periodHeading = plainLabel(content, true);
    layout->addWidget(m_pledgeHeading);
    layout->addWidget(m_rowHeading);
    layout->addWidget(m_rowDetails);
    layout->addWidget(m_periodHeading);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapAllRows); // labels above: the pane is narrow
    m_goalLabel = new QLabel(content);
    m_goal = textEdit(content, 2);
    form->addRow(m_goalLabel, m_goal);
    m_planLabel = new QLabel(content);
    m_plan = textEdit(content, 3);
    form->addRow(m_planLabel, m_plan);
    m_statusLabel = new QLabel(content);
    m_status = new QComboBox(content);
    form->addRow(m_statusLabel, m_status);
    m_narrativeLabel = new QLabel(content);
    m_narrative = textEdit(content, 6);
    form->addRow(m_narrativeLabel, m_narrative);
    layout->addLayout(form);

    m_previousHeading = plainLabel(content, true);
    m_previous = plainLabel(content);
    m_copyPlan = new QPushButton(content);
    layout->addWidget(m_previousHeading);
    layout->addWidget(m_previous);
    layout->addWidget(m_copyPlan, 0, Qt::AlignLeft);

    m_commentsHeading = plainLabel(content, true);
    m_comments = plainLabel(content);
    layout->addWidget(m_commentsHeading);
    layout->addWidget(m_comments);

    m_historyLabel = plainLabel(content, true);
    m_history = new QTableView(content);
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->setMinimumHeight(140);
    layout->addWidget(m_historyLabel);
    layout->addWidget(m_history, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    for (QPlainTextEdit *edit : {m_goal, m_plan, m_narrative})
        edit->installEventFilter(this);
    connect(m_status, &QComboBox::activated, this, &DetailPane::commitCell);
    connect(m_copyPlan, &QPushButton::clicked, this, &DetailPane::copyPreviousPlan);
}

void DetailPane::retranslate()
{
    m_goalLabel->setText(tr("Annual goal:"));
    m_planLabel->setText(tr("Plan:"));
    m_statusLabel->setText(tr("Status:"));
    m_narrativeLabel->setText(tr("Narrative:"));
    m_copyPlan->setText(tr("Copy Plan from Previous Period"));
    m_historyLabel->setText(tr("History of this cell"));
    refresh();
}

void DetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DetailPane::setDocument(Document *document)
{
    m_document = document;
    m_rowId = m_periodId = 0;
    delete m_historyModel;
    m_historyModel = nullptr;
    if (document) {
        m_historyModel = new CellHistoryModel(document, this);
        m_history->setModel(m_historyModel);
        connect(document, &Document::cellChanged, this, [this](qint64 rowId, qint64 periodId) {
            if (rowId == m_rowId && (periodId == m_periodId || periodId == previousPeriodId()))
                refresh();
        });
        connect(document, &Document::yearCellChanged, this, [this](qint64 rowId) {
            if (rowId == m_rowId)
                refresh();
        });
        connect(document, &Document::planReset, this, &DetailPane::refresh);
        // Not refresh(): a comment arriving must not take away what is being typed.
        connect(document, &Document::commentsChanged, this, &DetailPane::refreshComments);
    }
    refresh();
}

void DetailPane::showCell(qint64 rowId, qint64 periodId)
{
    if (rowId == m_rowId && periodId == m_periodId)
        return;
    commitEdits();
    m_rowId = rowId;
    m_periodId = periodId;
    if (m_historyModel)
        m_historyModel->setCell(rowId, periodId);
    refresh();
}

qint64 DetailPane::previousPeriodId() const
{
    if (!m_document)
        return 0;
    const QList<Period> &periods = m_document->plan().periods;
    for (int i = 1; i < periods.size(); ++i) {
        if (periods.at(i).id == m_periodId)
            return periods.at(i - 1).id;
    }
    return 0;
}

void DetailPane::refreshStatusChoices()
{
    m_status->clear();
    m_status->addItem(tr("(none)"), qint64(0));
    if (!m_document)
        return;
    for (const StatusLevel &level : m_document->plan().periodScale.levels)
        m_status->addItem(level.symbol + QLatin1Char(' ') +
                              level.displayLabel(QLocale().language() == QLocale::Japanese),
                          level.id);
}

void DetailPane::refresh()
{
    m_refreshing = true;
    const Plan *plan = m_document ? &m_document->plan() : nullptr;
    const PledgeRow *row = plan ? plan->row(m_rowId) : nullptr;
    const Period *period = plan ? plan->period(m_periodId) : nullptr;
    const bool hasCell = row && period;
    const bool editable = hasCell && m_document->canEditPlan();
    refreshStatusChoices();
    m_pledgeHeading->clear();
    m_rowHeading->clear();
    m_rowDetails->clear();
    m_periodHeading->setText(hasCell ? QString() : tr("Choose a cell of the table."));
    m_previousHeading->clear();
    m_previous->clear();
    for (QPlainTextEdit *edit : {m_goal, m_plan, m_narrative}) {
        edit->clear();
        edit->setReadOnly(!editable);
    }
    m_status->setEnabled(editable);
    m_copyPlan->setEnabled(false);
    if (row) {
        const Pledge *pledge = plan->pledge(row->pledgeId);
        if (pledge)
            m_pledgeHeading->setText(pledge->number + QLatin1Char(' ') +
                                     (pledge->tag.isEmpty() ? QString()
                                                            : QStringLiteral("【") + pledge->tag +
                                                                  QStringLiteral("】")) +
                                     pledge->title);
        m_rowHeading->setText((row->marker + QLatin1Char(' ') + row->title).trimmed());
        const Department *department = plan->department(row->departmentId);
        QStringList details;
        if (department)
            details << tr("Department: %1").arg(department->name);
        if (!row->targetDateText.isEmpty())
            details << tr("Target date: %1").arg(row->targetDateText);
        details << row->content;
        m_rowDetails->setText(details.join(QLatin1Char('\n')));
    }
    if (hasCell) {
        const bool japanese = QLocale().language() == QLocale::Japanese;
        const int start = plan->info.fiscalYearStartMonth;
        m_periodHeading->setText(period->label(japanese, start));
        m_goalLabel->setText(tr("Annual goal (%1):").arg(period->fiscalYearLabel(japanese)));
        m_goal->setPlainText(plan->yearCell(m_rowId, period->fiscalYear).goal);
        const Cell cell = plan->cell(m_rowId, m_periodId);
        m_plan->setPlainText(cell.plan);
        m_narrative->setPlainText(cell.narrative);
        m_status->setCurrentIndex(qMax(0, m_status->findData(cell.levelId)));
        const Period *previous = plan->period(previousPeriodId());
        if (previous) {
            const Cell before = plan->cell(m_rowId, previous->id);
            const StatusLevel *level = plan->periodScale.levelById(before.levelId);
            m_previousHeading->setText(
                tr("Previous period: %1").arg(previous->label(japanese, start)));
            m_previous->setText(
                tr("Plan: %1\nStatus: %2\n%3")
                    .arg(before.plan,
                         level ? level->symbol + QLatin1Char(' ') +
                                     level->displayLabel(QLocale().language() == QLocale::Japanese)
                               : tr("(none)"),
                         before.narrative));
            m_copyPlan->setEnabled(editable && !before.plan.isEmpty());
        }
    }
    refreshComments();
    m_refreshing = false;
}

// The comments on the cell, then those on its row and its pledge, each on its own line.
void DetailPane::refreshComments()
{
    QStringList lines;
    const PledgeRow *row = m_document ? m_document->plan().row(m_rowId) : nullptr;
    if (row) {
        for (const ReviewComment &c : m_document->comments()) {
            const bool about = c.rowId == m_rowId ? (!c.periodId || c.periodId == m_periodId)
                                                  : (!c.rowId && c.pledgeId == row->pledgeId);
            if (!about)
                continue;
            QStringList parts = {c.reviewer};
            if (c.target() != ReviewComment::Target::Cell)
                parts << (c.rowId ? tr("on the row") : tr("on the pledge"));
            if (c.mark != ReviewComment::Mark::None)
                parts << ReviewText::markSymbol(c.mark) + QLatin1Char(' ') +
                             ReviewText::markName(c.mark);
            parts << ReviewText::stateName(c);
            lines << parts.join(QStringLiteral(" · ")) +
                         (c.text.isEmpty() ? QString() : QStringLiteral(": ") + c.text);
        }
    }
    m_commentsHeading->setText(row ? tr("Review comments (%1)").arg(lines.size()) : QString());
    m_comments->setText(lines.isEmpty() && row ? tr("(none)") : lines.join(QStringLiteral("\n")));
}

void DetailPane::commitCell()
{
    if (m_refreshing || !m_document || !m_document->plan().row(m_rowId) ||
        !m_document->plan().period(m_periodId) || !m_document->canEditPlan())
        return;
    Cell cell;
    cell.plan = m_plan->toPlainText();
    cell.levelId = m_status->currentData().toLongLong();
    cell.narrative = m_narrative->toPlainText();
    if (!Editing::setCell(*m_document, m_rowId, m_periodId, cell))
        refresh(); // the file refused it: show what is really there
}

void DetailPane::commitGoal()
{
    if (m_refreshing || !m_document || !m_document->canEditPlan())
        return;
    const Period *period = m_document->plan().period(m_periodId);
    if (!period || !m_document->plan().row(m_rowId))
        return;
    YearCell year = m_document->plan().yearCell(m_rowId, period->fiscalYear);
    year.goal = m_goal->toPlainText();
    if (!Editing::setYearCell(*m_document, m_rowId, period->fiscalYear, year))
        refresh();
}

void DetailPane::commitEdits()
{
    if (!m_document || m_refreshing)
        return;
    const Period *period = m_document->plan().period(m_periodId);
    if (!period)
        return;
    const Cell cell = m_document->plan().cell(m_rowId, m_periodId);
    if (m_plan->toPlainText() != cell.plan || m_narrative->toPlainText() != cell.narrative)
        commitCell();
    if (m_goal->toPlainText() != m_document->plan().yearCell(m_rowId, period->fiscalYear).goal)
        commitGoal();
}

void DetailPane::copyPreviousPlan()
{
    const qint64 previous = previousPeriodId();
    if (!previous || !m_document)
        return;
    m_plan->setPlainText(m_document->plan().cell(m_rowId, previous).plan);
    commitCell();
}

bool DetailPane::eventFilter(QObject *watched, QEvent *event)
{
    const bool isKey = event->type() == QEvent::KeyPress;
    if (event->type() == QEvent::FocusOut ||
        (isKey && static_cast<QKeyEvent *>(event)->modifiers() & Qt::ControlModifier &&
         (static_cast<QKeyEvent *>(event)->key() == Qt::Key_Return ||
          static_cast<QKeyEvent *>(event)->key() == Qt::Key_Enter))) {
        if (watched == m_goal)
            commitGoal();
        else
            commitEdits();
        if (isKey)
            return true;
    }
    return QWidget::eventFilter(watched, event);
}
