#include "celldelegate.h"
#include "models/pledgetreemodel.h"

#include <QApplication>
#include <QPainter>
#include <QStandardItemModel>
#include <QTest>

// The period cell delegate, rendered into images: what it paints (symbol in the level colour,
// text beside it, nothing for an empty cell), how the densities differ, and that symbols stay
// readable on dark and selected backgrounds.
class TestCellDelegate : public QObject
{
    Q_OBJECT

private slots:
    void emptyCellPaintsNothing_data();
    void emptyCellPaintsNothing();
    void statusInLevelColour();
    void textBesideStatus();
    void statusOnlyCentresSymbol();
    void showPlanSwitchesText();
    void userTextIsNeverRichText();
    void fullTextGrowsWithText();
    void selectionDrawnByStyle();
    void darkPaletteKeepsSymbolReadable();
    void reviewMarkerInTopRightCorner();
    void readableColor_data();
    void readableColor();

private:
    QModelIndex cell(const QString &symbol, const QColor &color, const QString &narrative,
                     const QString &plan = {});
    QStandardItemModel m_model;
};

namespace {

const QColor Blue(0x1f, 0x77, 0xb4);
const QSize CellSize(240, 26);

QStyleOptionViewItem optionFor(const QPalette &palette, QSize size = CellSize,
                               QStyle::State extra = {})
{
    QStyleOptionViewItem option;
    option.rect = QRect(QPoint(0, 0), size);
    option.palette = palette;
    option.font = QApplication::font();
    option.fontMetrics = QFontMetrics(option.font);
    option.state = QStyle::State_Enabled | QStyle::State_Active | extra;
    return option;
}

QImage render(const CellDelegate &delegate, const QModelIndex &index,
              const QPalette &palette = QApplication::palette(), QStyle::State extra = {})
{
    QImage image(CellSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(palette.color(QPalette::Base));
    QPainter painter(&image);
    delegate.paint(&painter, optionFor(palette, CellSize, extra), index);
    return image;
}

bool near(QRgb a, const QColor &b, int tolerance)
{
    return qAbs(qRed(a) - b.red()) + qAbs(qGreen(a) - b.green()) + qAbs(qBlue(a) - b.blue()) <=
           tolerance;
}

int countNear(const QImage &image, const QColor &color, int tolerance = 30)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += near(image.pixel(x, y), color, tolerance) ? 1 : 0;
    }
    return count;
}

// Where anything but the background was painted.
QRect inkBounds(const QImage &image, const QColor &background)
{
    QRect bounds;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (!near(image.pixel(x, y), background, 0))
                bounds |= QRect(x, y, 1, 1);
        }
    }
    return bounds;
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::AlternateBase, QColor(0x28, 0x28, 0x28));
    palette.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    return palette;
}

} // namespace

QModelIndex TestCellDelegate::cell(const QString &symbol, const QColor &color,
                                   const QString &narrative, const QString &plan)
{
    auto *item = new QStandardItem;
    item->setData(symbol.isEmpty() ? 0 : 1, PledgeTreeModel::LevelIdRole);
    item->setData(symbol, PledgeTreeModel::StatusSymbolRole);
    if (color.isValid())
        item->setData(color, PledgeTreeModel::StatusColorRole);
    item->setData(narrative, PledgeTreeModel::NarrativeRole);
    item->setData(plan, PledgeTreeModel::PlanTextRole);
    // The model's display text is not what the delegate draws.
    item->setData(QStringLiteral("0"), Qt::DisplayRole);
    m_model.appendRow(item);
    return item->index();
}

void TestCellDelegate::emptyCellPaintsNothing_data()
{
    QTest::addColumn<CellDelegate::Density>("density");
    QTest::newRow("status only") << CellDelegate::Density::StatusOnly;
    QTest::newRow("one line") << CellDelegate::Density::OneLine;
    QTest::newRow("full text") << CellDelegate::Density::FullText;
}

void TestCellDelegate::emptyCellPaintsNothing()
{
    QFETCH(CellDelegate::Density, density);
    CellDelegate delegate;
    delegate.setDensity(density);
    const QImage image = render(delegate, cell({}, {}, {}));
    QCOMPARE(inkBounds(image, QApplication::palette().color(QPalette::Base)), QRect());
}

