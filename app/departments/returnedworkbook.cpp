#include "returnedworkbook.h"
#include "workbookformat.h"

#include "io/xlsxreader.h"

#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace {

using WorkbookFormat::cellName;
using WorkbookFormat::Column;
namespace Key = WorkbookFormat::Key;

// One row of the hidden sheet: the open fields as written, and the locked cells' fingerprints.
struct SentRow
{
    QString plan;
    QString status;
    QString narrative;
    QString nextPlan;
    QStringList fingerprints;
};

QString symbolOf(const StatusScale &scale, qint64 levelId)
{
    const StatusLevel *level = scale.levelById(levelId);
    return level ? level->symbol : QString();
}

QString scaleSymbols(const StatusScale &scale)
{
    QStringList symbols;
    for (const StatusLevel &level : scale.levels)
        symbols << level.symbol;
    return symbols.join(QStringLiteral(", "));
}

// The level a returned status cell names: a symbol or code, or "A 完了" as a department may
// copy it from the instructions.
const StatusLevel *levelOf(const StatusScale &scale, const QString &text)
{
    if (const StatusLevel *level = scale.levelByCode(text))
        return level;
    const QString first = text.section(QRegularExpression(QStringLiteral("[\\s：:]")), 0, 0);
    return first.isEmpty() ? nullptr : scale.levelByCode(first);
}

// Reads one returned file; each step adds problems rather than stopping at the first, so
// the office sees everything wrong with a file at once.
class Reading
{
public:
    Reading(const Plan &plan, const QString &planUid, const QString &path, qint64 expectedPeriod)
        : m_plan(plan), m_planUid(planUid), m_expectedPeriod(expectedPeriod)
    {
        m_result.file = path;
    }

    ReturnedWorkbook run();

private:
    bool readSheets(Sheet *data, Sheet *ids);
    bool readHeader(const Sheet &ids, int *firstSentRow);
    bool checkHeadings(const Sheet &data);
    void readSentRows(const Sheet &ids, int from);
    void readRow(const Sheet &data, int row);
    bool checkRow(const Sheet &data, int row, const SentRow &sent);
    void compare(qint64 rowId, const QString &cell, qint64 periodId, const QString &field,
                 const QString &returnedCell, const QString &sentCell, const QString &current);
    void problem(const QString &cell, const QString &message)
    {
        m_result.problems.append({m_result.file, cell, message});
    }
    QString periodLabel(qint64 periodId) const
    {
        const Period *period = m_plan.period(periodId);
        return period ? period->label(true, m_plan.info.fiscalYearStartMonth) : QString();
    }
    QString cellOf(int row, Column column) const { return cellName(row, m_layout.column(column)); }

    const Plan &m_plan;
    const QString m_planUid;
    const qint64 m_expectedPeriod;
    ReturnedWorkbook m_result;
    WorkbookFormat::Layout m_layout;
    QHash<qint64, SentRow> m_sent;
    QHash<qint64, int> m_seen; // row id → sheet row
    QSet<qint64> m_matched;    // rows read without problems
};

ReturnedWorkbook Reading::run()
{
    Sheet data, ids;
    int firstSentRow = 0;
    if (!readSheets(&data, &ids) || !readHeader(ids, &firstSentRow) || !checkHeadings(data))
        return m_result;
    m_result.usable = true;
    readSentRows(ids, firstSentRow);
    for (int row = WorkbookFormat::kFirstDataRow; row < data.rows.size(); ++row)
        readRow(data, row);
    m_result.rows = int(m_matched.size());
    return m_result;
}

