#include "delimitedtext.h"

#include <QList>

namespace {

constexpr qsizetype detectionSampleLines = 20;
constexpr qsizetype progressStep = 1 << 16;

// Reads one character at a time into rows and cells; knows where a quoted cell began so that
// one left open can be reported on the line a person would look at.
class Parser
{
    Q_DECLARE_TR_FUNCTIONS(DelimitedText)

public:
    Parser(const QString &text, QChar delimiter) : m_text(text), m_delimiter(delimiter) {}

    std::optional<Sheet> run(QString *error, const ProgressCallback &progress);

private:
    void endCell()
    {
        ++m_cells;
        m_row << m_cell;
        m_cell.clear();
        m_cellStarted = false;
    }
    void endRow()
    {
        if (m_cellStarted || !m_row.isEmpty())
            endCell();
        m_sheet.rows << m_row;
        m_row.clear();
        ++m_cells; // an empty row costs memory too
    }
    // Consumes a line break at i (CR, LF or CRLF); returns false when there is none.
    bool lineBreak(qsizetype &i)
    {
        const QChar c = m_text.at(i);
        if (c != QLatin1Char('\n') && c != QLatin1Char('\r'))
            return false;
        if (c == QLatin1Char('\r') && i + 1 < m_text.size() &&
            m_text.at(i + 1) == QLatin1Char('\n'))
            ++i;
        ++m_line;
        return true;
    }
    void quotedCharacter(qsizetype &i);
    bool tooManyCells(QString *error) const
    {
        if (m_cells <= DelimitedText::MaxCells)
            return false;
        *error = tr("line %1: the text has more than %2 cells.")
                     .arg(m_line)
                     .arg(DelimitedText::MaxCells);
        return true;
    }

    const QString &m_text;
    const QChar m_delimiter;
    Sheet m_sheet;
    QStringList m_row;
    QString m_cell;
    bool m_cellStarted = false;
    bool m_quoted = false;
    int m_line = 1;
    int m_quoteLine = 0;
    qint64 m_cells = 0;
};

void Parser::quotedCharacter(qsizetype &i)
{
    const QChar c = m_text.at(i);
    if (c != QLatin1Char('"')) {
        if (lineBreak(i)) // a line break inside quotes is kept as LF, as spreadsheets show it
            m_cell += QLatin1Char('\n');
        else
            m_cell += c;
    } else if (i + 1 < m_text.size() && m_text.at(i + 1) == QLatin1Char('"')) {
        m_cell += c;
        ++i;
    } else {
        m_quoted = false; // what follows up to the delimiter is kept, as Excel does
    }
}

std::optional<Sheet> Parser::run(QString *error, const ProgressCallback &progress)
{
    for (qsizetype i = 0; i < m_text.size(); ++i) {
        if (progress && i % progressStep == 0 && !progress(i, m_text.size())) {
            *error = tr("Reading was cancelled.");
            return std::nullopt;
        }
        if (tooManyCells(error))
            return std::nullopt;
        const QChar c = m_text.at(i);
        if (m_quoted) {
            quotedCharacter(i);
        } else if (c == QLatin1Char('"') && !m_cellStarted) {
            m_quoted = true;
            m_cellStarted = true;
            m_quoteLine = m_line;
        } else if (c == m_delimiter) {
            endCell();
        } else if (lineBreak(i)) {
            endRow();
        } else {
            m_cell += c;
            m_cellStarted = true;
        }
    }
    if (m_quoted) {
        *error = tr("line %1: a quoted cell starts here and is never closed.").arg(m_quoteLine);
        return std::nullopt;
    }
    if (m_cellStarted || !m_row.isEmpty())
        endRow();
    if (tooManyCells(error))
        return std::nullopt;
    if (progress)
        progress(m_text.size(), m_text.size());
    return std::move(m_sheet);
}

} // namespace

QChar DelimitedText::detectDelimiter(const QString &text, QStringView candidates)
{
    if (candidates.isEmpty())
        return QLatin1Char(',');
    // Per candidate: on how many of the first lines it appears, and how often in all.
    QList<int> linesWith(candidates.size()), total(candidates.size()), inLine(candidates.size());
    qsizetype lines = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size() && lines < detectionSampleLines; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        const bool lineEnds = !quoted && (c == QLatin1Char('\n') || i + 1 == text.size());
        for (qsizetype k = 0; k < candidates.size(); ++k) {
            if (!quoted && c == candidates.at(k))
                ++inLine[k];
            if (lineEnds) {
                linesWith[k] += inLine[k] > 0;
                total[k] += inLine[k];
                inLine[k] = 0;
            }
        }
        lines += lineEnds;
    }
    qsizetype best = 0;
    for (qsizetype k = 1; k < candidates.size(); ++k) {
        if (linesWith[k] > linesWith[best] ||
            (linesWith[k] == linesWith[best] && total[k] > total[best]))
            best = k;
    }
    return candidates.at(best);
}

std::optional<Sheet> DelimitedText::parse(const QString &text, QChar delimiter, QString *error,
                                          const ProgressCallback &progress)
{
    return Parser(text, delimiter).run(error, progress);
}
