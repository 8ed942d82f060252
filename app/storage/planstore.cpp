#include "planstore.h"
#include "sqlitestatement.h"
#include "sqlvalues.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <memory>

using namespace SqlValues;

namespace {

QString levelSymbol(const StatusScale &scale, qint64 levelId)
{
    const StatusLevel *level = scale.levelById(levelId);
    return level ? level->symbol : QString();
}

} // namespace

bool PlanStore::prepare(QSqlQuery &q, const QString &sql)
{
    if (q.prepare(sql))
        return true;
    m_error = q.lastError().text();
    return false;
}

bool PlanStore::exec(QSqlQuery &q)
{
    if (q.exec())
        return true;
    m_error = q.lastError().text();
    return false;
}

bool PlanStore::loadScale(qint64 scaleId, StatusScale *scale)
{
    QSqlQuery q(m_db);
    if (!prepare(q, QStringLiteral("SELECT name FROM scales WHERE id = ?")))
        return false;
    q.addBindValue(scaleId);
    if (!exec(q))
        return false;
    if (!q.next()) {
        m_error = tr("status scale %1 is missing").arg(scaleId);
        return false;
    }
    scale->id = scaleId;
    scale->name = q.value(0).toString();
    if (!prepare(q, QStringLiteral("SELECT id, code, symbol, label, description, color, achieved"
                                   " FROM levels WHERE scale_id = ? ORDER BY position")))
        return false;
    q.addBindValue(scaleId);
    if (!exec(q))
        return false;
    while (q.next()) {
        StatusLevel l;
        l.id = q.value(0).toLongLong();
        l.code = q.value(1).toString();
        l.symbol = q.value(2).toString();
        l.label = q.value(3).toString();
        l.description = q.value(4).toString();
        l.color = QColor(q.value(5).toString());
        l.achieved = q.value(6).toBool();
        scale->levels.append(l);
    }
    return true;
}

namespace {

// Column lists and the code that turns a result row into a domain value, shared by loading a
// plan and reading a fragment of it. Each list ends with the position column.
const QString kPeriodColumns = QStringLiteral(
    "id, fiscal_year, kind, part, first_month, last_month, report_date, custom_label, position");
const QString kChapterColumns = QStringLiteral("id, number, title, position");
const QString kPledgeColumns = QStringLiteral("id, chapter_id, number, tag, title, description,"
                                              " target_date_text, target_date, position");
const QString kRowColumns = QStringLiteral(
    "id, pledge_id, kind, marker, title, content, department_id, target_date_text, target_date,"
    " added_in_fiscal_year, after_completion_text, note, position");

Period periodFrom(const QSqlQuery &q)
{
    Period p;
    p.id = q.value(0).toLongLong();
    p.fiscalYear = q.value(1).toInt();
    p.kind = Period::Kind(q.value(2).toInt());
    p.part = q.value(3).toInt();
    p.firstMonth = q.value(4).toInt();
    p.lastMonth = q.value(5).toInt();
    p.reportDate = toDate(q.value(6));
    p.customLabel = q.value(7).toString();
    return p;
}

Chapter chapterFrom(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString()};
}

Pledge pledgeFrom(const QSqlQuery &q)
{
    Pledge p;
    p.id = q.value(0).toLongLong();
    p.chapterId = q.value(1).toLongLong();
    p.number = q.value(2).toString();
    p.tag = q.value(3).toString();
    p.title = q.value(4).toString();
    p.description = q.value(5).toString();
    p.targetDateText = q.value(6).toString();
    p.targetDate = toDate(q.value(7));
    return p;
}

PledgeRow rowFrom(const QSqlQuery &q)
{
    PledgeRow r;
    r.id = q.value(0).toLongLong();
    r.pledgeId = q.value(1).toLongLong();
    r.kind = PledgeRow::Kind(q.value(2).toInt());
    r.marker = q.value(3).toString();
    r.title = q.value(4).toString();
    r.content = q.value(5).toString();
    r.departmentId = q.value(6).toLongLong();
    r.targetDateText = q.value(7).toString();
    r.targetDate = toDate(q.value(8));
    r.addedInFiscalYear = q.value(9).toInt();
    r.afterCompletionText = q.value(10).toString();
    r.note = q.value(11).toString();
    return r;
}

} // namespace

bool PlanStore::select(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    q.setForwardOnly(true);
    if (!prepare(q, sql))
        return false;
    for (const QVariant &v : values)
        q.addBindValue(v);
    return exec(q);
}

