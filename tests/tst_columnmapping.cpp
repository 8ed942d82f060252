#include "io/columnmapping.h"
#include "io/csvexport.h"

#include <QTest>

using Field = ColumnMapping::Field;

// The column mapping: its file (round trip, errors naming the key) and the guesses from
// Japanese, English and our own export's headers.
class TestColumnMapping : public QObject
{
    Q_OBJECT

private slots:
    void columnLetters_data();
    void columnLetters();
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void badJson_data();
    void badJson();
    void readsColumnNumbersAndDefaults();
    void guessesHeaderRowBelowTitle();
    void guessesJapaneseWideSheet();
    void guessesPeriodInsideHeaders();
    void guessesEnglishLongSheet();
    void guessesOurCsvExport();
    void tellsStatusFromNarrativeByValues();
    void guessesStatusWords();

private:
    static Sheet sheet(const QList<QStringList> &rows);
    static ColumnMapping fullMapping(ColumnMapping::Layout layout);
};

Sheet TestColumnMapping::sheet(const QList<QStringList> &rows)
{
    Sheet s;
    s.name = QStringLiteral("test");
    s.rows = rows;
    return s;
}

ColumnMapping TestColumnMapping::fullMapping(ColumnMapping::Layout layout)
{
    ColumnMapping m;
    m.sheetIndex = 2;
    m.headerRow = 3;
    m.encoding = QStringLiteral("Shift_JIS");
    m.layout = layout;
    m.scalePreset = StatusScale::Preset::StarCircleTriangleCross;
    m.createPeriods = true;
    m.setColumn(Field::ChapterTitle, 0);
    m.setColumn(Field::PledgeNumber, 1);
    m.setColumn(Field::PledgeTitle, 2);
    m.setColumn(Field::Content, 27);
    if (layout == ColumnMapping::Layout::Long) {
        m.setColumn(Field::Period, 3);
        m.setColumn(Field::Status, 4);
    } else {
        m.periodColumns = {{QStringLiteral("令和6年度 上半期"), 3, 4, 5},
                           {QStringLiteral("FY2024 H2"), -1, 6, -1}};
    }
    m.statusWords = {{QStringLiteral("完了"), QStringLiteral("☆")},
                     {QStringLiteral("◎"), QStringLiteral("☆")},
                     {QStringLiteral("実施中"), QStringLiteral("○")}};
    return m;
}

void TestColumnMapping::columnLetters_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("letters");
    QTest::newRow("A") << 0 << QStringLiteral("A");
    QTest::newRow("F") << 5 << QStringLiteral("F");
    QTest::newRow("Z") << 25 << QStringLiteral("Z");
    QTest::newRow("AA") << 26 << QStringLiteral("AA");
    QTest::newRow("AZ") << 51 << QStringLiteral("AZ");
    QTest::newRow("ZZ") << 701 << QStringLiteral("ZZ");
    QTest::newRow("AAA") << 702 << QStringLiteral("AAA");
}

void TestColumnMapping::columnLetters()
{
    QFETCH(int, column);
    QFETCH(QString, letters);
    QCOMPARE(ColumnMapping::columnLetter(column), letters);
    QCOMPARE(ColumnMapping::columnFromLetter(letters), column);
    QCOMPARE(ColumnMapping::columnFromLetter(letters.toLower()), column);
    QCOMPARE(ColumnMapping::columnFromLetter(letters + QStringLiteral("1")), -1);
}

void TestColumnMapping::jsonRoundTrip_data()
{
    QTest::addColumn<int>("layout");
    QTest::newRow("wide") << int(ColumnMapping::Layout::Wide);
    QTest::newRow("long") << int(ColumnMapping::Layout::Long);
}

void TestColumnMapping::jsonRoundTrip()
{
    QFETCH(int, layout);
    const ColumnMapping m = fullMapping(ColumnMapping::Layout(layout));
    const QByteArray json = m.toJson();
    QVERIFY(json.contains("\"format\": \"pledgetracker-mapping\""));
    QVERIFY(json.contains("\"version\": 1"));
    QVERIFY(json.contains("\"content\": \"AB\""));
    QVERIFY(json.contains("\"header_row\": 4")); // counted from 1, as the file shows it
    QString error;
    const std::optional<ColumnMapping> read = ColumnMapping::fromJson(json, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->toJson(), json);
    QVERIFY(*read == m);
}

