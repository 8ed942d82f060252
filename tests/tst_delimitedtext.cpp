#include "io/delimitedtext.h"
#include "io/sheetfile.h"
#include "io/tabulartext.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// CSV and TSV as spreadsheets save them, and the same sheet in each encoding Excel writes.
class TestDelimitedText : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void reportsUnclosedQuote();
    void cancels();
    void limitsCells();
    void detectsDelimiter_data();
    void detectsDelimiter();
    void readsEveryEncodingAlike_data();
    void readsEveryEncodingAlike();
    void switchesEncoding();
    void reportsWrongEncoding();
    void namesFileInErrors();
    void detectsFormat_data();
    void detectsFormat();
    void readsPastedText();
};

namespace {

using Rows = QList<QStringList>;

// 施策,進捗,備考 / ①公園整備,"完了,予定どおり",～10月 / ②ＮＥＣ纊,未着手,"改行<CRLF>あり"
// in Code Page 932, as Japanese Excel saves a CSV file; 予 ends in 0x5C, a backslash.
const QByteArray sheetCp932(
    "\x8e\x7b\x8d\xf4\x2c\x90\x69\x92\xbb\x2c\x94\xf5\x8d\x6c\x0d\x0a\x87\x40\x8c\xf6\x89\x80\x90"
    "\xae\x94\xf5\x2c\x22\x8a\xae\x97\xb9\x2c\x97\x5c\x92\xe8\x82\xc7\x82\xa8\x82\xe8\x22\x2c\x81"
    "\x60\x31\x30\x8c\x8e\x0d\x0a\x87\x41\x82\x6d\x82\x64\x82\x62\xed\x40\x2c\x96\xa2\x92\x85\x8e"
    "\xe8\x2c\x22\x89\xfc\x8d\x73\x0d\x0a\x82\xa0\x82\xe8\x22\x0d\x0a",
    85);

const QString sheetText =
    QStringLiteral("施策,進捗,備考\r\n①公園整備,\"完了,予定どおり\",～10月\r\n"
                   "②ＮＥＣ纊,未着手,\"改行\r\nあり\"\r\n");

const Rows sheetRows = {
    {QStringLiteral("施策"), QStringLiteral("進捗"), QStringLiteral("備考")},
    {QStringLiteral("①公園整備"), QStringLiteral("完了,予定どおり"), QStringLiteral("～10月")},
    {QStringLiteral("②ＮＥＣ纊"), QStringLiteral("未着手"), QStringLiteral("改行\nあり")},
};

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

void TestDelimitedText::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<Rows>("rows");
    const QChar comma(QLatin1Char(','));
    const QString a = QStringLiteral("a"), b = QStringLiteral("b"), c = QStringLiteral("c");
    QTest::newRow("plain") << "a,b\nc,d" << comma << Rows{{a, b}, {c, QStringLiteral("d")}};
    QTest::newRow("CRLF and a final line break") << "a,b\r\nc\r\n" << comma << Rows{{a, b}, {c}};
    QTest::newRow("CR alone") << "a\rb\r" << comma << Rows{{a}, {b}};
    QTest::newRow("empty cells") << ",a,\n,," << comma
                                 << Rows{{QString(), a, QString()},
                                         {QString(), QString(), QString()}};
    QTest::newRow("blank line") << "a\n\nb\n" << comma << Rows{{a}, {}, {b}};
    QTest::newRow("quoted delimiter") << "\"a,b\",c" << comma << Rows{{QStringLiteral("a,b"), c}};
    QTest::newRow("quoted line breaks")
        << "\"a\r\nb\",\"c\rd\"\ne" << comma
        << Rows{{QStringLiteral("a\nb"), QStringLiteral("c\nd")}, {QStringLiteral("e")}};
    QTest::newRow("doubled quotes") << "\"say \"\"hi\"\"\",\"\"\"\"" << comma
                                    << Rows{{QStringLiteral("say \"hi\""), QStringLiteral("\"")}};
    QTest::newRow("quote inside a cell is a character")
        << "5\" disk,x" << comma << Rows{{QStringLiteral("5\" disk"), QStringLiteral("x")}};
    QTest::newRow("text after the closing quote is kept")
        << "\"a\"b,c" << comma << Rows{{QStringLiteral("ab"), c}};
    QTest::newRow("quoted empty cell") << "\"\"" << comma << Rows{{QString()}};
    QTest::newRow("tab-separated") << "a\tb,c\n\"x\ty\"" << QChar(QLatin1Char('\t'))
                                   << Rows{{a, QStringLiteral("b,c")}, {QStringLiteral("x\ty")}};
    QTest::newRow("semicolons") << "a;\"b;c\"" << QChar(QLatin1Char(';'))
                                << Rows{{a, QStringLiteral("b;c")}};
    QTest::newRow("nothing") << "" << comma << Rows{};
}

