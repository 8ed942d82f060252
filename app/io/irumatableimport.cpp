#include "irumatableimport.h"
#include "domain/japaneseera.h"
#include "tabulartext.h"

#include <QRegularExpression>

namespace {

const QRegularExpression &chapterLine()
{
    static const QRegularExpression re(QStringLiteral("^第\\s*(\\d+)\\s*章\\s*(.*)$"));
    return re;
}

const QRegularExpression &pledgeLine()
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d+(?:-\\d+)?)\\s*[:：]\\s*【([^】]*)】\\s*(.*)$"));
    return re;
}

const QRegularExpression &legendLine()
{
    static const QRegularExpression re(QStringLiteral("^[-・]\\s*(\\S+)\\s+(.+)$"));
    return re;
}

bool isCircledNumber(QChar c)
{
    return (c.unicode() >= 0x2460 && c.unicode() <= 0x2473) || // ①–⑳
           (c.unicode() >= 0x3251 && c.unicode() <= 0x325F);   // ㉑–㉟
}

bool isBullet(QChar c)
{
    return c == QChar(0x25CF) || c == QChar(0x30FB); // ● ・
}

QString withoutMarkup(QString text)
{
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    text.replace(tag, QStringLiteral(" "));
    text.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text;
}

// Cells are compared after the full-width digits some sheets use are made plain.
QString normalized(const QString &cell)
{
    return cell.normalized(QString::NormalizationForm_KC).trimmed();
}

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(IrumaTableImport)

public:
    Reader(const QString &source, QString *error) : m_source(source), m_error(error) {}
    std::optional<Plan> read(const QString &text);

private:
    bool fail(int line, const QString &what)
    {
        *m_error = tr("%1 line %2: %3").arg(m_source).arg(line).arg(what);
        return false;
    }
    bool readLine(const QStringList &cells, int line);
    bool readItem(const QStringList &cells, int line);
    qint64 nextId() { return m_nextId++; }

    QString m_source;
    QString *m_error;
    Plan m_plan;
    qint64 m_nextId = 1;
    bool m_inSummary = false;
};

std::optional<Plan> Reader::read(const QString &text)
{
    m_plan.periodScale = StatusScale::preset(StatusScale::Preset::AtoD);
    for (StatusLevel &level : m_plan.periodScale.levels)
        level.id = nextId();

    const QList<QStringList> lines = TabularText::parse(text);
    for (int i = 0; i < lines.size(); ++i) {
        if (!readLine(lines.at(i), i + 1))
            return std::nullopt;
    }
    if (m_plan.rows.isEmpty()) {
        *m_error = tr("%1: no item lines (①… with content, progress and status) were found; is "
                      "this Iruma's progress table?")
                       .arg(m_source);
        return std::nullopt;
    }
    if (!m_plan.info.asOf.isValid()) {
        *m_error = tr("%1: the title line names no reporting date such as 【令和5年9月末現在】")
                       .arg(m_source);
        return std::nullopt;
    }
    Period period = Period::reportingDate(m_plan.info.asOf, m_plan.info.fiscalYearStartMonth);
    period.id = nextId();
    m_plan.periods.append(period);
    // Cells were collected under period id 0 until the date was known.
    QHash<CellKey, Cell> cells;
    for (auto it = m_plan.cells.cbegin(); it != m_plan.cells.cend(); ++it)
        cells.insert({it.key().first, period.id}, it.value());
    m_plan.cells = cells;
    return m_plan;
}