void TestCellDelegate::statusInLevelColour()
{
    CellDelegate delegate;
    const QImage image = render(delegate, cell(QStringLiteral("A"), Blue, {}));
    QVERIFY2(countNear(image, Blue) >= 4, qPrintable(QString::number(countNear(image, Blue))));
    // No text: the symbol's slot at the left is all there is.
    const QRect ink = inkBounds(image, QApplication::palette().color(QPalette::Base));
    QVERIFY(ink.isValid());
    QVERIFY2(ink.right() < 3 * QFontMetrics(QApplication::font()).height(),
             qPrintable(QString::number(ink.right())));
}

void TestCellDelegate::textBesideStatus()
{
    CellDelegate delegate;
    const QColor base = QApplication::palette().color(QPalette::Base);
    const QString narrative = QStringLiteral("計画どおり進行中\n二行目");
    const QRect symbolOnly = inkBounds(render(delegate, cell(QStringLiteral("A"), Blue, {})), base);
    QImage withStatus = render(delegate, cell(QStringLiteral("A"), Blue, narrative));
    QVERIFY(inkBounds(withStatus, base).right() > symbolOnly.right() + 40);
    QVERIFY(countNear(withStatus, QApplication::palette().color(QPalette::Text), 60) > 10);

    // Without a status only the text, none of it in a level colour, and starting where it does
    // beside a symbol, so that the texts of a column line up.
    const QImage textOnly = render(delegate, cell({}, {}, narrative));
    QCOMPARE(countNear(textOnly, Blue), 0);
    QPainter(&withStatus).fillRect(QRect(0, 0, symbolOnly.right() + 1, CellSize.height()), base);
    QVERIFY(inkBounds(textOnly, base).isValid());
    QCOMPARE(inkBounds(textOnly, base).left(), inkBounds(withStatus, base).left());
}

void TestCellDelegate::statusOnlyCentresSymbol()
{
    CellDelegate delegate;
    delegate.setDensity(CellDelegate::Density::StatusOnly);
    const QImage image = render(delegate, cell(QStringLiteral("A"), Blue,
                                               QStringLiteral("状況の説明文があっても描かない")));
    const QRect ink = inkBounds(image, QApplication::palette().color(QPalette::Base));
    QVERIFY(ink.isValid());
    QVERIFY2(qAbs(ink.center().x() - CellSize.width() / 2) <= 2,
             qPrintable(QString::number(ink.center().x())));
    QVERIFY(ink.width() < CellSize.height());
    QVERIFY(countNear(image, Blue) >= 4);
}

void TestCellDelegate::showPlanSwitchesText()
{
    CellDelegate delegate;
    const QColor base = QApplication::palette().color(QPalette::Base);
    const QModelIndex planOnly = cell({}, {}, {}, QStringLiteral("制度周知および運用開始"));
    QCOMPARE(inkBounds(render(delegate, planOnly), base), QRect());
    delegate.setShowPlan(true);
    QVERIFY(delegate.showPlan());
    QVERIFY(inkBounds(render(delegate, planOnly), base).isValid());
}

void TestCellDelegate::userTextIsNeverRichText()
{
    CellDelegate delegate;
    const QColor base = QApplication::palette().color(QPalette::Base);
    // As rich text this would be an empty bold run and a line break: nothing to see.
    for (auto density : {CellDelegate::Density::OneLine, CellDelegate::Density::FullText}) {
        delegate.setDensity(density);
        QVERIFY(
            inkBounds(render(delegate, cell({}, {}, QStringLiteral("<b></b><br>"))), base).width() >
            20);
    }
}

void TestCellDelegate::fullTextGrowsWithText()
{
    CellDelegate delegate;
    const QModelIndex longCell = cell(
        QStringLiteral("B"), Blue,
        QStringLiteral("市役所の窓口業務をデジタル化し、").repeated(8) + QStringLiteral("\n以上"));
    const QModelIndex shortCell = cell(QStringLiteral("B"), Blue, QStringLiteral("済"));
    const QStyleOptionViewItem wide = optionFor(QApplication::palette(), QSize(240, -1));
    const QStyleOptionViewItem narrow = optionFor(QApplication::palette(), QSize(120, -1));
    const int oneLine = delegate.sizeHint(wide, longCell).height();

    delegate.setDensity(CellDelegate::Density::FullText);
    const int wrapped = delegate.sizeHint(wide, longCell).height();
    QVERIFY2(wrapped > 3 * oneLine, qPrintable(QStringLiteral("%1 %2").arg(wrapped).arg(oneLine)));
    QVERIFY(delegate.sizeHint(narrow, longCell).height() > wrapped);
    QCOMPARE(delegate.sizeHint(wide, shortCell).height(), oneLine);

    delegate.setDensity(CellDelegate::Density::StatusOnly);
    QCOMPARE(delegate.sizeHint(wide, longCell).height(), oneLine);
    QVERIFY(delegate.sizeHint(wide, longCell).width() < oneLine * 2);
}

