#include "columnmapping.h"

#include "io/periodlabels.h"
#include <QSet>

#include <QRegularExpression>

#include <optional>

// Guessing a mapping from a sheet's header line: the words Japanese city tables and English
// sheets use, our own CSV export's column names, and for Wide sheets the period labels above
// or inside the plan/status/narrative headers.

namespace {

using Field = ColumnMapping::Field;

QString normalizedHeader(const QString &text)
{
    static const QRegularExpression noise(QStringLiteral("[\\s()\\[\\]【】「」_]"));
    return text.normalized(QString::NormalizationForm_KC).toLower().remove(noise);
}

struct HeaderRule
{
    Field field;
    bool exact; // else the header only has to contain the word
    const char *words;
};

// First match wins, so the specific words come before the general ones ("公約番号" is a number,
// "目標年度" a target date, "取組内容" content).
const HeaderRule kRules[] = {
    {Field::ChapterNumber, true, "章番号|章no|章no.|chapterno|chapterno.|chapternumber"},
    {Field::PledgeNumber, true,
     "no|no.|番号|公約番号|政策番号|#|number|pledgeno|pledgeno.|通し番号|項番"},
    {Field::RowMarker, true, "項目番号|marker|itemno|itemno.|枝番"},
    {Field::RowId, true, "rowid|行id"},
    {Field::RowKind, true, "rowkind|kind|種別"},
    // Before 取組 (a row title) and 進捗 (a status): these are the narrative.
    {Field::Narrative, false, "取組状況|進捗状況|実施状況|取組実績"},
    {Field::ChapterTitle, false, "章|chapter|政策分野|基本目標"},
    {Field::PledgeTag, false, "タグ|tag|category|分類|区分"},
    {Field::TargetDate, false, "期日|期限|目標時期|達成時期|完了予定|目標年度|target|due|deadline"},
    {Field::Content, false, "内容|content|description|概要"},
    {Field::Department, false, "所管|担当|部署|department|dept"},
    {Field::PledgeTitle, false, "公約|政策|マニフェスト|pledge"},
    {Field::RowTitle, false, "項目|細目|事業名|取組|item|subproject"},
    {Field::Period, true, "期間|報告期間|時点|報告時点|年度|期|period|reportingperiod"},
    {Field::Plan, false, "計画|plan|予定"},
    {Field::Status, false, "評価|進捗|達成度|判定|status|rating|level"},
    {Field::Narrative, false, "状況|実績|narrative|説明|コメント|comment|progress"},
    {Field::PledgeTitle, true, "title|タイトル|名称"},
};

// Our own CSV export's names are the mapping file's field keys; target_date_text (the printed
// text) comes before the ISO target_date in the export, so it wins.
std::optional<Field> exportField(const QString &header)
{
    const QString h = header.trimmed().toLower();
    if (h == QStringLiteral("target_date_text"))
        return Field::TargetDate;
    for (Field field : ColumnMapping::fields()) {
        if (h == ColumnMapping::fieldKey(field))
            return field;
    }
    return std::nullopt;
}

const HeaderRule *ruleFor(const QString &header)
{
    const QString h = normalizedHeader(header);
    if (h.isEmpty())
        return nullptr;
    for (const HeaderRule &rule : kRules) {
        const QStringList words = QString::fromUtf8(rule.words).split(QLatin1Char('|'));
        for (const QString &word : words) {
            if (rule.exact ? h == word : h.contains(word))
                return &rule;
        }
    }
    return nullptr;
}

bool isCellRole(Field field)
{
    return field == Field::Plan || field == Field::Status || field == Field::Narrative;
}

// Status columns hold a symbol or a short word; narratives are sentences. The header words
// (評価, 状況, 進捗) are used both ways, so the values decide when there are any.
Field statusOrNarrative(const Sheet &sheet, int headerRow, int column, Field byHeader)
{
    // 評価, status, 判定 name a status column whatever its values look like (計画どおり,
    // 遅れている); only headers such as 進捗 or 状況 leave it to the values.
    static const QRegularExpression statusHeader(
        QStringLiteral("評価|判定|達成度|status|rating|level"),
        QRegularExpression::CaseInsensitiveOption);
    if (byHeader == Field::Status && statusHeader.match(sheet.cell(headerRow, column)).hasMatch())
        return Field::Status;
    int filled = 0;
    int shortOnes = 0;
    const int last = std::min<int>(sheet.rows.size(), headerRow + 201);
    for (int r = headerRow + 1; r < last; ++r) {
        const QString v = sheet.cell(r, column).trimmed();
        if (v.isEmpty())
            continue;
        ++filled;
        if (v.size() <= 4)
            ++shortOnes;
    }
    if (filled == 0)
        return byHeader;
    return shortOnes * 5 >= filled * 4 ? Field::Status : Field::Narrative;
}

// "令和6年度 上半期 計画" -> "令和6年度 上半期" with role plan; empty when no period is named.
QString periodPart(const QString &header)
{
    QString rest = header.normalized(QString::NormalizationForm_KC);
    static const QRegularExpression roles(
        QStringLiteral("(計画|予定|評価|進捗状況|進捗|達成度|判定|状況|実績|plan|status|rating|"
                       "narrative|progress)"),
        QRegularExpression::CaseInsensitiveOption);
    rest.remove(roles);
    static const QRegularExpression edges(
        QStringLiteral("^[\\s_:/・()（）\\-]+|[\\s_:/・()（）\\-]+$"));
    rest.remove(edges);
    return PeriodLabels::parse(rest) ? rest : QString();
}

// The band above the header ("令和6年度 上半期" merged over three columns): the nearest
// label at or left of column, since a merged cell's text sits in its first column.
QString bandLabel(const Sheet &sheet, int headerRow, int column)
{
    if (headerRow < 1)
        return {};
    for (int c = column; c >= 0; --c) {
        const QString text = sheet.cell(headerRow - 1, c).trimmed();
        if (!text.isEmpty())
            return PeriodLabels::parse(text) ? text : QString();
    }
    return {};
}

int &roleSlot(ColumnMapping::PeriodColumns &group, Field role)
{
    return role == Field::Plan     ? group.plan
           : role == Field::Status ? group.status
                                   : group.narrative;
}

// Wide sheets: each plan/status/narrative column under or naming a period joins that
// period's group. Returns the columns it used.
QList<int> guessPeriodColumns(const Sheet &sheet, int headerRow, ColumnMapping *m)
{
    QList<int> used;
    QList<Period> groupPeriods;
    for (int c = 0; c < sheet.columnCount(); ++c) {
        const QString header = sheet.cell(headerRow, c).trimmed();
        QString label = periodPart(header);
        const HeaderRule *rule = ruleFor(header);
        std::optional<Field> role;
        if (rule && isCellRole(rule->field))
            role = rule->field;
        if (label.isEmpty()) {
            label = bandLabel(sheet, headerRow, c);
            if (label.isEmpty() || !role)
                continue;
        }
        if (!role) // a header that is only a period label: its values say what it holds
            role = Field::Status;
        if (*role != Field::Plan)
            role = statusOrNarrative(sheet, headerRow, c, *role);
        const Period period = *PeriodLabels::parse(label);
        int index = -1;
        for (int g = 0; g < groupPeriods.size(); ++g) {
            if (PeriodLabels::samePeriod(groupPeriods.at(g), period))
                index = g;
        }
        if (index < 0) {
            groupPeriods.append(period);
            m->periodColumns.append({label});
            index = m->periodColumns.size() - 1;
        }
        int &slot = roleSlot(m->periodColumns[index], *role);
        if (slot < 0) {
            slot = c;
            used.append(c);
        }
    }
    return used;
}

} // namespace