bool PlanStore::load(Plan *plan, const ProgressCallback &progress)
{
    *plan = Plan();
    m_cancelled = false;
    QSqlQuery q(m_db);
    if (!select(q, QStringLiteral("SELECT title, organisation, as_of, fiscal_year_start_month,"
                                  " period_scale_id, year_end_scale_id FROM plan_info")))
        return false;
    if (!q.next()) {
        m_error = tr("the plan's header is missing");
        return false;
    }
    plan->info.title = q.value(0).toString();
    plan->info.organisation = q.value(1).toString();
    plan->info.asOf = toDate(q.value(2));
    plan->info.fiscalYearStartMonth = q.value(3).toInt();
    const qint64 periodScaleId = q.value(4).toLongLong();
    const qint64 yearEndScaleId = q.value(5).toLongLong();
    if (!loadScale(periodScaleId, &plan->periodScale))
        return false;
    plan->hasYearEndScale = yearEndScaleId != 0;
    if (plan->hasYearEndScale && !loadScale(yearEndScaleId, &plan->yearEndScale))
        return false;

    if (!select(q, QStringLiteral("SELECT %1 FROM periods ORDER BY position").arg(kPeriodColumns)))
        return false;
    while (q.next())
        plan->periods.append(periodFrom(q));
    if (!select(q, QStringLiteral("SELECT id, name FROM departments ORDER BY position")))
        return false;
    while (q.next())
        plan->departments.append({q.value(0).toLongLong(), q.value(1).toString()});
    if (!select(q,
                QStringLiteral("SELECT %1 FROM chapters ORDER BY position").arg(kChapterColumns)))
        return false;
    while (q.next())
        plan->chapters.append(chapterFrom(q));
    // Pledges without a chapter come first; chapters keep their own order.
    if (!select(q, QStringLiteral("SELECT %1 FROM pledges p ORDER BY coalesce((SELECT c.position"
                                  " FROM chapters c WHERE c.id = p.chapter_id), -1), p.position")
                       .arg(kPledgeColumns)))
        return false;
    while (q.next())
        plan->pledges.append(pledgeFrom(q));

    QHash<qint64, int> pledgeOrder;
    for (int i = 0; i < plan->pledges.size(); ++i)
        pledgeOrder.insert(plan->pledges.at(i).id, i);
    if (!select(
            q, QStringLiteral("SELECT %1 FROM rows ORDER BY pledge_id, position").arg(kRowColumns)))
        return false;
    while (q.next())
        plan->rows.append(rowFrom(q));
    std::stable_sort(plan->rows.begin(), plan->rows.end(),
                     [&](const PledgeRow &a, const PledgeRow &b) {
                         return pledgeOrder.value(a.pledgeId) < pledgeOrder.value(b.pledgeId);
                     });
    // The cells are nearly all of the time. Counting them first would read the whole table
    // once more, so the total is the most there can be: every row in every period.
    const qint64 mostCells = qint64(plan->rows.size()) * plan->periods.size();
    return readCells(QStringLiteral("1"), {}, &plan->cells, &plan->yearCells, progress,
                     mostCells) &&
           readDisabledChecks(&plan->disabledChecks);
}

// Cells and year cells of the rows the condition selects (a condition on "row_id").
bool PlanStore::readCells(const QString &rowCondition, const QVariantList &values,
                          QHash<CellKey, Cell> *cells, QHash<YearKey, YearCell> *yearCells,
                          const ProgressCallback &progress, qint64 total)
{
    constexpr qint64 kReportEvery = 2000; // about a hundred reports for the largest plans
    const auto goOn = [&](qint64 done) {
        if (!progress || progress(std::min(done, total), total))
            return true;
        m_cancelled = true;
        m_error = tr("cancelled");
        return false;
    };
    // The cells are nearly all of a plan: read through SQLite's own API (see SqliteStatement).
    const auto statement = [&](const QString &sql) {
        auto st = std::make_unique<SqliteStatement>(m_db, sql.arg(rowCondition));
        for (int i = 0; i < values.size(); ++i)
            st->bind(i + 1, values.at(i).toLongLong());
        return st;
    };
    const auto failed = [&](const SqliteStatement &st) {
        m_error = st.error();
        return false;
    };
    const auto cellRows = statement(
        QStringLiteral("SELECT row_id, period_id, plan, level_id, narrative FROM cells WHERE %1"));
    if (!cellRows->isValid())
        return failed(*cellRows);
    if (!goOn(0))
        return false;
    cells->reserve(cells->size() + total);
    qint64 read = 0;
    while (cellRows->next()) {
        cells->insert({cellRows->integer(0), cellRows->integer(1)},
                      Cell{cellRows->text(2), cellRows->integer(3), cellRows->text(4)});
        if (++read % kReportEvery == 0 && !goOn(read))
            return false;
    }
    if (!cellRows->error().isEmpty())
        return failed(*cellRows);
    if (!goOn(total))
        return false;
    if (!yearCells)
        return true;
    const auto yearRows = statement(QStringLiteral(
        "SELECT row_id, fiscal_year, goal, level_id, note FROM year_cells WHERE %1"));
    while (yearRows->next()) {
        yearCells->insert({yearRows->integer(0), int(yearRows->integer(1))},
                          YearCell{yearRows->text(2), yearRows->integer(3), yearRows->text(4)});
    }
    if (!yearRows->error().isEmpty())
        return failed(*yearRows);
    return true;
}

