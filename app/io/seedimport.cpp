#include "seedimport.h"
#include "domain/japaneseera.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// Hands out the temporary ids PlanStore::insertPlan later replaces.
struct IdCounter
{
    qint64 next = 1;
    qint64 operator()() { return next++; }
};

QString text(const QJsonValue &v)
{
    return v.isString() ? v.toString() : QString();
}

void numberLevels(StatusScale *scale, IdCounter &ids)
{
    for (StatusLevel &level : scale->levels)
        level.id = ids();
}

// "R5" -> 2023
int fiscalYearFromKey(const QString &key)
{
    int year = 0;
    return JapaneseEra::parseYear(key, &year) ? year : 0;
}

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(SeedImport)

public:
    Reader(const QString &source, QString *error) : m_source(source), m_error(error) {}

    std::optional<Plan> iruma(const QJsonObject &root);
    std::optional<Plan> tokorozawa(const QJsonObject &root);

private:
    bool fail(const QString &where, const QString &what)
    {
        *m_error = tr("%1: %2: %3").arg(m_source, where, what);
        return false;
    }
    bool level(const StatusScale &scale, const QString &code, const QString &where, qint64 *id);
    bool tokorozawaRow(Plan &plan, const QJsonObject &row, qint64 pledgeId, const QString &where,
                       const QHash<QString, qint64> &periodIds);

    QString m_source;
    QString *m_error;
    IdCounter m_ids;
    QHash<QString, qint64> m_departments;
};

bool Reader::level(const StatusScale &scale, const QString &code, const QString &where, qint64 *id)
{
    *id = 0;
    if (code.isEmpty())
        return true;
    const StatusLevel *l = scale.levelByCode(code);
    if (!l)
        return fail(where, tr("the status \"%1\" is not on the scale %2").arg(code, scale.name));
    *id = l->id;
    return true;
}

std::optional<Plan> Reader::iruma(const QJsonObject &root)
{
    Plan plan;
    plan.info.title = text(root.value(QStringLiteral("title")));
    plan.info.organisation = text(root.value(QStringLiteral("municipality")));
    plan.info.asOf = QDate::fromString(text(root.value(QStringLiteral("as_of"))), Qt::ISODate);
    plan.periodScale = StatusScale::preset(StatusScale::Preset::AtoD);
    numberLevels(&plan.periodScale, m_ids);
    for (const QJsonValue &v : root.value(QStringLiteral("status_scale")).toArray()) {
        const QJsonObject o = v.toObject();
        if (StatusLevel *l = const_cast<StatusLevel *>(
                plan.periodScale.levelByCode(text(o.value(QStringLiteral("code"))))))
            l->label = text(o.value(QStringLiteral("label")));
    }
    if (!plan.info.asOf.isValid()) {
        fail(QStringLiteral("as_of"), tr("a reporting date (YYYY-MM-DD) is required"));
        return std::nullopt;
    }
    Period period = Period::reportingDate(plan.info.asOf, plan.info.fiscalYearStartMonth);
    period.id = m_ids();
    plan.periods.append(period);

    for (const QJsonValue &cv : root.value(QStringLiteral("chapters")).toArray()) {
        const QJsonObject co = cv.toObject();
        Chapter chapter{m_ids(), co.value(QStringLiteral("number")).toInt(),
                        text(co.value(QStringLiteral("title")))};
        plan.chapters.append(chapter);
        for (const QJsonValue &pv : co.value(QStringLiteral("pledges")).toArray()) {
            const QJsonObject po = pv.toObject();
            Pledge pledge;
            pledge.id = m_ids();
            pledge.chapterId = chapter.id;
            pledge.number = QString::number(po.value(QStringLiteral("number")).toInt());
            pledge.tag = text(po.value(QStringLiteral("tag")));
            pledge.title = text(po.value(QStringLiteral("title")));
            plan.pledges.append(pledge);
            for (const QJsonValue &iv : po.value(QStringLiteral("items")).toArray()) {
                const QJsonObject io = iv.toObject();
                PledgeRow row;
                row.id = m_ids();
                row.pledgeId = pledge.id;
                row.kind = PledgeRow::Kind::Item;
                row.marker = text(io.value(QStringLiteral("marker")));
                row.title = text(io.value(QStringLiteral("title")));
                row.content = text(io.value(QStringLiteral("content")));
                plan.rows.append(row);

                // The progress cell is a list of ● headlines and ・ actions: one line each.
                const QJsonArray notes = io.value(QStringLiteral("progress_notes")).toArray();
                const QJsonArray bullets = io.value(QStringLiteral("progress_bullets")).toArray();
                QStringList lines;
                for (int i = 0; i < notes.size(); ++i)
                    lines << text(bullets.at(i)) + text(notes.at(i));
                Cell cell;
                cell.narrative = lines.join(QLatin1Char('\n'));
                const QString where = tr("pledge %1 item %2").arg(pledge.number, row.marker);
                if (!level(plan.periodScale, text(io.value(QStringLiteral("status"))), where,
                           &cell.levelId))
                    return std::nullopt;
                if (!cell.isEmpty())
                    plan.cells.insert({row.id, period.id}, cell);
            }
        }
    }
    return plan;
}