void TestColumnMapping::badJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected"); // the start of the error: the key it names
    const QByteArray head = "{\"format\": \"pledgetracker-mapping\", \"version\": 1, ";
    QTest::newRow("not JSON") << QByteArray("{\"format\": ") << QStringLiteral("JSON: ");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("JSON: ");
    QTest::newRow("other format") << QByteArray("{\"format\": \"x\", \"version\": 1}")
                                  << QStringLiteral("format: must be \"pledgetracker-mapping\"");
    QTest::newRow("no version") << QByteArray("{\"format\": \"pledgetracker-mapping\"}")
                                << QStringLiteral("version: ");
    QTest::newRow("newer version")
        << QByteArray("{\"format\": \"pledgetracker-mapping\", \"version\": 2}")
        << QStringLiteral("version: version 2 is newer");
    QTest::newRow("misspelt key") << head + "\"colums\": {}}"
                                  << QStringLiteral("colums: unknown key");
    QTest::newRow("unknown field") << head + "\"columns\": {\"pledge\": \"A\"}}"
                                   << QStringLiteral("columns.pledge: unknown key");
    QTest::newRow("bad column") << head + "\"columns\": {\"pledge_title\": \"7\"}}"
                                << QStringLiteral("columns.pledge_title: \"7\" is not a column");
    QTest::newRow("zero column") << head + "\"columns\": {\"content\": 0}}"
                                 << QStringLiteral("columns.content: \"0\" is not a column");
    QTest::newRow("layout") << head + "\"layout\": \"diagonal\"}" << QStringLiteral("layout: ");
    QTest::newRow("scale") << head + "\"scale\": \"rainbow\"}" << QStringLiteral("scale: must be");
    QTest::newRow("create_periods")
        << head + "\"create_periods\": \"yes\"}" << QStringLiteral("create_periods: ");
    QTest::newRow("sheet 0") << head + "\"sheet\": 0}" << QStringLiteral("sheet: ");
    QTest::newRow("header row") << head + "\"header_row\": -1}" << QStringLiteral("header_row: ");
    QTest::newRow("periods object") << head + "\"periods\": {}}" << QStringLiteral("periods: ");
    QTest::newRow("period without label")
        << head + "\"periods\": [{\"plan\": \"D\"}]}" << QStringLiteral("periods[0].period: ");
    QTest::newRow("period column")
        << head + "\"periods\": [{\"period\": \"R6\", \"status\": \"1A\"}]}"
        << QStringLiteral("periods[0].status: \"1A\" is not a column");
    QTest::newRow("status word") << head + QByteArray("\"status_words\": {\"完了\": 1}}")
                                 << QStringLiteral("status_words.完了: ");
}

void TestColumnMapping::badJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!ColumnMapping::fromJson(json, &error));
    QVERIFY2(error.startsWith(expected), qPrintable(error));
}

void TestColumnMapping::readsColumnNumbersAndDefaults()
{
    QString error;
    const auto m =
        ColumnMapping::fromJson("{\"format\": \"pledgetracker-mapping\", \"version\": 1,"
                                " \"columns\": {\"pledge_title\": 3, \"content\": \"d\"}}",
                                &error);
    QVERIFY2(m, qPrintable(error));
    QCOMPARE(m->column(Field::PledgeTitle), 2);
    QCOMPARE(m->column(Field::Content), 3);
    QCOMPARE(m->column(Field::Department), -1);
    QCOMPARE(m->headerRow, 0);
    QCOMPARE(m->sheetIndex, 0);
    QCOMPARE(m->layout, ColumnMapping::Layout::Wide);
    QCOMPARE(m->scalePreset, StatusScale::Preset::AtoD);
    QVERIFY(!m->createPeriods);
}

