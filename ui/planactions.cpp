#include "planactions.h"
#include "dialogs/celldialog.h"
#include "dialogs/chapterdialog.h"
#include "dialogs/departmentsdialog.h"
#include "dialogs/periodsdialog.h"
#include "dialogs/planpropertiesdialog.h"
#include "dialogs/pledgedialog.h"
#include "dialogs/rowdialog.h"
#include "dialogs/statusscaledialog.h"
#include "document/document.h"
#include "document/editing.h"
#include "plainquestion.h"

#include <QAction>
#include <QLocale>
#include <QMessageBox>
#include <QWidget>

namespace {
bool japaneseLabels()
{
    return QLocale().language() == QLocale::Japanese;
}
} // namespace

PlanActions::PlanActions(QWidget *window) : QObject(window), m_window(window)
{
    auto make = [this](void (PlanActions::*slot)()) {
        auto *action = new QAction(this);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    properties = make(&PlanActions::editProperties);
    scale = make(&PlanActions::editScale);
    periods = make(&PlanActions::editPeriods);
    departments = make(&PlanActions::editDepartments);
    addChapter = make(&PlanActions::insertChapter);
    addPledge = make(&PlanActions::insertPledge);
    addRow = make(&PlanActions::insertRow);
    editItem = make(&PlanActions::editCurrent);
    deleteItem = make(&PlanActions::deleteCurrent);
    moveUp = new QAction(this);
    connect(moveUp, &QAction::triggered, this, [this] { move(-1); });
    moveDown = new QAction(this);
    connect(moveDown, &QAction::triggered, this, [this] { move(+1); });
    editCell = new QAction(this);
    connect(editCell, &QAction::triggered, this,
            [this] { openCellDialog(m_current.rowId, m_current.periodId); });

    addRow->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Insert));
    addPledge->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Insert));
    editItem->setShortcut(QKeySequence(Qt::Key_F2));
    deleteItem->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    moveUp->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up));
    moveDown->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down));
    properties->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Return));
    retranslate();
    updateEnabled();
}

void PlanActions::retranslate()
{
    properties->setText(tr("Plan &Properties…"));
    scale->setText(tr("Status &Scale…"));
    periods->setText(tr("P&eriods…"));
    departments->setText(tr("&Departments…"));
    addChapter->setText(tr("Insert &Chapter…"));
    addPledge->setText(tr("Insert &Pledge…"));
    addRow->setText(tr("Insert &Row…"));
    editItem->setText(tr("&Edit Chapter, Pledge or Row…"));
    deleteItem->setText(tr("&Delete Chapter, Pledge or Row…"));
    moveUp->setText(tr("Move &Up"));
    moveDown->setText(tr("Move Do&wn"));
    editCell->setText(tr("Edit &Cell…"));
}

void PlanActions::setDocument(Document *document)
{
    m_document = document;
    m_current = {};
    updateEnabled();
}

void PlanActions::setCurrent(const Current &current)
{
    m_current = current;
    updateEnabled();
}

void PlanActions::updateEnabled()
{
    const bool writable = m_document && m_document->canEditPlan();
    const bool onSomething = m_current.chapterId || m_current.pledgeId || m_current.rowId;
    for (QAction *a : {properties, scale, periods, departments, addChapter})
        a->setEnabled(writable);
    addPledge->setEnabled(writable);
    addRow->setEnabled(writable && m_current.pledgeId);
    for (QAction *a : {editItem, deleteItem, moveUp, moveDown})
        a->setEnabled(writable && onSomething);
    editCell->setEnabled(writable && m_current.rowId && m_current.periodId);
}

bool PlanActions::confirm(const QString &question)
{
    return askPlainQuestion(m_window, tr("Pledge Tracker"), question);
}

void PlanActions::editProperties()
{
    PlanPropertiesDialog dialog(m_document->plan().info, m_window);
    if (dialog.exec() == QDialog::Accepted)
        Editing::setPlanInfo(*m_document, dialog.planInfo());
}

void PlanActions::editScale()
{
    StatusScaleDialog dialog(m_document->plan().periodScale, m_window);
    QString error;
    if (dialog.exec() == QDialog::Accepted &&
        !Editing::setPeriodScale(*m_document, dialog.scale(), &error) && !error.isEmpty())
        emit errorOccurred(error);
}

