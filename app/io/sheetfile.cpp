#include "sheetfile.h"
#include "io/delimitedtext.h"
#include "io/textdecoding.h"
#include "io/xlsxreader.h"

#include <QFile>
#include <QFileInfo>

namespace {

using Format = SheetFile::Format;

QByteArray fileStart(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(8) : QByteArray();
}

bool isOldExcelWorkbook(const QByteArray &start)
{
    return start.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"); // an OLE compound file: .xls
}

Format resolvedFormat(const QString &path, Format format)
{
    return format == Format::Auto ? SheetFile::detectFormat(path) : format;
}

// Which delimiters a text file may use, the likeliest first (it also wins ties).
QStringView delimiterCandidates(const QString &path, Format format)
{
    if (format == Format::Tsv)
        return u"\t";
    if (format == Format::Csv)
        return u",;";
    return QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0
               ? QStringView(u",;\t")
               : QStringView(u"\t,;");
}

std::optional<Sheet> readDelimited(const QString &path, Format format, const QString &encoding,
                                   QString *error, QString *usedEncoding,
                                   const ProgressCallback &progress)
{
    const QString name = QFileInfo(path).fileName();
    if (!encoding.isEmpty() && TextDecoding::canonicalName(encoding).isEmpty()) {
        *error = SheetFile::tr("The encoding %1 is not supported.").arg(encoding);
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = SheetFile::tr("%1: cannot be read (%2).").arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > SheetFile::MaxTextSize) {
        *error = SheetFile::tr("%1: the file is larger than %2 MB.")
                     .arg(name)
                     .arg(SheetFile::MaxTextSize / (1024 * 1024));
        return std::nullopt;
    }
    const TextDecoding::DecodedText decoded = TextDecoding::decode(file.readAll(), encoding);
    if (usedEncoding)
        *usedEncoding = decoded.encoding;
    if (decoded.hasErrors()) {
        *error = SheetFile::tr("%1: line %2 is not valid %3. Choose another encoding.")
                     .arg(name)
                     .arg(decoded.firstBadLine)
                     .arg(decoded.encoding);
        return std::nullopt;
    }
    QString parseError;
    const QChar delimiter =
        DelimitedText::detectDelimiter(decoded.text, delimiterCandidates(path, format));
    auto sheet = DelimitedText::parse(decoded.text, delimiter, &parseError, progress);
    if (!sheet) {
        *error = SheetFile::tr("%1: %2").arg(name, parseError);
        return std::nullopt;
    }
    sheet->name = QFileInfo(path).completeBaseName();
    return sheet;
}

} // namespace

SheetFile::Format SheetFile::detectFormat(const QString &path)
{
    if (fileStart(path).startsWith("PK\x03\x04"))
        return Format::Xlsx;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm"))
        return Format::Xlsx;
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    if (suffix == QLatin1String("tsv") || suffix == QLatin1String("tab"))
        return Format::Tsv;
    return Format::Auto;
}

QStringList SheetFile::sheetNames(const QString &path, Format format, QString *error)
{
    if (resolvedFormat(path, format) == Format::Xlsx)
        return XlsxReader::sheetNames(path, error);
    if (!QFileInfo(path).isReadable()) {
        *error = tr("%1: cannot be read.").arg(path);
        return {};
    }
    return {QFileInfo(path).completeBaseName()};
}

std::optional<Sheet> SheetFile::read(const QString &path, Format format, int sheetIndex,
                                     const QString &encoding, QString *error, QString *usedEncoding,
                                     const ProgressCallback &progress)
{
    if (usedEncoding)
        usedEncoding->clear();
    if (format == Format::Auto && isOldExcelWorkbook(fileStart(path))) {
        *error = tr("%1: an Excel 97–2003 workbook (.xls) cannot be read; save it as .xlsx or "
                    "CSV in Excel first.")
                     .arg(QFileInfo(path).fileName());
        return std::nullopt;
    }
    const Format resolved = resolvedFormat(path, format);
    if (resolved == Format::Xlsx)
        return XlsxReader::readSheet(path, sheetIndex, error, progress);
    return readDelimited(path, resolved, encoding, error, usedEncoding, progress);
}

std::optional<Sheet> SheetFile::readText(const QString &pastedText, QString *error)
{
    QString parseError;
    auto sheet =
        DelimitedText::parse(pastedText, DelimitedText::detectDelimiter(pastedText), &parseError);
    if (!sheet && error)
        *error = tr("The pasted text: %1").arg(parseError);
    return sheet;
}