void TestColumnMapping::guessesHeaderRowBelowTitle()
{
    const Sheet s = sheet({{QStringLiteral("令和6年度 公約進捗状況一覧")},
                           {},
                           {QStringLiteral("No."), QStringLiteral("公約"), QStringLiteral("内容"),
                            QStringLiteral("評価")},
                           {QStringLiteral("1"), QStringLiteral("公約A"), QStringLiteral("内容"),
                            QStringLiteral("A")}});
    QCOMPARE(ColumnMapping::guessHeaderRow(s), 2);
    QCOMPARE(ColumnMapping::guessHeaderRow(sheet({{QStringLiteral("x"), QStringLiteral("y")}})), 0);
}

void TestColumnMapping::guessesJapaneseWideSheet()
{
    const Sheet s = sheet({
        {QString(), QString(), QString(), QString(), QString(), QString(),
         QStringLiteral("令和6年度 上半期"), QString(), QString(),
         QStringLiteral("令和6年度 下半期")},
        {QStringLiteral("章"), QStringLiteral("No."), QStringLiteral("公約"),
         QStringLiteral("実施内容"), QStringLiteral("所管課"), QStringLiteral("目標期日"),
         QStringLiteral("計画"), QStringLiteral("評価"), QStringLiteral("状況"),
         QStringLiteral("計画"), QStringLiteral("評価"), QStringLiteral("状況")},
        {QStringLiteral("第1章 デジタル"), QStringLiteral("1"), QStringLiteral("公約"),
         QStringLiteral("内容"), QStringLiteral("総務課"), QStringLiteral("R6.10"),
         QStringLiteral("計画"), QStringLiteral("◎"), QStringLiteral("順調に進んでいます。"),
         QStringLiteral("計画"), QStringLiteral("○"), QStringLiteral("検討を始めました。")},
    });
    const int header = ColumnMapping::guessHeaderRow(s);
    QCOMPARE(header, 1);
    const ColumnMapping m = ColumnMapping::guess(s, header);
    QCOMPARE(m.layout, ColumnMapping::Layout::Wide);
    QCOMPARE(m.headerRow, 1);
    QCOMPARE(m.column(Field::ChapterTitle), 0);
    QCOMPARE(m.column(Field::PledgeNumber), 1);
    QCOMPARE(m.column(Field::PledgeTitle), 2);
    QCOMPARE(m.column(Field::Content), 3);
    QCOMPARE(m.column(Field::Department), 4);
    QCOMPARE(m.column(Field::TargetDate), 5);
    QCOMPARE(m.column(Field::Plan), -1);
    QCOMPARE(m.periodColumns.size(), 2);
    QCOMPARE(m.periodColumns.at(0),
             (ColumnMapping::PeriodColumns{QStringLiteral("令和6年度 上半期"), 6, 7, 8}));
    QCOMPARE(m.periodColumns.at(1),
             (ColumnMapping::PeriodColumns{QStringLiteral("令和6年度 下半期"), 9, 10, 11}));
}

void TestColumnMapping::guessesPeriodInsideHeaders()
{
    const Sheet s = sheet({{QStringLiteral("公約番号"), QStringLiteral("公約名"),
                            QStringLiteral("項目"), QStringLiteral("R6上半期 計画"),
                            QStringLiteral("R6上半期 評価"), QStringLiteral("FY2024 H2 status")},
                           {QStringLiteral("1"), QStringLiteral("t"), QStringLiteral("i"),
                            QStringLiteral("p"), QStringLiteral("A"), QStringLiteral("B")}});
    const ColumnMapping m = ColumnMapping::guess(s, 0);
    QCOMPARE(m.column(Field::PledgeNumber), 0);
    QCOMPARE(m.column(Field::PledgeTitle), 1);
    QCOMPARE(m.column(Field::RowTitle), 2);
    QCOMPARE(m.periodColumns.size(), 2);
    QCOMPARE(m.periodColumns.at(0),
             (ColumnMapping::PeriodColumns{QStringLiteral("R6上半期"), 3, 4, -1}));
    QCOMPARE(m.periodColumns.at(1),
             (ColumnMapping::PeriodColumns{QStringLiteral("FY2024 H2"), -1, 5, -1}));
}

