#include "departmentworkbook.h"
#include "io/workbooksaving.h"
#include "workbookformat.h"

#include <QFile>

#include <xlsxwriter.h>

#include <memory>
#include <vector>

namespace {

using WorkbookFormat::Column;
namespace Key = WorkbookFormat::Key;

constexpr int kMaxValidationChars = 255; // Excel's limit on a validation's messages

struct WorkbookDeleter
{
    void operator()(lxw_workbook *workbook) const { lxw_workbook_free(workbook); }
};
using WorkbookPtr = std::unique_ptr<lxw_workbook, WorkbookDeleter>;

QString statusSymbol(const StatusScale &scale, qint64 levelId)
{
    const StatusLevel *level = scale.levelById(levelId);
    return level ? level->symbol : QString();
}

// Wide enough for what the cities write; the department may widen them.
double widthOf(Column column)
{
    switch (column) {
    case Column::Number:
        return 6;
    case Column::Pledge:
    case Column::Plan:
    case Column::NextPlan:
        return 28;
    case Column::Item:
        return 20;
    case Column::Content:
        return 40;
    case Column::PreviousPlan:
        return 24;
    case Column::PreviousStatus:
        return 6;
    case Column::PreviousNarrative:
        return 32;
    case Column::Status:
        return 8;
    case Column::Narrative:
        return 44;
    case Column::Id:
    case Column::TargetDate:
        break;
    }
    return 11;
}

// Builds the workbook in libxlsxwriter's memory and writes it to a file name.
class Writer
{
public:
    Writer(const Plan &plan, const DepartmentWorkbook::Request &request)
        : m_plan(plan), m_request(request),
          m_previousId(DepartmentWorkbook::previousPeriod(plan, request.periodId)),
          m_nextId(request.withNextPlan ? DepartmentWorkbook::nextPeriod(plan, request.periodId)
                                        : 0),
          m_rows(DepartmentWorkbook::rows(plan, request.departmentId, request.periodId))
    {
        m_layout.hasPrevious = m_previousId != 0;
        m_layout.hasNext = m_nextId != 0;
    }

    bool write(const QString &fileName, QString *why);

private:
    void addFormats();
    lxw_format *addFormat(bool bold, bool wrap, uint8_t align, bool open = false);
    void writeInstructions(lxw_worksheet *sheet);
    void writeHeadings(lxw_worksheet *sheet);
    void writeRow(lxw_worksheet *sheet, lxw_row_t row, const PledgeRow &source);
    void addStatusList(lxw_worksheet *sheet, lxw_row_t first, lxw_row_t last);
    void writeIdSheet(lxw_worksheet *sheet);
    QString value(const PledgeRow &source, Column column) const;
    QString periodLabel(qint64 periodId) const;
    QString statusLegend() const;
    void text(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t column, const QString &value,
              lxw_format *format);
    void keep(lxw_error error)
    {
        if (m_error == LXW_NO_ERROR)
            m_error = error;
    }
    lxw_col_t lastColumn() const { return lxw_col_t(m_layout.columns().size() - 1); }