bool Reading::readSheets(Sheet *data, Sheet *ids)
{
    const QString name = QFileInfo(m_result.file).fileName();
    // XlsxReader's messages start with the file's name, which the problem names already.
    auto withoutName = [&](const QString &message) {
        const QString prefix = name + QStringLiteral(": ");
        return message.startsWith(prefix) ? message.mid(prefix.size()) : message;
    };
    QString error;
    const QStringList names = XlsxReader::sheetNames(m_result.file, &error);
    if (names.isEmpty()) {
        problem({}, withoutName(error));
        return false;
    }
    const int idIndex = int(names.indexOf(WorkbookFormat::idSheetName()));
    if (idIndex < 0) {
        problem({}, ReturnedWorkbookReader::tr("not a department workbook sent out from this "
                                               "plan (it has no hidden sheet of identifiers)."));
        return false;
    }
    // A department may have renamed its sheet: then the first other one is it.
    int dataIndex = int(names.indexOf(WorkbookFormat::dataSheetName()));
    if (dataIndex < 0)
        dataIndex = idIndex == 0 ? 1 : 0;
    auto sheet = XlsxReader::readSheet(m_result.file, idIndex, &error);
    auto dataSheet = sheet && dataIndex < names.size()
                         ? XlsxReader::readSheet(m_result.file, dataIndex, &error)
                         : std::nullopt;
    if (!sheet || !dataSheet) {
        problem({}, error.isEmpty() ? ReturnedWorkbookReader::tr("the sheet to fill in is missing.")
                                    : withoutName(error));
        return false;
    }
    *ids = std::move(*sheet);
    *data = std::move(*dataSheet);
    return true;
}

// The identifiers say which plan, period and department the workbook was sent out for.
bool Reading::readHeader(const Sheet &ids, int *firstSentRow)
{
    if (ids.cell(0, 0) != WorkbookFormat::marker()) {
        problem({}, ReturnedWorkbookReader::tr("not a department workbook sent out from this "
                                               "plan (its identifiers are damaged)."));
        return false;
    }
    if (ids.cell(0, 1).toInt() > WorkbookFormat::kVersion) {
        problem({}, ReturnedWorkbookReader::tr("written by a newer version of Pledge Tracker; "
                                               "merge it there."));
        return false;
    }
    QHash<QString, QString> values;
    int row = 1;
    for (; row < ids.rows.size() && ids.cell(row, 0) != QLatin1String(Key::Rows); ++row)
        values.insert(ids.cell(row, 0), ids.cell(row, 1));
    *firstSentRow = row + 1;
    const auto id = [&](const char *key) { return values.value(QLatin1String(key)).toLongLong(); };
    if (m_planUid.isEmpty() || values.value(QLatin1String(Key::Plan)) != m_planUid) {
        problem({}, ReturnedWorkbookReader::tr("sent out from another plan (\"%1\"), not from "
                                               "this one.")
                        .arg(values.value(QLatin1String(Key::PlanTitle))));
        return false;
    }
    m_result.periodId = id(Key::Period);
    m_result.departmentId = id(Key::Department);
    m_result.nextPeriodId = id(Key::NextPeriod);
    m_result.sentAt =
        QDateTime::fromString(values.value(QLatin1String(Key::SentAt)), Qt::ISODateWithMs);
    m_layout.hasPrevious = id(Key::PreviousPeriod) != 0;
    m_layout.hasNext = m_result.nextPeriodId != 0;
    bool usable = true;
    if (!m_plan.period(m_result.periodId)) {
        problem({}, ReturnedWorkbookReader::tr("sent out for a period this plan no longer has."));
        usable = false;
    } else if (m_expectedPeriod && m_result.periodId != m_expectedPeriod) {
        problem({}, ReturnedWorkbookReader::tr("sent out for %1, not for %2, the period being "
                                               "collected.")
                        .arg(periodLabel(m_result.periodId), periodLabel(m_expectedPeriod)));
        usable = false;
    }
    if (!m_plan.department(m_result.departmentId)) {
        problem({}, ReturnedWorkbookReader::tr("sent out to %1, a department this plan no "
                                               "longer has.")
                        .arg(values.value(QLatin1String(Key::DepartmentName))));
        usable = false;
    }
    if (m_result.nextPeriodId && !m_plan.period(m_result.nextPeriodId)) {
        problem({}, ReturnedWorkbookReader::tr("asks for the plan of a next period this plan "
                                               "no longer has; those plans are left out."));
        m_result.nextPeriodId = 0;
    }
    return usable;
}