ColumnMapping ColumnMapping::guess(const Sheet &sheet, int headerRow)
{
    ColumnMapping m;
    m.headerRow = headerRow;
    if (headerRow < 0 || headerRow >= sheet.rows.size())
        return m;
    const QList<int> periodColumns = guessPeriodColumns(sheet, headerRow, &m);
    const int count = sheet.columnCount();
    for (int c = 0; c < count; ++c) {
        if (const auto field = exportField(sheet.cell(headerRow, c)); field && m.column(*field) < 0)
            m.setColumn(*field, c);
    }
    for (int c = 0; c < count; ++c) {
        if (periodColumns.contains(c) || m.columns.values().contains(c))
            continue;
        const HeaderRule *rule = ruleFor(sheet.cell(headerRow, c));
        if (!rule)
            continue;
        Field field = rule->field;
        if (field == Field::Status || field == Field::Narrative)
            field = statusOrNarrative(sheet, headerRow, c, field);
        if (m.column(field) < 0)
            m.setColumn(field, c);
    }
    const bool hasPeriodColumn = m.column(Field::Period) >= 0;
    if (m.periodColumns.isEmpty() && hasPeriodColumn) {
        m.layout = Layout::Long;
        return m;
    }
    // Wide: cell columns outside any period group form one group whose period the user names.
    PeriodColumns loose;
    for (Field role : {Field::Plan, Field::Status, Field::Narrative}) {
        roleSlot(loose, role) = m.column(role);
        m.setColumn(role, -1);
    }
    m.setColumn(Field::Period, -1);
    if (m.periodColumns.isEmpty() && (loose.plan >= 0 || loose.status >= 0 || loose.narrative >= 0))
        m.periodColumns.append(loose);
    return m;
}

