#include "searchablefont.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QRawFont>
#include <QtEndian>

#include <algorithm>

namespace SearchableFont {

namespace {

using CharMap = QMap<char32_t, quint32>; // character → glyph, ascending

quint16 read16(const QByteArray &d, qsizetype at)
{
    return at >= 0 && at + 2 <= d.size() ? qFromBigEndian<quint16>(d.constData() + at) : 0;
}

quint32 read32(const QByteArray &d, qsizetype at)
{
    return at >= 0 && at + 4 <= d.size() ? qFromBigEndian<quint32>(d.constData() + at) : 0;
}

void write16(QByteArray &d, quint16 v)
{
    char b[2];
    qToBigEndian(v, b);
    d.append(b, 2);
}

void write32(QByteArray &d, quint32 v)
{
    char b[4];
    qToBigEndian(v, b);
    d.append(b, 4);
}

bool readFormat12(const QByteArray &cmap, qsizetype at, CharMap *map)
{
    const quint32 groups = read32(cmap, at + 12);
    if (at + 16 + qsizetype(groups) * 12 > cmap.size())
        return false;
    for (quint32 g = 0; g < groups; ++g) {
        const qsizetype p = at + 16 + qsizetype(g) * 12;
        const quint32 start = read32(cmap, p);
        const quint32 end = read32(cmap, p + 4);
        const quint32 glyph = read32(cmap, p + 8);
        if (end < start || end > 0x10FFFF)
            return false;
        for (quint32 c = start; c <= end; ++c)
            map->insert(c, glyph + (c - start));
    }
    return true;
}

bool readFormat4(const QByteArray &cmap, qsizetype at, CharMap *map)
{
    const int segments = read16(cmap, at + 6) / 2;
    const qsizetype ends = at + 14;
    const qsizetype starts = ends + 2 * segments + 2;
    const qsizetype deltas = starts + 2 * segments;
    const qsizetype offsets = deltas + 2 * segments;
    if (offsets + 2 * segments > cmap.size())
        return false;
    for (int s = 0; s < segments; ++s) {
        const quint32 end = read16(cmap, ends + 2 * s);
        const quint32 start = read16(cmap, starts + 2 * s);
        const quint16 delta = read16(cmap, deltas + 2 * s);
        const quint16 rangeOffset = read16(cmap, offsets + 2 * s);
        for (quint32 c = start; c <= end && c < 0xFFFF; ++c) {
            quint16 glyph = 0;
            if (rangeOffset == 0) {
                glyph = quint16(c + delta);
            } else {
                glyph = read16(cmap, offsets + 2 * s + rangeOffset + 2 * (c - start));
                if (glyph != 0)
                    glyph = quint16(glyph + delta);
            }
            if (glyph != 0)
                map->insert(c, glyph);
        }
    }
    return true;
}

// The font's Unicode mapping, from its full-repertoire subtable if it has one.
CharMap readCmap(const QByteArray &cmap)
{
    const int count = read16(cmap, 2);
    for (const int wanted : {12, 4}) {
        for (int i = 0; i < count; ++i) {
            const quint16 platform = read16(cmap, 4 + 8 * i);
            const quint16 encoding = read16(cmap, 6 + 8 * i);
            const qsizetype at = read32(cmap, 8 + 8 * i);
            const bool unicode =
                platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10));
            if (!unicode || read16(cmap, at) != wanted)
                continue;
            CharMap map;
            if (wanted == 12 ? readFormat12(cmap, at, &map) : readFormat4(cmap, at, &map))
                return map;
        }
    }
    return {};
}

// Which of the characters sharing a glyph text means: an ideograph rather than a radical or a
// compatibility ideograph, kana and punctuation rather than look-alike symbols.
int preference(char32_t c)
{
    if ((c >= 0x2E80 && c < 0x2FE0) || (c >= 0xF900 && c < 0xFB00) || (c >= 0x2F800 && c < 0x2FA20))
        return 0;
    if ((c >= 0x4E00 && c < 0xA000) || (c >= 0x3400 && c < 0x4DC0) || (c >= 0x20000 && c < 0x2F800))
        return 4;
    if ((c >= 0x3000 && c < 0x3100) || (c >= 0x20 && c < 0x7F))
        return 3;
    if (c >= 0xFF00 && c < 0xFFF0)
        return 2;
    return 1;
}

// One character per glyph. The lowest character of a shared glyph is left out: the original
// font draws it, and Qt extracts the lowest character there, which is then the right one.
CharMap oneCharacterPerGlyph(const CharMap &map)
{
    QHash<quint32, QList<char32_t>> byGlyph;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        byGlyph[it.value()].append(it.key()); // ascending, as the map is
    CharMap result;
    for (auto it = byGlyph.cbegin(); it != byGlyph.cend(); ++it) {
        const QList<char32_t> &chars = it.value();
        char32_t kept = chars.first();
        if (chars.size() > 1) {
            kept = chars.at(1);
            for (qsizetype i = 2; i < chars.size(); ++i) {
                if (preference(chars.at(i)) > preference(kept))
                    kept = chars.at(i);
            }
        }
        result.insert(kept, it.key());
    }
    return result;
}

