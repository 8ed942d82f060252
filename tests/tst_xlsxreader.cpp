#include "io/sheetfile.h"
#include "io/xlsxnumberformat.h"
#include "io/xlsxpackage.h"
#include "io/xlsxreader.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// Workbooks made here, part by part, as Excel writes them (shared strings with rich text and
// furigana, inline strings, gaps, merged cells, dates, two sheets out of part order), and
// broken or hostile ones that must end in an error naming the file.
class TestXlsxReader : public QObject
{
    Q_OBJECT

private slots:
    void listsSheetsInWorkbookOrder();
    void readsCells();
    void readsSecondSheet();
    void readsThroughSheetFile();
    void formatsNumbers_data();
    void formatsNumbers();
    void reportsProgressAndCancels();
    void refusesBrokenFiles_data();
    void refusesBrokenFiles();
    void limitsUnpackedSize();
};

namespace {

using Parts = QList<std::pair<QString, QByteArray>>;
using Rows = QList<QStringList>;

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFF;
    for (const char byte : data) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xEDB88320 & (0 - (crc & 1)));
    }
    return ~crc;
}

// A zip of uncompressed entries: all an .xlsx needs, and easy to damage on purpose.
QByteArray storedZip(const Parts &parts)
{
    QByteArray out, central;
    const auto le16 = [](QByteArray &b, quint32 v) {
        b.append(char(v & 0xFF)).append(char(v >> 8 & 0xFF));
    };
    const auto le32 = [&](QByteArray &b, quint32 v) {
        le16(b, v & 0xFFFF);
        le16(b, v >> 16);
    };
    for (const auto &[name, data] : parts) {
        const QByteArray n = name.toUtf8();
        const quint32 crc = crc32(data), size = quint32(data.size()), offset = quint32(out.size());
        le32(out, 0x04034B50);
        for (quint32 v : {20u, 0x0800u, 0u, 0u, 0u}) // version, UTF-8 names, stored, time, date
            le16(out, v);
        for (quint32 v : {crc, size, size})
            le32(out, v);
        le16(out, quint32(n.size()));
        le16(out, 0);
        out += n + data;
        le32(central, 0x02014B50);
        for (quint32 v : {20u, 20u, 0x0800u, 0u, 0u, 0u})
            le16(central, v);
        for (quint32 v : {crc, size, size})
            le32(central, v);
        for (quint32 v : {quint32(n.size()), 0u, 0u, 0u, 0u})
            le16(central, v);
        le32(central, 0);
        le32(central, offset);
        central += n;
    }
    const quint32 centralOffset = quint32(out.size());
    out += central;
    le32(out, 0x06054B50);
    for (quint32 v : {0u, 0u, quint32(parts.size()), quint32(parts.size())})
        le16(out, v);
    le32(out, quint32(central.size()));
    le32(out, centralOffset);
    le16(out, 0);
    return out;
}

const QByteArray xmlHead = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const QByteArray mainNs = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";
const QByteArray relNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

QByteArray relationships(const QList<std::pair<QByteArray, QByteArray>> &typeAndTarget)
{
    QByteArray xml = xmlHead + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/"
                               "2006/relationships\">";
    int id = 0;
    for (const auto &[type, target] : typeAndTarget)
        xml += "<Relationship Id=\"rId" + QByteArray::number(++id) + "\" Type=\"" + relNs + "/" +
               type + "\" Target=\"" + target + "\"/>";
    return xml + "</Relationships>";
}

QByteArray workbookXml(const QByteArray &sheets, const QByteArray &properties = {})
{
    return xmlHead + "<workbook " + mainNs + " xmlns:r=\"" + relNs + "\">" + properties +
           "<sheets>" + sheets + "</sheets></workbook>";
}

QByteArray worksheet(const QByteArray &sheetData, const QByteArray &after = {})
{
    return xmlHead + "<worksheet " + mainNs + "><sheetData>" + sheetData + "</sheetData>" + after +
           "</worksheet>";
}

const QByteArray sharedStrings = xmlHead + "<sst " + mainNs + R"( count="7" uniqueCount="7">
<si><t>施策</t></si>
<si><r><rPr><b/></rPr><t>進</t></r><r><t xml:space="preserve">捗 </t></r></si>
<si><t>公園整備</t><rPh sb="0" eb="2"><t>コウエン</t></rPh><phoneticPr fontId="1"/></si>
<si><t xml:space="preserve">  lead</t></si>
<si><t>line_x000D_
break</t></si>
<si><t>教育</t></si>
<si><t>見出し</t></si>
</sst>)";

const QByteArray styles = xmlHead + "<styleSheet " + mainNs + R"(>
<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy/m/d\ h:mm"/>
<numFmt numFmtId="165" formatCode="#,##0.0"/></numFmts>
<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="9"/><xf numFmtId="164"/>
<xf numFmtId="165"/></cellXfs></styleSheet>)";

