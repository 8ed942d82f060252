#include "sheetimport.h"
#include "combinedcells.h"
#include "domain/japaneseera.h"
#include "periodlabels.h"
#include "sheetlines.h"

#include <QSet>

#include <algorithm>

namespace {

using Field = ColumnMapping::Field;

// One period's cell on a line, with the columns its texts came from.
struct CellTexts
{
    int periodIndex = -1;
    QString plan, status, narrative;
    int statusColumn = -1;
};

qint64 maxId(const Plan &plan)
{
    qint64 id = std::max(plan.periodScale.id, plan.yearEndScale.id);
    for (const StatusScale *scale : {&plan.periodScale, &plan.yearEndScale})
        for (const StatusLevel &l : scale->levels)
            id = std::max(id, l.id);
    for (const Period &p : plan.periods)
        id = std::max(id, p.id);
    for (const Department &d : plan.departments)
        id = std::max(id, d.id);
    for (const Chapter &c : plan.chapters)
        id = std::max(id, c.id);
    for (const Pledge &p : plan.pledges)
        id = std::max(id, p.id);
    for (const PledgeRow &r : plan.rows)
        id = std::max(id, r.id);
    return id;
}

// Builds the plan line by line, collecting problems instead of stopping at the first.
class Builder
{
    Q_DECLARE_TR_FUNCTIONS(SheetImport)

public:
    Builder(const Plan &target, const ColumnMapping &mapping, const Sheet &sheet);
    bool checkMapping();
    void readLine(int r);
    void finish();

    Plan plan;
    QList<ImportProblem> problems;
    QList<Period> newPeriods;
    QStringList newDepartments;

private:
    static constexpr int kMaxProblems = 100;

    QString text(int r, Field field) const { return m_lines.text(r, field); }
    void problem(int r, int column, const QString &message);
    void checkColumn(Field field, int column, const QString &key);
    QList<CellTexts> cellsOf(int r);
    int periodFor(const QString &label, int r, int column);
    qint64 chapterFor(const LineFields &f, int r);
    qint64 pledgeFor(const LineFields &f, qint64 chapterId);
    qint64 rowFor(const LineFields &f, qint64 pledgeId);
    qint64 departmentFor(const QString &name);
    bool levelFor(const QString &status, int r, int column, qint64 *levelId);
    void addCell(qint64 rowId, const CellTexts &texts, int r);

