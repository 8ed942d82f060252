#include "tablecolumns.h"

#include "progressreport.h"

#include <QtMath>

namespace {

// Mean characters per row of a text: how much room its column deserves.
template <typename Text> qreal meanLength(const ProgressReport &report, Text text)
{
    qreal chars = 0;
    int rows = 0;
    for (const ProgressReport::Chapter &c : report.chapters) {
        for (const ProgressReport::Pledge &p : c.pledges) {
            for (const ProgressReport::Row &r : p.rows) {
                chars += text(p, r);
                ++rows;
            }
        }
    }
    return qBound(4.0, rows ? chars / rows : 0.0, 400.0);
}

} // namespace

TableColumns::TableColumns(const ProgressReport &report, qreal pageWidth, qreal devicePerPoint,
                           qreal preferredBodySize)
    : m_report(report), m_bodySize(preferredBodySize)
{
    const qreal minimumSize = 6.0;
    auto emsAt = [&](qreal size) { return pageWidth / (devicePerPoint * size); };
    // Plan and narrative side by side read best; one above the other when that makes the
    // table clearly shorter, or when side by side does not fit at all.
    QList<Column> side = build(false);
    const bool sideFits = allocate(side, emsAt(m_bodySize));
    const bool canStack = report.showPlans && report.showNarratives && !report.periods.isEmpty();
    QList<Column> stacked = canStack ? build(true) : side;
    const bool stackedFits = canStack && allocate(stacked, emsAt(m_bodySize));
    if (sideFits && (!stackedFits || estimateLines(side) <= 1.2 * estimateLines(stacked))) {
        m_columns = side;
    } else if (stackedFits) {
        m_columns = stacked;
        m_stacked = true;
    } else {
        m_columns = stacked;
        m_stacked = canStack;
        qreal needed = 0;
        for (const Column &c : std::as_const(m_columns))
            needed += c.minEm;
        m_bodySize = qMax(minimumSize, m_bodySize * emsAt(m_bodySize) / needed);
        if (!allocate(m_columns, emsAt(m_bodySize))) { // squeeze what cannot shrink further
            const qreal scale = emsAt(m_bodySize) / needed;
            for (Column &c : m_columns)
                c.width = c.minEm * scale;
        }
    }
    const qreal em = devicePerPoint * m_bodySize;
    qreal x = 0;
    for (Column &c : m_columns) {
        c.x = x;
        c.width *= em;
        x += c.width;
    }
}

// Lines the table would take, roughly: a text of n characters in a column w ems wide takes
// n / w lines (a Japanese character is an em wide), a row as many as its tallest cell.
qreal TableColumns::estimateLines(const QList<Column> &columns) const
{
    auto lines = [](const QString &text, qreal width) {
        return text.isEmpty() ? 0.0
                              : std::ceil(text.size() / qMax(1.0, width - 0.6)) +
                                    text.count(QLatin1Char('\n'));
    };
    qreal total = 0;
    for (const ProgressReport::Chapter &chapter : m_report.chapters) {
        for (const ProgressReport::Pledge &p : chapter.pledges) {
            for (const ProgressReport::Row &r : p.rows) {
                qreal tallest = 1;
                for (const Column &c : columns) {
                    const ProgressReport::Cell cell = r.cells.value(c.period);
                    qreal n = 0;
                    switch (c.kind) {
                    case Kind::Pledge:
                        n = lines(p.title, c.width);
                        break;
                    case Kind::Item:
                        n = lines(r.marker + r.title, c.width);
                        break;
                    case Kind::Content:
                        n = lines(r.content, c.width) + lines(r.title, c.width);
                        break;
                    case Kind::Plan:
                        n = lines(cell.plan, c.width);
                        break;
                    case Kind::Narrative:
                        n = lines(cell.narrative, c.width);
                        break;
                    case Kind::PeriodText:
                        n = lines(cell.plan + QStringLiteral("計画："), c.width) +
                            lines(cell.narrative, c.width);
                        break;
                    default:
                        break;
                    }
                    tallest = qMax(tallest, n);
                }
                total += tallest;
            }
        }
    }
    return total;
}

