#include "changesreport.h"

#include "report/reporttext.h"

#include <QHash>

#include <iterator>

namespace {

using Field = EditionComparison::Field;
using Group = ChangesReport::Group;
using Language = ReportOptions::Language;

struct Words
{
    const char *english;
    const char *japanese;
};

// English and Japanese side by side, like ReportText: the sheet may be printed in Japanese
// from an editor running in English.
constexpr Words kGroups[] = {
    {"Status went up", "評価が上がったもの"},
    {"Status went down", "評価が下がったもの"},
    {"Status given", "評価が付いたもの"},
    {"Status removed", "評価が外れたもの"},
    {"New rows", "追加された行"},
    {"Removed rows", "削除された行"},
    {"New periods", "追加された期間"},
    {"Removed periods", "削除された期間"},
    {"Changed texts", "変更された記述"},
};
static_assert(std::size(kGroups) == size_t(Group::Texts) + 1, "a name for every group");

constexpr Words kFields[] = {
    {"Plan", "計画"},
    {"Progress", "取組状況"},
    {"Annual goal", "年度目標"},
    {"Year-end note", "年度末評価の備考"},
    {"Marker", "番号"},
    {"Title", "項目"},
    {"Content", "内容"},
    {"Department", "所管課等"},
    {"Target date", "目標期日"},
    {"After completion", "達成後の表示"},
    {"Note", "備考"},
    {"Pledge number", "公約番号"},
    {"Pledge tag", "公約の分野"},
    {"Pledge title", "公約"},
    {"Pledge description", "公約の説明"},
    {"Pledge target date", "公約の目標期日"},
};
static_assert(std::size(kFields) == size_t(Field::PledgeTargetDate) + 1, "a name for every field");

QString say(const Words &words, Language language)
{
    return QString::fromUtf8(language == Language::Japanese ? words.japanese : words.english);
}

QString say(const char *english, const char *japanese, Language language)
{
    return say(Words{english, japanese}, language);
}

QString shortened(const QString &text, int length)
{
    const QString line = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    return line.size() > length ? line.left(length - 1) + QStringLiteral("…") : line;
}

// Names rows, pledges, periods and levels in one plan, in the report's language.
class Namer
{
public:
    Namer(const Plan &plan, Language language) : m_plan(plan), m_language(language)
    {
        for (const Pledge &p : plan.pledges)
            m_pledges.insert(p.id, &p);
        for (const PledgeRow &r : plan.rows)
            m_rows.insert(r.id, &r);
    }

    QString pledgeNumber(qint64 pledgeId) const
    {
        const Pledge *pledge = m_pledges.value(pledgeId);
        return ReportText::text(ReportText::Key::Number, m_language) +
               (pledge ? pledge->number : QString());
    }
    // "NO.3 【デジタル】 電子申請の拡充"
    QString pledge(qint64 pledgeId) const
    {
        const Pledge *pledge = m_pledges.value(pledgeId);
        if (!pledge)
            return pledgeNumber(pledgeId);
        const QString tag =
            pledge->tag.isEmpty() ? QString() : QStringLiteral("【%1】").arg(pledge->tag);
        return (pledgeNumber(pledgeId) + QLatin1Char(' ') + tag + shortened(pledge->title, 40))
            .trimmed();
    }
    // "NO.3 ② 制度周知", or the first words of the content, with a department row's department.
    QString row(qint64 rowId) const
    {
        const PledgeRow *row = m_rows.value(rowId);
        if (!row)
            return QString::number(rowId);
        QString about = row->title.isEmpty() ? shortened(row->content, 30) : row->title;
        about = (row->marker + QLatin1Char(' ') + about).trimmed();
        const Department *department = m_plan.department(row->departmentId);
        if (row->kind == PledgeRow::Kind::Department && department)
            about += (m_language == Language::Japanese ? QStringLiteral("（%1）")
                                                       : QStringLiteral(" (%1)"))
                         .arg(department->name);
        return (pledgeNumber(row->pledgeId) + QLatin1Char(' ') + about).trimmed();
    }
    QString rowContent(qint64 rowId) const
    {
        const PledgeRow *row = m_rows.value(rowId);
        return row ? row->content : QString();
    }
    QString period(qint64 periodId) const
    {
        const Period *period = m_plan.period(periodId);
        return period ? ReportText::periodLabel(*period, m_plan.info, m_language) : QString();
    }
    QString fiscalYear(int year) const
    {
        return Period::year(year).fiscalYearLabel(m_language == Language::Japanese);
    }
    // "B 実施中"
    QString level(const StatusScale &scale, qint64 levelId) const
    {
        const StatusLevel *level = scale.levelById(levelId);
        if (!level)
            return ReportText::text(ReportText::Key::NoStatus, m_language);
        return (level->symbol + QLatin1Char(' ') +
                level->displayLabel(m_language == Language::Japanese))
            .trimmed();
    }

private:
    const Plan &m_plan;
    Language m_language;
    QHash<qint64, const Pledge *> m_pledges;
    QHash<qint64, const PledgeRow *> m_rows;
};

QString dateText(const QDate &date, Language language)
{
    return language == Language::Japanese
               ? QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day())
               : date.toString(Qt::ISODate);
}

