// libFuzzer target: any bytes given to the spreadsheet readers, as CSV or TSV text in any
// encoding and as an XLSX workbook, end in a sheet or an error, never a crash.
#include "io/delimitedtext.h"
#include "io/textdecoding.h"
#include "io/xlsxreader.h"

#include <QCoreApplication>

namespace {

void readAsText(const QByteArray &bytes)
{
    for (const QString &encoding : TextDecoding::availableEncodings()) {
        const TextDecoding::DecodedText decoded = TextDecoding::decode(bytes, encoding);
        if (decoded.hasErrors() &&
            (decoded.firstBadByte < 0 || decoded.firstBadByte > bytes.size()))
            abort(); // the reported place must be in the bytes
    }
    const QString text = TextDecoding::decode(bytes).text;
    QString error;
    const auto sheet = DelimitedText::parse(text, DelimitedText::detectDelimiter(text), &error);
    if (!sheet && error.isEmpty())
        abort(); // a refusal must say why
}

void readAsXlsx(const QByteArray &bytes)
{
    const QString source = QStringLiteral("fuzz.xlsx");
    QString error;
    const QStringList names = XlsxReader::sheetNames(bytes, source, &error);
    if (names.isEmpty() && !error.startsWith(source))
        abort();
    for (int i = 0; i < std::min<int>(names.size(), 3); ++i) {
        error.clear();
        const auto sheet = XlsxReader::readSheet(bytes, source, i, &error);
        if (!sheet && !error.startsWith(source))
            abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_sheetreaders";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    readAsText(bytes);
    readAsXlsx(bytes);
    return 0;
}
