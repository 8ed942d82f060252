#include "columnmapping.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QString kFormat = QStringLiteral("pledgetracker-mapping");
const int kVersion = 1;

struct FieldInfo
{
    ColumnMapping::Field field;
    const char *key;
    const char *name;
};

const FieldInfo kFields[] = {
    {ColumnMapping::Field::ChapterNumber, "chapter_number",
     QT_TRANSLATE_NOOP("ColumnMapping", "Chapter number")},
    {ColumnMapping::Field::ChapterTitle, "chapter_title",
     QT_TRANSLATE_NOOP("ColumnMapping", "Chapter title")},
    {ColumnMapping::Field::PledgeNumber, "pledge_number",
     QT_TRANSLATE_NOOP("ColumnMapping", "Pledge number")},
    {ColumnMapping::Field::PledgeTag, "pledge_tag", QT_TRANSLATE_NOOP("ColumnMapping", "Tag")},
    {ColumnMapping::Field::PledgeTitle, "pledge_title",
     QT_TRANSLATE_NOOP("ColumnMapping", "Pledge title")},
    {ColumnMapping::Field::RowId, "row_id", QT_TRANSLATE_NOOP("ColumnMapping", "Row id")},
    {ColumnMapping::Field::RowKind, "row_kind", QT_TRANSLATE_NOOP("ColumnMapping", "Row kind")},
    {ColumnMapping::Field::RowMarker, "row_marker",
     QT_TRANSLATE_NOOP("ColumnMapping", "Item marker (①)")},
    {ColumnMapping::Field::RowTitle, "row_title", QT_TRANSLATE_NOOP("ColumnMapping", "Item title")},
    {ColumnMapping::Field::Content, "content", QT_TRANSLATE_NOOP("ColumnMapping", "Content")},
    {ColumnMapping::Field::Department, "department",
     QT_TRANSLATE_NOOP("ColumnMapping", "Department")},
    {ColumnMapping::Field::TargetDate, "target_date",
     QT_TRANSLATE_NOOP("ColumnMapping", "Target date")},
    {ColumnMapping::Field::Period, "period", QT_TRANSLATE_NOOP("ColumnMapping", "Period")},
    {ColumnMapping::Field::Plan, "plan", QT_TRANSLATE_NOOP("ColumnMapping", "Plan")},
    {ColumnMapping::Field::Status, "status", QT_TRANSLATE_NOOP("ColumnMapping", "Status")},
    {ColumnMapping::Field::Narrative, "narrative", QT_TRANSLATE_NOOP("ColumnMapping", "Narrative")},
};

const struct
{
    StatusScale::Preset preset;
    const char *key;
} kPresets[] = {
    {StatusScale::Preset::AtoD, "a-d"},
    {StatusScale::Preset::StarCircleTriangleCross, "star-circle-triangle-cross"},
    {StatusScale::Preset::DoubleCircleCircleDash, "double-circle-circle-dash"},
    {StatusScale::Preset::RedAmberGreen, "red-amber-green"},
};

QJsonValue columnValue(int column)
{
    return ColumnMapping::columnLetter(column);
}

// Reads the mapping file's keys one by one; the first problem is kept, naming its key.
class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(ColumnMapping)

public:
    explicit JsonReader(QString *error) : m_error(error) {}

    bool fail(const QString &key, const QString &what)
    {
        if (m_error)
            *m_error = tr("%1: %2").arg(key, what);
        return false;
    }

    bool column(const QJsonValue &v, const QString &key, int *column)
    {
        if (v.isDouble() && v.toDouble() >= 1 && v.toDouble() == v.toInt()) {
            *column = v.toInt() - 1;
            return true;
        }
        *column = v.isString() ? ColumnMapping::columnFromLetter(v.toString()) : -1;
        if (*column >= 0)
            return true;
        return fail(key, tr("\"%1\" is not a column: write its letter (A, B, … AA) or its "
                            "number counting from 1")
                             .arg(v.isString() ? v.toString() : v.toVariant().toString()));
    }

    bool positive(const QJsonObject &o, const QString &key, int *value)
    {
        if (!o.contains(key))
            return true;
        const QJsonValue v = o.value(key);
        if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() != v.toInt())
            return fail(key, tr("must be a whole number, 0 or more"));
        *value = v.toInt();
        return true;
    }

    bool knownKeys(const QJsonObject &o, const QString &prefix, const QStringList &known)
    {
        for (const QString &key : o.keys()) {
            if (!known.contains(key))
                return fail(prefix + key,
                            tr("unknown key; known are %1").arg(known.join(QStringLiteral(", "))));
        }
        return true;
    }

    bool columns(const QJsonValue &v, ColumnMapping *m);
    bool periods(const QJsonValue &v, ColumnMapping *m);
    bool statusWords(const QJsonValue &v, ColumnMapping *m);
    bool scale(const QJsonValue &v, ColumnMapping *m);

private:
    QString *m_error;
};