void TestColumnMapping::guessesEnglishLongSheet()
{
    const Sheet s =
        sheet({{QStringLiteral("Pledge No."), QStringLiteral("Pledge"), QStringLiteral("Item"),
                QStringLiteral("Description"), QStringLiteral("Department"), QStringLiteral("Due"),
                QStringLiteral("Period"), QStringLiteral("Plan"), QStringLiteral("Status"),
                QStringLiteral("Narrative")}});
    const ColumnMapping m = ColumnMapping::guess(s, 0);
    QCOMPARE(m.layout, ColumnMapping::Layout::Long);
    const QList<Field> expected = {
        Field::PledgeNumber, Field::PledgeTitle, Field::RowTitle, Field::Content, Field::Department,
        Field::TargetDate,   Field::Period,      Field::Plan,     Field::Status,  Field::Narrative};
    for (int c = 0; c < expected.size(); ++c)
        QCOMPARE(m.column(expected.at(c)), c);
    QVERIFY(m.periodColumns.isEmpty());
}

void TestColumnMapping::guessesOurCsvExport()
{
    const QStringList header = CsvExport::columns();
    const ColumnMapping m =
        ColumnMapping::guess(sheet({header}), ColumnMapping::guessHeaderRow(sheet({header})));
    QCOMPARE(m.headerRow, 0);
    QCOMPARE(m.layout, ColumnMapping::Layout::Long);
    for (Field field : ColumnMapping::fields()) {
        const QString name = field == Field::TargetDate ? QStringLiteral("target_date_text")
                                                        : ColumnMapping::fieldKey(field);
        QCOMPARE(m.column(field), header.indexOf(name));
    }
}

void TestColumnMapping::tellsStatusFromNarrativeByValues()
{
    const Sheet s = sheet({{QStringLiteral("公約"), QStringLiteral("内容"), QStringLiteral("期間"),
                            QStringLiteral("進捗"), QStringLiteral("進捗状況")},
                           {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("R6"),
                            QStringLiteral("実施中"), QStringLiteral("予定どおり進んでいる。")},
                           {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("R6"),
                            QStringLiteral("◎"), QStringLiteral("完了した。")}});
    const ColumnMapping m = ColumnMapping::guess(s, 0);
    QCOMPARE(m.layout, ColumnMapping::Layout::Long);
    QCOMPARE(m.column(Field::Status), 3);
    QCOMPARE(m.column(Field::Narrative), 4);
}

void TestColumnMapping::guessesStatusWords()
{
    const QStringList words = {QStringLiteral("◎"),      QStringLiteral("☆"),
                               QStringLiteral("完了"),   QStringLiteral("実施中"),
                               QStringLiteral("未着手"), QStringLiteral("保留"),
                               QStringLiteral("遅れ"),   QStringLiteral("〇")};
    const QMap<QString, QString> star = ColumnMapping::guessStatusWords(
        words, StatusScale::preset(StatusScale::Preset::StarCircleTriangleCross));
    const QMap<QString, QString> expected = {{QStringLiteral("◎"), QStringLiteral("☆")},
                                             {QStringLiteral("完了"), QStringLiteral("☆")},
                                             {QStringLiteral("実施中"), QStringLiteral("○")}};
    QCOMPARE(star, expected);
    const QMap<QString, QString> aToD = ColumnMapping::guessStatusWords(
        {QStringLiteral("達成"), QStringLiteral("未実施"), QStringLiteral("遅れ")},
        StatusScale::preset(StatusScale::Preset::AtoD));
    QCOMPARE(aToD.value(QStringLiteral("達成")), QStringLiteral("A"));
    QCOMPARE(aToD.value(QStringLiteral("未実施")), QStringLiteral("D"));
    QCOMPARE(aToD.value(QStringLiteral("遅れ")), QStringLiteral("C"));
}

QTEST_GUILESS_MAIN(TestColumnMapping)
#include "tst_columnmapping.moc"