bool Reader::readLine(const QStringList &cells, int line)
{
    const QString first = normalized(cells.value(0));
    bool blank = true;
    for (const QString &c : cells)
        blank = blank && c.trimmed().isEmpty();
    if (blank || m_inSummary)
        return true;

    if (m_plan.info.title.isEmpty()) {
        m_plan.info.title = cells.value(0).trimmed();
        static const QRegularExpression date(QStringLiteral("【([^】]*現在)】"));
        const QRegularExpressionMatch m = date.match(m_plan.info.title);
        if (m.hasMatch())
            m_plan.info.asOf = JapaneseEra::parseTargetDate(m.captured(1));
        return true;
    }
    if (m_plan.chapters.isEmpty() && m_plan.pledges.isEmpty()) {
        const QRegularExpressionMatch legend = legendLine().match(cells.value(0).trimmed());
        if (legend.hasMatch()) {
            auto *level =
                const_cast<StatusLevel *>(m_plan.periodScale.levelByCode(legend.captured(1)));
            if (!level)
                return fail(line, tr("the legend names \"%1\", which is not one of A, B, C, D")
                                      .arg(legend.captured(1)));
            level->label = legend.captured(2).trimmed();
            return true;
        }
    }
    if (first == QStringLiteral("評価")) {
        // The sheet's own count table ends it; the counts are computed, never read.
        m_inSummary = true;
        return true;
    }
    if (const QRegularExpressionMatch m = chapterLine().match(first); m.hasMatch()) {
        m_plan.chapters.append(Chapter{nextId(), m.captured(1).toInt(), m.captured(2).trimmed()});
        return true;
    }
    if (const QRegularExpressionMatch m = pledgeLine().match(first); m.hasMatch()) {
        Pledge pledge;
        pledge.id = nextId();
        pledge.chapterId = m_plan.chapters.isEmpty() ? 0 : m_plan.chapters.constLast().id;
        pledge.number = m.captured(1);
        pledge.tag = m.captured(2).trimmed();
        pledge.title = cells.value(0).trimmed().section(QStringLiteral("】"), 1).trimmed();
        m_plan.pledges.append(pledge);
        return true;
    }
    if (first.isEmpty() && normalized(cells.value(1)) == QStringLiteral("内容"))
        return true; // the column header repeated under each pledge
    // Not the normalised text: NFKC turns ① into 1.
    const QString raw = cells.value(0).trimmed();
    if (!raw.isEmpty() && isCircledNumber(raw.at(0)))
        return readItem(cells, line);
    return fail(line, tr("expected a chapter (第1章 …), a pledge (1:【tag】 title) or an item "
                         "(① title, content, progress, status), found \"%1\"")
                          .arg(cells.join(QLatin1Char(' ')).trimmed().left(40)));
}

bool Reader::readItem(const QStringList &cells, int line)
{
    if (m_plan.pledges.isEmpty())
        return fail(line, tr("an item comes before any pledge line (1:【tag】 title)"));
    const QString first = cells.value(0).trimmed();
    PledgeRow row;
    row.id = nextId();
    row.pledgeId = m_plan.pledges.constLast().id;
    row.kind = PledgeRow::Kind::Item;
    row.marker = first.left(1);
    row.title = first.mid(1).trimmed();
    row.content = cells.value(1).trimmed();

    Cell cell;
    cell.narrative = IrumaTableImport::progressNotes(cells.value(2));
    const QString status = normalized(cells.value(3));
    if (!status.isEmpty()) {
        const QString code = status.section(QLatin1Char(' '), 0, 0);
        const StatusLevel *level = m_plan.periodScale.levelByCode(code);
        for (const StatusLevel &l : m_plan.periodScale.levels) {
            if (!level && l.label == status)
                level = &l;
        }
        if (!level)
            return fail(line, tr("the status \"%1\" is not one of A 完了, B 実施中, C 着手, "
                                 "D 未着手; correct it in the sheet and import again")
                                  .arg(status));
        cell.levelId = level->id;
    }
    m_plan.rows.append(row);
    if (!cell.isEmpty())
        m_plan.cells.insert({row.id, 0}, cell);
    return true;
}

} // namespace

std::optional<Plan> IrumaTableImport::read(const QString &text, const QString &sourceName,
                                           QString *error)
{
    return Reader(sourceName, error).read(text);
}

bool IrumaTableImport::recognizes(const QString &text)
{
    bool pledge = false;
    bool header = false;
    for (const QStringList &cells : TabularText::parse(text.left(20000))) {
        const QString first = normalized(cells.value(0));
        pledge = pledge || pledgeLine().match(first).hasMatch();
        header =
            header || (first.isEmpty() && normalized(cells.value(1)) == QStringLiteral("内容") &&
                       normalized(cells.value(2)) == QStringLiteral("取組状況"));
    }
    return pledge && header;
}

QString IrumaTableImport::progressNotes(const QString &cell)
{
    const QString text = withoutMarkup(cell);
    QStringList notes;
    QString current;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        // A ・ inside a note (総合政策・行政改革) is punctuation; a bullet starts the cell or
        // follows a space.
        const bool startsNote = isBullet(c) && (i == 0 || text.at(i - 1).isSpace());
        if (startsNote && !current.trimmed().isEmpty()) {
            notes << current.trimmed();
            current.clear();
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        notes << current.trimmed();
    return notes.join(QLatin1Char('\n'));
}
