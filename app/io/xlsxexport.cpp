#include "xlsxexport.h"

#include "domain/plan.h"
#include "report/reporttext.h"
#include "spreadsheetsafety.h"
#include "stats/statuscounts.h"
#include "workbooksaving.h"

#include <QFile>

#include <xlsxwriter.h>

#include <memory>

namespace {

using Key = ReportText::Key;

constexpr int kHeaderRows = 2;       // period labels, then column names
constexpr int kLeftColumns = 6;      // No., pledge, item, content, department, target date
constexpr int kPeriodColumns = 3;    // plan, status, narrative
constexpr int kMaxCellChars = 32767; // Excel's limit; libxlsxwriter refuses longer strings

// The few words of the workbook that ReportText has no key for. Like ReportText they come in
// both languages here rather than through tr(), because the workbook's language is chosen per
// export and may differ from the editor's.
QString pick(bool japanese, const char *ja, const char *en)
{
    return QString::fromUtf8(japanese ? ja : en);
}

lxw_color_t lxwColor(const QColor &color)
{
    const lxw_color_t rgb = color.rgb() & 0xFFFFFF;
    return rgb ? rgb : LXW_COLOR_BLACK; // 0 means "no colour" to libxlsxwriter
}

// Status symbols stay readable on dark and on light level colours.
QColor textOn(const QColor &fill)
{
    return fill.lightnessF() < 0.55 ? Qt::white : QColor(0x20, 0x20, 0x20);
}

// What a text cell holds: neutralised, within Excel's length, UTF-8 for libxlsxwriter.
QByteArray cellBytes(const QString &text)
{
    QString safe = SpreadsheetSafety::neutralised(text);
    if (safe.size() > kMaxCellChars) {
        safe.truncate(kMaxCellChars);
        if (safe.back().isHighSurrogate())
            safe.chop(1);
    }
    return safe.toUtf8();
}

struct WorkbookDeleter
{
    void operator()(lxw_workbook *workbook) const { lxw_workbook_free(workbook); }
};
using WorkbookPtr = std::unique_ptr<lxw_workbook, WorkbookDeleter>;

// Builds the workbook in libxlsxwriter's memory and writes it to a file name. Formats are made
// once and shared by every cell that looks the same.
class WorkbookWriter
{
public:
    WorkbookWriter(const Plan &plan, bool japanese)
        : m_plan(plan), m_japanese(japanese),
          m_language(japanese ? ReportOptions::Language::Japanese
                              : ReportOptions::Language::English)
    {
    }

    // False with why set when libxlsxwriter fails, or with cancelled set when progress asks
    // to stop.
    bool write(const QString &fileName, const ProgressCallback &progress, QString *why,
               bool *cancelled);

private:
    void addFormats();
    lxw_format *addFormat(bool bold, bool wrap, uint8_t align);
    void writeTableHeader(lxw_worksheet *sheet);
    void writeChapterLine(lxw_worksheet *sheet, lxw_row_t row, const Chapter &chapter);
    void writeTableRow(lxw_worksheet *sheet, lxw_row_t row, const Pledge &pledge,
                       const PledgeRow &source);
    void writeSummary(lxw_worksheet *sheet);
    void text(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t column, const QString &value,
              lxw_format *format);
    void number(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t column, double value,
                lxw_format *format);
    void keep(lxw_error error)
    {
        if (m_error == LXW_NO_ERROR)
            m_error = error;
    }
    lxw_col_t lastColumn() const
    {
        return lxw_col_t(kLeftColumns + kPeriodColumns * m_plan.periods.size() - 1);
    }

