#include "planjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace {

const char *const kPeriodKinds[] = {"year", "half", "quarter", "months", "reporting_date"};

QJsonValue dateValue(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject scaleObject(const StatusScale &scale)
{
    QJsonArray levels;
    for (const StatusLevel &l : scale.levels) {
        levels.append(QJsonObject{{QStringLiteral("id"), l.id},
                                  {QStringLiteral("code"), l.code},
                                  {QStringLiteral("symbol"), l.symbol},
                                  {QStringLiteral("label"), l.label},
                                  {QStringLiteral("description"), l.description},
                                  {QStringLiteral("color"), l.color.name()},
                                  {QStringLiteral("achieved"), l.achieved}});
    }
    return {{QStringLiteral("id"), scale.id},
            {QStringLiteral("name"), scale.name},
            {QStringLiteral("levels"), levels}};
}

// Reads one object's fields, remembering where it is so every complaint names the place.
class Fields
{
    Q_DECLARE_TR_FUNCTIONS(PlanJson)

public:
    Fields(const QJsonObject &object, QString where, QString *problem)
        : m_object(object), m_where(std::move(where)), m_problem(problem)
    {
    }

    QString text(const char *key)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull() && !v.isString())
            fail(key, tr("should be text"));
        return v.toString();
    }
    qint64 integer(const char *key)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return 0;
        const double d = v.toDouble(-1.5);
        if (!v.isDouble() || d != double(qint64(d)))
            fail(key, tr("should be a whole number"));
        return qint64(d);
    }
    qint64 id(const char *key = "id")
    {
        const qint64 value = integer(key);
        if (value <= 0)
            fail(key, tr("should be a positive id"));
        return value;
    }
    bool boolean(const char *key)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isBool())
            fail(key, tr("should be true or false"));
        return v.toBool();
    }
    QDate date(const char *key)
    {
        const QString s = text(key);
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!s.isEmpty() && !d.isValid())
            fail(key, tr("should be a date written YYYY-MM-DD"));
        return d;
    }
    bool fail(const char *key, const QString &what)
    {
        if (m_problem->isEmpty())
            *m_problem = QStringLiteral("%1.%2: %3").arg(m_where, QLatin1String(key), what);
        return false;
    }

private:
    QJsonObject m_object;
    QString m_where;
    QString *m_problem;
};

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(PlanJson)

public:
    explicit Reader(const QJsonObject &root) : m_root(root) {}
    std::optional<PlanJson::Contents> read();
    QString problem() const { return m_problem; }

private:
    QList<QJsonObject> objects(const char *key);
    Fields fields(const QJsonObject &o, const char *list, int index)
    {
        return Fields(o, QStringLiteral("%1[%2]").arg(QLatin1String(list)).arg(index), &m_problem);
    }
    bool readScale(const QJsonObject &o, const QString &where, StatusScale *scale);
    // True when the referenced id is known; else records the problem.
    bool refers(Fields &f, const char *key, qint64 id, const QSet<qint64> &known,
                const QString &what, bool optional = false)
    {
        if ((optional && id == 0) || known.contains(id))
            return true;
        return f.fail(key, tr("%1 names no %2 of this plan").arg(id).arg(what));
    }
    bool unique(Fields &f, qint64 id, QSet<qint64> *seen)
    {
        if (seen->contains(id))
            return f.fail("id", tr("%1 is used twice").arg(id));
        seen->insert(id);
        return true;
    }

    QJsonObject m_root;
    QString m_problem;
};

QList<QJsonObject> Reader::objects(const char *key)
{
    QList<QJsonObject> list;
    const QJsonValue v = m_root.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return list;
    if (!v.isArray()) {
        m_problem = tr("%1: should be a list").arg(QLatin1String(key));
        return list;
    }
    const QJsonArray array = v.toArray();
    for (int i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            m_problem = tr("%1[%2]: should be an object").arg(QLatin1String(key)).arg(i);
            return {};
        }
        list.append(array.at(i).toObject());
    }
    return list;
}