    const Plan &m_plan;
    const DepartmentWorkbook::Request &m_request;
    const qint64 m_previousId;
    const qint64 m_nextId;
    const QList<PledgeRow> m_rows;
    WorkbookFormat::Layout m_layout;
    WorkbookPtr m_workbook;
    lxw_error m_error = LXW_NO_ERROR;
    lxw_format *m_title = nullptr;
    lxw_format *m_note = nullptr;
    lxw_format *m_heading = nullptr;
    lxw_format *m_locked = nullptr;
    lxw_format *m_lockedCentred = nullptr;
    lxw_format *m_open = nullptr;
    lxw_format *m_openCentred = nullptr;
};

bool Writer::write(const QString &fileName, QString *why)
{
    lxw_workbook_options options = {};
    options.constant_memory = LXW_FALSE; // merged cells need random access to the rows
    m_workbook.reset(workbook_new_opt(QFile::encodeName(fileName).constData(), &options));
    if (!m_workbook) {
        *why = DepartmentWorkbook::tr("the workbook cannot be created");
        return false;
    }
    addFormats();
    lxw_worksheet *sheet = workbook_add_worksheet(
        m_workbook.get(), WorkbookFormat::dataSheetName().toUtf8().constData());
    lxw_worksheet *ids = workbook_add_worksheet(m_workbook.get(),
                                                WorkbookFormat::idSheetName().toUtf8().constData());
    writeInstructions(sheet);
    writeHeadings(sheet);
    lxw_row_t row = WorkbookFormat::kFirstDataRow;
    for (const PledgeRow &source : m_rows)
        writeRow(sheet, row++, source);
    const lxw_row_t lastRow = std::max<lxw_row_t>(row - 1, WorkbookFormat::kFirstDataRow);
    addStatusList(sheet, WorkbookFormat::kFirstDataRow, lastRow);
    keep(worksheet_autofilter(sheet, WorkbookFormat::kHeadingRow + 1, 0, lastRow, lastColumn()));
    // Filtering, sorting and column widths stay possible; the id column stays hidden, and
    // no password: a department that unprotects the sheet is caught by the fingerprints.
    lxw_protection protection = {};
    protection.format_columns = 1;
    protection.format_rows = 1;
    protection.sort = 1;
    protection.autofilter = 1;
    worksheet_protect(sheet, nullptr, &protection);
    worksheet_set_landscape(sheet);
    worksheet_set_paper(sheet, 9); // A4
    worksheet_fit_to_pages(sheet, 1, 0);
    keep(
        worksheet_repeat_rows(sheet, WorkbookFormat::kHeadingRow, WorkbookFormat::kHeadingRow + 1));

    writeIdSheet(ids);
    worksheet_protect(ids, nullptr, nullptr);
    worksheet_hide(ids);
    if (m_error != LXW_NO_ERROR) {
        *why = QString::fromUtf8(lxw_strerror(m_error));
        return false;
    }
    const lxw_error closed = workbook_close(m_workbook.release()); // frees it, too
    if (closed != LXW_NO_ERROR) {
        *why = QString::fromUtf8(lxw_strerror(closed));
        return false;
    }
    return true;
}

lxw_format *Writer::addFormat(bool bold, bool wrap, uint8_t align, bool open)
{
    lxw_format *format = workbook_add_format(m_workbook.get());
    format_set_border(format, LXW_BORDER_THIN);
    format_set_border_color(format, 0x808080);
    format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
    format_set_align(format, align);
    if (bold)
        format_set_bold(format);
    if (wrap)
        format_set_text_wrap(format);
    // Yellow is where to write, grey what is fixed: the colours say it before the text does.
    format_set_bg_color(format, open ? 0xFFF2CC : 0xF2F2F2);
    if (open)
        format_set_unlocked(format);
    return format;
}

void Writer::addFormats()
{
    m_title = workbook_add_format(m_workbook.get());
    format_set_bold(m_title);
    format_set_font_size(m_title, 14);
    m_note = workbook_add_format(m_workbook.get());
    format_set_text_wrap(m_note);
    format_set_align(m_note, LXW_ALIGN_VERTICAL_TOP);
    m_heading = addFormat(true, true, LXW_ALIGN_CENTER);
    format_set_align(m_heading, LXW_ALIGN_VERTICAL_CENTER);
    format_set_bg_color(m_heading, 0xDDE4EE);
    m_locked = addFormat(false, true, LXW_ALIGN_LEFT);
    m_lockedCentred = addFormat(false, true, LXW_ALIGN_CENTER);
    m_open = addFormat(false, true, LXW_ALIGN_LEFT, true);
    m_openCentred = addFormat(true, false, LXW_ALIGN_CENTER, true);
}

void Writer::text(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t column, const QString &value,
                  lxw_format *format)
{
    if (value.isEmpty()) {
        keep(worksheet_write_blank(sheet, row, column, format));
        return;
    }
    keep(worksheet_write_string(sheet, row, column,
                                WorkbookFormat::cellText(value).toUtf8().constData(), format));
}

QString Writer::periodLabel(qint64 periodId) const
{
    const Period *period = m_plan.period(periodId);
    return period ? period->label(true, m_plan.info.fiscalYearStartMonth) : QString();
}

QString Writer::statusLegend() const
{
    QStringList levels;
    for (const StatusLevel &level : m_plan.periodScale.levels)
        levels << (level.symbol + QStringLiteral("：") + level.displayLabel(true));
    return levels.join(QStringLiteral("、"));
}

// The instructions stay to the right of the hidden id column, which would hide them.
void Writer::writeInstructions(lxw_worksheet *sheet)
{
    const Department *department = m_plan.department(m_request.departmentId);
    const QString departmentName = department ? department->name : QString();
    const QString asked =
        m_nextId ? QStringLiteral("%1の計画・状況・進捗状況と、%2の計画")
                       .arg(periodLabel(m_request.periodId), periodLabel(m_nextId))
                 : QStringLiteral("%1の計画・状況・進捗状況").arg(periodLabel(m_request.periodId));
    const QString lines[] = {
        QStringLiteral("%1　進捗状況の照会").arg(m_plan.info.title),
        QStringLiteral("所管課：%1　　対象期間：%2　　送付日：%3")
            .arg(departmentName, periodLabel(m_request.periodId),
                 m_request.sentAt.toLocalTime().date().toString(QStringLiteral("yyyy年M月d日"))),
        QStringLiteral("記入のしかた"),
        QStringLiteral("・黄色のセル（%1）にご記入ください。灰色のセルは変更できません。")
            .arg(asked),
        QStringLiteral("・状況はセルの一覧から選んでください（%1）。").arg(statusLegend()),
        QStringLiteral("・並べ替えや絞り込みはしてかまいませんが、行・列・シートの追加や削除、シー"
                       "ト名の変更はしないでください。行の照合に使う識別情報が隠してあります。"),
        QStringLiteral(
            "・記入が終わったら保存して、このファイルのまま返送してください（ファイル名は"
            "変えてもかまいません）。"),
    };
    const lxw_col_t first = 1;
    for (int i = 0; i < int(std::size(lines)); ++i) {
        lxw_format *format = i == 0 || i == 2 ? m_title : m_note; // the title, "記入のしかた"
        keep(worksheet_merge_range(sheet, lxw_row_t(i), first, lxw_row_t(i), lastColumn(),
                                   WorkbookFormat::cellText(lines[i]).toUtf8().constData(),
                                   format));
    }
    keep(worksheet_set_row(sheet, 0, 24, nullptr));
    keep(worksheet_set_row(sheet, 4, 30, nullptr));
    keep(worksheet_set_row(sheet, 5, 30, nullptr));
}

void Writer::writeHeadings(lxw_worksheet *sheet)
{
    const lxw_row_t groupRow = WorkbookFormat::kHeadingRow;
    const QList<Column> columns = m_layout.columns();
    for (int c = 0; c < columns.size(); ++c) {
        text(sheet, groupRow + 1, lxw_col_t(c), WorkbookFormat::heading(columns.at(c)), m_heading);
        lxw_row_col_options hidden = {};
        hidden.hidden = columns.at(c) == Column::Id;
        keep(worksheet_set_column_opt(sheet, lxw_col_t(c), lxw_col_t(c), widthOf(columns.at(c)),
                                      nullptr, &hidden));
    }
    auto group = [&](Column from, Column to, const QString &label) {
        keep(worksheet_merge_range(sheet, groupRow, lxw_col_t(m_layout.column(from)), groupRow,
                                   lxw_col_t(m_layout.column(to)),
                                   WorkbookFormat::cellText(label).toUtf8().constData(),
                                   m_heading));
    };
    group(Column::Number, Column::TargetDate, QStringLiteral("公約・事業"));
    if (m_layout.hasPrevious)
        group(Column::PreviousPlan, Column::PreviousNarrative,
              QStringLiteral("%1（前期・参考）").arg(periodLabel(m_previousId)));
    group(Column::Plan, Column::Narrative,
          QStringLiteral("%1（ご記入ください）").arg(periodLabel(m_request.periodId)));
    if (m_layout.hasNext)
        text(sheet, groupRow, lxw_col_t(m_layout.column(Column::NextPlan)),
             QStringLiteral("%1（ご記入ください）").arg(periodLabel(m_nextId)), m_heading);
    text(sheet, groupRow, 0, QString(), m_heading);
    keep(worksheet_set_row(sheet, groupRow, 30, nullptr));
}

QString Writer::value(const PledgeRow &source, Column column) const
{
    const Pledge *pledge = m_plan.pledge(source.pledgeId);
    const Cell previous = m_plan.cell(source.id, m_previousId);
    const Cell current = m_plan.cell(source.id, m_request.periodId);
    switch (column) {
    case Column::Id:
        return WorkbookFormat::rowToken(m_request.planUid, source.id);
    case Column::Number:
        return pledge ? pledge->number : QString();
    case Column::Pledge:
        if (!pledge)
            return {};
        return pledge->tag.isEmpty() ? pledge->title
                                     : QStringLiteral("【%1】%2").arg(pledge->tag, pledge->title);
    case Column::Item:
        return (source.marker + QLatin1Char(' ') + source.title).trimmed();
    case Column::Content:
        return source.content;
    case Column::TargetDate:
        return source.targetDateText.isEmpty() && pledge ? pledge->targetDateText
                                                         : source.targetDateText;
    case Column::PreviousPlan:
        return previous.plan;
    case Column::PreviousStatus:
        return statusSymbol(m_plan.periodScale, previous.levelId);
    case Column::PreviousNarrative:
        return previous.narrative;
    case Column::Plan:
        return current.plan;
    case Column::Status:
        return statusSymbol(m_plan.periodScale, current.levelId);
    case Column::Narrative:
        return current.narrative;
    case Column::NextPlan:
        return m_plan.cell(source.id, m_nextId).plan;
    }
    return {};
}

void Writer::writeRow(lxw_worksheet *sheet, lxw_row_t row, const PledgeRow &source)
{
    const QList<Column> columns = m_layout.columns();
    for (int c = 0; c < columns.size(); ++c) {
        const Column column = columns.at(c);
        const bool centred = column == Column::Number || column == Column::TargetDate ||
                             column == Column::Status || column == Column::PreviousStatus ||
                             column == Column::Id;
        lxw_format *format = WorkbookFormat::isOpen(column)
                                 ? (centred ? m_openCentred : m_open)
                                 : (centred ? m_lockedCentred : m_locked);
        text(sheet, row, lxw_col_t(c), value(source, column), format);
    }
}

// A drop-down of the scale's symbols that refuses anything else typed in; what each symbol
// means shows when the cell is selected.
void Writer::addStatusList(lxw_worksheet *sheet, lxw_row_t first, lxw_row_t last)
{
    std::vector<QByteArray> symbols;
    for (const StatusLevel &level : m_plan.periodScale.levels)
        symbols.push_back(level.symbol.toUtf8());
    if (symbols.empty())
        return;
    std::vector<char *> list;
    for (QByteArray &symbol : symbols)
        list.push_back(symbol.data());
    list.push_back(nullptr);
    QByteArray inputTitle = QStringLiteral("状況").toUtf8();
    QByteArray inputMessage = statusLegend().left(kMaxValidationChars).toUtf8();
    QByteArray errorTitle = QStringLiteral("状況の値").toUtf8();
    QByteArray errorMessage = QStringLiteral("状況は一覧から選んでください。").toUtf8();
    lxw_data_validation validation = {};
    validation.validate = LXW_VALIDATION_TYPE_LIST;
    validation.value_list = list.data();
    validation.input_title = inputTitle.data();
    validation.input_message = inputMessage.data();
    validation.error_title = errorTitle.data();
    validation.error_message = errorMessage.data();
    validation.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
    const auto column = lxw_col_t(m_layout.column(Column::Status));
    keep(worksheet_data_validation_range(sheet, first, column, last, column, &validation));
}

// Key and value lines, then one line per row as sent: what the reader compares with.
void Writer::writeIdSheet(lxw_worksheet *sheet)
{
    const Department *department = m_plan.department(m_request.departmentId);
    const QPair<const char *, QString> header[] = {
        {Key::Plan, m_request.planUid},
        {Key::PlanTitle, m_plan.info.title},
        {Key::Period, QString::number(m_request.periodId)},
        {Key::PreviousPeriod, m_previousId ? QString::number(m_previousId) : QString()},
        {Key::NextPeriod, m_nextId ? QString::number(m_nextId) : QString()},
        {Key::Department, QString::number(m_request.departmentId)},
        {Key::DepartmentName, department ? department->name : QString()},
        {Key::SentAt, m_request.sentAt.toUTC().toString(Qt::ISODateWithMs)},
    };
    lxw_row_t row = 0;
    text(sheet, row, 0, WorkbookFormat::marker(), nullptr);
    text(sheet, row++, 1, QString::number(WorkbookFormat::kVersion), nullptr);
    for (const auto &[key, value] : header) {
        text(sheet, row, 0, QString::fromLatin1(key), nullptr);
        text(sheet, row++, 1, value, nullptr);
    }
    text(sheet, row, 0, QString::fromLatin1(Key::Rows), nullptr);
    text(sheet, row++, 1, QString::number(m_rows.size()), nullptr);
    const QList<Column> locked = m_layout.lockedColumns();
    for (const PledgeRow &source : m_rows) {
        QStringList fingerprints;
        for (Column column : locked)
            fingerprints << WorkbookFormat::fingerprint(
                WorkbookFormat::cellText(value(source, column)));
        const QString sent[] = {value(source, Column::Id),
                                value(source, Column::Plan),
                                value(source, Column::Status),
                                value(source, Column::Narrative),
                                m_nextId ? value(source, Column::NextPlan) : QString(),
                                fingerprints.join(QLatin1Char(' '))};
        for (int c = 0; c < int(std::size(sent)); ++c)
            text(sheet, row, lxw_col_t(c), sent[c], nullptr);
        ++row;
    }
}

} // namespace

