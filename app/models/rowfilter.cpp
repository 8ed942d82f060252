#include "rowfilter.h"

namespace {

// Between fields in an index entry, so that a match never spans two fields. Removed from the
// searched text for the same reason.
constexpr char16_t FieldSeparator = 0x1F;

// The form both sides are compared in: NFKC unifies full-width and half-width letters, digits
// and katakana; case folding makes Latin (and Greek, Cyrillic…) letters case-insensitive.
// A text already in that form is returned shared, without allocating.
QString folded(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).toCaseFolded();
}

// Calls visit on each of the row's own texts until it returns true. The one list of what is
// searched, for the index and for rows without one.
template <typename Visit>
bool anyRowText(const Plan &plan, const QList<int> &fiscalYears, const PledgeRow &row, Visit visit)
{
    for (const QString *text :
         {&row.marker, &row.title, &row.content, &row.targetDateText, &row.note}) {
        if (visit(*text))
            return true;
    }
    for (const Period &period : plan.periods) {
        const auto it = plan.cells.constFind({row.id, period.id});
        if (it != plan.cells.cend() && (visit(it->plan) || visit(it->narrative)))
            return true;
    }
    for (const int year : fiscalYears) {
        const auto it = plan.yearCells.constFind({row.id, year});
        if (it != plan.yearCells.cend() && (visit(it->goal) || visit(it->note)))
            return true;
    }
    return false;
}

QString indexText(const Plan &plan, const QList<int> &fiscalYears, const PledgeRow &row)
{
    QString all;
    anyRowText(plan, fiscalYears, row, [&all](const QString &text) {
        if (!text.isEmpty()) {
            all += text;
            all += QChar(FieldSeparator);
        }
        return false;
    });
    // One normalisation for the whole row: NFKC never combines across the separator.
    return folded(all);
}

} // namespace

bool RowFilter::StatusMatch::operator==(const StatusMatch &o) const
{
    return periodId == o.periodId && levelId == o.levelId && noStatus == o.noStatus;
}

void RowFilter::setText(const QString &text)
{
    m_text = text;
    m_needle = folded(text.trimmed()).remove(QChar(FieldSeparator));
}

void RowFilter::setChapterId(qint64 chapterId)
{
    m_chapterId = chapterId;
}

void RowFilter::setTag(const QString &tag)
{
    m_tag = tag;
}

void RowFilter::setDepartmentId(qint64 departmentId)
{
    m_departmentId = departmentId;
}

void RowFilter::setStatus(const StatusMatch &status)
{
    m_status = status;
}

void RowFilter::setChangedSincePeriodId(qint64 periodId)
{
    m_changedSince = periodId;
}

bool RowFilter::isEmpty() const
{
    return !hasText() && m_chapterId == 0 && m_tag.isEmpty() && m_departmentId == 0 &&
           !m_status.isActive() && m_changedSince == 0;
}

bool RowFilter::dependsOnCells() const
{
    return hasText() || m_status.isActive() || m_changedSince != 0;
}

bool RowFilter::matches(const Plan &plan, const PledgeRow &row) const
{
    return Matcher(*this, plan).matches(row);
}

bool RowFilter::operator==(const RowFilter &o) const
{
    return m_text == o.m_text && m_chapterId == o.m_chapterId && m_tag == o.m_tag &&
           m_departmentId == o.m_departmentId && m_status == o.m_status &&
           m_changedSince == o.m_changedSince;
}

RowFilter::TextIndex::TextIndex(const Plan &plan)
{
    const QList<int> years = plan.fiscalYears();
    m_rowTexts.reserve(plan.rows.size());
    for (const PledgeRow &row : plan.rows)
        m_rowTexts.insert(row.id, indexText(plan, years, row));
}

void RowFilter::TextIndex::updateRow(const Plan &plan, const PledgeRow &row)
{
    m_rowTexts.insert(row.id, indexText(plan, plan.fiscalYears(), row));
}