void TestCellDelegate::selectionDrawnByStyle()
{
    CellDelegate delegate;
    const QPalette palette = QApplication::palette();
    const QImage image = render(delegate, cell(QStringLiteral("A"), Blue, QStringLiteral("実施中")),
                                palette, QStyle::State_Selected | QStyle::State_HasFocus);
    const QColor highlight = palette.color(QPalette::Highlight);
    QVERIFY(near(image.pixel(CellSize.width() - 4, CellSize.height() / 2), highlight, 6));
    QVERIFY(countNear(image, palette.color(QPalette::HighlightedText), 60) > 10);
}

void TestCellDelegate::darkPaletteKeepsSymbolReadable()
{
    CellDelegate delegate;
    const QPalette palette = darkPalette();
    const QColor navy(0x1a, 0x23, 0x7e);
    const QColor base = palette.color(QPalette::Base);
    QVERIFY(CellDelegate::contrastRatio(navy, base) < 1.5);
    const QImage image = render(delegate, cell(QStringLiteral("D"), navy, {}), palette);
    QCOMPARE(countNear(image, navy, 30), 0);
    qreal best = 1;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            best = qMax(best, CellDelegate::contrastRatio(QColor(image.pixel(x, y)), base));
    }
    QVERIFY2(best >= 3, qPrintable(QString::number(best)));
}

// A cell with review comments gets a corner triangle, red when the latest mark asks for a
// revision, whether or not it has text of its own.
void TestCellDelegate::reviewMarkerInTopRightCorner()
{
    CellDelegate delegate;
    const QModelIndex index = cell({}, {}, {});
    m_model.setData(index, 2, PledgeTreeModel::CommentCountRole);
    m_model.setData(index, int(ReviewComment::Mark::NeedsRevision),
                    PledgeTreeModel::ReviewMarkRole);
    const QImage image = render(delegate, index);
    const QColor red(0xd6, 0x27, 0x28);
    QVERIFY(near(image.pixel(CellSize.width() - 2, 1), red, 30));
    QVERIFY(!near(image.pixel(1, CellSize.height() - 2), red, 30));
    QVERIFY(countNear(image, red) > 10);
    const QRect ink = inkBounds(image, QApplication::palette().color(QPalette::Base));
    QVERIFY2(ink.left() > CellSize.width() / 2, "the marker and glyph keep to the right");

    m_model.setData(index, 0, PledgeTreeModel::CommentCountRole);
    QCOMPARE(inkBounds(render(delegate, index), QApplication::palette().color(QPalette::Base)),
             QRect());
}

void TestCellDelegate::readableColor_data()
{
    QTest::addColumn<QColor>("color");
    QTest::addColumn<QColor>("background");
    QTest::addColumn<bool>("unchanged");
    QTest::newRow("blue on white") << Blue << QColor(Qt::white) << true;
    QTest::newRow("red on white") << QColor(0xd6, 0x27, 0x28) << QColor(Qt::white) << true;
    QTest::newRow("amber on white") << QColor(0xff, 0x9f, 0x1c) << QColor(Qt::white) << false;
    QTest::newRow("navy on dark") << QColor(0x1a, 0x23, 0x7e) << QColor(0x1e, 0x1e, 0x1e) << false;
    QTest::newRow("amber on dark") << QColor(0xff, 0x9f, 0x1c) << QColor(0x1e, 0x1e, 0x1e) << true;
    QTest::newRow("blue on highlight") << Blue << QColor(0x30, 0x8c, 0xc6) << false;
}

void TestCellDelegate::readableColor()
{
    QFETCH(QColor, color);
    QFETCH(QColor, background);
    QFETCH(bool, unchanged);
    const QColor shown = CellDelegate::readableColor(color, background);
    QCOMPARE(shown == color, unchanged);
    QVERIFY(CellDelegate::contrastRatio(shown, background) >= 3);
    // Still the level's hue, so it can be told from the others.
    QVERIFY(qAbs(shown.toHsl().hslHue() - color.toHsl().hslHue()) <= 3);
}

QTEST_MAIN(TestCellDelegate)
#include "tst_celldelegate.moc"