bool Reader::readScale(const QJsonObject &o, const QString &where, StatusScale *scale)
{
    Fields f(o, where, &m_problem);
    scale->id = f.integer("id"); // 0 until a file numbers it
    scale->name = f.text("name");
    const QJsonArray levels = o.value(QStringLiteral("levels")).toArray();
    if (levels.isEmpty())
        return f.fail("levels", tr("a scale needs at least one level"));
    for (int i = 0; i < levels.size(); ++i) {
        Fields lf(levels.at(i).toObject(), QStringLiteral("%1.levels[%2]").arg(where).arg(i),
                  &m_problem);
        StatusLevel level;
        level.id = lf.id();
        level.code = lf.text("code");
        level.symbol = lf.text("symbol");
        level.label = lf.text("label");
        level.description = lf.text("description");
        level.color = QColor(lf.text("color"));
        if (!level.color.isValid())
            lf.fail("color", tr("should be a colour such as #1a7f37"));
        level.achieved = lf.boolean("achieved");
        scale->levels.append(level);
    }
    return m_problem.isEmpty();
}

std::optional<PlanJson::Contents> Reader::read()
{
    if (m_root.value(QStringLiteral("format")).toString() != QLatin1String(PlanJson::kFormat)) {
        m_problem = tr("format: this is not a Pledge Tracker plan (\"format\" should be \"%1\")")
                        .arg(QLatin1String(PlanJson::kFormat));
        return std::nullopt;
    }
    const int version = m_root.value(QStringLiteral("version")).toInt();
    if (version < 1 || version > PlanJson::kVersion) {
        m_problem = tr("version: %1 is not a version this Pledge Tracker reads (it reads 1 to %2); "
                       "a newer Pledge Tracker wrote it")
                        .arg(version)
                        .arg(PlanJson::kVersion);
        return std::nullopt;
    }
    PlanJson::Contents contents;
    Plan &plan = contents.plan;

    Fields info(m_root.value(QStringLiteral("info")).toObject(), QStringLiteral("info"),
                &m_problem);
    plan.info.title = info.text("title");
    plan.info.organisation = info.text("organisation");
    plan.info.asOf = info.date("as_of");
    plan.info.fiscalYearStartMonth = int(info.integer("fiscal_year_start_month"));
    if (plan.info.fiscalYearStartMonth < 1 || plan.info.fiscalYearStartMonth > 12)
        info.fail("fiscal_year_start_month", tr("should be a month from 1 to 12"));
    // Optional: the keys of the consistency checks switched off, kept even when unknown.
    const QJsonValue disabled = m_root.value(QStringLiteral("disabled_checks"));
    const QJsonArray disabledKeys = disabled.toArray();
    if (!disabled.isUndefined() && !disabled.isNull() &&
        (!disabled.isArray() || !std::all_of(disabledKeys.begin(), disabledKeys.end(),
                                             [](const QJsonValue &v) { return v.isString(); }))) {
        m_problem = tr("disabled_checks: should be a list of check names");
        return std::nullopt;
    }
    for (const QJsonValue &key : disabledKeys)
        plan.disabledChecks.append(key.toString());

    if (!readScale(m_root.value(QStringLiteral("period_scale")).toObject(),
                   QStringLiteral("period_scale"), &plan.periodScale))
        return std::nullopt;
    const QJsonValue yearEnd = m_root.value(QStringLiteral("year_end_scale"));
    plan.hasYearEndScale = yearEnd.isObject();
    if (plan.hasYearEndScale &&
        !readScale(yearEnd.toObject(), QStringLiteral("year_end_scale"), &plan.yearEndScale))
        return std::nullopt;
    QSet<qint64> periodLevels, yearLevels, levelIds;
    for (const StatusLevel &l : plan.periodScale.levels)
        periodLevels.insert(l.id);
    for (const StatusLevel &l : plan.yearEndScaleOrPeriodScale().levels)
        yearLevels.insert(l.id);
    for (const StatusLevel &l : plan.periodScale.levels + plan.yearEndScale.levels) {
        if (levelIds.contains(l.id)) {
            m_problem = tr("levels: the level id %1 is used twice").arg(l.id);
            return std::nullopt;
        }
        levelIds.insert(l.id);
    }

    QSet<qint64> periodIds, departmentIds, chapterIds, pledgeIds, rowIds;
    const QList<QJsonObject> periods = objects("periods");
    for (int i = 0; i < periods.size() && m_problem.isEmpty(); ++i) {
        Fields f = fields(periods.at(i), "periods", i);
        Period p;
        p.id = f.id();
        unique(f, p.id, &periodIds);
        p.fiscalYear = int(f.integer("fiscal_year"));
        const QString kind = f.text("kind");
        const auto *found = std::find_if(std::begin(kPeriodKinds), std::end(kPeriodKinds),
                                         [&](const char *k) { return kind == QLatin1String(k); });
        if (found == std::end(kPeriodKinds))
            f.fail(
                "kind",
                tr("\"%1\" is not one of year, half, quarter, months, reporting_date").arg(kind));
        p.kind = Period::Kind(found - std::begin(kPeriodKinds));
        p.part = int(f.integer("part"));
        p.firstMonth = int(f.integer("first_month"));
        p.lastMonth = int(f.integer("last_month"));
        p.reportDate = f.date("report_date");
        p.customLabel = f.text("custom_label");
        plan.periods.append(p);
    }
    const QList<QJsonObject> departments = objects("departments");
    for (int i = 0; i < departments.size() && m_problem.isEmpty(); ++i) {
        Fields f = fields(departments.at(i), "departments", i);
        Department d{f.id(), f.text("name")};
        unique(f, d.id, &departmentIds);
        plan.departments.append(d);
    }
    const QList<QJsonObject> chapters = objects("chapters");
    for (int i = 0; i < chapters.size() && m_problem.isEmpty(); ++i) {
        Fields f = fields(chapters.at(i), "chapters", i);
        Chapter c{f.id(), int(f.integer("number")), f.text("title")};
        unique(f, c.id, &chapterIds);
        plan.chapters.append(c);
    }
    const QList<QJsonObject> pledges = objects("pledges");
    for (int i = 0; i < pledges.size() && m_problem.isEmpty(); ++i) {
        Fields f = fields(pledges.at(i), "pledges", i);
        Pledge p;
        p.id = f.id();
        unique(f, p.id, &pledgeIds);
        p.chapterId = f.integer("chapter_id");
        refers(f, "chapter_id", p.chapterId, chapterIds, tr("chapter"), true);
        p.number = f.text("number");
        p.tag = f.text("tag");
        p.title = f.text("title");
        p.description = f.text("description");
        p.targetDateText = f.text("target_date_text");
        p.targetDate = f.date("target_date");
        plan.pledges.append(p);
    }
    const QList<QJsonObject> rows = objects("rows");
    for (int i = 0; i < rows.size() && m_problem.isEmpty(); ++i) {
        Fields f = fields(rows.at(i), "rows", i);
        PledgeRow r;
        r.id = f.id();
        unique(f, r.id, &rowIds);
        r.pledgeId = f.integer("pledge_id");
        refers(f, "pledge_id", r.pledgeId, pledgeIds, tr("pledge"));
        const QString kind = f.text("kind");
        if (kind != QStringLiteral("item") && kind != QStringLiteral("department"))
            f.fail("kind", tr("\"%1\" is not one of item, department").arg(kind));
        r.kind = kind == QStringLiteral("department") ? PledgeRow::Kind::Department
                                                      : PledgeRow::Kind::Item;
        r.marker = f.text("marker");
        r.title = f.text("title");
        r.content = f.text("content");
        r.departmentId = f.integer("department_id");
        refers(f, "department_id", r.departmentId, departmentIds, tr("department"), true);
        r.targetDateText = f.text("target_date_text");
        r.targetDate = f.date("target_date");
        r.addedInFiscalYear = int(f.integer("added_in_fiscal_year"));
        r.afterCompletionText = f.text("after_completion_text");
        r.note = f.text("note");
        plan.rows.append(r);
    }
    const QList<QJsonObject> cells = objects("cells");
    for (int i = 0; i < cells.size() && m_problem.isEmpty(); ++i) {
        Fields f = fields(cells.at(i), "cells", i);
        const CellKey key{f.integer("row_id"), f.integer("period_id")};
        refers(f, "row_id", key.first, rowIds, tr("row"));
        refers(f, "period_id", key.second, periodIds, tr("period"));
        Cell c{f.text("plan"), f.integer("level_id"), f.text("narrative")};
        refers(f, "level_id", c.levelId, periodLevels, tr("level of the period scale"), true);
        if (plan.cells.contains(key))
            f.fail("row_id", tr("this row and period have a cell already"));
        plan.cells.insert(key, c);
    }
    const QList<QJsonObject> yearCells = objects("year_cells");
    for (int i = 0; i < yearCells.size() && m_problem.isEmpty(); ++i) {
        Fields f = fields(yearCells.at(i), "year_cells", i);
        const YearKey key{f.integer("row_id"), int(f.integer("fiscal_year"))};
        refers(f, "row_id", key.first, rowIds, tr("row"));
        YearCell c{f.text("goal"), f.integer("level_id"), f.text("note")};
        refers(f, "level_id", c.levelId, yearLevels, tr("level of the year-end scale"), true);
        plan.yearCells.insert(key, c);
    }
    // History may name rows and periods deleted since: it outlives them, as in the file.
    const QList<QJsonObject> history = objects("history");
    for (int i = 0; i < history.size() && m_problem.isEmpty(); ++i) {
        Fields f = fields(history.at(i), "history", i);
        HistoryEntry e;
        e.id = f.id();
        e.rowId = f.id("row_id");
        e.periodId = f.id("period_id");
        e.field = f.text("field");
        e.oldValue = f.text("old_value");
        e.newValue = f.text("new_value");
        e.at = QDateTime::fromString(f.text("at"), Qt::ISODateWithMs);
        if (!e.at.isValid())
            f.fail("at", tr("should be a time written like 2024-10-01T09:30:00.000Z"));
        e.user = f.text("user");
        e.source = f.text("source");
        contents.history.append(e);
    }
    if (!m_problem.isEmpty())
        return std::nullopt;
    return contents;
}