bool JsonReader::columns(const QJsonValue &v, ColumnMapping *m)
{
    if (v.isUndefined())
        return true;
    if (!v.isObject())
        return fail(QStringLiteral("columns"), tr("must be an object of field: column"));
    const QJsonObject o = v.toObject();
    QStringList known;
    for (ColumnMapping::Field field : ColumnMapping::fields())
        known << ColumnMapping::fieldKey(field);
    if (!knownKeys(o, QStringLiteral("columns."), known))
        return false;
    for (ColumnMapping::Field field : ColumnMapping::fields()) {
        const QString key = ColumnMapping::fieldKey(field);
        if (!o.contains(key) || o.value(key).isNull())
            continue;
        int c = -1;
        if (!column(o.value(key), QStringLiteral("columns.") + key, &c))
            return false;
        m->setColumn(field, c);
    }
    return true;
}

bool JsonReader::periods(const QJsonValue &v, ColumnMapping *m)
{
    if (v.isUndefined())
        return true;
    if (!v.isArray())
        return fail(QStringLiteral("periods"), tr("must be a list of period column groups"));
    const QJsonArray list = v.toArray();
    for (int i = 0; i < list.size(); ++i) {
        const QString prefix = QStringLiteral("periods[%1]").arg(i);
        if (!list.at(i).isObject())
            return fail(prefix, tr("must be an object with period, plan, status, narrative"));
        const QJsonObject o = list.at(i).toObject();
        const QStringList known = {QStringLiteral("period"), QStringLiteral("plan"),
                                   QStringLiteral("status"), QStringLiteral("narrative")};
        if (!knownKeys(o, prefix + QLatin1Char('.'), known))
            return false;
        ColumnMapping::PeriodColumns group;
        group.period = o.value(QStringLiteral("period")).toString().trimmed();
        if (group.period.isEmpty())
            return fail(prefix + QStringLiteral(".period"),
                        tr("a period label is required, e.g. \"令和6年度 上半期\""));
        int *targets[] = {&group.plan, &group.status, &group.narrative};
        for (int k = 1; k < known.size(); ++k) {
            const QJsonValue c = o.value(known.at(k));
            if (!c.isUndefined() && !c.isNull() &&
                !column(c, prefix + QLatin1Char('.') + known.at(k), targets[k - 1]))
                return false;
        }
        m->periodColumns.append(group);
    }
    return true;
}

bool JsonReader::statusWords(const QJsonValue &v, ColumnMapping *m)
{
    if (v.isUndefined())
        return true;
    if (!v.isObject())
        return fail(QStringLiteral("status_words"), tr("must be an object of word: level code"));
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString code = it.value().toString().trimmed();
        if (!it.value().isString() || code.isEmpty())
            return fail(QStringLiteral("status_words.") + it.key(),
                        tr("must be a level code of the scale, e.g. \"A\" or \"☆\""));
        m->statusWords.insert(it.key().trimmed(), code);
    }
    return true;
}

bool JsonReader::scale(const QJsonValue &v, ColumnMapping *m)
{
    if (v.isUndefined())
        return true;
    QStringList known;
    for (const auto &p : kPresets) {
        known << QString::fromLatin1(p.key);
        if (v.toString() == known.last()) {
            m->scalePreset = p.preset;
            return true;
        }
    }
    return fail(QStringLiteral("scale"),
                tr("must be one of %1").arg(known.join(QStringLiteral(", "))));
}

} // namespace

bool ColumnMapping::PeriodColumns::operator==(const PeriodColumns &o) const
{
    return period == o.period && plan == o.plan && status == o.status && narrative == o.narrative;
}

void ColumnMapping::setColumn(Field field, int column)
{
    if (column < 0)
        columns.remove(field);
    else
        columns.insert(field, column);
}

bool ColumnMapping::operator==(const ColumnMapping &o) const
{
    return sheetIndex == o.sheetIndex && headerRow == o.headerRow && encoding == o.encoding &&
           layout == o.layout && columns == o.columns && periodColumns == o.periodColumns &&
           statusWords == o.statusWords && scalePreset == o.scalePreset &&
           createPeriods == o.createPeriods;
}

QList<ColumnMapping::Field> ColumnMapping::fields()
{
    QList<Field> result;
    for (const FieldInfo &info : kFields)
        result << info.field;
    return result;
}

QString ColumnMapping::fieldKey(Field field)
{
    for (const FieldInfo &info : kFields) {
        if (info.field == field)
            return QString::fromLatin1(info.key);
    }
    return {};
}

QString ColumnMapping::fieldName(Field field)
{
    for (const FieldInfo &info : kFields) {
        if (info.field == field)
            return tr(info.name);
    }
    return {};
}