QList<PledgeRow> DepartmentWorkbook::rows(const Plan &plan, qint64 departmentId, qint64 periodId)
{
    const Period *period = plan.period(periodId);
    QList<PledgeRow> rows;
    for (const PledgeRow &row : plan.rows) {
        if (row.departmentId == departmentId && departmentId != 0 && period &&
            (row.addedInFiscalYear == 0 || row.addedInFiscalYear <= period->fiscalYear))
            rows << row;
    }
    return rows;
}

qint64 DepartmentWorkbook::previousPeriod(const Plan &plan, qint64 periodId)
{
    for (int i = 1; i < plan.periods.size(); ++i) {
        if (plan.periods.at(i).id == periodId)
            return plan.periods.at(i - 1).id;
    }
    return 0;
}

qint64 DepartmentWorkbook::nextPeriod(const Plan &plan, qint64 periodId)
{
    for (int i = 0; i + 1 < plan.periods.size(); ++i) {
        if (plan.periods.at(i).id == periodId)
            return plan.periods.at(i + 1).id;
    }
    return 0;
}

bool DepartmentWorkbook::write(const Plan &plan, const Request &request, const QString &path,
                               QString *error)
{
    if (!plan.period(request.periodId) || !plan.department(request.departmentId) ||
        request.planUid.isEmpty()) {
        *error = tr("%1: not written (the plan has no such period or department).").arg(path);
        return false;
    }
    if (request.withNextPlan && !nextPeriod(plan, request.periodId)) {
        *error = tr("%1: not written (the period is the plan's last; there is no next period "
                    "to ask a plan for).")
                     .arg(path);
        return false;
    }
    return WorkbookSaving::save(
        path,
        [&](const QString &fileName, QString *why) {
            return Writer(plan, request).write(fileName, why);
        },
        error);
}
