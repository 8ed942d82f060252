#include "domain/statusscale.h"

#include <QTest>

// The preset scales and the tolerant lookup of the symbols cities print.
class TestStatusScale : public QObject
{
    Q_OBJECT

private slots:
    void displayLabelTranslatesPresetsOnly();
    void presetsAreComplete_data();
    void presetsAreComplete();
    void presetOrder_data();
    void presetOrder();
    void levelByCode_data();
    void levelByCode();
    void normalizedSymbol_data();
    void normalizedSymbol();
};

using Preset = StatusScale::Preset;

static QStringList words(const char16_t *text)
{
    return QString::fromUtf16(text).split(QLatin1Char(' '));
}

void TestStatusScale::presetsAreComplete_data()
{
    QTest::addColumn<Preset>("preset");
    for (const Preset p : StatusScale::presets())
        QTest::newRow(qPrintable(StatusScale::preset(p).name)) << p;
}

void TestStatusScale::presetsAreComplete()
{
    QFETCH(Preset, preset);
    const StatusScale scale = StatusScale::preset(preset);
    QVERIFY(!scale.name.isEmpty());
    QVERIFY(scale.levels.size() >= 3);
    int achieved = 0;
    for (const StatusLevel &level : scale.levels) {
        QVERIFY(!level.code.isEmpty());
        QVERIFY(!level.symbol.isEmpty());
        QVERIFY(!level.label.isEmpty());
        QVERIFY(!level.description.isEmpty());
        QVERIFY2(level.color.isValid(), qPrintable(level.code));
        QCOMPARE(scale.levelByCode(level.code), &level); // codes are unique within a scale
        achieved += level.achieved ? 1 : 0;
    }
    QCOMPARE(achieved, 1);
    QVERIFY(scale.levels.first().achieved); // best first
}

void TestStatusScale::presetOrder_data()
{
    QTest::addColumn<Preset>("preset");
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<QStringList>("labels");
    QTest::newRow("A–D") << Preset::AtoD << words(u"A B C D") << words(u"完了 実施中 着手 未着手");
    QTest::newRow("☆○△×") << Preset::StarCircleTriangleCross << words(u"☆ ○ △ ×")
                          << words(u"実施済み 計画どおり 遅れ 未着手");
}

void TestStatusScale::presetOrder()
{
    QFETCH(Preset, preset);
    QFETCH(QStringList, codes);
    QFETCH(QStringList, labels);
    const StatusScale scale = StatusScale::preset(preset);
    QStringList actualCodes;
    QStringList actualLabels;
    for (const StatusLevel &level : scale.levels) {
        actualCodes << level.code;
        actualLabels << level.label;
    }
    QCOMPARE(actualCodes, codes);
    QCOMPARE(actualLabels, labels);
}

void TestStatusScale::levelByCode_data()
{
    QTest::addColumn<Preset>("preset");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expectedCode"); // empty: no level
    QTest::newRow("A") << Preset::AtoD << QStringLiteral("A") << QStringLiteral("A");
    QTest::newRow("full-width Ａ") << Preset::AtoD << QStringLiteral("Ａ") << QStringLiteral("A");
    QTest::newRow("lowercase a") << Preset::AtoD << QStringLiteral("a") << QStringLiteral("A");
    QTest::newRow("padded D") << Preset::AtoD << QStringLiteral(" D ") << QStringLiteral("D");
    QTest::newRow("unknown Z") << Preset::AtoD << QStringLiteral("Z") << QString();
    QTest::newRow("empty") << Preset::AtoD << QString() << QString();
    const Preset star = Preset::StarCircleTriangleCross;
    QTest::newRow("○") << star << QStringLiteral("○") << QStringLiteral("○");
    QTest::newRow("〇 ideographic zero") << star << QStringLiteral("〇") << QStringLiteral("○");
    QTest::newRow("◯ large circle") << star << QStringLiteral("◯") << QStringLiteral("○");
    QTest::newRow("☓ saltire") << star << QStringLiteral("☓") << QStringLiteral("×");
    QTest::newRow("☆") << star << QStringLiteral("☆") << QStringLiteral("☆");
    QTest::newRow("A not in ☆○△×") << star << QStringLiteral("A") << QString();
    QTest::newRow("hyphen for −") << Preset::DoubleCircleCircleDash << QStringLiteral("-")
                                  << QStringLiteral("−");
}

void TestStatusScale::levelByCode()
{
    QFETCH(Preset, preset);
    QFETCH(QString, text);
    QFETCH(QString, expectedCode);
    const StatusScale scale = StatusScale::preset(preset);
    const StatusLevel *level = scale.levelByCode(text);
    if (expectedCode.isEmpty()) {
        QCOMPARE(level, nullptr);
        return;
    }
    QVERIFY(level);
    QCOMPARE(level->code, expectedCode);
}

void TestStatusScale::normalizedSymbol_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("〇") << QStringLiteral("〇") << QStringLiteral("○");
    QTest::newRow("◯") << QStringLiteral("◯") << QStringLiteral("○");
    QTest::newRow("☓") << QStringLiteral("☓") << QStringLiteral("×");
    QTest::newRow("✕") << QStringLiteral("✕") << QStringLiteral("×");
    QTest::newRow("full-width Ｂ") << QStringLiteral("Ｂ") << QStringLiteral("B");
    QTest::newRow("ー") << QStringLiteral("ー") << QStringLiteral("−");
    QTest::newRow("trimmed") << QStringLiteral(" △ ") << QStringLiteral("△");
    QTest::newRow("unchanged ◎") << QStringLiteral("◎") << QStringLiteral("◎");
}

void TestStatusScale::normalizedSymbol()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(StatusScale::normalizedSymbol(text), expected);
}

void TestStatusScale::displayLabelTranslatesPresetsOnly()
{
    const StatusScale ad = StatusScale::preset(StatusScale::Preset::AtoD);
    QCOMPARE(ad.levels.at(0).displayLabel(true), ad.levels.at(0).label);
    QCOMPARE(ad.levels.at(0).displayLabel(false), QStringLiteral("Completed"));
    QCOMPARE(ad.levels.at(3).displayLabel(false), QStringLiteral("Not started"));
    StatusLevel own = ad.levels.at(1);
    own.label = QStringLiteral("独自の段階"); // a city's own word stays as it is
    QCOMPARE(own.displayLabel(false), QStringLiteral("独自の段階"));
}

QTEST_GUILESS_MAIN(TestStatusScale)
#include "tst_statusscale.moc"
