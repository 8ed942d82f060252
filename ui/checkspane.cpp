#include "checkspane.h"
#include "cli/translations.h"
#include "document/document.h"
#include "document/editing.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
enum Column
{
    RuleColumn,
    WhereColumn,
    ProblemColumn
};
constexpr int kFindingRole = Qt::UserRole; // the finding's index in m_findings
} // namespace

ChecksPane::ChecksPane(QWidget *parent)
    : QWidget(parent), m_japanese(Translations::current() == QStringLiteral("ja"))
{
    build();
    retranslate();
    refresh();
}

void ChecksPane::build()
{
    m_summary = new QLabel;
    m_summary->setTextFormat(Qt::PlainText);
    m_rulesMenu = new QMenu(this);
    for (const CheckRule rule : CheckRules::all()) {
        QAction *action = m_rulesMenu->addAction(QString());
        action->setCheckable(true);
        connect(action, &QAction::triggered, this, [this, rule](bool on) { switchRule(rule, on); });
        m_ruleActions.append(action);
    }
    m_rulesMenu->setToolTipsVisible(true);
    m_rulesButton = new QToolButton;
    m_rulesButton->setMenu(m_rulesMenu);
    m_rulesButton->setPopupMode(QToolButton::InstantPopup);
    connect(m_rulesMenu, &QMenu::aboutToShow, this, &ChecksPane::showRuleSwitches);

    m_list = new QTreeWidget;
    m_list->setColumnCount(3);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(true);
    // A click goes to the cell, as Enter does; a double click may ask twice, which shows the
    // same cell.
    connect(m_list, &QTreeWidget::clicked, this, &ChecksPane::activate);
    connect(m_list, &QTreeWidget::activated, this, &ChecksPane::activate);

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_rulesButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_list);

    // Edits arrive one cell at a time; a paste of 50 cells checks the plan once.
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &ChecksPane::refresh);
}

void ChecksPane::retranslate()
{
    m_list->setHeaderLabels({tr("Check"), tr("Where"), tr("Problem")});
    m_rulesButton->setText(tr("Rules…"));
    m_rulesButton->setToolTip(tr("Switch checks on or off for this plan"));
    const QList<CheckRule> rules = CheckRules::all();
    for (int i = 0; i < rules.size(); ++i) {
        m_ruleActions.at(i)->setText(CheckRules::name(rules.at(i)));
        m_ruleActions.at(i)->setToolTip(CheckRules::description(rules.at(i)));
    }
}

void ChecksPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        scheduleRefresh(); // the findings' messages are translated too
    }
    QWidget::changeEvent(event);
}

void ChecksPane::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &Document::cellChanged, this, &ChecksPane::scheduleRefresh);
        connect(document, &Document::infoChanged, this, &ChecksPane::scheduleRefresh);
        connect(document, &Document::planReset, this, &ChecksPane::scheduleRefresh);
        connect(document, &Document::disabledChecksChanged, this, &ChecksPane::scheduleRefresh);
        connect(document, &QObject::destroyed, this, &ChecksPane::scheduleRefresh);
    }
    // A new plan is counted a moment later, not at once: a window that has just been shown
    // has not yet put its tabbed-away panes aside, and the table should paint the plan first.
    if (document)
        scheduleRefresh();
    else
        refresh();
}

void ChecksPane::setJapaneseLabels(bool japanese)
{
    if (japanese == m_japanese)
        return;
    m_japanese = japanese;
    scheduleRefresh();
}

QAction *ChecksPane::ruleAction(CheckRule rule) const
{
    return m_ruleActions.value(CheckRules::all().indexOf(rule));
}

QString ChecksPane::summary() const
{
    return m_summary->text();
}

void ChecksPane::scheduleRefresh()
{
    m_refreshTimer->start();
}

// Runs the checks again and keeps the chosen finding chosen when it is still there.
void ChecksPane::refresh()
{
    if (!isVisible() || !m_onScreen) {
        m_stale = true;
        return;
    }
    m_stale = false;
    m_refreshTimer->stop();
    const QTreeWidgetItem *current = m_list->currentItem();
    const std::optional<CheckFinding> chosen =
        current ? std::optional(m_findings.value(current->data(0, kFindingRole).toInt()))
                : std::nullopt;
    m_list->clear();
    m_findings =
        m_document ? PlanCheck::run(m_document->plan(), m_japanese) : QList<CheckFinding>();
    QList<QTreeWidgetItem *> items;
    QTreeWidgetItem *again = nullptr;
    for (int i = 0; i < m_findings.size(); ++i) {
        const CheckFinding &f = m_findings.at(i);
        // Item texts are drawn as plain text; the tooltips are made plain on purpose.
        auto *item = new QTreeWidgetItem({CheckRules::name(f.rule), f.where, f.message});
        item->setData(0, kFindingRole, i);
        item->setToolTip(RuleColumn, Qt::convertFromPlainText(CheckRules::description(f.rule)));
        item->setToolTip(WhereColumn, Qt::convertFromPlainText(f.where));
        item->setToolTip(ProblemColumn, Qt::convertFromPlainText(f.message));
        items.append(item);
        if (chosen && f.rule == chosen->rule && f.rowId == chosen->rowId &&
            f.periodId == chosen->periodId)
            again = item;
    }
    m_list->addTopLevelItems(items);
    if (again)
        m_list->setCurrentItem(again);
    showSummary();
    m_rulesButton->setEnabled(m_document != nullptr);
    showRuleSwitches();
}

void ChecksPane::showSummary()
{
    if (!m_document)
        m_summary->setText(tr("No plan is open."));
    else if (m_findings.isEmpty())
        m_summary->setText(tr("No problems found."));
    else
        m_summary->setText(tr("%n finding(s)", nullptr, int(m_findings.size())));
    const int off =
        int(CheckRules::fromKeys(m_document ? m_document->plan().disabledChecks : QStringList())
                .size());
    if (off > 0)
        m_summary->setText(m_summary->text() + QLatin1Char(' ') +
                           tr("(%n check(s) switched off)", nullptr, off));
}

void ChecksPane::showRuleSwitches()
{
    const QSet<CheckRule> off =
        m_document ? CheckRules::fromKeys(m_document->plan().disabledChecks) : QSet<CheckRule>();
    const bool editable = m_document && m_document->canEditPlan();
    const QList<CheckRule> rules = CheckRules::all();
    for (int i = 0; i < rules.size(); ++i) {
        m_ruleActions.at(i)->setChecked(!off.contains(rules.at(i)));
        m_ruleActions.at(i)->setEnabled(editable);
    }
}

void ChecksPane::switchRule(CheckRule rule, bool on)
{
    if (!m_document)
        return;
    QSet<CheckRule> off = CheckRules::fromKeys(m_document->plan().disabledChecks);
    if (on)
        off.remove(rule);
    else
        off.insert(rule);
    if (!Editing::setDisabledChecks(*m_document, off))
        showRuleSwitches(); // refused: the menu shows what the plan still says
    refresh();
}

void ChecksPane::activate(const QModelIndex &index)
{
    const QTreeWidgetItem *item = m_list->topLevelItem(index.row());
    if (!index.isValid() || !item)
        return;
    const CheckFinding &f = m_findings.at(item->data(0, kFindingRole).toInt());
    emit cellRequested(f.rowId, f.periodId);
}

void ChecksPane::setOnScreen(bool onScreen)
{
    m_onScreen = onScreen;
    if (onScreen && m_stale)
        refresh();
}

void ChecksPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}