int ColumnMapping::guessHeaderRow(const Sheet &sheet)
{
    int best = -1;
    int bestScore = 1; // one recognised word is too little to call a line the header
    const int last = std::min<int>(sheet.rows.size(), 30);
    for (int r = 0; r < last; ++r) {
        // Distinct texts only: a merged banner (a title or a period over its columns) is
        // filled into every cell it covers, and counts once.
        const QStringList cells = sheet.rows.at(r);
        const QSet<QString> distinct(cells.cbegin(), cells.cend());
        int score = 0;
        for (const QString &cell : distinct) {
            if (exportField(cell) || ruleFor(cell) || !periodPart(cell).isEmpty())
                ++score;
        }
        if (score > bestScore) {
            best = r;
            bestScore = score;
        }
    }
    if (best >= 0)
        return best;
    for (int r = 0; r < last; ++r) {
        const QStringList &cells = sheet.rows.at(r);
        if (std::count_if(cells.begin(), cells.end(),
                          [](const QString &c) { return !c.trimmed().isEmpty(); }) >= 2)
            return r;
    }
    return 0;
}

QMap<QString, QString> ColumnMapping::guessStatusWords(const QStringList &words,
                                                       const StatusScale &scale)
{
    // By rank from the best level down; -1 is the last level, whatever the scale's size.
    static const struct
    {
        int rank;
        const char *words;
    } kSynonyms[] = {
        {0, "◎|完了|達成|達成済|達成済み|実施済|実施済み|済|済み|完|done|completed|complete|"
            "achieved"},
        {1, "実施中|進行中|順調|計画どおり|計画通り|概ね順調|on track|in progress|ongoing"},
        {2, "着手|遅れ|一部実施|検討中|準備中|behind|delayed|started"},
        {-1, "未着手|未実施|未|困難|断念|not started"},
    };
    QMap<QString, QString> result;
    if (scale.levels.isEmpty())
        return result;
    for (const QString &word : words) {
        const QString w = word.trimmed();
        if (w.isEmpty() || scale.levelByCode(w))
            continue;
        const bool isLabel =
            std::any_of(scale.levels.begin(), scale.levels.end(), [&](const StatusLevel &l) {
                return l.label.compare(w, Qt::CaseInsensitive) == 0;
            });
        if (isLabel)
            continue;
        for (const auto &synonyms : kSynonyms) {
            const QStringList list = QString::fromUtf8(synonyms.words).split(QLatin1Char('|'));
            if (!list.contains(w.normalized(QString::NormalizationForm_KC), Qt::CaseInsensitive))
                continue;
            const int last = scale.levels.size() - 1;
            const int index = synonyms.rank < 0 ? last : std::min(synonyms.rank, last);
            result.insert(w, scale.levels.at(index).code);
            break;
        }
    }
    return result;
}
