#include "csvexport.h"

#include "domain/plan.h"
#include "spreadsheetsafety.h"

#include <QBuffer>
#include <QSaveFile>

namespace {

const char kBom[] = "\xEF\xBB\xBF";
const QLatin1String kLineEnd("\r\n");

// RFC 4180: a field holding a comma, a quote or a line break is quoted, quotes doubled.
QString field(const QString &value)
{
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
                       value.contains(QLatin1Char('\r')) || value.contains(QLatin1Char('\n'));
    if (!quote)
        return value;
    return QLatin1Char('"') + QString(value).replace(QLatin1Char('"'), QLatin1String("\"\"")) +
           QLatin1Char('"');
}

// A field of the plan's own text, which may start like a formula.
QString textField(const QString &text)
{
    return field(SpreadsheetSafety::neutralised(text));
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// Writes the lines of the file to a device, a plan row (all its periods) at a time.
class CsvWriter
{
public:
    explicit CsvWriter(const Plan &plan) : m_plan(plan)
    {
        const int start = plan.info.fiscalYearStartMonth;
        for (const Period &period : plan.periods) {
            m_periodFields.append(QStringList{textField(period.label(true, start)),
                                              field(isoDate(period.startDate(start))),
                                              field(isoDate(period.endDate(start)))}
                                      .join(QLatin1Char(',')));
        }
    }

    // False when the device fails or progress asks to stop; cancelled tells which.
    bool write(QIODevice *device, const ProgressCallback &progress, bool *cancelled)
    {
        *cancelled = false;
        const QString header = CsvExport::columns().join(QLatin1Char(',')) + kLineEnd;
        if (!put(device, QByteArray(kBom) + header.toUtf8()))
            return false;
        const qint64 total = m_plan.rows.size();
        for (qint64 i = 0; i < total; ++i) {
            if (!put(device, rowLines(m_plan.rows.at(i)).toUtf8()))
                return false;
            if (progress && !progress(i + 1, total)) {
                *cancelled = true;
                return false;
            }
        }
        return true;
    }

private:
    static bool put(QIODevice *device, const QByteArray &bytes)
    {
        return device->write(bytes) == bytes.size();
    }

    // The columns up to target_date, the same on each of the row's lines.
    QString rowFields(const PledgeRow &row)
    {
        if (!m_pledge || m_pledge->id != row.pledgeId) // rows come grouped by pledge
            m_pledge = m_plan.pledge(row.pledgeId);
        const Pledge pledge = m_pledge ? *m_pledge : Pledge();
        const Chapter *chapter = pledge.chapterId ? m_plan.chapter(pledge.chapterId) : nullptr;
        const Department *department = m_plan.department(row.departmentId);
        return QStringList{
            QString::number(row.id),
            chapter ? QString::number(chapter->number) : QString(),
            textField(chapter ? chapter->title : QString()),
            textField(pledge.number),
            textField(pledge.tag),
            textField(pledge.title),
            row.kind == PledgeRow::Kind::Department ? QStringLiteral("department")
                                                    : QStringLiteral("item"),
            textField(row.marker),
            textField(row.title),
            textField(row.content),
            textField(department ? department->name : QString()),
            // A row without its own target date has its pledge's, as the table shows it.
            textField(row.targetDateText.isEmpty() ? pledge.targetDateText : row.targetDateText),
            isoDate(row.targetDateText.isEmpty() ? pledge.targetDate : row.targetDate),
        }
            .join(QLatin1Char(','));
    }

    QString rowLines(const PledgeRow &row)
    {
        const QString fields = rowFields(row);
        QString lines;
        for (int p = 0; p < m_plan.periods.size(); ++p) {
            const Cell cell = m_plan.cell(row.id, m_plan.periods.at(p).id);
            const StatusLevel *level = m_plan.periodScale.levelById(cell.levelId);
            lines +=
                QStringList{
                    fields,
                    m_periodFields.at(p),
                    textField(cell.plan),
                    textField(level ? level->symbol : QString()),
                    textField(level ? level->label : QString()),
                    level ? QString::number(level->achieved ? 1 : 0) : QString(),
                    textField(cell.narrative),
                }
                    .join(QLatin1Char(','));
            lines += kLineEnd;
        }
        return lines;
    }

    const Plan &m_plan;
    QStringList m_periodFields; // period, period_start, period_end, per plan period
    const Pledge *m_pledge = nullptr;
};

} // namespace

QStringList CsvExport::columns()
{
    return {QStringLiteral("row_id"),        QStringLiteral("chapter_number"),
            QStringLiteral("chapter_title"), QStringLiteral("pledge_number"),
            QStringLiteral("pledge_tag"),    QStringLiteral("pledge_title"),
            QStringLiteral("row_kind"),      QStringLiteral("row_marker"),
            QStringLiteral("row_title"),     QStringLiteral("content"),
            QStringLiteral("department"),    QStringLiteral("target_date_text"),
            QStringLiteral("target_date"),   QStringLiteral("period"),
            QStringLiteral("period_start"),  QStringLiteral("period_end"),
            QStringLiteral("plan"),          QStringLiteral("status"),
            QStringLiteral("status_label"),  QStringLiteral("achieved"),
            QStringLiteral("narrative")};
}

QByteArray CsvExport::toBytes(const Plan &plan)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    bool cancelled = false;
    CsvWriter(plan).write(&buffer, {}, &cancelled);
    return bytes;
}

bool CsvExport::write(const Plan &plan, const QString &path, QString *error,
                      const ProgressCallback &progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1: cannot be written (%2).").arg(path, file.errorString());
        return false;
    }
    bool cancelled = false;
    if (!CsvWriter(plan).write(&file, progress, &cancelled)) {
        const QString why = cancelled ? tr("cancelled") : file.errorString();
        file.cancelWriting();
        *error = tr("%1: not written (%2).").arg(path, why);
        return false;
    }
    if (!file.commit()) {
        *error = tr("%1: cannot be written (%2).").arg(path, file.errorString());
        return false;
    }
    return true;
}
