#include "io/textdecoding.h"

#include <QTest>

// The encodings a CSV from a Japanese city hall comes in, and Code Page 932's own characters.
class TestTextDecoding : public QObject
{
    Q_OBJECT

private slots:
    void detectsEncoding_data();
    void detectsEncoding();
    void decodesCp932AsExcelWrites_data();
    void decodesCp932AsExcelWrites();
    void encodesCp932AsExcelWrites();
    void acceptsAliases_data();
    void acceptsAliases();
    void dropsByteOrderMark_data();
    void dropsByteOrderMark();
    void reportsFirstBadLine_data();
    void reportsFirstBadLine();
    void refusesUnknownEncoding();
    void reportsUnencodableCharacters();
};

namespace {

const QString japanese = QStringLiteral("施策,進捗\n①公園整備,完了\n");

QByteArray utf16le(const QString &text)
{
    return QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
}

QByteArray utf16be(const QString &text)
{
    QByteArray bytes = utf16le(text);
    for (qsizetype i = 0; i + 1 < bytes.size(); i += 2)
        std::swap(bytes[i], bytes[i + 1]);
    return bytes;
}

// 施策,進捗 / ①公園整備,完了 as Japanese Excel saves it.
const QByteArray japaneseCp932("\x8e\x7b\x8d\xf4,\x90\x69\x92\xbb\n\x87\x40\x8c\xf6\x89\x80\x90\xae"
                               "\x94\xf5,\x8a\xae\x97\xb9\n");

} // namespace

void TestTextDecoding::detectsEncoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QByteArray() << "UTF-8" << QString();
    QTest::newRow("ASCII") << QByteArray("a,b\n1,2\n") << "UTF-8"
                           << "a,b\n1,2\n";
    QTest::newRow("UTF-8") << japanese.toUtf8() << "UTF-8" << japanese;
    QTest::newRow("UTF-8 with BOM") << "\xEF\xBB\xBF" + japanese.toUtf8() << "UTF-8" << japanese;
    QTest::newRow("UTF-16LE with BOM") << "\xFF\xFE" + utf16le(japanese) << "UTF-16" << japanese;
    QTest::newRow("UTF-16BE with BOM") << "\xFE\xFF" + utf16be(japanese) << "UTF-16" << japanese;
    QTest::newRow("UTF-16LE without BOM") << utf16le(japanese) << "UTF-16" << japanese;
    QTest::newRow("UTF-16BE without BOM") << utf16be(japanese) << "UTF-16" << japanese;
    QTest::newRow("Shift_JIS") << japaneseCp932 << "Shift_JIS" << japanese;
}

void TestTextDecoding::detectsEncoding()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(QString, text);
    QCOMPARE(TextDecoding::detectEncoding(bytes), encoding);
    const TextDecoding::DecodedText decoded = TextDecoding::decode(bytes);
    QCOMPARE(decoded.encoding, encoding);
    QVERIFY(!decoded.hasErrors());
    QCOMPARE(decoded.text, text);
}

void TestTextDecoding::decodesCp932AsExcelWrites_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::newRow("circled one (NEC row 13)") << QByteArray("\x87\x40") << QStringLiteral("①");
    QTest::newRow("wave dash is the fullwidth tilde")
        << QByteArray("\x81\x60") << QString(QChar(0xFF5E));
    QTest::newRow("minus is the fullwidth hyphen-minus")
        << QByteArray("\x81\x7C") << QString(QChar(0xFF0D));
    QTest::newRow("IBM extension") << QByteArray("\xFA\x40") << QString(QChar(0x2170));
    QTest::newRow("NEC-selected IBM extension") << QByteArray("\xED\x40") << QStringLiteral("纊");
    QTest::newRow("0x5C as second byte") << QByteArray("\x97\x5C") << QStringLiteral("予");
    QTest::newRow("half-width katakana") << QByteArray("\xB1") << QStringLiteral("ｱ");
}

void TestTextDecoding::decodesCp932AsExcelWrites()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    const TextDecoding::DecodedText decoded =
        TextDecoding::decode(bytes, QStringLiteral("Shift_JIS"));
    QCOMPARE(decoded.text, text);
    QVERIFY(!decoded.hasErrors());
}