// "line 3, column 14" for an offset into the bytes a parse error points at.
QString lineAndColumn(const QByteArray &bytes, int offset)
{
    const QByteArray before = bytes.left(offset);
    const int line = int(before.count('\n')) + 1;
    const int column = int(offset - before.lastIndexOf('\n'));
    return PlanJson::tr("line %1, column %2").arg(line).arg(column);
}

} // namespace

QByteArray PlanJson::write(const Plan &plan, const QList<HistoryEntry> &history)
{
    QJsonObject root{{QStringLiteral("format"), QLatin1String(kFormat)},
                     {QStringLiteral("version"), kVersion}};
    root.insert(
        QStringLiteral("info"),
        QJsonObject{{QStringLiteral("title"), plan.info.title},
                    {QStringLiteral("organisation"), plan.info.organisation},
                    {QStringLiteral("as_of"), dateValue(plan.info.asOf)},
                    {QStringLiteral("fiscal_year_start_month"), plan.info.fiscalYearStartMonth}});
    root.insert(QStringLiteral("period_scale"), scaleObject(plan.periodScale));
    root.insert(QStringLiteral("year_end_scale"),
                plan.hasYearEndScale ? QJsonValue(scaleObject(plan.yearEndScale)) : QJsonValue());

    QJsonArray periods;
    for (const Period &p : plan.periods) {
        periods.append(QJsonObject{
            {QStringLiteral("id"), p.id},
            {QStringLiteral("fiscal_year"), p.fiscalYear},
            {QStringLiteral("kind"), QLatin1String(kPeriodKinds[int(p.kind)])},
            {QStringLiteral("part"), p.part},
            {QStringLiteral("first_month"), p.firstMonth},
            {QStringLiteral("last_month"), p.lastMonth},
            {QStringLiteral("report_date"), dateValue(p.reportDate)},
            {QStringLiteral("custom_label"), p.customLabel},
            {QStringLiteral("label"), p.japaneseLabel(plan.info.fiscalYearStartMonth)}});
    }
    root.insert(QStringLiteral("periods"), periods);
    QJsonArray departments;
    for (const Department &d : plan.departments)
        departments.append(
            QJsonObject{{QStringLiteral("id"), d.id}, {QStringLiteral("name"), d.name}});
    root.insert(QStringLiteral("departments"), departments);
    QJsonArray chapters;
    for (const Chapter &c : plan.chapters) {
        chapters.append(QJsonObject{{QStringLiteral("id"), c.id},
                                    {QStringLiteral("number"), c.number},
                                    {QStringLiteral("title"), c.title}});
    }
    root.insert(QStringLiteral("chapters"), chapters);
    QJsonArray pledges;
    for (const Pledge &p : plan.pledges) {
        pledges.append(QJsonObject{
            {QStringLiteral("id"), p.id},
            {QStringLiteral("chapter_id"), p.chapterId ? QJsonValue(p.chapterId) : QJsonValue()},
            {QStringLiteral("number"), p.number},
            {QStringLiteral("tag"), p.tag},
            {QStringLiteral("title"), p.title},
            {QStringLiteral("description"), p.description},
            {QStringLiteral("target_date_text"), p.targetDateText},
            {QStringLiteral("target_date"), dateValue(p.targetDate)}});
    }
    root.insert(QStringLiteral("pledges"), pledges);
    QJsonArray rows, cells, yearCells;
    const QList<int> years = plan.fiscalYears();
    for (const PledgeRow &r : plan.rows) {
        rows.append(QJsonObject{{QStringLiteral("id"), r.id},
                                {QStringLiteral("pledge_id"), r.pledgeId},
                                {QStringLiteral("kind"), r.kind == PledgeRow::Kind::Department
                                                             ? QStringLiteral("department")
                                                             : QStringLiteral("item")},
                                {QStringLiteral("marker"), r.marker},
                                {QStringLiteral("title"), r.title},
                                {QStringLiteral("content"), r.content},
                                {QStringLiteral("department_id"),
                                 r.departmentId ? QJsonValue(r.departmentId) : QJsonValue()},
                                {QStringLiteral("target_date_text"), r.targetDateText},
                                {QStringLiteral("target_date"), dateValue(r.targetDate)},
                                {QStringLiteral("added_in_fiscal_year"), r.addedInFiscalYear},
                                {QStringLiteral("after_completion_text"), r.afterCompletionText},
                                {QStringLiteral("note"), r.note}});
        // Cells follow the rows and periods in plan order, so the file diffs well.
        for (const Period &p : plan.periods) {
            const auto it = plan.cells.constFind({r.id, p.id});
            if (it == plan.cells.cend() || it->isEmpty())
                continue;
            cells.append(QJsonObject{
                {QStringLiteral("row_id"), r.id},
                {QStringLiteral("period_id"), p.id},
                {QStringLiteral("plan"), it->plan},
                {QStringLiteral("level_id"), it->levelId ? QJsonValue(it->levelId) : QJsonValue()},
                {QStringLiteral("narrative"), it->narrative}});
        }
        for (int year : years) {
            const auto it = plan.yearCells.constFind({r.id, year});
            if (it == plan.yearCells.cend() || it->isEmpty())
                continue;
            yearCells.append(QJsonObject{
                {QStringLiteral("row_id"), r.id},
                {QStringLiteral("fiscal_year"), year},
                {QStringLiteral("goal"), it->goal},
                {QStringLiteral("level_id"), it->levelId ? QJsonValue(it->levelId) : QJsonValue()},
                {QStringLiteral("note"), it->note}});
        }
    }
    root.insert(QStringLiteral("rows"), rows);
    root.insert(QStringLiteral("cells"), cells);
    root.insert(QStringLiteral("year_cells"), yearCells);
    QJsonArray changes;
    for (const HistoryEntry &e : history) {
        changes.append(QJsonObject{{QStringLiteral("id"), e.id},
                                   {QStringLiteral("row_id"), e.rowId},
                                   {QStringLiteral("period_id"), e.periodId},
                                   {QStringLiteral("field"), e.field},
                                   {QStringLiteral("old_value"), e.oldValue},
                                   {QStringLiteral("new_value"), e.newValue},
                                   {QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODateWithMs)},
                                   {QStringLiteral("user"), e.user},
                                   {QStringLiteral("source"), e.source}});
    }
    root.insert(QStringLiteral("history"), changes);
    root.insert(QStringLiteral("disabled_checks"), QJsonArray::fromStringList(plan.disabledChecks));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<PlanJson::Contents> PlanJson::read(const QByteArray &json, const QString &sourceName,
                                                 QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error =
            tr("%1: %2: not valid JSON (%3)")
                .arg(sourceName, lineAndColumn(json, parseError.offset), parseError.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error =
            tr("%1: not a Pledge Tracker plan (the file is not a JSON object)").arg(sourceName);
        return std::nullopt;
    }
    Reader reader(document.object());
    auto contents = reader.read();
    if (!contents)
        *error = QStringLiteral("%1: %2").arg(sourceName, reader.problem());
    return contents;
}

bool PlanJson::recognizes(const QByteArray &bytes)
{
    return bytes.trimmed().startsWith('{') && bytes.contains(kFormat);
}
