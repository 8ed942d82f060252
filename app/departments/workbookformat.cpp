#include "workbookformat.h"

#include "io/spreadsheetsafety.h"

#include <QCryptographicHash>

namespace WorkbookFormat {

namespace {
constexpr int kMaxCellChars = 32767; // Excel's limit; libxlsxwriter refuses longer strings
} // namespace

QString dataSheetName()
{
    return QStringLiteral("進捗状況");
}

QString idSheetName()
{
    return QStringLiteral("pledgetracker");
}

QString marker()
{
    return QStringLiteral("pledgetracker-department-workbook");
}

QList<Column> Layout::columns() const
{
    QList<Column> list{Column::Id,   Column::Number,  Column::Pledge,
                       Column::Item, Column::Content, Column::TargetDate};
    if (hasPrevious)
        list << Column::PreviousPlan << Column::PreviousStatus << Column::PreviousNarrative;
    list << Column::Plan << Column::Status << Column::Narrative;
    if (hasNext)
        list << Column::NextPlan;
    return list;
}

int Layout::column(Column c) const
{
    return int(columns().indexOf(c));
}

QList<Column> Layout::lockedColumns() const
{
    QList<Column> locked;
    for (Column c : columns()) {
        if (!isOpen(c) && c != Column::Id)
            locked << c;
    }
    return locked;
}

bool isOpen(Column c)
{
    return c == Column::Plan || c == Column::Status || c == Column::Narrative ||
           c == Column::NextPlan;
}

QString heading(Column c)
{
    switch (c) {
    case Column::Id:
        return QStringLiteral("識別番号");
    case Column::Number:
        return QStringLiteral("No.");
    case Column::Pledge:
        return QStringLiteral("公約");
    case Column::Item:
        return QStringLiteral("項目");
    case Column::Content:
        return QStringLiteral("内容");
    case Column::TargetDate:
        return QStringLiteral("目標時期");
    case Column::PreviousPlan:
    case Column::Plan:
    case Column::NextPlan:
        return QStringLiteral("計画");
    case Column::PreviousStatus:
    case Column::Status:
        return QStringLiteral("状況");
    case Column::PreviousNarrative:
    case Column::Narrative:
        return QStringLiteral("進捗状況");
    }
    return {};
}

QString rowToken(const QString &planUid, qint64 rowId)
{
    const QString id = QString::number(rowId);
    return id + QLatin1Char('-') + fingerprint(planUid + QLatin1Char(':') + id).left(6);
}

qint64 rowIdFromToken(const QString &planUid, const QString &token)
{
    bool ok = false;
    const qint64 rowId = token.section(QLatin1Char('-'), 0, 0).toLongLong(&ok);
    return ok && rowId > 0 && rowToken(planUid, rowId) == token.trimmed() ? rowId : 0;
}

QString fingerprint(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex().left(8));
}

QString cellText(const QString &text)
{
    // Line breaks as a returned workbook reads back (XlsxReader), so fingerprints compare.
    QString lines = text;
    lines.replace(QLatin1String("\r\n"), QLatin1String("\n"))
        .replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QString safe = SpreadsheetSafety::neutralised(lines);
    if (safe.size() > kMaxCellChars) {
        safe.truncate(kMaxCellChars);
        if (safe.back().isHighSurrogate())
            safe.chop(1);
    }
    return safe;
}

QString plainText(const QString &cell)
{
    const bool neutralised =
        cell.startsWith(QLatin1Char('\'')) && SpreadsheetSafety::isRisky(cell.mid(1));
    return neutralised ? cell.mid(1) : cell;
}

QString cellName(int row, int column)
{
    QString letters;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return letters + QString::number(row + 1);
}

} // namespace WorkbookFormat