bool Reader::tokorozawaRow(Plan &plan, const QJsonObject &ro, qint64 pledgeId, const QString &where,
                           const QHash<QString, qint64> &periodIds)
{
    PledgeRow row;
    row.id = m_ids();
    row.pledgeId = pledgeId;
    row.kind = PledgeRow::Kind::Department;
    row.title = text(ro.value(QStringLiteral("sub_project")));
    row.content = text(ro.value(QStringLiteral("content")));
    row.targetDateText = text(ro.value(QStringLiteral("target_date")));
    row.targetDate = JapaneseEra::parseTargetDate(row.targetDateText);
    row.addedInFiscalYear = fiscalYearFromKey(text(ro.value(QStringLiteral("added_in_fy"))));
    row.afterCompletionText = text(ro.value(QStringLiteral("after_completion")));
    row.note = text(ro.value(QStringLiteral("note")));
    const QString department = text(ro.value(QStringLiteral("department")));
    if (!department.isEmpty()) {
        if (!m_departments.contains(department)) {
            m_departments.insert(department, m_ids());
            plan.departments.append({m_departments.value(department), department});
        }
        row.departmentId = m_departments.value(department);
    }
    plan.rows.append(row);

    const QJsonObject goals = ro.value(QStringLiteral("annual_goals")).toObject();
    const QJsonObject marks = ro.value(QStringLiteral("annual_indicators")).toObject();
    const QJsonObject markNotes = ro.value(QStringLiteral("annual_indicator_note")).toObject();
    QStringList years = goals.keys() + marks.keys() + markNotes.keys();
    years.removeDuplicates();
    for (const QString &key : years) {
        YearCell cell;
        cell.goal = text(goals.value(key));
        cell.note = text(markNotes.value(key));
        if (!level(plan.yearEndScaleOrPeriodScale(), text(marks.value(key)),
                   where + QLatin1Char(' ') + key, &cell.levelId))
            return false;
        if (!cell.isEmpty())
            plan.yearCells.insert({row.id, fiscalYearFromKey(key)}, cell);
    }

    for (const QJsonValue &cv : ro.value(QStringLiteral("periods")).toArray()) {
        const QJsonObject co = cv.toObject();
        const QString key = text(co.value(QStringLiteral("fy"))) + QLatin1Char(' ') +
                            text(co.value(QStringLiteral("period")));
        if (!periodIds.contains(key))
            return fail(where, tr("the period \"%1\" is not one of the plan's periods").arg(key));
        Cell cell;
        cell.plan = text(co.value(QStringLiteral("plan")));
        cell.narrative = text(co.value(QStringLiteral("status")));
        if (!level(plan.periodScale, text(co.value(QStringLiteral("indicator"))),
                   where + QLatin1Char(' ') + key, &cell.levelId))
            return false;
        if (!cell.isEmpty())
            plan.cells.insert({row.id, periodIds.value(key)}, cell);
    }
    return true;
}

