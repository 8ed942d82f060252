#include "progressreport.h"

#include "domain/plan.h"
#include "reporttext.h"
#include "stats/chartdata.h"

#include <optional>

namespace {

using Lang = ReportOptions::Language;

ProgressReport::Mark markOf(const StatusScale &scale, qint64 levelId)
{
    const StatusLevel *level = scale.levelById(levelId);
    if (!level)
        return {};
    return {level->symbol, level->label, level->color};
}

// Which rows and pledges the report covers: the filter, and a Department sheet's department.
class Selection
{
public:
    Selection(const Plan &plan, const ReportOptions &options) : m_options(options)
    {
        if (options.filter && !options.filter->isEmpty())
            m_matcher.emplace(*options.filter, plan);
    }

    bool accepts(const PledgeRow &row) const
    {
        if (m_options.layout == ReportOptions::Layout::Department &&
            row.departmentId != m_options.departmentId)
            return false;
        return !m_matcher || m_matcher->matches(row);
    }
    bool acceptsPledgeWithoutRows(const Pledge &pledge) const
    {
        if (m_options.layout == ReportOptions::Layout::Department)
            return false;
        return !m_matcher || m_matcher->matchesPledgeWithoutRows(pledge);
    }
    std::function<bool(const PledgeRow &)> predicate() const
    {
        return [this](const PledgeRow &row) { return accepts(row); };
    }

private:
    const ReportOptions &m_options;
    std::optional<RowFilter::Matcher> m_matcher;
};

class Builder
{
public:
    Builder(const Plan &plan, const ReportOptions &options, ProgressReport &report)
        : m_plan(plan), m_options(options), m_lang(options.language), m_report(report),
          m_selection(plan, options)
    {
    }

    void run()
    {
        header();
        columns();
        body();
        flags();
        summary();
    }

private:
    void header();
    void columns();
    void body();
    ProgressReport::Row row(const PledgeRow &source, const Pledge &pledge) const;
    void flags();
    void summary();