    WorkbookPtr m_workbook;
    const Plan &m_plan;
    const bool m_japanese;
    const ReportOptions::Language m_language;
    lxw_error m_error = LXW_NO_ERROR;
    lxw_format *m_title = nullptr;
    lxw_format *m_heading = nullptr;
    lxw_format *m_chapter = nullptr;
    lxw_format *m_text = nullptr;
    lxw_format *m_centred = nullptr;
    lxw_format *m_count = nullptr;
    lxw_format *m_share = nullptr;
    QHash<qint64, lxw_format *> m_levelFormats; // by level id; a level without a colour: none
};

bool WorkbookWriter::write(const QString &fileName, const ProgressCallback &progress, QString *why,
                           bool *cancelled)
{
    *cancelled = false;
    lxw_workbook_options options = {};
    options.constant_memory = LXW_FALSE; // merged cells need random access to the rows
    m_workbook.reset(workbook_new_opt(QFile::encodeName(fileName).constData(), &options));
    if (!m_workbook) {
        *why = XlsxExport::tr("the workbook cannot be created");
        return false;
    }
    addFormats();
    lxw_worksheet *table = workbook_add_worksheet(
        m_workbook.get(), pick(m_japanese, "進捗状況", "Progress").toUtf8().constData());
    lxw_worksheet *summary = workbook_add_worksheet(
        m_workbook.get(), pick(m_japanese, "集計", "Summary").toUtf8().constData());
    writeTableHeader(table);

    const qint64 total = m_plan.rows.size() + 1; // and the step that zips the workbook
    lxw_row_t row = kHeaderRows;
    const Pledge *pledge = nullptr;
    qint64 chapterId = 0;
    for (qint64 i = 0; i < m_plan.rows.size(); ++i) {
        const PledgeRow &source = m_plan.rows.at(i);
        if (!pledge || pledge->id != source.pledgeId) { // rows come grouped by pledge
            pledge = m_plan.pledge(source.pledgeId);
            if (!pledge)
                continue;
            const Chapter *chapter = m_plan.chapter(pledge->chapterId);
            if (chapter && chapter->id != chapterId)
                writeChapterLine(table, row++, *chapter);
            chapterId = pledge->chapterId;
        }
        writeTableRow(table, row++, *pledge, source);
        if (progress && !progress(i + 1, total)) {
            *cancelled = true;
            return false;
        }
    }
    worksheet_freeze_panes(table, kHeaderRows, kLeftColumns);
    keep(worksheet_autofilter(table, kHeaderRows - 1, 0, std::max(row - 1, lxw_row_t(kHeaderRows)),
                              lastColumn()));
    writeSummary(summary);

    if (m_error != LXW_NO_ERROR) {
        *why = QString::fromUtf8(lxw_strerror(m_error));
        return false;
    }
    const lxw_error closed = workbook_close(m_workbook.release()); // frees it, too
    if (closed != LXW_NO_ERROR) {
        *why = QString::fromUtf8(lxw_strerror(closed));
        return false;
    }
    if (progress && !progress(total, total)) {
        *cancelled = true;
        return false;
    }
    return true;
}

lxw_format *WorkbookWriter::addFormat(bool bold, bool wrap, uint8_t align)
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
    return format;
}

void WorkbookWriter::addFormats()
{
    m_title = workbook_add_format(m_workbook.get());
    format_set_bold(m_title);
    format_set_font_size(m_title, 12);
    format_set_align(m_title, LXW_ALIGN_VERTICAL_CENTER);
    m_heading = addFormat(true, true, LXW_ALIGN_CENTER);
    format_set_align(m_heading, LXW_ALIGN_VERTICAL_CENTER);
    format_set_bg_color(m_heading, 0xDDE4EE);
    m_chapter = addFormat(true, false, LXW_ALIGN_LEFT);
    format_set_bg_color(m_chapter, 0xEFEFEF);
    m_text = addFormat(false, true, LXW_ALIGN_LEFT);
    m_centred = addFormat(false, true, LXW_ALIGN_CENTER);
    m_count = addFormat(false, false, LXW_ALIGN_RIGHT);
    m_share = addFormat(false, false, LXW_ALIGN_RIGHT);
    format_set_num_format(m_share, "0.0%");
    for (const StatusLevel &level : m_plan.periodScale.levels) {
        lxw_format *format = addFormat(true, false, LXW_ALIGN_CENTER);
        if (level.color.isValid()) {
            format_set_bg_color(format, lxwColor(level.color));
            format_set_font_color(format, lxwColor(textOn(level.color)));
        }
        m_levelFormats.insert(level.id, format);
    }
}

void WorkbookWriter::text(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t column,
                          const QString &value, lxw_format *format)
{
    if (value.isEmpty()) {
        keep(worksheet_write_blank(sheet, row, column, format));
        return;
    }
    const QByteArray bytes = cellBytes(value);
    keep(worksheet_write_string(sheet, row, column, bytes.constData(), format));
}

void WorkbookWriter::number(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t column, double value,
                            lxw_format *format)
{
    keep(worksheet_write_number(sheet, row, column, value, format));
}

// Like the city's sheet: the period's label over its plan, status and narrative columns, the
// plan's title over the left columns.
void WorkbookWriter::writeTableHeader(lxw_worksheet *sheet)
{
    const QString title =
        (m_plan.info.title + QLatin1Char(' ') + ReportText::asOfLabel(m_plan.info, m_language))
            .trimmed();
    keep(worksheet_merge_range(sheet, 0, 0, 0, kLeftColumns - 1, cellBytes(title).constData(),
                               m_title));
    const Key left[] = {Key::Number,  Key::Pledge,     Key::Item,
                        Key::Content, Key::Department, Key::TargetDate};
    const double leftWidths[] = {6, 28, 22, 40, 14, 11};
    for (int c = 0; c < kLeftColumns; ++c) {
        text(sheet, 1, c, ReportText::text(left[c], m_language), m_heading);
        keep(worksheet_set_column(sheet, c, c, leftWidths[c], nullptr));
    }
    const Key perPeriod[] = {Key::Plan, Key::Status, Key::Narrative};
    const double periodWidths[] = {24, 6, 36};
    for (int p = 0; p < m_plan.periods.size(); ++p) {
        const lxw_col_t first = lxw_col_t(kLeftColumns + kPeriodColumns * p);
        const QString label =
            ReportText::periodLabel(m_plan.periods.at(p), m_plan.info, m_language);
        keep(worksheet_merge_range(sheet, 0, first, 0, first + kPeriodColumns - 1,
                                   cellBytes(label).constData(), m_heading));
        for (int c = 0; c < kPeriodColumns; ++c) {
            text(sheet, 1, first + c, ReportText::text(perPeriod[c], m_language), m_heading);
            keep(worksheet_set_column(sheet, first + c, first + c, periodWidths[c], nullptr));
        }
    }
    keep(worksheet_set_row(sheet, 0, 30, nullptr));
    worksheet_set_landscape(sheet);
    keep(worksheet_repeat_rows(sheet, 0, kHeaderRows - 1));
}