void TestDelimitedText::parses()
{
    QFETCH(QString, text);
    QFETCH(QChar, delimiter);
    QFETCH(Rows, rows);
    QString error;
    const auto sheet = DelimitedText::parse(text, delimiter, &error);
    QVERIFY2(sheet, qPrintable(error));
    QCOMPARE(sheet->rows, rows);
}

void TestDelimitedText::reportsUnclosedQuote()
{
    QString error;
    const QString text = QStringLiteral("a,b\n\"x\"\"y\",\"z\r\nz\"\nc,\"d\ne\n");
    QVERIFY(!DelimitedText::parse(text, QLatin1Char(','), &error));
    QVERIFY2(error.contains(QLatin1String("line 4")), qPrintable(error));
}

void TestDelimitedText::cancels()
{
    QString error;
    QVERIFY(!DelimitedText::parse(QStringLiteral("a,b\n"), QLatin1Char(','), &error,
                                  [](qint64, qint64) { return false; }));
    QVERIFY(!error.isEmpty());
    qint64 lastDone = -1, lastTotal = -1;
    QVERIFY(DelimitedText::parse(QStringLiteral("a,b\n"), QLatin1Char(','), &error,
                                 [&](qint64 done, qint64 total) {
                                     lastDone = done;
                                     lastTotal = total;
                                     return true;
                                 }));
    QCOMPARE(lastDone, 4);
    QCOMPARE(lastTotal, 4);
}

void TestDelimitedText::limitsCells()
{
    QString error;
    const QString commas(DelimitedText::MaxCells, QLatin1Char(','));
    QVERIFY(!DelimitedText::parse(commas, QLatin1Char(','), &error));
    QVERIFY2(error.contains(QLatin1String("more than")), qPrintable(error));
}

void TestDelimitedText::detectsDelimiter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("candidates");
    QTest::addColumn<QChar>("delimiter");
    const QString all = QStringLiteral("\t,;");
    QTest::newRow("comma") << "a,b,c\n1,2,3\n" << all << QChar(QLatin1Char(','));
    QTest::newRow("tab with commas in cells") << "a\tb,c\n1,5\t2\n"
                                              << all << QChar(QLatin1Char('\t'));
    QTest::newRow("semicolon") << "a;b;c\n1,5;2;3\n" << all << QChar(QLatin1Char(';'));
    QTest::newRow("comma, quoted tabs ignored") << "\"a\t\t\",b\n\"x\t\",y\n"
                                                << all << QChar(QLatin1Char(','));
    QTest::newRow("title line without delimiters") << "令和5年度\na,b\nc,d\n"
                                                   << all << QChar(QLatin1Char(','));
    QTest::newRow("single column: the first candidate")
        << "a\nb\n"
        << QStringLiteral(",;\t") << QChar(QLatin1Char(','));
}

void TestDelimitedText::detectsDelimiter()
{
    QFETCH(QString, text);
    QFETCH(QString, candidates);
    QFETCH(QChar, delimiter);
    QCOMPARE(DelimitedText::detectDelimiter(text, candidates), delimiter);
}

void TestDelimitedText::readsEveryEncodingAlike_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    const QString utf16 = sheetText;
    const QByteArray utf16le(reinterpret_cast<const char *>(utf16.utf16()), utf16.size() * 2);
    QTest::newRow("UTF-8") << sheetText.toUtf8() << "UTF-8";
    QTest::newRow("UTF-8 with BOM") << "\xEF\xBB\xBF" + sheetText.toUtf8() << "UTF-8";
    QTest::newRow("UTF-16LE with BOM") << "\xFF\xFE" + utf16le << "UTF-16";
    QTest::newRow("CP932") << sheetCp932 << "Shift_JIS";
}

void TestDelimitedText::readsEveryEncodingAlike()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("進捗.csv"), bytes);
    QString error, used;
    const auto sheet = SheetFile::read(path, SheetFile::Format::Auto, 0, QString(), &error, &used);
    QVERIFY2(sheet, qPrintable(error));
    QCOMPARE(used, encoding);
    QCOMPARE(sheet->rows, sheetRows);
    QCOMPARE(sheet->name, QStringLiteral("進捗"));
    QCOMPARE(SheetFile::sheetNames(path, SheetFile::Format::Auto, &error),
             QStringList{QStringLiteral("進捗")});
}