void PlanActions::editPeriods()
{
    const Plan &plan = m_document->plan();
    QSet<qint64> withData;
    for (auto it = plan.cells.cbegin(); it != plan.cells.cend(); ++it)
        withData.insert(it.key().second);
    PeriodsDialog dialog(plan.periods, withData, plan.info.fiscalYearStartMonth, japaneseLabels(),
                         m_window);
    if (dialog.exec() == QDialog::Accepted)
        Editing::setPeriods(*m_document, dialog.periods());
}

void PlanActions::editDepartments()
{
    DepartmentsDialog dialog(m_document->plan().departments, m_window);
    QString error;
    if (dialog.exec() == QDialog::Accepted &&
        !Editing::setDepartments(*m_document, dialog.departments(), &error) && !error.isEmpty())
        emit errorOccurred(error);
}

void PlanActions::insertChapter()
{
    const Plan &plan = m_document->plan();
    Chapter chapter;
    chapter.number = int(plan.chapters.size()) + 1;
    ChapterDialog dialog(chapter, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    int index = int(plan.chapters.size());
    for (int i = 0; i < plan.chapters.size(); ++i) {
        if (plan.chapters.at(i).id == m_current.chapterId)
            index = i + 1;
    }
    if (const qint64 id = Editing::addChapter(*m_document, dialog.chapter(), index))
        emit selectRequested(0, 0, id);
}

void PlanActions::insertPledge()
{
    const Plan &plan = m_document->plan();
    Pledge pledge;
    pledge.chapterId = m_current.chapterId;
    pledge.number = QString::number(plan.pledges.size() + 1);
    PledgeDialog dialog(pledge, plan.chapters, m_window);
    dialog.setFiscalYearStartMonth(plan.info.fiscalYearStartMonth);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Pledge chosen = dialog.pledge();
    // After the current pledge when it is in the chosen chapter, else at the chapter's end.
    int index = -1;
    int i = 0;
    for (const Pledge &p : plan.pledges) {
        if (p.chapterId != chosen.chapterId)
            continue;
        ++i;
        if (p.id == m_current.pledgeId)
            index = i;
    }
    if (const qint64 id = Editing::addPledge(*m_document, chosen, index))
        emit selectRequested(0, id, chosen.chapterId);
}

void PlanActions::insertRow()
{
    const Plan &plan = m_document->plan();
    PledgeRow row;
    row.pledgeId = m_current.pledgeId;
    int index = 0;
    int afterCurrent = -1;
    PledgeRow::Kind kind =
        plan.departments.isEmpty() ? PledgeRow::Kind::Item : PledgeRow::Kind::Department;
    for (const PledgeRow &r : plan.rows) {
        if (r.pledgeId != row.pledgeId)
            continue;
        ++index;
        kind = r.kind;
        if (r.id == m_current.rowId)
            afterCurrent = index;
    }
    row.kind = kind;
    static const QString markers = QStringLiteral("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳");
    if (kind == PledgeRow::Kind::Item && index < markers.size())
        row.marker = markers.at(index);
    RowDialog dialog(row, plan.departments, m_window);
    dialog.setFiscalYearStartMonth(plan.info.fiscalYearStartMonth);
    if (dialog.exec() != QDialog::Accepted)
        return;
    PledgeRow chosen = dialog.row();
    chosen.pledgeId = row.pledgeId;
    const QString department = chosen.departmentId ? QString() : dialog.departmentName();
    if (const qint64 id = Editing::addRow(*m_document, chosen, afterCurrent, department))
        emit selectRequested(id, chosen.pledgeId, 0);
}

void PlanActions::editCurrent()
{
    const Plan &plan = m_document->plan();
    if (const PledgeRow *row = plan.row(m_current.rowId)) {
        RowDialog dialog(*row, plan.departments, m_window);
        dialog.setFiscalYearStartMonth(plan.info.fiscalYearStartMonth);
        if (dialog.exec() != QDialog::Accepted)
            return;
        PledgeRow chosen = dialog.row();
        chosen.id = row->id;
        chosen.pledgeId = row->pledgeId;
        Editing::editRow(*m_document, chosen,
                         chosen.departmentId ? QString() : dialog.departmentName());
    } else if (const Pledge *pledge = plan.pledge(m_current.pledgeId)) {
        PledgeDialog dialog(*pledge, plan.chapters, m_window);
        dialog.setFiscalYearStartMonth(plan.info.fiscalYearStartMonth);
        if (dialog.exec() != QDialog::Accepted)
            return;
        Pledge chosen = dialog.pledge();
        chosen.id = pledge->id;
        if (Editing::editPledge(*m_document, chosen))
            emit selectRequested(0, chosen.id, chosen.chapterId);
    } else if (const Chapter *chapter = plan.chapter(m_current.chapterId)) {
        ChapterDialog dialog(*chapter, m_window);
        if (dialog.exec() != QDialog::Accepted)
            return;
        Chapter chosen = dialog.chapter();
        chosen.id = chapter->id;
        Editing::editChapter(*m_document, chosen);
    }
}

void PlanActions::deleteCurrent()
{
    const Plan &plan = m_document->plan();
    if (const PledgeRow *row = plan.row(m_current.rowId)) {
        const QString name = (row->marker + QLatin1Char(' ') + row->title).trimmed();
        if (confirm(
                tr("Delete the row \"%1\" with all its periods' plans, statuses and narratives? "
                   "Edit ▸ Undo brings it back.")
                    .arg(name.isEmpty() ? row->content.left(30) : name)))
            Editing::deleteRow(*m_document, row->id);
    } else if (const Pledge *pledge = plan.pledge(m_current.pledgeId)) {
        int rows = 0;
        for (const PledgeRow &r : plan.rows)
            rows += r.pledgeId == pledge->id;
        if (confirm(tr("Delete pledge %1 \"%2\" and its %n row(s)? Edit ▸ Undo brings it back.",
                       nullptr, rows)
                        .arg(pledge->number, pledge->title)))
            Editing::deletePledge(*m_document, pledge->id);
    } else if (const Chapter *chapter = plan.chapter(m_current.chapterId)) {
        int pledges = 0;
        for (const Pledge &p : plan.pledges)
            pledges += p.chapterId == chapter->id;
        if (confirm(tr("Delete chapter %1 \"%2\" and its %n pledge(s) with all their rows? "
                       "Edit ▸ Undo brings it back.",
                       nullptr, pledges)
                        .arg(chapter->number)
                        .arg(chapter->title)))
            Editing::deleteChapter(*m_document, chapter->id);
    }
}

void PlanActions::move(int direction)
{
    const Current current = m_current;
    bool moved = false;
    if (current.rowId)
        moved = Editing::moveRow(*m_document, current.rowId, direction);
    else if (current.pledgeId)
        moved = Editing::movePledge(*m_document, current.pledgeId, direction);
    else if (current.chapterId)
        moved = Editing::moveChapter(*m_document, current.chapterId, direction);
    if (moved)
        emit selectRequested(current.rowId, current.pledgeId, current.chapterId);
}

void PlanActions::openCellDialog(qint64 rowId, qint64 periodId)
{
    if (!m_document || !m_document->canEditPlan())
        return;
    const Plan &plan = m_document->plan();
    const PledgeRow *row = plan.row(rowId);
    const Period *period = plan.period(periodId);
    if (!row || !period)
        return;
    Cell previous;
    for (int i = 1; i < plan.periods.size(); ++i) {
        if (plan.periods.at(i).id == periodId)
            previous = plan.cell(rowId, plan.periods.at(i - 1).id);
    }
    const Pledge *pledge = plan.pledge(row->pledgeId);
    const QString heading =
        (pledge ? pledge->number + QLatin1Char(' ') + pledge->title : QString()) +
        QStringLiteral(" — ") + (row->marker + QLatin1Char(' ') + row->title).trimmed() +
        QStringLiteral(" — ") + period->label(japaneseLabels(), plan.info.fiscalYearStartMonth);
    CellDialog dialog(plan.cell(rowId, periodId), plan.periodScale, heading, previous, m_window);
    if (dialog.exec() == QDialog::Accepted)
        Editing::setCell(*m_document, rowId, periodId, dialog.cell());
}
