#pragma once

#include <QFont>
#include <QStringList>

// The fonts a report prints with: a Japanese gothic that exists on this machine, so Japanese
// is embedded in the PDF and never drawn as empty boxes, preceded by its searchable copy (see
// SearchableFont) so the PDF can be searched and copied. Needs a QGuiApplication.
namespace ReportFonts {

// The families in fallback order: the searchable copy (when it could be made), the Japanese
// font, then what Qt falls back to.
QStringList families();
// The Japanese font chosen from the fonts installed here ("Noto Sans CJK JP" first); empty
// when none of the known ones exists.
QString japaneseFamily();
// True when the searchable copy is in use.
bool searchable();
QFont font(qreal pointSize, bool bold = false);

} // namespace ReportFonts
