#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Turns the bytes of a CSV or TSV file into text. Japanese offices meet three encodings: UTF-8
// (with or without a byte order mark), UTF-16 (Excel's "Unicode text") and Shift_JIS, which
// Japanese Excel writes and which is decoded as Windows code page 932 so that ①, ～ and the
// NEC and IBM extensions come out as Excel meant them.
namespace TextDecoding {

struct DecodedText
{
    QString text;
    QString encoding;         // the encoding used; empty when the requested one is unknown
    int firstBadLine = 0;     // 1-based line of the first byte sequence invalid there; 0 if none
    qint64 firstBadByte = -1; // its offset in the bytes
    bool hasErrors() const { return firstBadLine > 0; }
};

// "UTF-8", "UTF-16", "Shift_JIS": what the user may choose from.
QStringList availableEncodings();

// The name availableEncodings() uses for an encoding name or alias ("utf8", "CP932",
// "UTF-16LE", ...), or an empty string for an encoding this reader does not offer.
QString canonicalName(const QString &encoding);

// A byte order mark decides; then NUL bytes betray UTF-16; then valid UTF-8 is UTF-8; else
// Shift_JIS, unless UTF-8 gets further before its first invalid byte.
QString detectEncoding(const QByteArray &bytes);

// Decodes with the named encoding (an empty name detects it); a byte order mark is dropped.
// Invalid sequences become replacement characters and are reported in firstBadLine.
DecodedText decode(const QByteArray &bytes, const QString &encoding = QString());

// The bytes for text in a named encoding (no byte order mark), e.g. to write Shift_JIS;
// characters the encoding lacks are replaced, and reported through hadErrors.
QByteArray encode(const QString &text, const QString &encoding, bool *hadErrors = nullptr);

} // namespace TextDecoding