bool PlanStore::readFragment(Part part, qint64 id, Fragment *fragment)
{
    *fragment = Fragment();
    QSqlQuery q(m_db);
    const QVariantList idValue{id};
    QString rowCondition;
    switch (part) {
    case Part::Period:
        if (!select(q, QStringLiteral("SELECT %1 FROM periods WHERE id = ?").arg(kPeriodColumns),
                    idValue))
            return false;
        while (q.next())
            fragment->periods.append({periodFrom(q), q.value(8).toInt()});
        return readCells(QStringLiteral("period_id = ?"), idValue, &fragment->cells, nullptr);
    case Part::Chapter:
        if (!select(q, QStringLiteral("SELECT %1 FROM chapters WHERE id = ?").arg(kChapterColumns),
                    idValue))
            return false;
        while (q.next())
            fragment->chapters.append({chapterFrom(q), q.value(3).toInt()});
        if (!select(
                q,
                QStringLiteral("SELECT %1 FROM pledges WHERE chapter_id = ?").arg(kPledgeColumns),
                idValue))
            return false;
        rowCondition =
            QStringLiteral("row_id IN (SELECT r.id FROM rows r JOIN pledges p ON p.id = r.pledge_id"
                           " WHERE p.chapter_id = ?)");
        break;
    case Part::Pledge:
        if (!select(q, QStringLiteral("SELECT %1 FROM pledges WHERE id = ?").arg(kPledgeColumns),
                    idValue))
            return false;
        rowCondition = QStringLiteral("row_id IN (SELECT id FROM rows WHERE pledge_id = ?)");
        break;
    case Part::Row:
        rowCondition = QStringLiteral("row_id = ?");
        break;
    }
    if (part != Part::Row) {
        while (q.next())
            fragment->pledges.append({pledgeFrom(q), q.value(8).toInt()});
    }
    for (const auto &pledge : QList(fragment->pledges)) {
        if (!select(q, QStringLiteral("SELECT %1 FROM rows WHERE pledge_id = ?").arg(kRowColumns),
                    {pledge.item.id}))
            return false;
        while (q.next())
            fragment->rows.append({rowFrom(q), q.value(12).toInt()});
    }
    if (part == Part::Row) {
        if (!select(q, QStringLiteral("SELECT %1 FROM rows WHERE id = ?").arg(kRowColumns),
                    idValue))
            return false;
        while (q.next())
            fragment->rows.append({rowFrom(q), q.value(12).toInt()});
    }
    if (fragment->chapters.isEmpty() && fragment->pledges.isEmpty() && fragment->rows.isEmpty()) {
        m_error = tr("part %1 of the plan no longer exists").arg(id);
        return false;
    }
    return readCells(rowCondition, idValue, &fragment->cells, &fragment->yearCells);
}