QString ColumnMapping::columnLetter(int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

int ColumnMapping::columnFromLetter(const QString &letters)
{
    const QString s = letters.trimmed().toUpper();
    if (s.isEmpty() || s.size() > 3)
        return -1;
    int n = 0;
    for (QChar c : s) {
        if (c < u'A' || c > u'Z')
            return -1;
        n = n * 26 + (c.unicode() - u'A' + 1);
    }
    return n - 1;
}

QString ColumnMapping::presetKey(StatusScale::Preset preset)
{
    for (const auto &p : kPresets) {
        if (p.preset == preset)
            return QString::fromLatin1(p.key);
    }
    return {};
}

// Rows and sheets count from 1 in the file, as a spreadsheet shows them.
QByteArray ColumnMapping::toJson() const
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), kFormat);
    root.insert(QStringLiteral("version"), kVersion);
    root.insert(QStringLiteral("sheet"), sheetIndex + 1);
    root.insert(QStringLiteral("header_row"), headerRow + 1);
    if (!encoding.isEmpty())
        root.insert(QStringLiteral("encoding"), encoding);
    root.insert(QStringLiteral("layout"),
                layout == Layout::Long ? QStringLiteral("long") : QStringLiteral("wide"));
    root.insert(QStringLiteral("scale"), presetKey(scalePreset));
    root.insert(QStringLiteral("create_periods"), createPeriods);
    QJsonObject cols;
    for (auto it = columns.begin(); it != columns.end(); ++it)
        cols.insert(fieldKey(it.key()), columnValue(it.value()));
    root.insert(QStringLiteral("columns"), cols);
    if (layout == Layout::Wide) {
        QJsonArray groups;
        for (const PeriodColumns &g : periodColumns) {
            QJsonObject o{{QStringLiteral("period"), g.period}};
            if (g.plan >= 0)
                o.insert(QStringLiteral("plan"), columnValue(g.plan));
            if (g.status >= 0)
                o.insert(QStringLiteral("status"), columnValue(g.status));
            if (g.narrative >= 0)
                o.insert(QStringLiteral("narrative"), columnValue(g.narrative));
            groups.append(o);
        }
        root.insert(QStringLiteral("periods"), groups);
    }
    QJsonObject words;
    for (auto it = statusWords.begin(); it != statusWords.end(); ++it)
        words.insert(it.key(), it.value());
    root.insert(QStringLiteral("status_words"), words);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<ColumnMapping> ColumnMapping::fromJson(const QByteArray &json, QString *error)
{
    JsonReader reader(error);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull()) {
        reader.fail(tr("JSON"),
                    tr("%1 at character %2").arg(parseError.errorString()).arg(parseError.offset));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        reader.fail(tr("JSON"), tr("the file must hold one object"));
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat) {
        reader.fail(QStringLiteral("format"), tr("must be \"%1\"").arg(kFormat));
        return std::nullopt;
    }
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toInt() < 1) {
        reader.fail(QStringLiteral("version"), tr("must be %1").arg(kVersion));
        return std::nullopt;
    }
    if (version.toInt() > kVersion) {
        reader.fail(QStringLiteral("version"),
                    tr("version %1 is newer than this program reads (%2); update Pledge Tracker")
                        .arg(version.toInt())
                        .arg(kVersion));
        return std::nullopt;
    }
    const QStringList known = {
        QStringLiteral("format"),     QStringLiteral("version"),        QStringLiteral("sheet"),
        QStringLiteral("header_row"), QStringLiteral("encoding"),       QStringLiteral("layout"),
        QStringLiteral("scale"),      QStringLiteral("create_periods"), QStringLiteral("columns"),
        QStringLiteral("periods"),    QStringLiteral("status_words")};
    if (!reader.knownKeys(root, QString(), known))
        return std::nullopt;

    ColumnMapping m;
    int sheet = 1;
    int header = 1;
    if (!reader.positive(root, QStringLiteral("sheet"), &sheet) ||
        !reader.positive(root, QStringLiteral("header_row"), &header))
        return std::nullopt;
    if (sheet < 1) {
        reader.fail(QStringLiteral("sheet"), tr("sheets count from 1"));
        return std::nullopt;
    }
    m.sheetIndex = sheet - 1;
    m.headerRow = header - 1;
    m.encoding = root.value(QStringLiteral("encoding")).toString();
    const QJsonValue layout = root.value(QStringLiteral("layout"));
    if (layout == QStringLiteral("long")) {
        m.layout = Layout::Long;
    } else if (!layout.isUndefined() && layout != QStringLiteral("wide")) {
        reader.fail(QStringLiteral("layout"), tr("must be \"wide\" or \"long\""));
        return std::nullopt;
    }
    const QJsonValue create = root.value(QStringLiteral("create_periods"));
    if (!create.isUndefined() && !create.isBool()) {
        reader.fail(QStringLiteral("create_periods"), tr("must be true or false"));
        return std::nullopt;
    }
    m.createPeriods = create.toBool();
    if (!reader.scale(root.value(QStringLiteral("scale")), &m) ||
        !reader.columns(root.value(QStringLiteral("columns")), &m) ||
        !reader.periods(root.value(QStringLiteral("periods")), &m) ||
        !reader.statusWords(root.value(QStringLiteral("status_words")), &m))
        return std::nullopt;
    return m;
}
