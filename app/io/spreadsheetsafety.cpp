#include "spreadsheetsafety.h"

namespace SpreadsheetSafety {

bool isRisky(const QString &text)
{
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

QString neutralised(const QString &text)
{
    return isRisky(text) ? QLatin1Char('\'') + text : text;
}

} // namespace SpreadsheetSafety