void TestTextDecoding::encodesCp932AsExcelWrites()
{
    bool hadErrors = true;
    QCOMPARE(TextDecoding::encode(QStringLiteral("①"), QStringLiteral("Shift_JIS"), &hadErrors),
             QByteArray("\x87\x40"));
    QVERIFY(!hadErrors);
    QCOMPARE(TextDecoding::encode(japanese, QStringLiteral("Shift_JIS")), japaneseCp932);
}

void TestTextDecoding::acceptsAliases_data()
{
    QTest::addColumn<QString>("alias");
    QTest::addColumn<QString>("name");
    QTest::newRow("utf8") << "utf8"
                          << "UTF-8";
    QTest::newRow("UTF-16LE") << "UTF-16LE"
                              << "UTF-16";
    QTest::newRow("cp932") << "cp932"
                           << "Shift_JIS";
    QTest::newRow("windows-31j") << "windows-31j"
                                 << "Shift_JIS";
    QTest::newRow("SJIS") << "SJIS"
                          << "Shift_JIS";
    QTest::newRow("Shift-JIS") << "Shift-JIS"
                               << "Shift_JIS";
    QTest::newRow("unknown") << "EBCDIC"
                             << "";
}

void TestTextDecoding::acceptsAliases()
{
    QFETCH(QString, alias);
    QFETCH(QString, name);
    QCOMPARE(TextDecoding::canonicalName(alias), name);
    QVERIFY(name.isEmpty() || TextDecoding::availableEncodings().contains(name));
}

void TestTextDecoding::dropsByteOrderMark_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::newRow("UTF-8") << "\xEF\xBB\xBF" + japanese.toUtf8() << "UTF-8";
    QTest::newRow("UTF-16LE") << "\xFF\xFE" + utf16le(japanese) << "UTF-16";
    QTest::newRow("UTF-16BE, asked as UTF-16LE") << "\xFE\xFF" + utf16be(japanese) << "UTF-16LE";
}

void TestTextDecoding::dropsByteOrderMark()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QCOMPARE(TextDecoding::decode(bytes, encoding).text, japanese);
}

void TestTextDecoding::reportsFirstBadLine_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<int>("line");
    QTest::addColumn<qint64>("byte");
    QTest::newRow("UTF-8, bad byte") << QByteArray("a\nb\n\xFF\n") << "UTF-8" << 3 << qint64(4);
    QTest::newRow("UTF-8, cut short") << QByteArray("a\r\nb\xE3\x81") << "UTF-8" << 2 << qint64(4);
    QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF"
                                                  "ab\xC3")
                                    << "UTF-8" << 1 << qint64(5);
    QTest::newRow("Shift_JIS, bad second byte")
        << QByteArray("a\n\x87\x40\nxy\x81\x20z\n") << "Shift_JIS" << 3 << qint64(7);
    QTest::newRow("Shift_JIS, unassigned")
        << QByteArray("ok\n\x85\x40") << "Shift_JIS" << 2 << qint64(4);
    QTest::newRow("valid") << QByteArray("a\nb\n") << "UTF-8" << 0 << qint64(-1);
}

void TestTextDecoding::reportsFirstBadLine()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(int, line);
    QFETCH(qint64, byte);
    const TextDecoding::DecodedText decoded = TextDecoding::decode(bytes, encoding);
    QCOMPARE(decoded.firstBadLine, line);
    QCOMPARE(decoded.hasErrors(), line > 0);
    if (line > 0) // the decoder notices on the offending byte or the one after it
        QVERIFY2(decoded.firstBadByte == byte || decoded.firstBadByte == byte + 1,
                 qPrintable(QString::number(decoded.firstBadByte)));
}

void TestTextDecoding::refusesUnknownEncoding()
{
    const TextDecoding::DecodedText decoded =
        TextDecoding::decode(QByteArray("abc"), QStringLiteral("KOI8-R"));
    QVERIFY(decoded.encoding.isEmpty());
    QVERIFY(decoded.text.isEmpty());
}

void TestTextDecoding::reportsUnencodableCharacters()
{
    bool hadErrors = false;
    TextDecoding::encode(QStringLiteral("a😀b"), QStringLiteral("Shift_JIS"), &hadErrors);
    QVERIFY(hadErrors);
}

QTEST_GUILESS_MAIN(TestTextDecoding)
#include "tst_textdecoding.moc"