// Inserted or deleted columns would move every value into the wrong field.
bool Reading::checkHeadings(const Sheet &data)
{
    const QList<Column> columns = m_layout.columns();
    for (int c = 0; c < columns.size(); ++c) {
        const int row = WorkbookFormat::kHeadingRow + 1;
        if (data.cell(row, c).trimmed() != WorkbookFormat::heading(columns.at(c))) {
            problem(cellName(row, c),
                    ReturnedWorkbookReader::tr("the columns were changed (\"%1\" was expected "
                                               "here); the workbook cannot be read.")
                        .arg(WorkbookFormat::heading(columns.at(c))));
            return false;
        }
    }
    return true;
}

void Reading::readSentRows(const Sheet &ids, int from)
{
    for (int row = from; row < ids.rows.size(); ++row) {
        const qint64 rowId = WorkbookFormat::rowIdFromToken(m_planUid, ids.cell(row, 0));
        if (rowId)
            m_sent.insert(rowId,
                          {ids.cell(row, 1), ids.cell(row, 2), ids.cell(row, 3), ids.cell(row, 4),
                           ids.cell(row, 5).split(QLatin1Char(' '), Qt::SkipEmptyParts)});
    }
}

void Reading::readRow(const Sheet &data, int row)
{
    const QStringList &cells = data.rows.at(row);
    if (std::all_of(cells.cbegin(), cells.cend(), [](const QString &c) { return c.isEmpty(); }))
        return;
    const QString idCell = cellOf(row, Column::Id);
    const QString token = data.cell(row, m_layout.column(Column::Id));
    const qint64 rowId = WorkbookFormat::rowIdFromToken(m_planUid, token);
    if (!rowId || !m_sent.contains(rowId)) {
        problem(idCell,
                token.isEmpty()
                    ? ReturnedWorkbookReader::tr("the row has no identifier in the hidden "
                                                 "column A (was it added or pasted?); it "
                                                 "cannot be matched to the plan.")
                    : ReturnedWorkbookReader::tr("the row's identifier \"%1\" in the hidden "
                                                 "column A is damaged; the row cannot be "
                                                 "matched to the plan.")
                          .arg(token));
        return;
    }
    if (m_seen.contains(rowId)) {
        problem(idCell, ReturnedWorkbookReader::tr("the row is there twice (as row %1 too); "
                                                   "neither is merged.")
                            .arg(m_seen.value(rowId) + 1));
        m_result.changes.removeIf([rowId](const ReturnedChange &c) { return c.rowId == rowId; });
        m_matched.remove(rowId);
        return;
    }
    m_seen.insert(rowId, row);
    if (!m_plan.row(rowId)) {
        problem(idCell, ReturnedWorkbookReader::tr("the row was deleted from the plan after the "
                                                   "workbook was sent out."));
        return;
    }
    const SentRow &sent = m_sent[rowId];
    if (!checkRow(data, row, sent))
        return;
    m_matched.insert(rowId);
    const auto value = [&](Column column) { return data.cell(row, m_layout.column(column)); };
    const Cell current = m_plan.cell(rowId, m_result.periodId);
    const qint64 period = m_result.periodId;
    compare(rowId, cellOf(row, Column::Plan), period, QStringLiteral("plan"), value(Column::Plan),
            sent.plan, current.plan);
    // A status by its symbol, however the department spelled it (〇 for ○, "A 完了").
    const StatusLevel *level = levelOf(m_plan.periodScale, value(Column::Status).trimmed());
    compare(rowId, cellOf(row, Column::Status), period, QStringLiteral("status"),
            level ? level->symbol : QString(), sent.status,
            symbolOf(m_plan.periodScale, current.levelId));
    compare(rowId, cellOf(row, Column::Narrative), period, QStringLiteral("narrative"),
            value(Column::Narrative), sent.narrative, current.narrative);
    if (m_result.nextPeriodId)
        compare(rowId, cellOf(row, Column::NextPlan), m_result.nextPeriodId, QStringLiteral("plan"),
                value(Column::NextPlan), sent.nextPlan,
                m_plan.cell(rowId, m_result.nextPeriodId).plan);
}

