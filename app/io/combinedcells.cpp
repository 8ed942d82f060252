#include "combinedcells.h"

#include <QRegularExpression>

namespace {

// 一 … 九十九, as chapter numbers are written; 0 for anything else.
int kanjiNumber(const QString &text)
{
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    const int ten = text.indexOf(QStringLiteral("十"));
    if (ten < 0)
        return text.size() == 1 ? std::max<int>(0, digits.indexOf(text)) : 0;
    const QString tens = text.left(ten);
    const QString ones = text.mid(ten + 1);
    const int t = tens.isEmpty() ? 1 : (tens.size() == 1 ? digits.indexOf(tens) : -1);
    const int o = ones.isEmpty() ? 0 : (ones.size() == 1 ? digits.indexOf(ones) : -1);
    return t < 0 || o < 0 ? 0 : t * 10 + o;
}

int number(const QString &text)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    return ok ? n : kanjiNumber(text);
}

} // namespace

namespace CombinedCells {

Chapter splitChapter(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral(
            "^第\\s*([0-9０-９]+|[〇一二三四五六七八九十]+)\\s*章\\s*[:：.．、]?\\s*(.*)$"),
        QRegularExpression::DotMatchesEverythingOption);
    const QString t = text.trimmed();
    const QRegularExpressionMatch m = re.match(t);
    const int n = number(m.captured(1).normalized(QString::NormalizationForm_KC));
    if (!m.hasMatch() || n == 0)
        return {QString(), t};
    return {QString::number(n), m.captured(2).trimmed()};
}

int chapterNumber(const QString &text)
{
    const QString t = text.trimmed().normalized(QString::NormalizationForm_KC);
    const Chapter split = splitChapter(t);
    if (!split.number.isEmpty())
        return split.number.toInt();
    return number(t);
}

Pledge splitPledge(const QString &text)
{
    static const QRegularExpression numbered(
        QStringLiteral("^(?:No\\.?\\s*)?([0-9０-９]+(?:[-‐－–][0-9０-９]+)?)\\s*(?:[:：．、)）]|\\."
                       "(?![0-9]))\\s*(.*)$"),
        QRegularExpression::DotMatchesEverythingOption | QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tagged(QStringLiteral("^【([^】]*)】\\s*(.*)$"),
                                           QRegularExpression::DotMatchesEverythingOption);
    Pledge result;
    QString rest = text.trimmed();
    const QRegularExpressionMatch n = numbered.match(rest);
    if (n.hasMatch()) {
        result.number = pledgeNumber(n.captured(1));
        rest = n.captured(2);
    }
    const QRegularExpressionMatch t = tagged.match(rest);
    if (t.hasMatch()) {
        result.tag = t.captured(1).trimmed();
        rest = t.captured(2);
    }
    result.title = rest.trimmed();
    return result;
}

QString pledgeNumber(const QString &text)
{
    QString s = text.trimmed().normalized(QString::NormalizationForm_KC);
    static const QRegularExpression trailing(QStringLiteral("[:：.．、]+$"));
    static const QRegularExpression dashes(QStringLiteral("[‐－–]"));
    s.remove(trailing);
    s.replace(dashes, QStringLiteral("-"));
    return s.trimmed();
}

Row splitRow(const QString &text)
{
    // ① … ⑳, ㉑ … ㉟, ㊱ … ㊿
    static const QRegularExpression re(
        QStringLiteral("^([\\x{2460}-\\x{2473}\\x{3251}-\\x{325F}\\x{32B1}-\\x{32BF}])\\s*(.*)$"),
        QRegularExpression::DotMatchesEverythingOption);
    const QString t = text.trimmed();
    const QRegularExpressionMatch m = re.match(t);
    if (!m.hasMatch())
        return {QString(), t};
    return {m.captured(1), m.captured(2).trimmed()};
}

} // namespace CombinedCells
