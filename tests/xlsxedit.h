#pragma once

#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QString>

#include <minizip/unzip.h>
#include <minizip/zip.h>

// Changes a written workbook the way a department's spreadsheet program would: the zip is
// read part by part, one part's XML is rewritten, and the zip is written again. For the
// tests of returned department workbooks.
namespace XlsxEdit {

inline QMap<QString, QByteArray> readParts(const QString &path)
{
    QMap<QString, QByteArray> parts;
    unzFile zip = unzOpen64(QFile::encodeName(path).constData());
    if (!zip)
        return parts;
    for (int status = unzGoToFirstFile(zip); status == UNZ_OK; status = unzGoToNextFile(zip)) {
        char name[1024];
        unz_file_info64 info;
        if (unzGetCurrentFileInfo64(zip, &info, name, sizeof name, nullptr, 0, nullptr, 0) !=
                UNZ_OK ||
            unzOpenCurrentFile(zip) != UNZ_OK)
            break;
        QByteArray bytes(qsizetype(info.uncompressed_size), Qt::Uninitialized);
        const int n = unzReadCurrentFile(zip, bytes.data(), unsigned(bytes.size()));
        unzCloseCurrentFile(zip);
        if (n != bytes.size())
            break;
        parts.insert(QString::fromUtf8(name), bytes);
    }
    unzClose(zip);
    return parts;
}

inline bool writeParts(const QString &path, const QMap<QString, QByteArray> &parts)
{
    QFile::remove(path);
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    bool ok = true;
    for (auto it = parts.cbegin(); ok && it != parts.cend(); ++it) {
        zip_fileinfo info = {};
        ok = zipOpenNewFileInZip64(zip, it.key().toUtf8().constData(), &info, nullptr, 0, nullptr,
                                   0, nullptr, Z_DEFLATED, Z_DEFAULT_COMPRESSION, 0) == ZIP_OK &&
             zipWriteInFileInZip(zip, it.value().constData(), unsigned(it.value().size())) ==
                 ZIP_OK &&
             zipCloseFileInZip(zip) == ZIP_OK;
    }
    return zipClose(zip, nullptr) == ZIP_OK && ok;
}

// Rewrites one part of the workbook at path; false when edit found nothing to change.
template <typename Edit> bool editPart(const QString &path, const QString &part, Edit edit)
{
    QMap<QString, QByteArray> parts = readParts(path);
    if (!parts.contains(part))
        return false;
    QString xml = QString::fromUtf8(parts.value(part));
    if (!edit(&xml))
        return false;
    parts.insert(part, xml.toUtf8());
    return writeParts(path, parts);
}

// Sets a cell ("K12") of a sheet part to a text, keeping its style: what typing does.
inline bool setCell(const QString &path, const QString &part, const QString &cell,
                    const QString &text)
{
    return editPart(path, part, [&](QString *xml) {
        const QRegularExpression element(
            QStringLiteral("<c r=\"%1\"( s=\"\\d+\")?[^>]*?(/>|>.*?</c>)").arg(cell),
            QRegularExpression::DotMatchesEverythingOption);
        const QRegularExpressionMatch m = element.match(*xml);
        if (!m.hasMatch())
            return false;
        const QString value = text.isEmpty()
                                  ? QStringLiteral("/>")
                                  : QStringLiteral(" t=\"inlineStr\"><is><t "
                                                   "xml:space=\"preserve\">%1</t></is></c>")
                                        .arg(text.toHtmlEscaped());
        xml->replace(m.capturedStart(), m.capturedLength(),
                     QStringLiteral("<c r=\"%1\"%2%3").arg(cell, m.captured(1), value));
        return true;
    });
}

// Swaps two rows (1-based, as in the sheet) with all their cells: what sorting does.
inline bool swapRows(const QString &path, const QString &part, int first, int second)
{
    return editPart(path, part, [&](QString *xml) {
        auto rowMatch = [&](int row) {
            return QRegularExpression(QStringLiteral("<row r=\"%1\"[^>]*>(.*?)</row>").arg(row),
                                      QRegularExpression::DotMatchesEverythingOption)
                .match(*xml);
        };
        auto renumbered = [](QString cells, int from, int to) {
            return cells.replace(QRegularExpression(QStringLiteral("r=\"([A-Z]+)%1\"").arg(from)),
                                 QStringLiteral("r=\"\\1%1\"").arg(to));
        };
        const QRegularExpressionMatch a = rowMatch(first);
        const QRegularExpressionMatch b = rowMatch(second);
        if (!a.hasMatch() || !b.hasMatch() || a.capturedStart() > b.capturedStart())
            return false;
        const QString aCells = renumbered(a.captured(1), first, second);
        const QString bCells = renumbered(b.captured(1), second, first);
        xml->replace(b.capturedStart(1), b.capturedLength(1), aCells); // the later one first
        xml->replace(a.capturedStart(1), a.capturedLength(1), bCells);
        return true;
    });
}

} // namespace XlsxEdit