QByteArray cmapTable(const CharMap &map)
{
    QByteArray groups;
    quint32 count = 0;
    quint32 start = 0;
    quint32 end = 0;
    quint32 glyph = 0;
    auto flush = [&] {
        write32(groups, start);
        write32(groups, end);
        write32(groups, glyph);
        ++count;
    };
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (it != map.cbegin() && it.key() == end + 1 && it.value() == glyph + (it.key() - start)) {
            end = it.key();
            continue;
        }
        if (it != map.cbegin())
            flush();
        start = end = it.key();
        glyph = it.value();
    }
    if (!map.isEmpty())
        flush();

    QByteArray t;
    write16(t, 0); // version
    write16(t, 2); // subtables
    // A (3,1) subtable that maps nothing: without one, FreeType invents a Unicode cmap from
    // glyph names, and Qt takes that one instead of (3,10).
    write16(t, 3);
    write16(t, 1);
    write32(t, 20);
    write16(t, 3);
    write16(t, 10);
    write32(t, 20 + 24);
    for (const quint16 v : {4, 24, 0, 2, 2, 0, 0, 0xFFFF, 0, 0xFFFF, 1, 0})
        write16(t, quint16(v)); // format 4: only the closing 0xFFFF segment
    write16(t, 12);
    write16(t, 0);
    write32(t, quint32(16 + groups.size()));
    write32(t, 0);
    write32(t, count);
    return t + groups;
}

QByteArray utf16(const QString &s)
{
    QByteArray b;
    for (const QChar c : s)
        write16(b, c.unicode());
    return b;
}

// The new names, with the original's copyright, version and licence (the SIL Open Font
// License asks that they travel with the outlines; it also asks for a name of our own).
QByteArray nameTable(const QByteArray &original, const QString &family, const QString &style)
{
    QMap<quint16, QByteArray> names;
    const int count = read16(original, 2);
    const int storage = read16(original, 4);
    for (int i = 0; i < count; ++i) {
        const qsizetype p = 6 + 12 * i;
        const quint16 id = read16(original, p + 6);
        if (read16(original, p) == 3 && read16(original, p + 2) == 1 &&
            read16(original, p + 4) == 0x409 && (id == 0 || id == 5 || id == 13 || id == 14))
            names.insert(id,
                         original.mid(storage + read16(original, p + 10), read16(original, p + 8)));
    }
    QString postscript = family + QLatin1Char('-') + style;
    postscript.remove(QLatin1Char(' '));
    names.insert(1, utf16(family));
    names.insert(2, utf16(style));
    names.insert(3, utf16(postscript + QStringLiteral(";searchable")));
    names.insert(4, utf16(family + QLatin1Char(' ') + style));
    names.insert(6, utf16(postscript));

    QByteArray t;
    QByteArray strings;
    write16(t, 0);
    write16(t, quint16(names.size()));
    write16(t, quint16(6 + 12 * names.size()));
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        for (const quint16 v : {quint16(3), quint16(1), quint16(0x409), it.key(),
                                quint16(it.value().size()), quint16(strings.size())})
            write16(t, v);
        strings += it.value();
    }
    return t + strings;
}

quint32 checksum(const QByteArray &table)
{
    quint32 sum = 0;
    for (qsizetype i = 0; i < table.size(); i += 4) {
        quint32 word = 0;
        for (int b = 0; b < 4; ++b)
            word = (word << 8) | (i + b < table.size() ? quint8(table.at(i + b)) : 0);
        sum += word;
    }
    return sum;
}

QByteArray sfnt(const QMap<QByteArray, QByteArray> &tables)
{
    const quint16 n = quint16(tables.size());
    quint16 entrySelector = 0;
    while ((2u << entrySelector) <= n)
        ++entrySelector;
    const quint16 searchRange = quint16(16u << entrySelector);
    QByteArray font;
    write32(font, tables.contains("CFF ") ? 0x4F54544F : 0x00010000); // 'OTTO' or TrueType
    write16(font, n);
    write16(font, searchRange);
    write16(font, entrySelector);
    write16(font, quint16(n * 16 - searchRange));
    quint32 offset = 12 + 16 * n;
    for (auto it = tables.cbegin(); it != tables.cend(); ++it) {
        font += it.key();
        write32(font, checksum(it.value()));
        write32(font, offset);
        write32(font, quint32(it.value().size()));
        offset += (quint32(it.value().size()) + 3) & ~3u;
    }
    for (const QByteArray &table : tables) {
        font += table;
        font.append((4 - table.size() % 4) % 4, '\0');
    }
    return font;
}

} // namespace

QByteArray build(const QRawFont &rawFont, const QString &family, const QString &style)
{
    const CharMap map = readCmap(rawFont.fontTable("cmap"));
    if (map.isEmpty())
        return {};
    // Everything but the mapping, the names, the substitutions (which make unmapped glyphs)
    // and the signature (which no longer holds).
    static const char *const kCopied[] = {
        "BASE", "CFF ", "CFF2", "COLR", "CPAL", "EBDT", "EBLC", "EBSC", "GDEF", "GPOS", "HVAR",
        "JSTF", "LTSH", "MATH", "MVAR", "OS/2", "PCLT", "STAT", "VDMX", "VORG", "VVAR", "avar",
        "cvar", "cvt ", "fpgm", "fvar", "gasp", "glyf", "gvar", "hdmx", "head", "hhea", "hmtx",
        "kern", "loca", "maxp", "meta", "post", "prep", "vhea", "vmtx"};
    QMap<QByteArray, QByteArray> tables;
    for (const char *tag : kCopied) {
        const QByteArray data = rawFont.fontTable(tag);
        if (!data.isEmpty())
            tables.insert(QByteArray(tag), data);
    }
    for (const char *required : {"head", "hhea", "hmtx", "maxp"}) {
        if (!tables.contains(required))
            return {};
    }
    if (!tables.contains("CFF ") && !tables.contains("glyf"))
        return {};
    QByteArray &head = tables["head"];
    if (head.size() >= 12)
        head.replace(8, 4, QByteArray(4, '\0')); // checkSumAdjustment: not kept up to date
    tables.insert("cmap", cmapTable(oneCharacterPerGlyph(map)));
    tables.insert("name", nameTable(rawFont.fontTable("name"), family, style));
    return sfnt(tables);
}

} // namespace SearchableFont
