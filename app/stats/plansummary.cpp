#include "plansummary.h"

#include <QJsonArray>

PlanSummary::PlanSummary(const Plan &plan)
    : m_plan(plan), m_chapters(int(plan.chapters.size())), m_pledges(int(plan.pledges.size())),
      m_rows(int(plan.rows.size()))
{
    for (const Period &period : plan.periods)
        m_counts.append(StatusCounts::forPeriod(plan, period.id));
}

QJsonObject PlanSummary::toJson() const
{
    const int start = m_plan.info.fiscalYearStartMonth;
    QJsonArray levels;
    for (const StatusLevel &level : m_plan.periodScale.levels) {
        levels.append(QJsonObject{{QStringLiteral("code"), level.code},
                                  {QStringLiteral("symbol"), level.symbol},
                                  {QStringLiteral("label"), level.label},
                                  {QStringLiteral("achieved"), level.achieved}});
    }
    QJsonArray periods;
    for (int i = 0; i < m_plan.periods.size(); ++i) {
        const Period &period = m_plan.periods.at(i);
        const StatusCounts &counts = m_counts.at(i);
        QJsonObject byLevel;
        for (int l = 0; l < m_plan.periodScale.levels.size(); ++l)
            byLevel.insert(m_plan.periodScale.levels.at(l).code, counts.perLevel.at(l));
        periods.append(QJsonObject{
            {QStringLiteral("id"), period.id},
            {QStringLiteral("label"), period.label(true, start)},
            {QStringLiteral("label_en"),
             period.customLabel.isEmpty() ? period.westernLabel(start) : period.customLabel},
            {QStringLiteral("fiscal_year"), period.fiscalYear},
            {QStringLiteral("start"), period.startDate(start).toString(Qt::ISODate)},
            {QStringLiteral("end"), period.endDate(start).toString(Qt::ISODate)},
            {QStringLiteral("counts"), byLevel},
            {QStringLiteral("none"), counts.none},
            {QStringLiteral("achieved"), counts.achieved(m_plan.periodScale)},
            {QStringLiteral("total"), counts.total()},
        });
    }
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("pledgetracker-summary")},
        {QStringLiteral("version"), kJsonVersion},
        {QStringLiteral("title"), m_plan.info.title},
        {QStringLiteral("organisation"), m_plan.info.organisation},
        {QStringLiteral("as_of"), m_plan.info.asOf.toString(Qt::ISODate)},
        {QStringLiteral("chapters"), m_chapters},
        {QStringLiteral("pledges"), m_pledges},
        {QStringLiteral("rows"), m_rows},
        {QStringLiteral("scale"), levels},
        {QStringLiteral("periods"), periods},
    };
}

QString PlanSummary::toText(bool japaneseLabels) const
{
    QStringList lines;
    lines << m_plan.info.organisation + QStringLiteral(" ") + m_plan.info.title;
    lines << tr("Chapters: %1, pledges: %2, rows: %3").arg(m_chapters).arg(m_pledges).arg(m_rows);
    for (int i = 0; i < m_plan.periods.size(); ++i) {
        const StatusCounts &counts = m_counts.at(i);
        QStringList parts;
        for (int l = 0; l < m_plan.periodScale.levels.size(); ++l) {
            const StatusLevel &level = m_plan.periodScale.levels.at(l);
            parts << level.symbol + QLatin1Char(' ') + QString::number(counts.perLevel.at(l));
        }
        parts << tr("none %1").arg(counts.none);
        lines << m_plan.periods.at(i).label(japaneseLabels, m_plan.info.fiscalYearStartMonth) +
                     QStringLiteral(": ") + parts.join(QStringLiteral(", "));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