namespace {
// The id an inserted part is given: its own when kept (a lossless import), else NULL, which
// lets SQLite number it.
QVariant givenId(qint64 id, PlanStore::Ids ids)
{
    return ids == PlanStore::Ids::Keep ? idOrNull(id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

bool PlanStore::insertScale(StatusScale *scale, Ids ids)
{
    QSqlQuery q(m_db);
    if (!prepare(q, QStringLiteral("INSERT INTO scales (id, name) VALUES (?, ?)")))
        return false;
    q.addBindValue(givenId(scale->id, ids));
    q.addBindValue(text(scale->name));
    if (!exec(q))
        return false;
    scale->id = q.lastInsertId().toLongLong();
    if (!prepare(
            q, QStringLiteral("INSERT INTO levels (id, scale_id, position, code, symbol, label,"
                              " description, color, achieved) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return false;
    for (int i = 0; i < scale->levels.size(); ++i) {
        StatusLevel &l = scale->levels[i];
        q.addBindValue(givenId(l.id, ids));
        q.addBindValue(scale->id);
        q.addBindValue(i);
        q.addBindValue(text(l.code));
        q.addBindValue(text(l.symbol));
        q.addBindValue(text(l.label));
        q.addBindValue(text(l.description));
        q.addBindValue(l.color.name());
        q.addBindValue(l.achieved);
        if (!exec(q))
            return false;
        l.id = q.lastInsertId().toLongLong();
    }
    return true;
}

namespace {
// Maps the level ids of an unsaved scale (positions or stale ids) to the ids just written.
QHash<qint64, qint64> levelIdMap(const StatusScale &before, const StatusScale &after)
{
    QHash<qint64, qint64> map;
    for (int i = 0; i < before.levels.size(); ++i)
        map.insert(before.levels.at(i).id, after.levels.at(i).id);
    return map;
}
} // namespace

// Ids in the incoming plan only need to be unique within it; unless kept, they are replaced by
// the ids the database gives, and every reference is rewritten.
bool PlanStore::insertPlan(Plan *plan, Ids ids)
{
    const StatusScale oldPeriodScale = plan->periodScale;
    const StatusScale oldYearEndScale = plan->yearEndScale;
    if (!insertScale(&plan->periodScale, ids))
        return false;
    if (plan->hasYearEndScale && !insertScale(&plan->yearEndScale, ids))
        return false;
    const QHash<qint64, qint64> periodLevels = levelIdMap(oldPeriodScale, plan->periodScale);
    const QHash<qint64, qint64> yearLevels =
        plan->hasYearEndScale ? levelIdMap(oldYearEndScale, plan->yearEndScale) : periodLevels;

    QSqlQuery q(m_db);
    if (!prepare(q, QStringLiteral("INSERT INTO plan_info (id, title, organisation, as_of,"
                                   " fiscal_year_start_month, period_scale_id, year_end_scale_id)"
                                   " VALUES (1, ?, ?, ?, ?, ?, ?)")))
        return false;
    q.addBindValue(text(plan->info.title));
    q.addBindValue(text(plan->info.organisation));
    q.addBindValue(dateOrNull(plan->info.asOf));
    q.addBindValue(plan->info.fiscalYearStartMonth);
    q.addBindValue(plan->periodScale.id);
    q.addBindValue(idOrNull(plan->hasYearEndScale ? plan->yearEndScale.id : 0));
    if (!exec(q))
        return false;

    QHash<qint64, qint64> periodIds, departmentIds, chapterIds, pledgeIds, rowIds;
    if (!prepare(q, QStringLiteral("INSERT INTO periods (id, position, fiscal_year, kind,"
                                   " part, first_month, last_month, report_date, custom_label)"
                                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return false;
    for (int i = 0; i < plan->periods.size(); ++i) {
        Period &p = plan->periods[i];
        for (const QVariant &v :
             {givenId(p.id, ids), QVariant(i), QVariant(p.fiscalYear), QVariant(int(p.kind)),
              QVariant(p.part), QVariant(p.firstMonth), QVariant(p.lastMonth),
              dateOrNull(p.reportDate), text(p.customLabel)})
            q.addBindValue(v);
        if (!exec(q))
            return false;
        const qint64 id = q.lastInsertId().toLongLong();
        periodIds.insert(p.id, id);
        p.id = id;
    }
    if (!prepare(q,
                 QStringLiteral("INSERT INTO departments (id, position, name) VALUES (?, ?, ?)")))
        return false;
    for (int i = 0; i < plan->departments.size(); ++i) {
        Department &d = plan->departments[i];
        q.addBindValue(givenId(d.id, ids));
        q.addBindValue(i);
        q.addBindValue(text(d.name));
        if (!exec(q))
            return false;
        const qint64 id = q.lastInsertId().toLongLong();
        departmentIds.insert(d.id, id);
        d.id = id;
    }
    if (!prepare(q, QStringLiteral(
                        "INSERT INTO chapters (id, position, number, title) VALUES (?, ?, ?, ?)")))
        return false;
    for (int i = 0; i < plan->chapters.size(); ++i) {
        Chapter &c = plan->chapters[i];
        q.addBindValue(givenId(c.id, ids));
        q.addBindValue(i);
        q.addBindValue(c.number);
        q.addBindValue(text(c.title));
        if (!exec(q))
            return false;
        const qint64 id = q.lastInsertId().toLongLong();
        chapterIds.insert(c.id, id);
        c.id = id;
    }
    if (!prepare(q, QStringLiteral("INSERT INTO pledges (id, chapter_id, position, number, tag,"
                                   " title, description, target_date_text, target_date)"
                                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return false;
    for (int i = 0; i < plan->pledges.size(); ++i) {
        Pledge &p = plan->pledges[i];
        p.chapterId = p.chapterId ? chapterIds.value(p.chapterId) : 0;
        for (const QVariant &v :
             {givenId(p.id, ids), idOrNull(p.chapterId), QVariant(i), text(p.number), text(p.tag),
              text(p.title), text(p.description), text(p.targetDateText), dateOrNull(p.targetDate)})
            q.addBindValue(v);
        if (!exec(q))
            return false;
        const qint64 id = q.lastInsertId().toLongLong();
        pledgeIds.insert(p.id, id);
        p.id = id;
    }
    if (!prepare(q, QStringLiteral("INSERT INTO rows (id, pledge_id, position, kind, marker,"
                                   " title, content, department_id, target_date_text, target_date,"
                                   " added_in_fiscal_year, after_completion_text, note)"
                                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return false;
    for (int i = 0; i < plan->rows.size(); ++i) {
        PledgeRow &r = plan->rows[i];
        r.pledgeId = pledgeIds.value(r.pledgeId);
        r.departmentId = r.departmentId ? departmentIds.value(r.departmentId) : 0;
        for (const QVariant &v :
             {givenId(r.id, ids), QVariant(r.pledgeId), QVariant(i), QVariant(int(r.kind)),
              text(r.marker), text(r.title), text(r.content), idOrNull(r.departmentId),
              text(r.targetDateText), dateOrNull(r.targetDate), QVariant(r.addedInFiscalYear),
              text(r.afterCompletionText), text(r.note)})
            q.addBindValue(v);
        if (!exec(q))
            return false;
        const qint64 id = q.lastInsertId().toLongLong();
        rowIds.insert(r.id, id);
        r.id = id;
    }

    QHash<CellKey, Cell> cells;
    if (!prepare(q,
                 QStringLiteral("INSERT INTO cells (row_id, period_id, plan, level_id, narrative)"
                                " VALUES (?, ?, ?, ?, ?)")))
        return false;
    for (auto it = plan->cells.cbegin(); it != plan->cells.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        Cell cell = it.value();
        cell.levelId = cell.levelId ? periodLevels.value(cell.levelId) : 0;
        const CellKey key{rowIds.value(it.key().first), periodIds.value(it.key().second)};
        for (const QVariant &v : {QVariant(key.first), QVariant(key.second), text(cell.plan),
                                  idOrNull(cell.levelId), text(cell.narrative)})
            q.addBindValue(v);
        if (!exec(q))
            return false;
        cells.insert(key, cell);
    }
    plan->cells = cells;

    QHash<YearKey, YearCell> yearCells;
    if (!prepare(q, QStringLiteral("INSERT INTO year_cells (row_id, fiscal_year, goal, level_id,"
                                   " note) VALUES (?, ?, ?, ?, ?)")))
        return false;
    for (auto it = plan->yearCells.cbegin(); it != plan->yearCells.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        YearCell cell = it.value();
        cell.levelId = cell.levelId ? yearLevels.value(cell.levelId) : 0;
        const YearKey key{rowIds.value(it.key().first), it.key().second};
        for (const QVariant &v : {QVariant(key.first), QVariant(key.second), text(cell.goal),
                                  idOrNull(cell.levelId), text(cell.note)})
            q.addBindValue(v);
        if (!exec(q))
            return false;
        yearCells.insert(key, cell);
    }
    plan->yearCells = yearCells;
    return writeDisabledChecks(plan->disabledChecks);
}

bool PlanStore::writeInfo(const PlanInfo &info)
{
    QSqlQuery q(m_db);
    if (!prepare(q, QStringLiteral("UPDATE plan_info SET title = ?, organisation = ?, as_of = ?,"
                                   " fiscal_year_start_month = ? WHERE id = 1")))
        return false;
    q.addBindValue(text(info.title));
    q.addBindValue(text(info.organisation));
    q.addBindValue(dateOrNull(info.asOf));
    q.addBindValue(info.fiscalYearStartMonth);
    return exec(q);
}

bool PlanStore::writeCell(qint64 rowId, qint64 periodId, const Cell &oldCell, const Cell &newCell,
                          const StatusScale &scale, const QString &user, const QString &source)
{
    QSqlQuery q(m_db);
    if (newCell.isEmpty()) {
        if (!prepare(q, QStringLiteral("DELETE FROM cells WHERE row_id = ? AND period_id = ?")))
            return false;
        q.addBindValue(rowId);
        q.addBindValue(periodId);
    } else {
        if (!prepare(q, QStringLiteral("INSERT OR REPLACE INTO cells (row_id, period_id, plan,"
                                       " level_id, narrative) VALUES (?, ?, ?, ?, ?)")))
            return false;
        q.addBindValue(rowId);
        q.addBindValue(periodId);
        q.addBindValue(text(newCell.plan));
        q.addBindValue(idOrNull(newCell.levelId));
        q.addBindValue(text(newCell.narrative));
    }
    if (!exec(q))
        return false;

    HistoryEntry entry;
    entry.rowId = rowId;
    entry.periodId = periodId;
    entry.at = QDateTime::currentDateTimeUtc();
    entry.user = user;
    entry.source = source;
    const struct
    {
        const char *field;
        QString oldValue, newValue;
    } fields[] = {
        {"plan", oldCell.plan, newCell.plan},
        {"status", levelSymbol(scale, oldCell.levelId), levelSymbol(scale, newCell.levelId)},
        {"narrative", oldCell.narrative, newCell.narrative},
    };
    for (const auto &f : fields) {
        if (f.oldValue == f.newValue)
            continue;
        entry.field = QString::fromLatin1(f.field);
        entry.oldValue = f.oldValue;
        entry.newValue = f.newValue;
        if (!insertHistory(entry))
            return false;
    }
    return true;
}

bool PlanStore::insertHistory(const HistoryEntry &entry)
{
    QSqlQuery q(m_db);
    if (!prepare(q, QStringLiteral("INSERT INTO history (id, row_id, period_id, field,"
                                   " old_value, new_value, changed_at, changed_by, source)"
                                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return false;
    for (const QVariant &v : {idOrNull(entry.id), QVariant(entry.rowId), QVariant(entry.periodId),
                              text(entry.field), text(entry.oldValue), text(entry.newValue),
                              QVariant(entry.at.toUTC().toString(Qt::ISODateWithMs)),
                              text(entry.user), text(entry.source)})
        q.addBindValue(v);
    return exec(q);
}

QList<HistoryEntry> PlanStore::history(qint64 rowId, qint64 periodId)
{
    return readHistory(QStringLiteral(" WHERE row_id = ? AND period_id = ?"), {rowId, periodId});
}

QList<HistoryEntry> PlanStore::allHistory()
{
    return readHistory(QString(), {});
}

QList<HistoryEntry> PlanStore::readHistory(const QString &condition, const QVariantList &values)
{
    QList<HistoryEntry> entries;
    QSqlQuery q(m_db);
    if (!select(q,
                QStringLiteral("SELECT id, row_id, period_id, field, old_value, new_value,"
                               " changed_at, changed_by, source FROM history") +
                    condition + QStringLiteral(" ORDER BY id"),
                values))
        return entries;
    while (q.next()) {
        HistoryEntry e;
        e.id = q.value(0).toLongLong();
        e.rowId = q.value(1).toLongLong();
        e.periodId = q.value(2).toLongLong();
        e.field = q.value(3).toString();
        e.oldValue = q.value(4).toString();
        e.newValue = q.value(5).toString();
        e.at = toTime(q.value(6));
        e.user = q.value(7).toString();
        e.source = q.value(8).toString();
        entries.append(e);
    }
    return entries;
}

bool PlanStore::writeYearCell(qint64 rowId, int fiscalYear, const YearCell &cell)
{
    QSqlQuery q(m_db);
    if (cell.isEmpty()) {
        if (!prepare(q,
                     QStringLiteral("DELETE FROM year_cells WHERE row_id = ? AND fiscal_year = ?")))
            return false;
        q.addBindValue(rowId);
        q.addBindValue(fiscalYear);
    } else {
        if (!prepare(q, QStringLiteral("INSERT OR REPLACE INTO year_cells (row_id, fiscal_year,"
                                       " goal, level_id, note) VALUES (?, ?, ?, ?, ?)")))
            return false;
        q.addBindValue(rowId);
        q.addBindValue(fiscalYear);
        q.addBindValue(text(cell.goal));
        q.addBindValue(idOrNull(cell.levelId));
        q.addBindValue(text(cell.note));
    }
    return exec(q);
}
