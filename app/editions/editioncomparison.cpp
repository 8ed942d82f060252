#include "editioncomparison.h"

#include <QSet>

namespace {

using Field = EditionComparison::Field;

// A level's place in its scale, best first; -1 for no status.
int rank(const StatusScale &scale, qint64 levelId)
{
    for (int i = 0; i < scale.levels.size(); ++i) {
        if (scale.levels.at(i).id == levelId)
            return i;
    }
    return -1;
}

QString departmentName(const Plan &plan, qint64 departmentId)
{
    const Department *department = plan.department(departmentId);
    return department ? department->name : QString();
}

// Compares with a scale each side: levels are matched by id, and a level's direction is read
// from its place in its own plan's scale, so reordering a scale does not invent changes.
class Comparer
{
public:
    Comparer(const Plan &before, const Plan &after, EditionComparison *result)
        : m_before(before), m_after(after), m_result(result)
    {
    }

    void run()
    {
        QSet<qint64> beforePeriods, afterPeriods;
        for (const Period &p : m_before.periods)
            beforePeriods.insert(p.id);
        for (const Period &p : m_after.periods) {
            afterPeriods.insert(p.id);
            if (beforePeriods.contains(p.id))
                m_commonPeriods.append(p.id);
            else
                m_result->newPeriods.append(p.id);
        }
        for (const Period &p : m_before.periods) {
            if (!afterPeriods.contains(p.id))
                m_result->removedPeriods.append(p.id);
        }
        const QList<int> beforeYears = m_before.fiscalYears();
        for (int year : m_after.fiscalYears()) {
            if (beforeYears.contains(year))
                m_commonYears.append(year);
        }
        // Plans find parts by a linear search; a large plan is compared through indexes.
        QHash<qint64, const Pledge *> beforePledges;
        for (const Pledge &p : m_before.pledges)
            beforePledges.insert(p.id, &p);
        QHash<qint64, const PledgeRow *> beforeRows;
        for (const PledgeRow &r : m_before.rows)
            beforeRows.insert(r.id, &r);
        for (const Pledge &p : m_after.pledges) {
            if (const Pledge *old = beforePledges.value(p.id))
                comparePledge(*old, p);
        }
        QSet<qint64> afterRows;
        for (const PledgeRow &r : m_after.rows) {
            afterRows.insert(r.id);
            if (const PledgeRow *old = beforeRows.value(r.id))
                compareRow(*old, r);
            else
                m_result->newRows.append(r.id);
        }
        for (const PledgeRow &r : m_before.rows) {
            if (!afterRows.contains(r.id))
                m_result->removedRows.append(r.id);
        }
    }

private:
    void text(Field field, const QString &before, const QString &after, qint64 pledgeId,
              qint64 rowId = 0, qint64 periodId = 0, int fiscalYear = 0)
    {
        if (before != after)
            m_result->textChanges.append(
                {field, pledgeId, rowId, periodId, fiscalYear, before, after});
    }

    void status(const StatusScale &beforeScale, const StatusScale &afterScale, qint64 rowId,
                qint64 periodId, int fiscalYear, qint64 beforeLevel, qint64 afterLevel)
    {
        if (beforeLevel == afterLevel)
            return;
        using Direction = EditionComparison::Direction;
        Direction direction;
        if (beforeLevel == 0)
            direction = Direction::Given;
        else if (afterLevel == 0)
            direction = Direction::Cleared;
        else
            direction = rank(afterScale, afterLevel) < rank(beforeScale, beforeLevel)
                            ? Direction::Up
                            : Direction::Down;
        m_result->statusChanges.append(
            {rowId, periodId, fiscalYear, beforeLevel, afterLevel, direction});
    }

    void comparePledge(const Pledge &b, const Pledge &a)
    {
        text(Field::PledgeNumber, b.number, a.number, a.id);
        text(Field::PledgeTag, b.tag, a.tag, a.id);
        text(Field::PledgeTitle, b.title, a.title, a.id);
        text(Field::PledgeDescription, b.description, a.description, a.id);
        text(Field::PledgeTargetDate, b.targetDateText, a.targetDateText, a.id);
    }

    void compareRow(const PledgeRow &b, const PledgeRow &a)
    {
        const qint64 p = a.pledgeId;
        text(Field::Marker, b.marker, a.marker, p, a.id);
        text(Field::Title, b.title, a.title, p, a.id);
        text(Field::Content, b.content, a.content, p, a.id);
        text(Field::Department, departmentName(m_before, b.departmentId),
             departmentName(m_after, a.departmentId), p, a.id);
        text(Field::TargetDate, b.targetDateText, a.targetDateText, p, a.id);
        text(Field::AfterCompletion, b.afterCompletionText, a.afterCompletionText, p, a.id);
        text(Field::Note, b.note, a.note, p, a.id);
        for (const qint64 period : std::as_const(m_commonPeriods)) {
            const Cell before = m_before.cell(a.id, period);
            const Cell after = m_after.cell(a.id, period);
            status(m_before.periodScale, m_after.periodScale, a.id, period, 0, before.levelId,
                   after.levelId);
            text(Field::Plan, before.plan, after.plan, p, a.id, period);
            text(Field::Narrative, before.narrative, after.narrative, p, a.id, period);
        }
        for (const int year : std::as_const(m_commonYears)) {
            const YearCell before = m_before.yearCell(a.id, year);
            const YearCell after = m_after.yearCell(a.id, year);
            status(m_before.yearEndScaleOrPeriodScale(), m_after.yearEndScaleOrPeriodScale(), a.id,
                   0, year, before.levelId, after.levelId);
            text(Field::AnnualGoal, before.goal, after.goal, p, a.id, 0, year);
            text(Field::YearEndNote, before.note, after.note, p, a.id, 0, year);
        }
    }

    const Plan &m_before;
    const Plan &m_after;
    EditionComparison *m_result;
    QList<qint64> m_commonPeriods; // in the after plan's order
    QList<int> m_commonYears;
};

} // namespace

EditionComparison EditionComparison::compare(const Plan &before, const Plan &after)
{
    EditionComparison result;
    Comparer(before, after, &result).run();
    return result;
}

bool EditionComparison::isEmpty() const
{
    return statusChanges.isEmpty() && newRows.isEmpty() && removedRows.isEmpty() &&
           newPeriods.isEmpty() && removedPeriods.isEmpty() && textChanges.isEmpty();
}

QList<EditionComparison::StatusChange> EditionComparison::withDirection(Direction direction) const
{
    QList<StatusChange> matching;
    for (const StatusChange &c : statusChanges) {
        if (c.direction == direction)
            matching.append(c);
    }
    return matching;
}