RowFilter::Matcher::Matcher(const RowFilter &filter, const Plan &plan, const TextIndex *texts)
    : m_filter(filter), m_plan(&plan), m_texts(texts), m_empty(filter.isEmpty())
{
    if (m_empty)
        return;
    const bool text = filter.hasText();
    if (text || filter.m_chapterId || !filter.m_tag.isEmpty()) {
        QHash<qint64, bool> chapterTextMatches;
        if (text) {
            for (const Chapter &c : plan.chapters)
                chapterTextMatches.insert(c.id, contains(c.title));
        }
        m_pledges.reserve(plan.pledges.size());
        for (const Pledge &p : plan.pledges) {
            PledgeFacts facts;
            facts.passes = (!filter.m_chapterId || p.chapterId == filter.m_chapterId) &&
                           (filter.m_tag.isEmpty() || p.tag == filter.m_tag);
            facts.textMatches =
                text && facts.passes &&
                (chapterTextMatches.value(p.chapterId) || contains(p.number) || contains(p.tag) ||
                 contains(p.title) || contains(p.description) || contains(p.targetDateText));
            m_pledges.insert(p.id, facts);
        }
    }
    if (text) {
        for (const Department &d : plan.departments)
            m_departmentTextMatches.insert(d.id, contains(d.name));
        m_fiscalYears = plan.fiscalYears();
    }
    if (filter.m_changedSince) {
        bool later = false;
        for (const Period &period : plan.periods) {
            if (later)
                m_laterPeriods.append(period.id);
            later = later || period.id == filter.m_changedSince;
        }
    }
}

bool RowFilter::Matcher::matches(const PledgeRow &row) const
{
    if (m_empty)
        return true;
    if (m_filter.m_departmentId && row.departmentId != m_filter.m_departmentId)
        return false;
    const PledgeFacts *pledge = nullptr;
    if (!m_pledges.isEmpty()) {
        const auto it = m_pledges.constFind(row.pledgeId);
        if (it != m_pledges.cend())
            pledge = &it.value();
    }
    const bool byPledge = m_filter.m_chapterId || !m_filter.m_tag.isEmpty();
    if (byPledge && (!pledge || !pledge->passes))
        return false;
    if (m_filter.m_status.isActive() && !statusMatches(row.id))
        return false;
    if (m_filter.m_changedSince && !changedSince(row.id))
        return false;
    if (!m_filter.hasText())
        return true;
    return (pledge && pledge->textMatches) || m_departmentTextMatches.value(row.departmentId) ||
           rowTextMatches(row);
}

bool RowFilter::Matcher::matchesPledgeWithoutRows(const Pledge &pledge) const
{
    if (m_empty)
        return true;
    const RowFilter &f = m_filter;
    if (f.m_chapterId || !f.m_tag.isEmpty() || f.m_departmentId || f.m_status.isActive() ||
        f.m_changedSince)
        return false;
    return m_pledges.value(pledge.id).textMatches;
}

bool RowFilter::Matcher::statusMatches(qint64 rowId) const
{
    const StatusMatch &status = m_filter.m_status;
    const auto it = m_plan->cells.constFind({rowId, status.periodId});
    const qint64 levelId = it == m_plan->cells.cend() ? 0 : it->levelId;
    return status.noStatus ? levelId == 0 : levelId == status.levelId;
}

bool RowFilter::Matcher::changedSince(qint64 rowId) const
{
    const QHash<CellKey, Cell> &cells = m_plan->cells;
    const auto from = cells.constFind({rowId, m_filter.m_changedSince});
    for (const qint64 periodId : m_laterPeriods) {
        const auto it = cells.constFind({rowId, periodId});
        if (it == cells.cend() || it->isEmpty())
            continue; // not reported yet
        if (from == cells.cend() || *it != *from)
            return true;
    }
    return false;
}

bool RowFilter::Matcher::rowTextMatches(const PledgeRow &row) const
{
    if (m_texts) {
        const auto it = m_texts->m_rowTexts.constFind(row.id);
        if (it != m_texts->m_rowTexts.cend())
            return it.value().contains(m_filter.m_needle);
    }
    return anyRowText(*m_plan, m_fiscalYears, row,
                      [this](const QString &text) { return contains(text); });
}

bool RowFilter::Matcher::contains(const QString &text) const
{
    return !text.isEmpty() && folded(text).contains(m_filter.m_needle);
}