std::optional<Plan> Reader::tokorozawa(const QJsonObject &root)
{
    Plan plan;
    plan.info.title = text(root.value(QStringLiteral("title")));
    plan.info.organisation = text(root.value(QStringLiteral("municipality")));
    plan.periodScale = StatusScale::preset(StatusScale::Preset::StarCircleTriangleCross);
    numberLevels(&plan.periodScale, m_ids);
    for (const QJsonValue &v : root.value(QStringLiteral("indicator_scale")).toArray()) {
        const QJsonObject o = v.toObject();
        if (StatusLevel *l = const_cast<StatusLevel *>(
                plan.periodScale.levelByCode(text(o.value(QStringLiteral("code"))))))
            l->description = text(o.value(QStringLiteral("label")));
    }

    // The periods are the sheet's columns: "令和５年度 10-12月" … "令和６年度 下半期".
    QHash<QString, qint64> periodIds;
    const QJsonObject counts = root.value(QStringLiteral("summary"))
                                   .toObject()
                                   .value(QStringLiteral("indicator_counts_by_period"))
                                   .toObject();
    QStringList keys = counts.keys();
    for (const QJsonValue &pv : root.value(QStringLiteral("pledges")).toArray()) {
        for (const QJsonValue &rv : pv.toObject().value(QStringLiteral("rows")).toArray()) {
            for (const QJsonValue &cv : rv.toObject().value(QStringLiteral("periods")).toArray()) {
                const QJsonObject co = cv.toObject();
                const QString key = text(co.value(QStringLiteral("fy"))) + QLatin1Char(' ') +
                                    text(co.value(QStringLiteral("period")));
                if (!keys.contains(key))
                    keys.append(key);
            }
        }
    }
    for (const QString &key : keys) {
        const QStringList parts = key.split(QLatin1Char(' '));
        const int fy = fiscalYearFromKey(parts.value(0));
        const QString part = parts.value(1);
        Period p;
        if (part == QStringLiteral("H1") || part == QStringLiteral("H2")) {
            p = Period::half(fy, part.mid(1).toInt());
        } else if (part.contains(QLatin1Char('-'))) {
            const int first = part.section(QLatin1Char('-'), 0, 0).toInt();
            const int last = part.section(QLatin1Char('-'), 1, 1).toInt();
            const int offset = (first - plan.info.fiscalYearStartMonth + 12) % 12;
            const bool isQuarter = offset % 3 == 0 && (last - first + 12) % 12 == 2;
            p = isQuarter ? Period::quarter(fy, offset / 3 + 1) : Period::months(fy, first, last);
        } else {
            fail(key, tr("unknown period"));
            return std::nullopt;
        }
        p.id = m_ids();
        periodIds.insert(key, p.id);
        plan.periods.append(p);
    }
    std::sort(plan.periods.begin(), plan.periods.end(),
              [](const Period &a, const Period &b) { return a.startDate() < b.startDate(); });

    for (const QJsonValue &pv : root.value(QStringLiteral("pledges")).toArray()) {
        const QJsonObject po = pv.toObject();
        Pledge pledge;
        pledge.id = m_ids();
        pledge.number = QString::number(po.value(QStringLiteral("number")).toInt());
        pledge.title = text(po.value(QStringLiteral("title")));
        plan.pledges.append(pledge);
        const QJsonArray rows = po.value(QStringLiteral("rows")).toArray();
        for (int i = 0; i < rows.size(); ++i) {
            const QString where = tr("pledge %1 row %2").arg(pledge.number).arg(i + 1);
            if (!tokorozawaRow(plan, rows.at(i).toObject(), pledge.id, where, periodIds))
                return std::nullopt;
        }
    }
    // The sheet stands at the end of the last period that has statuses (later ones hold plans).
    for (const Period &p : plan.periods) {
        for (const PledgeRow &r : plan.rows) {
            if (plan.cell(r.id, p.id).levelId) {
                plan.info.asOf = p.endDate(plan.info.fiscalYearStartMonth);
                break;
            }
        }
    }
    return plan;
}

} // namespace

std::optional<Plan> SeedImport::read(const QByteArray &json, const QString &sourceName,
                                     QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull()) {
        *error = tr("%1: not valid JSON at byte %2 (%3).")
                     .arg(sourceName)
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    Reader reader(sourceName, error);
    if (root.contains(QStringLiteral("chapters")))
        return reader.iruma(root);
    if (root.contains(QStringLiteral("pledges")))
        return reader.tokorozawa(root);
    *error =
        tr("%1: neither chapters nor pledges found; not a sample plan extraction.").arg(sourceName);
    return std::nullopt;
}

std::optional<Plan> SeedImport::readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot be read (%2).").arg(path, file.errorString());
        return std::nullopt;
    }
    return read(file.readAll(), QFileInfo(path).fileName(), error);
}