    const ColumnMapping &m_mapping;
    const Sheet &m_sheet;
    qint64 m_nextId;
    SheetLines m_lines;
    QList<int> m_widePeriods; // plan.periods index per period column group, -1 if unknown
    QHash<QString, int> m_periodByLabel;
    QHash<QString, QString> m_periodProblems;
    QHash<QString, qint64> m_chapters, m_rows, m_departments;
    QHash<QString, int> m_pledges; // index in plan.pledges, which keeps its order until finish()
    QHash<QString, int> m_problemByKey;
    QHash<int, int> m_repeats; // problem index -> further lines with the same problem
    int m_dropped = 0;
};

Builder::Builder(const Plan &target, const ColumnMapping &mapping, const Sheet &sheet)
    : plan(target), m_mapping(mapping), m_sheet(sheet), m_nextId(maxId(target) + 1),
      m_lines(sheet, mapping)
{
    plan.chapters.clear();
    plan.pledges.clear();
    plan.rows.clear();
    plan.cells.clear();
    plan.yearCells.clear();
    if (plan.periodScale.levels.isEmpty()) {
        plan.periodScale = SheetImport::scaleFor(target, mapping);
        for (StatusLevel &level : plan.periodScale.levels)
            level.id = m_nextId++;
    }
    for (const Department &d : plan.departments)
        m_departments.insert(d.name.trimmed(), d.id);
}

// The same problem on many lines (one unknown status word a thousand times) is reported
// once, on its first line, with how many more there are.
void Builder::problem(int r, int column, const QString &message)
{
    const QString key = QString::number(column) + QLatin1Char('\x1f') + message;
    if (const auto it = m_problemByKey.constFind(key); it != m_problemByKey.constEnd()) {
        ++m_repeats[*it];
        return;
    }
    if (problems.size() >= kMaxProblems) {
        ++m_dropped;
        return;
    }
    ImportProblem p;
    p.line = r + 1;
    p.column = column;
    p.header = column >= 0 ? m_sheet.cell(m_mapping.headerRow, column).trimmed() : QString();
    p.message = message;
    m_problemByKey.insert(key, problems.size());
    problems.append(p);
}

void Builder::checkColumn(Field field, int column, const QString &key)
{
    if (column < 0 || column < m_sheet.columnCount())
        return;
    problem(-1, -1,
            tr("%1 is mapped to column %2, but the sheet has only %3 columns; choose another "
               "column on the columns page or in the mapping file (%4)")
                .arg(ColumnMapping::fieldName(field), ColumnMapping::columnLetter(column))
                .arg(m_sheet.columnCount())
                .arg(key));
}

bool Builder::checkMapping()
{
    const ColumnMapping &m = m_mapping;
    if (m.headerRow >= m_sheet.rows.size())
        problem(-1, -1,
                tr("the header row %1 is past the end of the sheet (%2 lines)")
                    .arg(m.headerRow + 1)
                    .arg(m_sheet.rows.size()));
    for (auto it = m.columns.begin(); it != m.columns.end(); ++it)
        checkColumn(it.key(), it.value(),
                    QStringLiteral("columns.") + ColumnMapping::fieldKey(it.key()));
    if (m.column(Field::PledgeTitle) < 0 && m.column(Field::PledgeNumber) < 0)
        problem(-1, -1,
                tr("no column is mapped to the pledge title or the pledge number; choose "
                   "one on the columns page or in the mapping file (columns.pledge_title)"));
    if (m.column(Field::RowTitle) < 0 && m.column(Field::Content) < 0)
        problem(-1, -1,
                tr("no column is mapped to the item title or the content; choose one on "
                   "the columns page or in the mapping file (columns.content)"));
    for (auto it = m.statusWords.begin(); it != m.statusWords.end(); ++it) {
        if (!plan.periodScale.levelByCode(it.value()))
            problem(-1, -1,
                    tr("the status word \"%1\" is mapped to \"%2\", which is no level of "
                       "the scale %3 (status_words)")
                        .arg(it.key(), it.value(), plan.periodScale.name));
    }
    if (m.layout == ColumnMapping::Layout::Long) {
        const bool hasCells = m.column(Field::Plan) >= 0 || m.column(Field::Status) >= 0 ||
                              m.column(Field::Narrative) >= 0;
        if (hasCells && m.column(Field::Period) < 0)
            problem(-1, -1,
                    tr("the sheet has one line per period, but no column is mapped to the "
                       "period; choose one on the columns page or in the mapping file "
                       "(columns.period)"));
        return problems.isEmpty();
    }
    for (int g = 0; g < m.periodColumns.size(); ++g) {
        const ColumnMapping::PeriodColumns &group = m.periodColumns.at(g);
        const QString key = QStringLiteral("periods[%1]").arg(g);
        checkColumn(Field::Plan, group.plan, key + QStringLiteral(".plan"));
        checkColumn(Field::Status, group.status, key + QStringLiteral(".status"));
        checkColumn(Field::Narrative, group.narrative, key + QStringLiteral(".narrative"));
        int first = -1;
        for (int c : {group.narrative, group.status, group.plan})
            first = c >= 0 ? c : first;
        m_widePeriods.append(group.period.isEmpty() && first >= 0
                                 ? -1
                                 : periodFor(group.period, m.headerRow, first));
        if (group.period.isEmpty() && first >= 0)
            problem(m.headerRow, first,
                    tr("these columns name no period; enter the period's label (e.g. 令和6年度 "
                       "上半期) on the columns page or in the mapping file (%1.period)")
                        .arg(key));
    }
    return problems.isEmpty();
}

QList<CellTexts> Builder::cellsOf(int r)
{
    QList<CellTexts> result;
    const auto at = [&](int column, bool freeText) { return m_lines.cell(r, column, freeText); };
    if (m_mapping.layout == ColumnMapping::Layout::Long) {
        CellTexts c;
        c.plan = text(r, Field::Plan);
        c.status = text(r, Field::Status);
        c.narrative = text(r, Field::Narrative);
        c.statusColumn = m_mapping.column(Field::Status);
        const QString period = text(r, Field::Period);
        const bool empty = c.plan.isEmpty() && c.status.isEmpty() && c.narrative.isEmpty();
        if (period.isEmpty()) {
            if (!empty)
                problem(r, m_mapping.column(Field::Period),
                        tr("this line has a plan, status or narrative but names no period; "
                           "enter the period (e.g. 令和6年度 上半期)"));
            return result;
        }
        c.periodIndex = periodFor(period, r, m_mapping.column(Field::Period));
        if (!empty && c.periodIndex >= 0)
            result.append(c);
        return result;
    }
    for (int g = 0; g < m_mapping.periodColumns.size(); ++g) {
        const ColumnMapping::PeriodColumns &group = m_mapping.periodColumns.at(g);
        CellTexts c;
        c.periodIndex = m_widePeriods.value(g, -1);
        c.plan = at(group.plan, true);
        c.status = at(group.status, false);
        c.narrative = at(group.narrative, true);
        c.statusColumn = group.status;
        if (c.periodIndex >= 0 &&
            !(c.plan.isEmpty() && c.status.isEmpty() && c.narrative.isEmpty()))
            result.append(c);
    }
    return result;
}

// The index in plan.periods, adding the period when the mapping creates periods; -1 after
// reporting a problem.
int Builder::periodFor(const QString &label, int r, int column)
{
    if (const auto it = m_periodByLabel.constFind(label); it != m_periodByLabel.constEnd()) {
        if (*it < 0) // counted as a repeat of the first report
            problem(r, column, m_periodProblems.value(label));
        return *it;
    }
    const int startMonth = plan.info.fiscalYearStartMonth;
    int index = PeriodLabels::indexIn(plan.periods, label, startMonth);
    const std::optional<Period> parsed = PeriodLabels::parse(label, startMonth);
    if (index < 0 && m_mapping.createPeriods && parsed) {
        Period period = *parsed;
        period.id = m_nextId++;
        plan.periods.append(period);
        newPeriods.append(period);
        index = plan.periods.size() - 1;
    } else if (index < 0) {
        const QString message =
            m_mapping.createPeriods
                ? tr("\"%1\" is not a period label this import reads; write it like 令和6年度 "
                     "上半期, 令和5年度 10–12月, 令和5年9月末現在 or FY2024 H1")
                      .arg(label)
                : tr("the period \"%1\" is not one of the plan's periods; add it under Plan › "
                     "Periods first, or import into a new plan")
                      .arg(label);
        m_periodProblems.insert(label, message);
        problem(r, column, message);
    }
    m_periodByLabel.insert(label, index);
    return index;
}

qint64 Builder::chapterFor(const LineFields &f, int r)
{
    if (f.chapterNumber.isEmpty() && f.chapterTitle.isEmpty())
        return 0;
    int number = CombinedCells::chapterNumber(f.chapterNumber);
    if (!f.chapterNumber.isEmpty() && number == 0) {
        problem(r, m_mapping.column(Field::ChapterNumber),
                tr("the chapter number \"%1\" is not a number; write it like 1 or 第1章")
                    .arg(f.chapterNumber));
        return 0;
    }
    const QString key =
        number > 0 ? QStringLiteral("n:%1").arg(number) : QStringLiteral("t:") + f.chapterTitle;
    if (const auto it = m_chapters.constFind(key); it != m_chapters.constEnd()) {
        for (Chapter &c : plan.chapters) {
            if (c.id == *it && c.title.isEmpty())
                c.title = f.chapterTitle;
        }
        return *it;
    }
    if (number == 0) // a title alone: chapters are numbered in the order they come
        number = plan.chapters.size() + 1;
    const Chapter chapter{m_nextId++, number, f.chapterTitle};
    plan.chapters.append(chapter);
    m_chapters.insert(key, chapter.id);
    return chapter.id;
}

qint64 Builder::pledgeFor(const LineFields &f, qint64 chapterId)
{
    const QString key = QString::number(chapterId) + (f.pledgeNumber.isEmpty()
                                                          ? QStringLiteral("|t:") + f.pledgeTitle
                                                          : QStringLiteral("|n:") + f.pledgeNumber);
    if (const auto it = m_pledges.constFind(key); it != m_pledges.constEnd()) {
        Pledge &p = plan.pledges[*it];
        p.title = p.title.isEmpty() ? f.pledgeTitle : p.title;
        p.tag = p.tag.isEmpty() ? f.tag : p.tag;
        return p.id;
    }
    Pledge pledge;
    pledge.id = m_nextId++;
    pledge.chapterId = chapterId;
    pledge.number = f.pledgeNumber;
    pledge.tag = f.tag;
    pledge.title = f.pledgeTitle;
    m_pledges.insert(key, int(plan.pledges.size()));
    plan.pledges.append(pledge);
    return pledge.id;
}

qint64 Builder::departmentFor(const QString &name)
{
    if (name.isEmpty())
        return 0;
    if (const auto it = m_departments.constFind(name); it != m_departments.constEnd())
        return *it;
    const Department department{m_nextId++, name};
    plan.departments.append(department);
    newDepartments.append(name);
    m_departments.insert(name, department.id);
    return department.id;
}

// A Wide sheet's every line is a row; a Long sheet repeats a row once per period, so its
// lines are matched by row id, or else by what the row says.
qint64 Builder::rowFor(const LineFields &f, qint64 pledgeId)
{
    QString key;
    if (m_mapping.layout == ColumnMapping::Layout::Long) {
        key = !f.rowId.isEmpty() ? QStringLiteral("id:") + f.rowId
                                 : QStringList{QString::number(pledgeId), f.marker, f.rowTitle,
                                               f.department, f.content}
                                       .join(QLatin1Char('\x1f'));
        if (const auto it = m_rows.constFind(key); it != m_rows.constEnd())
            return *it;
    }
    PledgeRow row;
    row.id = m_nextId++;
    row.pledgeId = pledgeId;
    row.kind = f.kind();
    row.marker = f.marker;
    row.title = f.rowTitle;
    row.content = f.content;
    row.departmentId = departmentFor(f.department);
    row.targetDateText = f.targetDate;
    row.targetDate = QDate::fromString(f.targetDate, Qt::ISODate);
    if (!row.targetDate.isValid())
        row.targetDate = JapaneseEra::parseTargetDate(f.targetDate, plan.info.fiscalYearStartMonth);
    plan.rows.append(row);
    if (!key.isEmpty())
        m_rows.insert(key, row.id);
    return row.id;
}

bool Builder::levelFor(const QString &status, int r, int column, qint64 *levelId)
{
    *levelId = 0;
    if (status.isEmpty())
        return true;
    const StatusLevel *level = SheetImport::levelFor(status, m_mapping, plan.periodScale);
    if (!level) {
        problem(r, column,
                tr("the status \"%1\" is on no level of the scale %2; map it on the status page "
                   "or in the mapping file")
                    .arg(status, plan.periodScale.name));
        return false;
    }
    *levelId = level->id;
    return true;
}

void Builder::addCell(qint64 rowId, const CellTexts &texts, int r)
{
    Cell cell;
    cell.plan = texts.plan;
    cell.narrative = texts.narrative;
    if (!levelFor(texts.status, r, texts.statusColumn, &cell.levelId))
        return;
    const qint64 periodId = plan.periods.at(texts.periodIndex).id;
    const CellKey key{rowId, periodId};
    if (plan.cells.contains(key) && plan.cells.value(key) != cell) {
        problem(r, -1,
                tr("this row already has different values for the period %1 on an "
                   "earlier line; keep one line per row and period")
                    .arg(plan.periods.at(texts.periodIndex)
                             .japaneseLabel(plan.info.fiscalYearStartMonth)));
        return;
    }
    plan.cells.insert(key, cell);
}

void Builder::readLine(int r)
{
    if (m_lines.isBlank(r))
        return;
    const LineFields f = m_lines.read(r);
    const qint64 chapterId = chapterFor(f, r);
    if (m_lines.isChapterBanner(r))
        return;
    const QList<CellTexts> cells = cellsOf(r);
    const bool rowData = f.hasRowData() || !cells.isEmpty();
    if (!f.hasPledge()) {
        if (rowData)
            problem(r, -1,
                    tr("this line names no pledge (number or title), and no line above "
                       "it does either; fill in the pledge"));
        return;
    }
    const qint64 pledgeId = pledgeFor(f, chapterId);
    if (!rowData)
        return; // a line that only heads a pledge, like a merged title line
    const qint64 rowId = rowFor(f, pledgeId);
    for (const CellTexts &c : cells)
        addCell(rowId, c, r);
}

void Builder::finish()
{
    for (auto it = m_repeats.begin(); it != m_repeats.end(); ++it)
        problems[it.key()].message =
            tr("%1 (%2 lines in all)").arg(problems.at(it.key()).message).arg(it.value() + 1);
    if (m_dropped > 0)
        problems.append({0, -1, QString(), tr("… and %n more problem(s)", nullptr, m_dropped)});
    // Chapters in the order they came, pledges by chapter, rows by pledge.
    const auto position = [](const auto &list) {
        QHash<qint64, int> at;
        for (int i = 0; i < list.size(); ++i)
            at.insert(list.at(i).id, i);
        return at;
    };
    const QHash<qint64, int> chapterAt = position(plan.chapters);
    std::stable_sort(plan.pledges.begin(), plan.pledges.end(),
                     [&](const Pledge &a, const Pledge &b) {
                         return chapterAt.value(a.chapterId, -1) < chapterAt.value(b.chapterId, -1);
                     });
    const QHash<qint64, int> pledgeAt = position(plan.pledges);
    std::stable_sort(plan.rows.begin(), plan.rows.end(),
                     [&](const PledgeRow &a, const PledgeRow &b) {
                         return pledgeAt.value(a.pledgeId) < pledgeAt.value(b.pledgeId);
                     });
    // New periods in date order after the plan's own.
    const int startMonth = plan.info.fiscalYearStartMonth;
    std::stable_sort(plan.periods.end() - newPeriods.size(), plan.periods.end(),
                     [&](const Period &a, const Period &b) {
                         return a.startDate(startMonth) < b.startDate(startMonth) ||
                                (a.startDate(startMonth) == b.startDate(startMonth) &&
                                 a.endDate(startMonth) < b.endDate(startMonth));
                     });
    newPeriods = plan.periods.mid(plan.periods.size() - newPeriods.size());
}

ImportSummary summarize(const Plan &plan, const Builder &b)
{
    ImportSummary s;
    s.chapters = plan.chapters.size();
    s.pledges = plan.pledges.size();
    s.rows = plan.rows.size();
    s.cells = plan.cells.size();
    s.newPeriods = b.newPeriods;
    s.newDepartments = b.newDepartments;
    s.cellsPerLevel.fill(0, plan.periodScale.levels.size());
    for (const Cell &cell : plan.cells) {
        int index = -1;
        for (int i = 0; i < plan.periodScale.levels.size(); ++i) {
            if (plan.periodScale.levels.at(i).id == cell.levelId)
                index = i;
        }
        if (index >= 0)
            ++s.cellsPerLevel[index];
        else
            ++s.cellsWithoutStatus;
    }
    return s;
}

} // namespace

