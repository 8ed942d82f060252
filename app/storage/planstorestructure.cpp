// PlanStore's statements for the plan's structure: chapters, pledges, rows, periods,
// departments and scale levels (the cells and the whole-plan reads are in planstore.cpp).
#include "planstore.h"
#include "sqlvalues.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace SqlValues;

namespace {

struct PartTable
{
    const char *table;
    const char *parentColumn; // nullptr for top-level parts
};

PartTable tableOf(PlanStore::Part part)
{
    switch (part) {
    case PlanStore::Part::Chapter:
        return {"chapters", nullptr};
    case PlanStore::Part::Pledge:
        return {"pledges", "chapter_id"};
    case PlanStore::Part::Row:
        return {"rows", "pledge_id"};
    case PlanStore::Part::Period:
        return {"periods", nullptr};
    }
    return {"", nullptr};
}

} // namespace

bool PlanStore::run(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_db);
    if (!prepare(q, sql))
        return false;
    for (const QVariant &v : values)
        q.addBindValue(v);
    return exec(q);
}

// Makes room at position among the part's siblings. Positions only order siblings, so gaps
// left by deletions are harmless.
bool PlanStore::shiftFrom(Part part, qint64 parentId, int position)
{
    const PartTable t = tableOf(part);
    if (!t.parentColumn)
        return run(QStringLiteral("UPDATE %1 SET position = position + 1 WHERE position >= ?")
                       .arg(QLatin1String(t.table)),
                   {position});
    return run(
        QStringLiteral("UPDATE %1 SET position = position + 1 WHERE %2 IS ? AND position >= ?")
            .arg(QLatin1String(t.table), QLatin1String(t.parentColumn)),
        {idOrNull(parentId), position});
}

int PlanStore::position(Part part, qint64 id)
{
    QSqlQuery q(m_db);
    if (!select(q,
                QStringLiteral("SELECT position FROM %1 WHERE id = ?")
                    .arg(QLatin1String(tableOf(part).table)),
                {id}) ||
        !q.next())
        return -1;
    return q.value(0).toInt();
}

int PlanStore::endPosition(Part part, qint64 parentId)
{
    const PartTable t = tableOf(part);
    QSqlQuery q(m_db);
    const QString sql =
        t.parentColumn
            ? QStringLiteral("SELECT coalesce(max(position), -1) + 1 FROM %1 WHERE %2 IS ?")
                  .arg(QLatin1String(t.table), QLatin1String(t.parentColumn))
            : QStringLiteral("SELECT coalesce(max(position), -1) + 1 FROM %1")
                  .arg(QLatin1String(t.table));
    if (!select(q, sql, t.parentColumn ? QVariantList{idOrNull(parentId)} : QVariantList{}) ||
        !q.next())
        return 0;
    return q.value(0).toInt();
}

bool PlanStore::setPosition(Part part, qint64 id, int position)
{
    return run(QStringLiteral("UPDATE %1 SET position = ? WHERE id = ?")
                   .arg(QLatin1String(tableOf(part).table)),
               {position, id});
}

qint64 PlanStore::nextId(Part part)
{
    QSqlQuery q(m_db);
    if (!select(q, QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM %1")
                       .arg(QLatin1String(tableOf(part).table))) ||
        !q.next())
        return 0;
    return q.value(0).toLongLong();
}