// The first sheet: shared strings, an inline string, gaps in rows and columns, cells without
// a reference, typed values, number formats, a style-only cell and two merged ranges.
const QByteArray pledgeSheet = worksheet(R"(
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>
<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="inlineStr"><is><t>インライン</t></is></c>
  <c r="C2"><v>1</v></c><c r="D2"><v>0.30000000000000004</v></c><c r="E2" t="s"><v>3</v></c>
  <c r="F2" t="s"><v>4</v></c></row>
<row r="4"><c r="A4" t="s"><v>5</v></c><c t="b"><v>1</v></c><c t="e"><v>#N/A</v></c>
  <c t="str"><f>A1</f><v>施策</v></c></row>
<row r="5"><c r="B5" s="1"><v>45017</v></c><c r="C5" s="2"><v>0.25</v></c>
  <c r="D5" s="3"><v>45017.5</v></c><c r="E5" s="4"><v>1234.5</v></c></row>
<row r="6"><c r="B6" s="1"/><c r="C6" t="s"><v>6</v></c><c r="Z6" s="2"/></row>
)",
                                         R"(<mergeCells count="2"><mergeCell ref="A4:A6"/>)"
                                         R"(<mergeCell ref="C6:D6"/></mergeCells>)");

// The second sheet uses a namespace prefix, as some generators do.
const QByteArray secondSheet =
    xmlHead + R"(<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<x:sheetData><x:row><x:c t="inlineStr"><x:is><x:r><x:t>two</x:t></x:r>
<x:r><x:t xml:space="preserve"> runs</x:t></x:r></x:is></x:c></x:row></x:sheetData></x:worksheet>)";

// The sheets are listed in the workbook in the other order than their parts.
Parts workbookParts(const QByteArray &firstSheet = pledgeSheet)
{
    return {
        {QStringLiteral("[Content_Types].xml"),
         xmlHead +
             "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
        {QStringLiteral("_rels/.rels"), relationships({{"officeDocument", "xl/workbook.xml"}})},
        {QStringLiteral("xl/workbook.xml"),
         workbookXml(R"(<sheet name="公約" sheetId="1" r:id="rId2"/>)"
                     R"(<sheet name="Second" sheetId="2" r:id="rId1"/>)")},
        {QStringLiteral("xl/_rels/workbook.xml.rels"),
         relationships({{"worksheet", "worksheets/sheet1.xml"},
                        {"worksheet", "/xl/worksheets/sheet2.xml"},
                        {"sharedStrings", "sharedStrings.xml"},
                        {"styles", "styles.xml"}})},
        {QStringLiteral("xl/sharedStrings.xml"), sharedStrings},
        {QStringLiteral("xl/styles.xml"), styles},
        {QStringLiteral("xl/worksheets/sheet1.xml"), secondSheet},
        {QStringLiteral("xl/worksheets/sheet2.xml"), firstSheet},
    };
}

QByteArray replacedPart(Parts parts, const QString &name, const QByteArray &data)
{
    for (auto &[partName, partData] : parts) {
        if (partName == name)
            partData = data;
    }
    return storedZip(parts);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

void TestXlsxReader::listsSheetsInWorkbookOrder()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("plan.xlsx"), storedZip(workbookParts()));
    QString error;
    const QStringList expected = {QStringLiteral("公約"), QStringLiteral("Second")};
    QCOMPARE(XlsxReader::sheetNames(path, &error), expected);
    QCOMPARE(XlsxReader::sheetNames(storedZip(workbookParts()), QStringLiteral("x"), &error),
             expected);
    QCOMPARE(SheetFile::sheetNames(path, SheetFile::Format::Auto, &error), expected);
}

void TestXlsxReader::readsCells()
{
    QString error;
    const auto sheet =
        XlsxReader::readSheet(storedZip(workbookParts()), QStringLiteral("plan.xlsx"), 0, &error);
    QVERIFY2(sheet, qPrintable(error));
    QCOMPARE(sheet->name, QStringLiteral("公約"));
    const Rows expected = {
        {QStringLiteral("施策"), QString(), QStringLiteral("進捗 ")},
        {QStringLiteral("公園整備"), QStringLiteral("インライン"), QStringLiteral("1"),
         QStringLiteral("0.3"), QStringLiteral("  lead"), QStringLiteral("line\nbreak")},
        {},
        {QStringLiteral("教育"), QStringLiteral("TRUE"), QStringLiteral("#N/A"),
         QStringLiteral("施策")},
        {QStringLiteral("教育"), QStringLiteral("2023-04-01"), QStringLiteral("25%"),
         QStringLiteral("2023-04-01 12:00"), QStringLiteral("1234.5")},
        {QStringLiteral("教育"), QString(), QStringLiteral("見出し"), QStringLiteral("見出し")},
    };
    for (int r = 0; r < std::max(expected.size(), sheet->rows.size()); ++r)
        QCOMPARE(sheet->rows.value(r), expected.value(r));
}