QString ImportProblem::text(const QString &sourceName) const
{
    const bool sheetRows = sourceName.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive);
    if (line <= 0)
        return SheetImport::tr("%1: %2").arg(sourceName, message);
    QString where = sheetRows ? SheetImport::tr("%1 row %2").arg(sourceName).arg(line)
                              : SheetImport::tr("%1 line %2").arg(sourceName).arg(line);
    if (column >= 0) {
        const QString letter = ColumnMapping::columnLetter(column);
        where = header.isEmpty() ? SheetImport::tr("%1, column %2").arg(where, letter)
                                 : SheetImport::tr("%1, column %2 (%3)").arg(where, letter, header);
    }
    return SheetImport::tr("%1: %2").arg(where, message);
}

SheetImport::SheetImport(const Plan &target, const ColumnMapping &mapping)
    : m_target(target), m_mapping(mapping)
{
}

void SheetImport::setProgress(const ProgressCallback &progress, int everyLines)
{
    m_progress = progress;
    m_everyLines = std::max(1, everyLines);
}

SheetImport::Result SheetImport::run(const Sheet &sheet) const
{
    Result result;
    Builder builder(m_target, m_mapping, sheet);
    if (!builder.checkMapping()) {
        result.problems = builder.problems;
        return result;
    }
    const int first = std::max(0, m_mapping.headerRow + 1);
    const int total = sheet.rows.size() - first;
    for (int r = first; r < sheet.rows.size(); ++r) {
        const int done = r - first;
        if (m_progress && done % m_everyLines == 0 && !m_progress(done, total)) {
            result.cancelled = true;
            result.problems.append({0, -1, QString(),
                                    tr("the import was cancelled; nothing was "
                                       "changed")});
            return result;
        }
        builder.readLine(r);
    }
    if (m_progress)
        m_progress(total, total);
    builder.finish();
    result.problems = builder.problems;
    result.summary = summarize(builder.plan, builder);
    if (result.problems.isEmpty())
        result.plan = builder.plan;
    return result;
}