qint64 PlanStore::nextDepartmentId()
{
    QSqlQuery q(m_db);
    if (!select(q, QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM departments")) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

qint64 PlanStore::nextLevelId()
{
    QSqlQuery q(m_db);
    if (!select(q, QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM levels")) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

bool PlanStore::insertFragment(const Fragment &fragment)
{
    for (const auto &[c, position] : fragment.chapters) {
        if (!shiftFrom(Part::Chapter, 0, position) ||
            !run(QStringLiteral(
                     "INSERT INTO chapters (id, position, number, title) VALUES (?, ?, ?, ?)"),
                 {c.id, position, c.number, text(c.title)}))
            return false;
    }
    for (const auto &[p, position] : fragment.periods) {
        if (!shiftFrom(Part::Period, 0, position) ||
            !run(QStringLiteral("INSERT INTO periods (id, position, fiscal_year, kind, part,"
                                " first_month, last_month, report_date, custom_label)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {p.id, position, p.fiscalYear, int(p.kind), p.part, p.firstMonth, p.lastMonth,
                  dateOrNull(p.reportDate), text(p.customLabel)}))
            return false;
    }
    for (const auto &[p, position] : fragment.pledges) {
        if (!shiftFrom(Part::Pledge, p.chapterId, position) ||
            !run(QStringLiteral("INSERT INTO pledges (id, chapter_id, position, number, tag, title,"
                                " description, target_date_text, target_date)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {p.id, idOrNull(p.chapterId), position, text(p.number), text(p.tag), text(p.title),
                  text(p.description), text(p.targetDateText), dateOrNull(p.targetDate)}))
            return false;
    }
    for (const auto &[r, position] : fragment.rows) {
        if (!shiftFrom(Part::Row, r.pledgeId, position) ||
            !run(QStringLiteral("INSERT INTO rows (id, pledge_id, position, kind, marker, title,"
                                " content, department_id, target_date_text, target_date,"
                                " added_in_fiscal_year, after_completion_text, note)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {r.id, r.pledgeId, position, int(r.kind), text(r.marker), text(r.title),
                  text(r.content), idOrNull(r.departmentId), text(r.targetDateText),
                  dateOrNull(r.targetDate), r.addedInFiscalYear, text(r.afterCompletionText),
                  text(r.note)}))
            return false;
    }
    for (auto it = fragment.cells.cbegin(); it != fragment.cells.cend(); ++it) {
        const Cell &c = it.value();
        if (!c.isEmpty() &&
            !run(QStringLiteral("INSERT INTO cells (row_id, period_id, plan, level_id, narrative)"
                                " VALUES (?, ?, ?, ?, ?)"),
                 {it.key().first, it.key().second, text(c.plan), idOrNull(c.levelId),
                  text(c.narrative)}))
            return false;
    }
    for (auto it = fragment.yearCells.cbegin(); it != fragment.yearCells.cend(); ++it) {
        const YearCell &c = it.value();
        if (!c.isEmpty() &&
            !run(
                QStringLiteral("INSERT INTO year_cells (row_id, fiscal_year, goal, level_id, note)"
                               " VALUES (?, ?, ?, ?, ?)"),
                {it.key().first, it.key().second, text(c.goal), idOrNull(c.levelId), text(c.note)}))
            return false;
    }
    return true;
}

bool PlanStore::deletePart(Part part, qint64 id)
{
    // Foreign keys cascade to pledges, rows and cells; the history stays.
    return run(
        QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(QLatin1String(tableOf(part).table)),
        {id});
}

bool PlanStore::updateChapter(const Chapter &c)
{
    return run(QStringLiteral("UPDATE chapters SET number = ?, title = ? WHERE id = ?"),
               {c.number, text(c.title), c.id});
}

bool PlanStore::updatePledge(const Pledge &p)
{
    return run(QStringLiteral("UPDATE pledges SET number = ?, tag = ?, title = ?, description = ?,"
                              " target_date_text = ?, target_date = ? WHERE id = ?"),
               {text(p.number), text(p.tag), text(p.title), text(p.description),
                text(p.targetDateText), dateOrNull(p.targetDate), p.id});
}

bool PlanStore::updateRow(const PledgeRow &r)
{
    return run(QStringLiteral("UPDATE rows SET kind = ?, marker = ?, title = ?, content = ?,"
                              " department_id = ?, target_date_text = ?, target_date = ?,"
                              " added_in_fiscal_year = ?, after_completion_text = ?, note = ?"
                              " WHERE id = ?"),
               {int(r.kind), text(r.marker), text(r.title), text(r.content),
                idOrNull(r.departmentId), text(r.targetDateText), dateOrNull(r.targetDate),
                r.addedInFiscalYear, text(r.afterCompletionText), text(r.note), r.id});
}

bool PlanStore::placeChapter(qint64 chapterId, int position)
{
    return shiftFrom(Part::Chapter, 0, position) &&
           run(QStringLiteral("UPDATE chapters SET position = ? WHERE id = ?"),
               {position, chapterId});
}

bool PlanStore::placePledge(qint64 pledgeId, qint64 chapterId, int position)
{
    return shiftFrom(Part::Pledge, chapterId, position) &&
           run(QStringLiteral("UPDATE pledges SET chapter_id = ?, position = ? WHERE id = ?"),
               {idOrNull(chapterId), position, pledgeId});
}

bool PlanStore::placeRow(qint64 rowId, qint64 pledgeId, int position)
{
    return shiftFrom(Part::Row, pledgeId, position) &&
           run(QStringLiteral("UPDATE rows SET pledge_id = ?, position = ? WHERE id = ?"),
               {pledgeId, position, rowId});
}

bool PlanStore::writePeriods(const QList<Period> &periods)
{
    for (int i = 0; i < periods.size(); ++i) {
        const Period &p = periods.at(i);
        if (!run(QStringLiteral(
                     "INSERT INTO periods (id, position, fiscal_year, kind, part,"
                     " first_month, last_month, report_date, custom_label)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                     " position = excluded.position, fiscal_year = excluded.fiscal_year,"
                     " kind = excluded.kind, part = excluded.part,"
                     " first_month = excluded.first_month, last_month = excluded.last_month,"
                     " report_date = excluded.report_date,"
                     " custom_label = excluded.custom_label"),
                 {p.id, i, p.fiscalYear, int(p.kind), p.part, p.firstMonth, p.lastMonth,
                  dateOrNull(p.reportDate), text(p.customLabel)}))
            return false;
    }
    return true;
}

bool PlanStore::writeDepartments(const QList<Department> &departments)
{
    QStringList keep;
    for (const Department &d : departments)
        keep << QString::number(d.id);
    // Names are unique: park the kept ones under their ids first so a swap of two names works.
    if (!run(QStringLiteral("DELETE FROM departments WHERE id NOT IN (%1)")
                 .arg(keep.join(QLatin1Char(',')))) ||
        !run(QStringLiteral("UPDATE departments SET name = '#' || id")))
        return false;
    for (int i = 0; i < departments.size(); ++i) {
        const Department &d = departments.at(i);
        if (!run(QStringLiteral("INSERT INTO departments (id, position, name) VALUES (?, ?, ?)"
                                " ON CONFLICT (id) DO UPDATE SET position = excluded.position,"
                                " name = excluded.name"),
                 {d.id, i, text(d.name)}))
            return false;
    }
    return true;
}

int PlanStore::departmentUse(qint64 departmentId)
{
    QSqlQuery q(m_db);
    return select(q, QStringLiteral("SELECT count(*) FROM rows WHERE department_id = ?"),
                  {departmentId}) &&
                   q.next()
               ? q.value(0).toInt()
               : -1;
}

int PlanStore::levelUse(qint64 levelId)
{
    QSqlQuery q(m_db);
    return select(q,
                  QStringLiteral("SELECT (SELECT count(*) FROM cells WHERE level_id = ?) +"
                                 " (SELECT count(*) FROM year_cells WHERE level_id = ?)"),
                  {levelId, levelId}) &&
                   q.next()
               ? q.value(0).toInt()
               : -1;
}

bool PlanStore::writeScaleLevels(const StatusScale &scale)
{
    QStringList keep;
    for (const StatusLevel &l : scale.levels)
        keep << QString::number(l.id);
    if (!run(QStringLiteral("UPDATE scales SET name = ? WHERE id = ?"),
             {text(scale.name), scale.id}) ||
        !run(QStringLiteral("DELETE FROM levels WHERE scale_id = ? AND id NOT IN (%1)")
                 .arg(keep.join(QLatin1Char(','))),
             {scale.id}))
        return false;
    for (int i = 0; i < scale.levels.size(); ++i) {
        const StatusLevel &l = scale.levels.at(i);
        if (!run(QStringLiteral("INSERT INTO levels (id, scale_id, position, code, symbol, label,"
                                " description, color, achieved) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                " ON CONFLICT (id) DO UPDATE SET position = excluded.position,"
                                " code = excluded.code, symbol = excluded.symbol,"
                                " label = excluded.label, description = excluded.description,"
                                " color = excluded.color, achieved = excluded.achieved"),
                 {l.id, scale.id, i, text(l.code), text(l.symbol), text(l.label),
                  text(l.description), l.color.name(), l.achieved}))
            return false;
    }
    return true;
}