    const Plan &m_plan;
    const ReportOptions &m_options;
    const Lang m_lang;
    ProgressReport &m_report;
    Selection m_selection;
};

void Builder::header()
{
    m_report.title = m_plan.info.title;
    m_report.organisation = m_plan.info.organisation;
    m_report.asOf = ReportText::asOfLabel(m_plan.info, m_lang);
    QStringList subtitle;
    if (m_options.layout == ReportOptions::Layout::Department) {
        const Department *d = m_plan.department(m_options.departmentId);
        // Department 0 is the rows no department is responsible for.
        subtitle << ReportText::text(ReportText::Key::DepartmentIs, m_lang)
                        .arg(d ? d->name : ReportText::text(ReportText::Key::NoDepartment, m_lang));
    }
    if (m_options.filter && !m_options.filter->isEmpty())
        subtitle << ReportText::text(ReportText::Key::Filtered, m_lang);
    m_report.subtitle = subtitle.join(QStringLiteral("  "));
    for (const StatusLevel &level : m_plan.periodScale.levels)
        m_report.legend.append({level.symbol, level.label, level.description, level.color});
}

void Builder::columns()
{
    for (const Period &period : m_plan.periods) {
        if (!m_options.periodIds.isEmpty() && !m_options.periodIds.contains(period.id))
            continue;
        m_report.periods.append(
            {period.id, period.fiscalYear, ReportText::periodLabel(period, m_plan.info, m_lang)});
        const int column = int(m_report.periods.size()) - 1;
        if (m_report.fiscalYears.isEmpty() ||
            m_report.fiscalYears.constLast().fiscalYear != period.fiscalYear) {
            m_report.fiscalYears.append(
                {period.fiscalYear, period.fiscalYearLabel(m_lang == Lang::Japanese), column, 0});
        }
        ++m_report.fiscalYears.last().columnCount;
    }
}

void Builder::body()
{
    QHash<qint64, int> chapterIndex; // chapter id → index in m_report.chapters
    for (const Chapter &c : m_plan.chapters) {
        chapterIndex.insert(c.id, int(m_report.chapters.size()));
        m_report.chapters.append({c.id, ReportText::chapterHeading(c.number, c.title, m_lang), {}});
    }
    QHash<qint64, QList<const PledgeRow *>> rowsOf;
    for (const PledgeRow &r : m_plan.rows)
        rowsOf[r.pledgeId].append(&r);

    for (const Pledge &p : m_plan.pledges) {
        ProgressReport::Pledge pledge{p.id, p.number, p.tag, p.title, {}};
        const QList<const PledgeRow *> rows = rowsOf.value(p.id);
        for (const PledgeRow *r : rows) {
            if (m_selection.accepts(*r))
                pledge.rows.append(row(*r, p));
        }
        if (pledge.rows.isEmpty() && !(rows.isEmpty() && m_selection.acceptsPledgeWithoutRows(p)))
            continue;
        if (!chapterIndex.contains(p.chapterId)) { // no chapter, or one the plan lacks
            chapterIndex.insert(p.chapterId, int(m_report.chapters.size()));
            m_report.chapters.append({0, QString(), {}});
        }
        m_report.chapters[chapterIndex.value(p.chapterId)].pledges.append(pledge);
    }
    m_report.chapters.removeIf(
        [](const ProgressReport::Chapter &c) { return c.pledges.isEmpty(); });
}

ProgressReport::Row Builder::row(const PledgeRow &source, const Pledge &pledge) const
{
    ProgressReport::Row row;
    row.rowId = source.id;
    row.marker = source.marker;
    row.title = source.title;
    row.content = source.content;
    if (const Department *d = m_plan.department(source.departmentId))
        row.department = d->name;
    row.targetDate =
        source.targetDateText.isEmpty() ? pledge.targetDateText : source.targetDateText;
    for (const ProgressReport::PeriodColumn &column : m_report.periods) {
        ProgressReport::Cell cell;
        if (source.addedInFiscalYear > column.fiscalYear) {
            cell.notApplicable = true;
        } else {
            const Cell c = m_plan.cell(source.id, column.periodId);
            cell.plan = m_options.includePlans ? c.plan : QString();
            cell.status = markOf(m_plan.periodScale, c.levelId);
            cell.narrative = m_options.includeNarratives ? c.narrative : QString();
        }
        row.cells.append(cell);
    }
    for (const ProgressReport::FiscalYearSpan &span : m_report.fiscalYears) {
        ProgressReport::Goal goal;
        if (m_options.includeAnnualGoals) {
            const YearCell y = m_plan.yearCell(source.id, span.fiscalYear);
            goal = {y.goal, markOf(m_plan.yearEndScaleOrPeriodScale(), y.levelId), y.note};
        }
        row.goals.append(goal);
    }
    return row;
}

void Builder::flags()
{
    // A column is printed when the plan uses it at all: Iruma has no plans, departments or
    // target dates, and an empty column would only take room from the texts.
    bool anyItem = false;
    for (const ProgressReport::Chapter &c : m_report.chapters) {
        for (const ProgressReport::Pledge &p : c.pledges) {
            for (const ProgressReport::Row &r : p.rows) {
                m_report.showDepartments |= !r.department.isEmpty();
                m_report.showTargetDates |= !r.targetDate.isEmpty();
                for (const ProgressReport::Goal &g : r.goals)
                    m_report.showGoals |= !g.isEmpty();
            }
        }
    }
    for (const PledgeRow &r : m_plan.rows) {
        if (m_selection.accepts(r))
            anyItem |= r.kind == PledgeRow::Kind::Item;
    }
    if (m_options.includePlans) {
        for (const Cell &c : m_plan.cells)
            m_report.showPlans |= !c.plan.isEmpty();
    }
    m_report.showNarratives = m_options.includeNarratives;
    m_report.itemRows = anyItem || m_report.rowCount() == 0;
    m_report.pledgeStyle =
        m_report.itemRows ? ProgressReport::PledgeStyle::Band : ProgressReport::PledgeStyle::Column;
}

void Builder::summary()
{
    ProgressReport::Summary &s = m_report.summary;
    const auto accepts = m_selection.predicate();
    for (const ProgressReport::PeriodColumn &column : m_report.periods) {
        s.periods.append({column.label, StatusCounts::forPeriod(m_plan, column.periodId, accepts)});
        if (s.periods.constLast().counts.none < s.periods.constLast().counts.total() ||
            s.breakdownPeriodId == 0) {
            s.breakdownPeriodId = column.periodId;
            s.breakdownPeriodLabel = column.label;
        }
    }
    if (s.breakdownPeriodId == 0)
        return;
    const ChartData chart(m_plan, accepts);
    if (!m_plan.chapters.isEmpty()) {
        for (const ChartData::Group &g :
             chart.breakdown(s.breakdownPeriodId, ChartData::By::Chapter))
            s.byChapter.append({g.key.isEmpty()
                                    ? ReportText::text(ReportText::Key::NoChapter, m_lang)
                                    : ReportText::chapterHeading(g.number, g.label, m_lang),
                                g.counts});
    }
    if (!m_plan.departments.isEmpty()) {
        const auto groups = chart.breakdown(s.breakdownPeriodId, ChartData::By::Department);
        for (const ChartData::Group &g : groups)
            s.byDepartment.append({g.key.isEmpty()
                                       ? ReportText::text(ReportText::Key::NoDepartment, m_lang)
                                       : g.label,
                                   g.counts});
    }
}

} // namespace

QString ProgressReport::Pledge::heading() const
{
    if (tag.isEmpty())
        return number.isEmpty() ? title : number + QLatin1Char(' ') + title;
    return number + QStringLiteral(":【") + tag + QStringLiteral("】 ") + title;
}

ProgressReport ProgressReport::build(const Plan &plan, const ReportOptions &options)
{
    ProgressReport report;
    report.options = options;
    Builder(plan, options, report).run();
    return report;
}

int ProgressReport::pledgeCount() const
{
    int n = 0;
    for (const Chapter &c : chapters)
        n += int(c.pledges.size());
    return n;
}

int ProgressReport::rowCount() const
{
    int n = 0;
    for (const Chapter &c : chapters) {
        for (const Pledge &p : c.pledges)
            n += int(p.rows.size());
    }
    return n;
}

QList<qint64> ProgressReport::rowIds() const
{
    QList<qint64> ids;
    for (const Chapter &c : chapters) {
        for (const Pledge &p : c.pledges) {
            for (const Row &r : p.rows)
                ids.append(r.rowId);
        }
    }
    return ids;
}