// Locked cells as sent, and a status of the scale: else the row is left out.
bool Reading::checkRow(const Sheet &data, int row, const SentRow &sent)
{
    bool fine = true;
    const QList<Column> locked = m_layout.lockedColumns();
    for (int i = 0; i < locked.size(); ++i) {
        const int column = m_layout.column(locked.at(i));
        if (WorkbookFormat::fingerprint(data.cell(row, column)) != sent.fingerprints.value(i)) {
            problem(cellName(row, column),
                    ReturnedWorkbookReader::tr("a locked cell (%1) was changed; the row is left "
                                               "out.")
                        .arg(WorkbookFormat::heading(locked.at(i))));
            fine = false;
        }
    }
    const QString status = data.cell(row, m_layout.column(Column::Status)).trimmed();
    if (!status.isEmpty() && !levelOf(m_plan.periodScale, status)) {
        problem(cellOf(row, Column::Status),
                ReturnedWorkbookReader::tr("\"%1\" is not a status of the plan's scale (%2); the "
                                           "row is left out.")
                    .arg(status, scaleSymbols(m_plan.periodScale)));
        fine = false;
    }
    return fine;
}

// A field the department changed, unless the plan already says the same.
void Reading::compare(qint64 rowId, const QString &cell, qint64 periodId, const QString &field,
                      const QString &returnedCell, const QString &sentCell, const QString &current)
{
    if (returnedCell == sentCell)
        return;
    const QString returned = WorkbookFormat::plainText(returnedCell);
    if (returned == current)
        return;
    const QString sent = WorkbookFormat::plainText(sentCell);
    m_result.changes.append(
        {m_result.file, cell, rowId, periodId, field, sent, current, returned, current != sent});
}

} // namespace

ReturnedWorkbook ReturnedWorkbookReader::read(const Plan &plan, const QString &planUid,
                                              const QString &path, qint64 expectedPeriodId)
{
    return Reading(plan, planUid, path, expectedPeriodId).run();
}

QList<ReturnedWorkbook> ReturnedWorkbookReader::readAll(const Plan &plan, const QString &planUid,
                                                        const QStringList &paths,
                                                        qint64 expectedPeriodId,
                                                        const ProgressCallback &progress)
{
    QList<ReturnedWorkbook> workbooks;
    for (const QString &path : paths) {
        if (progress && !progress(workbooks.size(), paths.size()))
            break;
        workbooks.append(read(plan, planUid, path, expectedPeriodId));
    }
    // Two returns changing one field differently: only the office can say which is right.
    using FieldKey = std::tuple<qint64, qint64, QString>;
    QMap<FieldKey, QStringList> returnedValues;
    for (const ReturnedWorkbook &workbook : std::as_const(workbooks)) {
        for (const ReturnedChange &c : workbook.changes)
            returnedValues[{c.rowId, c.periodId, c.field}] << c.returnedValue;
    }
    for (ReturnedWorkbook &workbook : workbooks) {
        for (ReturnedChange &c : workbook.changes) {
            QStringList values = returnedValues.value({c.rowId, c.periodId, c.field});
            values.removeDuplicates();
            if (values.size() > 1)
                c.conflict = true;
        }
    }
    if (progress)
        progress(workbooks.size(), paths.size());
    return workbooks;
}

QList<ReturnedChange> ReturnedWorkbookReader::mergeable(const QList<ReturnedWorkbook> &workbooks,
                                                        bool applyRest, bool withConflicts)
{
    QList<ReturnedChange> changes;
    for (const ReturnedWorkbook &workbook : workbooks) {
        if (!workbook.usable || (workbook.hasProblems() && !applyRest))
            continue;
        for (const ReturnedChange &change : workbook.changes) {
            if (withConflicts || !change.conflict)
                changes.append(change);
        }
    }
    return changes;
}
