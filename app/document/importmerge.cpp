#include "importmerge.h"

namespace {

bool samePeriod(const Period &a, const Period &b)
{
    return a.fiscalYear == b.fiscalYear && a.kind == b.kind && a.part == b.part &&
           a.firstMonth == b.firstMonth && a.lastMonth == b.lastMonth &&
           a.reportDate == b.reportDate;
}

} // namespace

std::optional<ImportMerge::Result> ImportMerge::merge(const Plan &target, const Plan &imported,
                                                      NextIds next, Positions positions,
                                                      QString *error)
{
    Result result;
    Fragment &f = result.fragment;

    QHash<qint64, qint64> levels;
    for (const StatusLevel &l : imported.periodScale.levels) {
        const StatusLevel *match = target.periodScale.levelByCode(l.code);
        if (!match)
            match = target.periodScale.levelByCode(l.symbol);
        levels.insert(l.id, match ? match->id : 0);
    }
    QHash<qint64, qint64> periods;
    for (const Period &p : imported.periods) {
        const auto it = std::find_if(target.periods.cbegin(), target.periods.cend(),
                                     [&](const Period &t) { return samePeriod(t, p); });
        if (it != target.periods.cend()) {
            periods.insert(p.id, it->id);
            continue;
        }
        Period added = p;
        added.id = next.period++;
        f.periods.append({added, positions.period++});
        result.periodIds.append(added.id);
        periods.insert(p.id, added.id);
    }
    result.departments = target.departments;
    QHash<qint64, qint64> departments;
    for (const Department &d : imported.departments) {
        const auto it = std::find_if(result.departments.cbegin(), result.departments.cend(),
                                     [&](const Department &t) { return t.name == d.name; });
        if (it != result.departments.cend()) {
            departments.insert(d.id, it->id);
            continue;
        }
        const Department added{next.department++, d.name};
        result.departments.append(added);
        departments.insert(d.id, added.id);
    }
    QHash<qint64, qint64> chapters;
    for (const Chapter &c : imported.chapters) {
        Chapter added = c;
        added.id = next.chapter++;
        chapters.insert(c.id, added.id);
        f.chapters.append({added, positions.chapter++});
        result.chapterIds.append(added.id);
    }
    QHash<qint64, qint64> pledges;
    QHash<qint64, int> pledgePositions; // per new parent chapter
    for (const Pledge &p : imported.pledges) {
        Pledge added = p;
        added.id = next.pledge++;
        added.chapterId = chapters.value(p.chapterId);
        pledges.insert(p.id, added.id);
        const int position =
            added.chapterId ? pledgePositions[added.chapterId]++ : positions.topPledge++;
        f.pledges.append({added, position});
        if (!added.chapterId)
            result.topPledgeIds.append(added.id);
    }
    QHash<qint64, int> rowPositions;
    for (const PledgeRow &r : imported.rows) {
        PledgeRow added = r;
        added.id = next.row++;
        added.pledgeId = pledges.value(r.pledgeId);
        added.departmentId = departments.value(r.departmentId);
        f.rows.append({added, rowPositions[added.pledgeId]++});
        for (const Period &p : imported.periods) {
            Cell cell = imported.cell(r.id, p.id);
            if (cell.isEmpty())
                continue;
            if (cell.levelId) {
                const qint64 level = levels.value(cell.levelId);
                if (!level) {
                    const StatusLevel *l = imported.periodScale.levelById(cell.levelId);
                    *error = tr("The plan's scale (%1) has no level \"%2\", which the import uses "
                                "for pledge %3 %4. Add the level to the scale (Plan ▸ Status "
                                "Scale), or import into a new plan.")
                                 .arg(target.periodScale.name, l ? l->code : QString(),
                                      imported.pledge(r.pledgeId)->number, r.marker + r.title);
                    return std::nullopt;
                }
                cell.levelId = level;
            }
            f.cells.insert({added.id, periods.value(p.id)}, cell);
        }
        for (auto it = imported.yearCells.cbegin(); it != imported.yearCells.cend(); ++it) {
            if (it.key().first != r.id)
                continue;
            YearCell cell = it.value();
            if (cell.levelId) {
                const StatusLevel *l = imported.yearEndScaleOrPeriodScale().levelById(cell.levelId);
                const StatusLevel *match =
                    l ? target.yearEndScaleOrPeriodScale().levelByCode(l->code) : nullptr;
                if (!match) {
                    *error = tr("The plan's year-end scale has no level \"%1\", which the import "
                                "uses for pledge %2 %3.")
                                 .arg(l ? l->code : QString(), imported.pledge(r.pledgeId)->number,
                                      r.marker + r.title);
                    return std::nullopt;
                }
                cell.levelId = match->id;
            }
            f.yearCells.insert({added.id, it.key().second}, cell);
        }
    }
    return result;
}
