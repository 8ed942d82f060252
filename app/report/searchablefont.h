#pragma once

#include <QByteArray>
#include <QString>

class QRawFont;

// Qt's PDF writer maps each embedded glyph back to text by taking the lowest character the
// font maps to it. CJK fonts draw 月 (U+6708) and the Kangxi radical ⽉ (U+2F49) with one
// glyph, so 令和5年9月 is extracted and searched as 令和5年9⽉, and 市長 as 市⻑; digits after
// Latin letters come out of the font's substitutions as unmapped glyphs and vanish ("A 37"
// reads "A"). The printed page looks right, but a reader cannot search or copy it.
//
// build() makes a copy of such a font in which every glyph is reached from one character only
// (the one text uses: 月, not ⽉; the lowest of each group is left to the original font, where
// it is the one Qt picks anyway) and without glyph substitutions, under its own family name.
// The report asks for this family first and the original second, so every character is drawn
// with the same outlines and extracted as written.
namespace SearchableFont {

// The font file (an sfnt with the font's own outlines and metrics) for the face of rawFont,
// named family / style; empty when the font is not an sfnt with a Unicode cmap.
QByteArray build(const QRawFont &rawFont, const QString &family, const QString &style);

} // namespace SearchableFont