QStringList SheetImport::statusTexts(const Sheet &sheet, const ColumnMapping &mapping)
{
    const SheetLines lines(sheet, mapping);
    QList<int> columns;
    if (mapping.layout == ColumnMapping::Layout::Long) {
        columns << mapping.column(Field::Status);
    } else {
        for (const ColumnMapping::PeriodColumns &group : mapping.periodColumns)
            columns << group.status;
    }
    columns.removeAll(-1);
    QStringList texts;
    QSet<QString> seen;
    for (int r = std::max(0, mapping.headerRow + 1); r < sheet.rows.size(); ++r) {
        if (lines.isChapterBanner(r))
            continue;
        for (int c : columns) {
            const QString t = sheet.cell(r, c).trimmed();
            if (!t.isEmpty() && !seen.contains(t)) {
                seen.insert(t);
                texts.append(t);
            }
        }
    }
    return texts;
}

const StatusLevel *SheetImport::levelFor(const QString &text, const ColumnMapping &mapping,
                                         const StatusScale &scale)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return nullptr;
    if (const auto it = mapping.statusWords.constFind(t); it != mapping.statusWords.constEnd())
        return scale.levelByCode(*it);
    if (const StatusLevel *level = scale.levelByCode(t))
        return level;
    const QString wanted = t.normalized(QString::NormalizationForm_KC);
    for (const StatusLevel &level : scale.levels) {
        if (level.label.normalized(QString::NormalizationForm_KC)
                .compare(wanted, Qt::CaseInsensitive) == 0)
            return &level;
    }
    return nullptr;
}

StatusScale SheetImport::scaleFor(const Plan &target, const ColumnMapping &mapping)
{
    return target.periodScale.levels.isEmpty() ? StatusScale::preset(mapping.scalePreset)
                                               : target.periodScale;
}