void TestXlsxReader::readsSecondSheet()
{
    QString error;
    const auto sheet =
        XlsxReader::readSheet(storedZip(workbookParts()), QStringLiteral("plan.xlsx"), 1, &error);
    QVERIFY2(sheet, qPrintable(error));
    QCOMPARE(sheet->name, QStringLiteral("Second"));
    QCOMPARE(sheet->rows, (Rows{{QStringLiteral("two runs")}}));
}

void TestXlsxReader::readsThroughSheetFile()
{
    QTemporaryDir dir;
    // The zip signature decides, whatever the file is called.
    const QString path = writeFile(dir, QStringLiteral("plan.csv"), storedZip(workbookParts()));
    QString error, encoding = QStringLiteral("stale");
    const auto sheet =
        SheetFile::read(path, SheetFile::Format::Auto, 1, QString(), &error, &encoding);
    QVERIFY2(sheet, qPrintable(error));
    QCOMPARE(sheet->cell(0, 0), QStringLiteral("two runs"));
    QVERIFY(encoding.isEmpty());
}

void TestXlsxReader::formatsNumbers_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<QString>("code"); // used when id is -1
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<QString>("text");
    QTest::newRow("integer") << 0 << ""
                             << "42" << false << "42";
    QTest::newRow("integer stored as 42.0") << 0 << ""
                                            << "42.0" << false << "42";
    QTest::newRow("binary fraction") << 0 << ""
                                     << "0.30000000000000004" << false << "0.3";
    QTest::newRow("negative") << 0 << ""
                              << "-1.5" << false << "-1.5";
    QTest::newRow("large") << 0 << ""
                           << "1E+20" << false << "1e+20";
    QTest::newRow("not a number") << 0 << ""
                                  << "abc" << false << "abc";
    QTest::newRow("built-in date") << 14 << ""
                                   << "45017" << false << "2023-04-01";
    QTest::newRow("1904 date system") << 14 << ""
                                      << "43555" << true << "2023-04-01";
    QTest::newRow("before the 1900 leap bug") << 14 << ""
                                              << "59" << false << "1900-02-28";
    QTest::newRow("Japanese era date") << -1 << "[$-411]ggge\"年\"m\"月\"d\"日\""
                                       << "45017" << false << "2023-04-01";
    QTest::newRow("年月日") << -1 << "yyyy\"年\"m\"月\"d\"日\";@"
                            << "45017" << false << "2023-04-01";
    QTest::newRow("date and time") << 22 << ""
                                   << "45017.75" << false << "2023-04-01 18:00";
    QTest::newRow("time") << -1 << "h:mm:ss"
                          << "0.5000115740740741" << false << "12:00:01";
    QTest::newRow("percent") << 10 << ""
                             << "0.1234" << false << "12.34%";
    QTest::newRow("custom percent") << -1 << "0.0%"
                                    << "0.5" << false << "50.0%";
    QTest::newRow("scientific is not an era") << -1 << "0.00E+00"
                                              << "1500" << false << "1500";
    QTest::newRow("red negative is not a date") << -1 << "[Red]#,##0"
                                                << "-3" << false << "-3";
    QTest::newRow("quoted letters are not a date") << -1 << "0\" days\""
                                                   << "3" << false << "3";
    QTest::newRow("text format") << 49 << ""
                                 << "7" << false << "7";
    QTest::newRow("negative date stays a number") << 14 << ""
                                                  << "-1" << false << "-1";
}

void TestXlsxReader::formatsNumbers()
{
    QFETCH(int, id);
    QFETCH(QString, code);
    QFETCH(QString, value);
    QFETCH(bool, date1904);
    QFETCH(QString, text);
    const XlsxNumberFormat format =
        id >= 0 ? XlsxNumberFormat::builtIn(id) : XlsxNumberFormat::fromCode(code);
    QCOMPARE(format.display(value, date1904), text);
}

void TestXlsxReader::reportsProgressAndCancels()
{
    QString error;
    QList<std::pair<qint64, qint64>> reports;
    const auto sheet = XlsxReader::readSheet(storedZip(workbookParts()), QStringLiteral("p.xlsx"),
                                             0, &error, [&](qint64 done, qint64 total) {
                                                 reports.append({done, total});
                                                 return true;
                                             });
    QVERIFY2(sheet, qPrintable(error));
    QVERIFY(!reports.isEmpty());
    for (qsizetype i = 1; i < reports.size(); ++i)
        QVERIFY(reports.at(i).first >= reports.at(i - 1).first);
    QCOMPARE(reports.last().first, reports.last().second);
    QCOMPARE(reports.last().second,
             qint64(styles.size() + sharedStrings.size() + pledgeSheet.size()));

    QVERIFY(!XlsxReader::readSheet(storedZip(workbookParts()), QStringLiteral("p.xlsx"), 0, &error,
                                   [](qint64, qint64) { return false; }));
    QVERIFY2(error.startsWith(QLatin1String("p.xlsx: ")), qPrintable(error));
}

