#include "textdecoding.h"

#include <QStringDecoder>
#include <QStringEncoder>

namespace TextDecoding {

namespace {

const QString utf8Name = QStringLiteral("UTF-8");
const QString utf16Name = QStringLiteral("UTF-16");
const QString shiftJisName = QStringLiteral("Shift_JIS");

// Qt decodes through ICU here; its "windows-31j" is code page 932, the Shift_JIS Excel writes
// (plain JIS X 0208 Shift_JIS has no ① and maps 0x8160 to 〜 instead of ～).
constexpr const char *cp932Codec = "windows-31j";

enum class Utf16Order
{
    Unknown,
    Little,
    Big
};

// How a request names an encoding, reduced to what tells the names apart.
QString key(const QString &encoding)
{
    QString k = encoding.toLower();
    k.remove(QLatin1Char('-')).remove(QLatin1Char('_')).remove(QLatin1Char(' '));
    return k;
}

Utf16Order orderFromName(const QString &encoding)
{
    const QString k = key(encoding);
    if (k == QLatin1String("utf16le"))
        return Utf16Order::Little;
    if (k == QLatin1String("utf16be"))
        return Utf16Order::Big;
    return Utf16Order::Unknown;
}

qsizetype bomLength(const QByteArray &bytes, const QString &canonical)
{
    if (canonical == utf8Name && bytes.startsWith("\xEF\xBB\xBF"))
        return 3;
    if (canonical == utf16Name && (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")))
        return 2;
    return 0;
}

// Text in UTF-8 or Shift_JIS never holds a NUL byte; UTF-16 puts one beside every ASCII
// character, on the odd side when little-endian.
Utf16Order orderFromNulBytes(const QByteArray &bytes)
{
    const qsizetype sample = std::min<qsizetype>(bytes.size(), 4096);
    qsizetype even = 0, odd = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        if (bytes.at(i) == '\0')
            ++(i % 2 ? odd : even);
    }
    if (even + odd == 0)
        return Utf16Order::Unknown;
    return odd >= even ? Utf16Order::Little : Utf16Order::Big;
}

Utf16Order utf16Order(const QByteArray &bytes, Utf16Order requested)
{
    if (bytes.startsWith("\xFF\xFE"))
        return Utf16Order::Little;
    if (bytes.startsWith("\xFE\xFF"))
        return Utf16Order::Big;
    if (requested != Utf16Order::Unknown)
        return requested;
    const Utf16Order guessed = orderFromNulBytes(bytes);
    return guessed == Utf16Order::Unknown ? Utf16Order::Little : guessed; // Windows writes LE
}

QStringDecoder decoderFor(const QString &canonical, Utf16Order order,
                          QStringConverter::Flags flags = QStringConverter::Flag::Stateless)
{
    if (canonical == utf16Name)
        return QStringDecoder(order == Utf16Order::Big ? QStringConverter::Utf16BE
                                                       : QStringConverter::Utf16LE,
                              flags);
    if (canonical == shiftJisName)
        return QStringDecoder(cp932Codec, flags);
    return QStringDecoder(QStringConverter::Utf8, flags);
}

// Where the line that starts at start ends, just after its LF (or at the end of the bytes).
// In UTF-8 and Shift_JIS a LF byte is never part of a longer sequence.
qsizetype lineEnd(QByteArrayView body, qsizetype start, bool utf16, Utf16Order order)
{
    if (!utf16) {
        const qsizetype lf = body.indexOf('\n', start);
        return lf < 0 ? body.size() : lf + 1;
    }
    const char first = order == Utf16Order::Big ? '\0' : '\n';
    const char second = order == Utf16Order::Big ? '\n' : '\0';
    for (qsizetype i = start; i + 1 < body.size(); i += 2) {
        if (body.at(i) == first && body.at(i + 1) == second)
            return i + 2;
    }
    return body.size();
}

// Only called once a decode has failed: finds the line, then the byte, where it first fails.
void locateFirstError(QByteArrayView body, qsizetype bodyOffset, const QString &canonical,
                      Utf16Order order, DecodedText *result)
{
    int line = 1;
    qsizetype start = 0;
    for (; start < body.size(); ++line) {
        const qsizetype end = lineEnd(body, start, canonical == utf16Name, order);
        QStringDecoder lineDecoder = decoderFor(canonical, order);
        const QString lineText = lineDecoder.decode(body.sliced(start, end - start));
        Q_UNUSED(lineText) // decoding is lazy: only converting to a string decodes
        if (lineDecoder.hasError()) {
            result->firstBadLine = line;
            result->firstBadByte = bodyOffset + end - 1; // unless found sooner: cut short
            // A stateful decoder fed byte by byte notices the error at the offending byte.
            QStringDecoder byteDecoder =
                decoderFor(canonical, order, QStringConverter::Flag::Default);
            for (qsizetype b = start; b < end; ++b) {
                const QString piece = byteDecoder.decode(body.sliced(b, 1));
                Q_UNUSED(piece)
                if (byteDecoder.hasError()) {
                    result->firstBadByte = bodyOffset + b;
                    break;
                }
            }
            return;
        }
        start = end;
    }
    // The decoder objected to the whole but to no single line: blame the last one.
    result->firstBadLine = std::max(1, line - 1);
    result->firstBadByte = bodyOffset + body.size();
}

DecodedText decodeAs(const QByteArray &bytes, const QString &canonical, Utf16Order requested)
{
    const Utf16Order order = canonical == utf16Name ? utf16Order(bytes, requested) : requested;
    const qsizetype bom = bomLength(bytes, canonical);
    const QByteArray body = bytes.mid(bom);
    QStringDecoder decoder = decoderFor(canonical, order);
    DecodedText result;
    result.text = decoder.decode(body);
    result.encoding = canonical;
    if (decoder.hasError())
        locateFirstError(body, bom, canonical, order, &result);
    return result;
}

} // namespace

QStringList availableEncodings()
{
    return {utf8Name, utf16Name, shiftJisName};
}

QString canonicalName(const QString &encoding)
{
    const QString k = key(encoding);
    if (k == QLatin1String("utf8"))
        return utf8Name;
    if (k == QLatin1String("utf16") || k == QLatin1String("utf16le") ||
        k == QLatin1String("utf16be") || k == QLatin1String("unicode"))
        return utf16Name;
    static const QStringList shiftJisNames = {
        QStringLiteral("shiftjis"),   QStringLiteral("sjis"),      QStringLiteral("cp932"),
        QStringLiteral("windows31j"), QStringLiteral("ms932"),     QStringLiteral("mskanji"),
        QStringLiteral("xsjis"),      QStringLiteral("windows932")};
    return shiftJisNames.contains(k) ? shiftJisName : QString();
}

QString detectEncoding(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return utf8Name;
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return utf16Name;
    if (orderFromNulBytes(bytes) != Utf16Order::Unknown)
        return utf16Name;
    const DecodedText utf8 = decodeAs(bytes, utf8Name, Utf16Order::Unknown);
    if (!utf8.hasErrors())
        return utf8Name;
    const DecodedText shiftJis = decodeAs(bytes, shiftJisName, Utf16Order::Unknown);
    if (!shiftJis.hasErrors() || shiftJis.firstBadByte >= utf8.firstBadByte)
        return shiftJisName;
    return utf8Name;
}

DecodedText decode(const QByteArray &bytes, const QString &encoding)
{
    const QString canonical = encoding.isEmpty() ? detectEncoding(bytes) : canonicalName(encoding);
    if (canonical.isEmpty())
        return {};
    return decodeAs(bytes, canonical, orderFromName(encoding));
}

QByteArray encode(const QString &text, const QString &encoding, bool *hadErrors)
{
    const QString canonical = canonicalName(encoding);
    const Utf16Order order = orderFromName(encoding);
    if (canonical.isEmpty()) {
        if (hadErrors)
            *hadErrors = true;
        return {};
    }
    QStringEncoder encoder =
        canonical == shiftJisName ? QStringEncoder(cp932Codec)
        : canonical == utf16Name
            ? QStringEncoder(order == Utf16Order::Big ? QStringConverter::Utf16BE
                                                      : QStringConverter::Utf16LE)
            : QStringEncoder(QStringConverter::Utf8);
    QByteArray bytes = encoder.encode(text);
    if (hadErrors)
        *hadErrors = encoder.hasError();
    return bytes;
}

} // namespace TextDecoding