QList<TableColumns::Column> TableColumns::build(bool stacked) const
{
    const ProgressReport &r = m_report;
    QList<Column> columns;
    if (r.pledgeStyle == ProgressReport::PledgeStyle::Column) {
        columns.append({Kind::Number, -1, 3.2, 0});
        columns.append({Kind::Pledge, -1, 7, 0.5 * meanLength(r, [](auto &p, auto &) {
                                                 return qreal(p.title.size());
                                             })});
    } else {
        columns.append({Kind::Item, -1, 7, 0.5 * meanLength(r, [](auto &, auto &row) {
                                               return qreal(row.marker.size() + row.title.size());
                                           })});
    }
    columns.append({Kind::Content, -1, 8, meanLength(r, [](auto &, auto &row) {
                        return qreal(row.content.size() + row.title.size());
                    })});
    if (r.showTargetDates)
        columns.append({Kind::TargetDate, -1, 5.5, 0});
    if (r.showDepartments)
        columns.append({Kind::Department, -1, 6.5, 0});

    auto periodMean = [&](auto text) {
        return meanLength(r, [&](auto &, auto &row) {
            qreal n = 0;
            for (const ProgressReport::Cell &cell : row.cells)
                n += text(cell);
            return row.cells.isEmpty() ? 0 : n / row.cells.size();
        });
    };
    const qreal plan = periodMean([](auto &cell) { return qreal(cell.plan.size()); });
    const qreal narrative = periodMean([](auto &cell) { return qreal(cell.narrative.size()); });
    const qreal statusEm = r.periods.size() == 1 ? 5.5 : 2.8;
    for (int p = 0; p < r.periods.size(); ++p) {
        if (stacked) {
            columns.append({Kind::Status, p, statusEm, 0});
            columns.append({Kind::PeriodText, p, 7, plan + narrative});
            continue;
        }
        if (r.showPlans) { // Tokorozawa's order: 計画, 指標, 状況
            columns.append({Kind::Plan, p, 6, plan});
            columns.append({Kind::Status, p, statusEm, 0});
            if (r.showNarratives)
                columns.append({Kind::Narrative, p, 7, narrative});
        } else { // Iruma's: 取組状況, 評価
            if (r.showNarratives)
                columns.append({Kind::Narrative, p, 7, narrative});
            columns.append({Kind::Status, p, statusEm, 0});
        }
    }
    return columns;
}

bool TableColumns::allocate(QList<Column> &columns, qreal available)
{
    qreal minimum = 0;
    for (const Column &c : std::as_const(columns))
        minimum += c.minEm;
    if (minimum > available + 1e-6)
        return false;
    // Share the rest by weight; a column that would fall under its minimum keeps the minimum
    // and leaves the sharing.
    QList<int> flexible;
    qreal rest = available;
    for (int i = 0; i < columns.size(); ++i) {
        columns[i].width = columns.at(i).minEm;
        if (columns.at(i).weight > 0)
            flexible.append(i);
        else
            rest -= columns.at(i).minEm;
    }
    bool changed = true;
    while (changed && !flexible.isEmpty()) {
        changed = false;
        qreal weights = 0;
        for (int i : std::as_const(flexible))
            weights += columns.at(i).weight;
        for (int k = 0; k < flexible.size(); ++k) {
            Column &c = columns[flexible.at(k)];
            if (rest * c.weight / weights < c.minEm) {
                c.width = c.minEm;
                rest -= c.minEm;
                flexible.removeAt(k);
                changed = true;
                break;
            }
        }
        if (!changed) {
            for (int i : std::as_const(flexible))
                columns[i].width = rest * columns.at(i).weight / weights;
        }
    }
    if (flexible.isEmpty() && rest > 0 && !columns.isEmpty()) // all fixed: widen the content
        for (Column &c : columns)
            if (c.kind == Kind::Content)
                c.width += rest;
    return true;
}

int TableColumns::periodBegin(int period) const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).period == period)
            return i;
    }
    return int(m_columns.size());
}

int TableColumns::periodEnd(int period) const
{
    int end = periodBegin(period);
    while (end < m_columns.size() && m_columns.at(end).period == period)
        ++end;
    return end;
}

ReportText::Key TableColumns::heading(const Column &column) const
{
    using K = ReportText::Key;
    switch (column.kind) {
    case Kind::Number:
        return K::Number;
    case Kind::Pledge:
        return K::Pledge;
    case Kind::Item:
        return K::Item;
    case Kind::Content:
        return m_report.itemRows ? K::Content : K::Actions;
    case Kind::TargetDate:
        return K::TargetDate;
    case Kind::Department:
        return K::Department;
    case Kind::Plan:
        return K::Plan;
    case Kind::Status:
        return K::Status;
    case Kind::Narrative:
        return K::Narrative;
    case Kind::PeriodText:
        return K::PlanNarrative;
    }
    return K::Content;
}