void WorkbookWriter::writeChapterLine(lxw_worksheet *sheet, lxw_row_t row, const Chapter &chapter)
{
    const QString heading = ReportText::chapterHeading(chapter.number, chapter.title, m_language);
    keep(worksheet_merge_range(sheet, row, 0, row, lastColumn(), cellBytes(heading).constData(),
                               m_chapter));
}

// Every row carries its pledge's number and title, so a filtered table still says whose row
// it is.
void WorkbookWriter::writeTableRow(lxw_worksheet *sheet, lxw_row_t row, const Pledge &pledge,
                                   const PledgeRow &source)
{
    const Department *department = m_plan.department(source.departmentId);
    const QString pledgeText = pledge.tag.isEmpty()
                                   ? pledge.title
                                   : QStringLiteral("【%1】%2").arg(pledge.tag, pledge.title);
    const QString item = (source.marker + QLatin1Char(' ') + source.title).trimmed();
    text(sheet, row, 0, pledge.number, m_centred);
    text(sheet, row, 1, pledgeText, m_text);
    text(sheet, row, 2, item, m_text);
    text(sheet, row, 3, source.content, m_text);
    text(sheet, row, 4, department ? department->name : QString(), m_text);
    text(sheet, row, 5,
         source.targetDateText.isEmpty() ? pledge.targetDateText : source.targetDateText,
         m_centred);
    for (int p = 0; p < m_plan.periods.size(); ++p) {
        const lxw_col_t first = lxw_col_t(kLeftColumns + kPeriodColumns * p);
        const auto cell = m_plan.cells.constFind({source.id, m_plan.periods.at(p).id});
        const bool has = cell != m_plan.cells.cend();
        const StatusLevel *level = has ? m_plan.periodScale.levelById(cell->levelId) : nullptr;
        text(sheet, row, first, has ? cell->plan : QString(), m_text);
        text(sheet, row, first + 1, level ? level->symbol : QString(),
             level ? m_levelFormats.value(level->id, m_centred) : m_centred);
        text(sheet, row, first + 2, has ? cell->narrative : QString(), m_text);
    }
}

// Per period: rows at each level, without a status, in all, and the share achieved.
void WorkbookWriter::writeSummary(lxw_worksheet *sheet)
{
    const StatusScale &scale = m_plan.periodScale;
    QStringList headings{ReportText::text(Key::Period, m_language)};
    for (const StatusLevel &level : scale.levels)
        headings.append(
            (level.symbol + QLatin1Char(' ') + level.displayLabel(m_japanese)).trimmed());
    headings << ReportText::text(Key::NoStatus, m_language)
             << ReportText::text(Key::Total, m_language)
             << ReportText::text(Key::Achieved, m_language)
             << pick(m_japanese, "達成率", "Achieved share");
    for (int c = 0; c < headings.size(); ++c) {
        text(sheet, 0, c, headings.at(c), m_heading);
        keep(worksheet_set_column(sheet, c, c, c == 0 ? 24 : 12, nullptr));
    }
    for (int p = 0; p < m_plan.periods.size(); ++p) {
        const Period &period = m_plan.periods.at(p);
        const StatusCounts counts = StatusCounts::forPeriod(m_plan, period.id);
        const lxw_row_t row = lxw_row_t(p + 1);
        lxw_col_t c = 0;
        text(sheet, row, c++, ReportText::periodLabel(period, m_plan.info, m_language), m_text);
        for (int n : counts.perLevel)
            number(sheet, row, c++, n, m_count);
        const int achieved = counts.achieved(scale);
        number(sheet, row, c++, counts.none, m_count);
        number(sheet, row, c++, counts.total(), m_count);
        number(sheet, row, c++, achieved, m_count);
        number(sheet, row, c++, counts.total() ? double(achieved) / counts.total() : 0.0, m_share);
    }
    worksheet_freeze_panes(sheet, 1, 1);
}

} // namespace

bool XlsxExport::write(const Plan &plan, const QString &path, QString *error,
                       const ProgressCallback &progress, bool japanese)
{
    return WorkbookSaving::save(
        path,
        [&](const QString &fileName, QString *why) {
            bool cancelled = false;
            if (WorkbookWriter(plan, japanese).write(fileName, progress, why, &cancelled))
                return true;
            if (cancelled)
                *why = tr("cancelled");
            return false;
        },
        error);
}
