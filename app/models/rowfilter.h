#pragma once

#include "domain/plan.h"

#include <QHash>
#include <QString>

// Which rows of a plan to show: the find box's text and the filter bar's choices. A plain value,
// independent of any view, so the table and the charts agree on what "matching" means.
//
// All criteria that are set must hold:
// - text: a substring of any text of the row: its pledge's number, tag, title, description and
//   target date, its chapter's title; the row's marker, title, content, department, target
//   date and note; every period cell's plan and narrative; every year cell's goal and note.
//   Both sides are compared in NFKC with case folding, so full-width and half-width forms
//   ("ＰＴＡ", "PTA", "pta", "令和６年" and "令和6年") find each other. Surrounding white space
//   is ignored; text of white space only sets no criterion.
// - chapterId, tag (exact), departmentId: the row's pledge's chapter and tag, the row's
//   department.
// - status: the row's status in one period.
// - changedSincePeriodId: see setChangedSincePeriodId().
class RowFilter
{
public:
    // A status in one period: a level, or no status at all. Off while periodId is 0 or while
    // neither a level nor noStatus is chosen (the filter bar's "any status").
    struct StatusMatch
    {
        qint64 periodId = 0;
        qint64 levelId = 0;
        bool noStatus = false; // wins over levelId

        bool isActive() const { return periodId != 0 && (noStatus || levelId != 0); }
        bool operator==(const StatusMatch &o) const;
        bool operator!=(const StatusMatch &o) const { return !(*this == o); }
    };

    class TextIndex;
    class Matcher;

    QString text() const { return m_text; }
    void setText(const QString &text);
    qint64 chapterId() const { return m_chapterId; }
    void setChapterId(qint64 chapterId); // 0 = any
    QString tag() const { return m_tag; }
    void setTag(const QString &tag); // empty = any
    qint64 departmentId() const { return m_departmentId; }
    void setDepartmentId(qint64 departmentId); // 0 = any
    StatusMatch status() const { return m_status; }
    void setStatus(const StatusMatch &status);
    qint64 changedSincePeriodId() const { return m_changedSince; }
    // "Changed since period P" (0 = off): some period after P, in the plan's period order, has
    // a cell whose status, plan or narrative differs from the row's cell in P. A later cell
    // that is still empty has not been reported yet and does not count as a change, so the
    // next half-year's blank column does not make every row "changed"; a row that was empty
    // in P and was filled in later has changed. A period that is not in the plan, or the
    // last one, matches no row.
    void setChangedSincePeriodId(qint64 periodId);

    bool hasText() const { return !m_needle.isEmpty(); }
    // True when no criterion is set: every row matches.
    bool isEmpty() const;
    // True when an edit of a cell or year cell can change whether a row matches.
    bool dependsOnCells() const;

    // For one row. Builds the plan's lookups on every call: to test many rows, prepare a
    // Matcher once.
    bool matches(const Plan &plan, const PledgeRow &row) const;

    bool operator==(const RowFilter &o) const;
    bool operator!=(const RowFilter &o) const { return !(*this == o); }

private:
    QString m_text;
    QString m_needle; // m_text trimmed, in the folded form the texts are searched in
    qint64 m_chapterId = 0;
    QString m_tag;
    qint64 m_departmentId = 0;
    StatusMatch m_status;
    qint64 m_changedSince = 0;
};

// Each row's own texts (row fields, cells, year cells) normalised and case-folded once, so a
// search on every keystroke does not normalise the whole plan again. Costs about as much memory
// as the texts themselves; update a row after its cells or year cells changed.
class RowFilter::TextIndex
{
public:
    TextIndex() = default;
    explicit TextIndex(const Plan &plan);

    void updateRow(const Plan &plan, const PledgeRow &row);

private:
    friend class RowFilter::Matcher;
    QHash<qint64, QString> m_rowTexts; // row id → folded texts, separated by U+001F
};

// A filter prepared for one plan, to test many rows: pledge, chapter and department lookups and
// their text matches are computed once. Keeps pointers to the plan and the index, which must
// outlive it. Cells and year cells may change between calls (update the index first);
// pledges, chapters and departments may not: prepare a new Matcher after a structural change.
class RowFilter::Matcher
{
public:
    Matcher(const RowFilter &filter, const Plan &plan, const TextIndex *texts = nullptr);

    bool matches(const PledgeRow &row) const;
    // A pledge without rows has nothing the row criteria could look at, so it matches only a
    // filter that is text alone, through its own texts or its chapter's title.
    bool matchesPledgeWithoutRows(const Pledge &pledge) const;

private:
    struct PledgeFacts
    {
        bool passes = true;       // chapter and tag criteria
        bool textMatches = false; // its own or its chapter's texts contain the text
    };

    bool statusMatches(qint64 rowId) const;
    bool changedSince(qint64 rowId) const;
    bool rowTextMatches(const PledgeRow &row) const;
    bool contains(const QString &text) const;

    RowFilter m_filter;
    const Plan *m_plan;
    const TextIndex *m_texts;
    bool m_empty;
    QHash<qint64, PledgeFacts> m_pledges;
    QHash<qint64, bool> m_departmentTextMatches;
    QList<int> m_fiscalYears;
    QList<qint64> m_laterPeriods; // for changedSince: the periods after it, in plan order
};
