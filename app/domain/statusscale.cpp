#include "statusscale.h"

#include <QCoreApplication>

bool StatusLevel::operator==(const StatusLevel &o) const
{
    return id == o.id && code == o.code && symbol == o.symbol && label == o.label &&
           description == o.description && color == o.color && achieved == o.achieved;
}

QString StatusLevel::displayLabel(bool japanese) const
{
    if (japanese)
        return label;
    static const struct
    {
        const char *japanese;
        const char *english;
    } kPresetLabels[] = {
        {"完了", QT_TRANSLATE_NOOP("StatusLevel", "Completed")},
        {"実施中", QT_TRANSLATE_NOOP("StatusLevel", "In progress")},
        {"着手", QT_TRANSLATE_NOOP("StatusLevel", "Started")},
        {"未着手", QT_TRANSLATE_NOOP("StatusLevel", "Not started")},
        {"実施済み", QT_TRANSLATE_NOOP("StatusLevel", "Done")},
        {"計画どおり", QT_TRANSLATE_NOOP("StatusLevel", "On plan")},
        {"遅れ", QT_TRANSLATE_NOOP("StatusLevel", "Behind plan")},
        {"達成", QT_TRANSLATE_NOOP("StatusLevel", "Achieved")},
        {"進行中", QT_TRANSLATE_NOOP("StatusLevel", "Under way")},
        {"順調", QT_TRANSLATE_NOOP("StatusLevel", "On track")},
        {"注意", QT_TRANSLATE_NOOP("StatusLevel", "At risk")},
        {"遅延", QT_TRANSLATE_NOOP("StatusLevel", "Delayed")},
    };
    for (const auto &known : kPresetLabels) {
        if (label == QString::fromUtf8(known.japanese))
            return QCoreApplication::translate("StatusLevel", known.english);
    }
    return label;
}

bool StatusScale::operator==(const StatusScale &o) const
{
    return id == o.id && name == o.name && levels == o.levels;
}

const StatusLevel *StatusScale::levelById(qint64 levelId) const
{
    for (const StatusLevel &level : levels) {
        if (level.id == levelId)
            return &level;
    }
    return nullptr;
}

QString StatusScale::normalizedSymbol(const QString &text)
{
    QString s = text.trimmed().normalized(QString::NormalizationForm_KC);
    if (s == QStringLiteral("〇") || s == QStringLiteral("◯") ||
        s.compare(QStringLiteral("o"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("○");
    if (s == QStringLiteral("☓") || s == QStringLiteral("✕") ||
        s.compare(QStringLiteral("x"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("×");
    if (s == QStringLiteral("-") || s == QStringLiteral("‐") || s == QStringLiteral("ー"))
        return QStringLiteral("−");
    return s;
}

const StatusLevel *StatusScale::levelByCode(const QString &codeOrSymbol) const
{
    const QString wanted = normalizedSymbol(codeOrSymbol);
    if (wanted.isEmpty())
        return nullptr;
    for (const StatusLevel &level : levels) {
        if (normalizedSymbol(level.code).compare(wanted, Qt::CaseInsensitive) == 0 ||
            normalizedSymbol(level.symbol).compare(wanted, Qt::CaseInsensitive) == 0)
            return &level;
    }
    return nullptr;
}

namespace {
StatusLevel level(const char *code, const char *label, const char *description, const char *color,
                  bool achieved = false)
{
    StatusLevel l;
    l.code = QString::fromUtf8(code);
    l.symbol = l.code;
    l.label = QString::fromUtf8(label);
    l.description = QString::fromUtf8(description);
    l.color = QColor(QString::fromLatin1(color));
    l.achieved = achieved;
    return l;
}
} // namespace

QList<StatusScale::Preset> StatusScale::presets()
{
    return {Preset::AtoD, Preset::StarCircleTriangleCross, Preset::DoubleCircleCircleDash,
            Preset::RedAmberGreen};
}

// Scale names and labels are the cities' own Japanese words: they are document data, printed
// as the city prints them, so they are not translated with the UI.
StatusScale StatusScale::preset(Preset which)
{
    StatusScale s;
    switch (which) {
    case Preset::AtoD:
        s.name = QStringLiteral("A–D");
        s.levels = {level("A", "完了", "取組が完了したもの", "#1f77b4", true),
                    level("B", "実施中", "取組を実施中のもの", "#2ca02c"),
                    level("C", "着手", "取組に着手したもの", "#ff9f1c"),
                    level("D", "未着手", "取組に未着手のもの", "#d62728")};
        break;
    case Preset::StarCircleTriangleCross:
        s.name = QStringLiteral("☆○△×");
        s.levels = {level("☆", "実施済み", "実施済み、目標達成", "#1f77b4", true),
                    level("○", "計画どおり", "計画どおり進行中", "#2ca02c"),
                    level("△", "遅れ", "計画より遅れている", "#ff9f1c"),
                    level("×", "未着手", "未着手、断念など", "#d62728")};
        break;
    case Preset::DoubleCircleCircleDash:
        s.name = QStringLiteral("◎○−");
        s.levels = {level("◎", "達成", "目標を達成した", "#1f77b4", true),
                    level("○", "進行中", "目標に向けて進行中", "#2ca02c"),
                    level("−", "未着手", "未着手", "#7f7f7f")};
        break;
    case Preset::RedAmberGreen:
        s.name = QStringLiteral("Red/amber/green");
        s.levels = {level("B", "完了", "完了した", "#1f77b4", true),
                    level("G", "順調", "計画どおり順調に進んでいる", "#2ca02c"),
                    level("A", "注意", "遅れのおそれがある", "#ffbf00"),
                    level("R", "遅延", "遅れている、または問題がある", "#d62728")};
        break;
    }
    return s;
}