void TestXlsxReader::refusesBrokenFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected"); // part of the message
    const QString sheetPart = QStringLiteral("xl/worksheets/sheet2.xml");
    const QByteArray good = storedZip(workbookParts());
    QTest::newRow("empty file") << QByteArray() << "not an XLSX file";
    QTest::newRow("text named .xlsx") << QByteArray("施策,進捗\n") << "not an XLSX file";
    QTest::newRow("truncated zip") << good.left(good.size() / 2) << "not an XLSX file";
    QTest::newRow("zip without a workbook")
        << storedZip({{QStringLiteral("word/document.xml"), xmlHead + "<document/>"}})
        << "xl/workbook.xml is missing";
    QTest::newRow("no sheets") << replacedPart(workbookParts(), QStringLiteral("xl/workbook.xml"),
                                               workbookXml(""))
                               << "no sheets";
    QTest::newRow("sheet part missing")
        << replacedPart(workbookParts(), QStringLiteral("xl/workbook.xml"),
                        workbookXml(R"(<sheet name="A" sheetId="1" r:id="rId9"/>)"))
        << "\"A\" is missing";
    QTest::newRow("malformed workbook XML")
        << replacedPart(workbookParts(), QStringLiteral("xl/workbook.xml"), "<workbook><sheets>")
        << "xl/workbook.xml line 1";
    QTest::newRow("malformed sheet XML")
        << replacedPart(workbookParts(), sheetPart,
                        worksheet("<row r=\"1\">\n<c r=\"A1\"><v>1</v></row>"))
        << "xl/worksheets/sheet2.xml line 3";
    QTest::newRow("shared string out of range")
        << replacedPart(workbookParts(), sheetPart,
                        worksheet(R"(<row><c t="s"><v>99</v></c></row>)"))
        << "the cell A1 refers to a shared string";
    QTest::newRow("bad cell reference")
        << replacedPart(workbookParts(), sheetPart,
                        worksheet(R"(<row><c r="1A"><v>1</v></c></row>)"))
        << "\"1A\"";
    QTest::newRow("column beyond XFD")
        << replacedPart(workbookParts(), sheetPart,
                        worksheet(R"(<row><c r="XFE1"><v>1</v></c></row>)"))
        << "\"XFE1\"";
    QTest::newRow("row beyond Excel's")
        << replacedPart(workbookParts(), sheetPart,
                        worksheet(R"(<row r="1048577"><c><v>1</v></c></row>)"))
        << "1048577";
    QTest::newRow("merged range too large to fill")
        << replacedPart(workbookParts(), sheetPart,
                        worksheet(R"(<row><c><v>1</v></c></row>)",
                                  R"(<mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells>)"))
        << "more than";
    QByteArray damaged = good;
    damaged[damaged.indexOf("0.30000000000000004")] = '9';
    QTest::newRow("checksum mismatch") << damaged << "checksum";
}

void TestXlsxReader::refusesBrokenFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("broken.xlsx"), bytes);
    QString error;
    QVERIFY(!XlsxReader::readSheet(path, 0, &error));
    QVERIFY2(error.startsWith(QLatin1String("broken.xlsx: ")), qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    error.clear();
    QVERIFY(!SheetFile::read(path, SheetFile::Format::Auto, 0, QString(), &error));
    QVERIFY2(error.startsWith(QLatin1String("broken.xlsx: ")), qPrintable(error));
    // Listing the sheets either works or says why.
    error.clear();
    if (XlsxReader::sheetNames(path, &error).isEmpty())
        QVERIFY2(error.startsWith(QLatin1String("broken.xlsx: ")), qPrintable(error));
}

void TestXlsxReader::limitsUnpackedSize()
{
    QBuffer buffer;
    buffer.setData(
        storedZip({{QStringLiteral("big.xml"), "<a>" + QByteArray(5000, 'x') + "</a>"}}));
    buffer.open(QIODevice::ReadOnly);
    XlsxPackage package(&buffer, QStringLiteral("bomb.xlsx"), 1000);
    QString error;
    QVERIFY2(package.open(&error), qPrintable(error));
    QVERIFY(!package.readXml(
        QStringLiteral("big.xml"),
        [](QXmlStreamReader &xml) {
            while (!xml.atEnd())
                xml.readNext();
        },
        &error));
    QVERIFY2(error.startsWith(QLatin1String("bomb.xlsx: big.xml is larger than")),
             qPrintable(error));
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