// "令和6年9月末現在（2024年10月15日公表）" or "現在の計画（2025年1月20日時点）".
QString sideText(const ChangesReport::Side &side, Language language)
{
    const bool now = side.name.isEmpty();
    const QString name = now ? say("The plan now", "現在の計画", language) : side.name;
    const QString when =
        now ? say("as of %1", "%1時点", language) : say("published %1", "%1公表", language);
    return (language == Language::Japanese ? QStringLiteral("%1（%2）") : QStringLiteral("%1 (%2)"))
        .arg(name, when.arg(dateText(side.date, language)));
}

class Builder
{
public:
    Builder(const Plan &before, const Plan &after, ChangesReport *report)
        : m_before(before), m_after(after), m_report(report), m_language(report->options.language),
          m_beforeNames(before, m_language), m_afterNames(after, m_language)
    {
    }

    void build()
    {
        const EditionComparison &c = m_report->comparison;
        using Direction = EditionComparison::Direction;
        addStatuses(Group::StatusUp, c.withDirection(Direction::Up));
        addStatuses(Group::StatusDown, c.withDirection(Direction::Down));
        addStatuses(Group::StatusGiven, c.withDirection(Direction::Given));
        addStatuses(Group::StatusCleared, c.withDirection(Direction::Cleared));
        QList<ChangesReport::Entry> entries;
        for (const qint64 row : c.newRows)
            entries.append({m_afterNames.row(row), {}, {}, m_afterNames.rowContent(row)});
        add(Group::NewRows, entries);
        entries.clear();
        for (const qint64 row : c.removedRows)
            entries.append({m_beforeNames.row(row), {}, m_beforeNames.rowContent(row), {}});
        add(Group::RemovedRows, entries);
        entries.clear();
        for (const qint64 period : c.newPeriods)
            entries.append({m_afterNames.period(period), {}, {}, {}});
        add(Group::NewPeriods, entries);
        entries.clear();
        for (const qint64 period : c.removedPeriods)
            entries.append({m_beforeNames.period(period), {}, {}, {}});
        add(Group::RemovedPeriods, entries);
        entries.clear();
        for (const EditionComparison::TextChange &t : c.textChanges)
            entries.append(textEntry(t));
        add(Group::Texts, entries);
    }

private:
    void add(Group group, const QList<ChangesReport::Entry> &entries)
    {
        if (entries.isEmpty())
            return;
        const QString count =
            m_language == Language::Japanese ? QStringLiteral("（%1件）") : QStringLiteral(" (%1)");
        m_report->sections.append(
            {group, ChangesReport::groupName(group, m_language) + count.arg(entries.size()),
             entries});
    }

    void addStatuses(Group group, const QList<EditionComparison::StatusChange> &changes)
    {
        QList<ChangesReport::Entry> entries;
        for (const EditionComparison::StatusChange &s : changes) {
            const bool yearEnd = s.periodId == 0;
            const QString place = yearEnd
                                      ? m_afterNames.fiscalYear(s.fiscalYear) + QLatin1Char(' ') +
                                            ReportText::text(ReportText::Key::YearEnd, m_language)
                                      : m_afterNames.period(s.periodId);
            const StatusScale &beforeScale =
                yearEnd ? m_before.yearEndScaleOrPeriodScale() : m_before.periodScale;
            const StatusScale &afterScale =
                yearEnd ? m_after.yearEndScaleOrPeriodScale() : m_after.periodScale;
            entries.append({m_afterNames.row(s.rowId), place,
                            m_beforeNames.level(beforeScale, s.beforeLevelId),
                            m_afterNames.level(afterScale, s.afterLevelId)});
        }
        add(group, entries);
    }

    ChangesReport::Entry textEntry(const EditionComparison::TextChange &t) const
    {
        const QString field = say(kFields[int(t.field)], m_language);
        QString subject, place = field;
        if (EditionComparison::isPledgeField(t.field)) {
            subject = m_afterNames.pledge(t.pledgeId);
        } else {
            subject = m_afterNames.row(t.rowId);
            if (t.periodId)
                place = m_afterNames.period(t.periodId) + QLatin1Char(' ') + field;
            else if (t.fiscalYear)
                place = m_afterNames.fiscalYear(t.fiscalYear) + QLatin1Char(' ') + field;
        }
        return {subject, place, t.before, t.after};
    }

    const Plan &m_before;
    const Plan &m_after;
    ChangesReport *m_report;
    Language m_language;
    Namer m_beforeNames;
    Namer m_afterNames;
};

} // namespace

ChangesReport ChangesReport::build(const Plan &before, const Side &beforeSide, const Plan &after,
                                   const Side &afterSide, const ReportOptions &options)
{
    ChangesReport report;
    report.options = options;
    const Language language = options.language;
    report.planTitle = after.info.title;
    report.organisation = after.info.organisation;
    report.title = say("Changes", "変更点", language);
    const QString separator =
        language == Language::Japanese ? QStringLiteral("：") : QStringLiteral(": ");
    report.comparedFrom =
        say("Compared", "比較元", language) + separator + sideText(beforeSide, language);
    report.comparedTo = say("with", "比較先", language) + separator + sideText(afterSide, language);
    report.afterLabel = sideText(afterSide, language);
    report.noChanges = say("No changes.", "変更はありません。", language);
    report.comparison = EditionComparison::compare(before, after);
    Builder(before, after, &report).build();
    return report;
}

int ChangesReport::entryCount() const
{
    int count = 0;
    for (const Section &s : sections)
        count += int(s.entries.size());
    return count;
}

QString ChangesReport::groupName(Group group, ReportOptions::Language language)
{
    return say(kGroups[int(group)], language);
}