void TestDelimitedText::switchesEncoding()
{
    QTemporaryDir dir;
    // Valid in both: UTF-8 is guessed, and the user can insist on Shift_JIS.
    const QString path = writeFile(dir, QStringLiteral("a.csv"), QByteArray("\xC3\xA9,x\n"));
    QString error, used;
    auto sheet = SheetFile::read(path, SheetFile::Format::Csv, 0, QString(), &error, &used);
    QVERIFY2(sheet, qPrintable(error));
    QCOMPARE(sheet->cell(0, 0), QStringLiteral("é"));
    sheet =
        SheetFile::read(path, SheetFile::Format::Csv, 0, QStringLiteral("cp932"), &error, &used);
    QVERIFY2(sheet, qPrintable(error));
    QCOMPARE(used, QStringLiteral("Shift_JIS"));
    QCOMPARE(sheet->cell(0, 0), QStringLiteral("ﾃｩ"));
}

void TestDelimitedText::reportsWrongEncoding()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("sjis.csv"), sheetCp932);
    QString error, used;
    QVERIFY(
        !SheetFile::read(path, SheetFile::Format::Csv, 0, QStringLiteral("UTF-8"), &error, &used));
    QCOMPARE(used, QStringLiteral("UTF-8"));
    QVERIFY2(error.startsWith(QLatin1String("sjis.csv: line 1 ")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("UTF-8")), qPrintable(error));
    QVERIFY(!SheetFile::read(path, SheetFile::Format::Csv, 0, QStringLiteral("EBCDIC"), &error));
    QVERIFY2(error.contains(QLatin1String("EBCDIC")), qPrintable(error));
}

void TestDelimitedText::namesFileInErrors()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("open.csv"), QByteArray("a,\"b\nc\n"));
    QString error;
    QVERIFY(!SheetFile::read(path, SheetFile::Format::Auto, 0, QString(), &error));
    QVERIFY2(error.startsWith(QLatin1String("open.csv: line 1")), qPrintable(error));
    QVERIFY(!SheetFile::read(dir.filePath(QStringLiteral("missing.csv")), SheetFile::Format::Auto,
                             0, QString(), &error));
    QVERIFY2(error.contains(QLatin1String("missing.csv")), qPrintable(error));
    const QString xls = writeFile(dir, QStringLiteral("old.xls"),
                                  QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 rest"));
    QVERIFY(!SheetFile::read(xls, SheetFile::Format::Auto, 0, QString(), &error));
    QVERIFY2(error.startsWith(QLatin1String("old.xls: ")), qPrintable(error));
}

void TestDelimitedText::detectsFormat_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<SheetFile::Format>("format");
    QTest::newRow("csv") << "a.CSV" << QByteArray("a,b") << SheetFile::Format::Csv;
    QTest::newRow("tsv") << "a.tsv" << QByteArray("a\tb") << SheetFile::Format::Tsv;
    QTest::newRow("txt") << "a.txt" << QByteArray("a\tb") << SheetFile::Format::Auto;
    QTest::newRow("xlsx") << "a.xlsx" << QByteArray("not yet") << SheetFile::Format::Xlsx;
    QTest::newRow("zip named csv")
        << "a.csv" << QByteArray("PK\x03\x04 rest") << SheetFile::Format::Xlsx;
}

void TestDelimitedText::detectsFormat()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(SheetFile::Format, format);
    QTemporaryDir dir;
    QCOMPARE(SheetFile::detectFormat(writeFile(dir, name, bytes)), format);
}

void TestDelimitedText::readsPastedText()
{
    QString error;
    auto sheet = SheetFile::readText(QStringLiteral("施策\t進捗\n\"a\nb\"\t完了\n"), &error);
    QVERIFY2(sheet, qPrintable(error));
    QCOMPARE(sheet->rows, (Rows{{QStringLiteral("施策"), QStringLiteral("進捗")},
                                {QStringLiteral("a\nb"), QStringLiteral("完了")}}));
    sheet = SheetFile::readText(QStringLiteral("a,b\nc,d\n"), &error);
    QVERIFY2(sheet, qPrintable(error));
    QCOMPARE(sheet->columnCount(), 2);
    // The clipboard reader other code uses is unchanged.
    QCOMPARE(TabularText::parse(QStringLiteral("a\tb\n")),
             (Rows{{QStringLiteral("a"), QStringLiteral("b")}}));
}

QTEST_GUILESS_MAIN(TestDelimitedText)
#include "tst_delimitedtext.moc"
