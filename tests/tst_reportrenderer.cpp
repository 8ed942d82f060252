#include "cli/commandline.h"
#include "document/document.h"
#include "report/reportfonts.h"
#include "report/reportrenderer.h"
#include "report/reportwriter.h"
#include "testsupport.h"

#include <QDir>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

// Printed reports as PDFs, read back with poppler's pdftotext and pdfinfo: the titles, the
// pledges, the counts, the headings on every page, user text printed as text, and exports
// that fail or are cancelled leaving no file. Painting needs fonts, so this test runs a
// QGuiApplication (on the offscreen platform).
class TestReportRenderer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void layouts_data();
    void layouts();
    void markupPrintsLiterally();
    void columnHeadingsOnEveryPage();
    void tallRowContinues();
    void textIsSearchable();
    void englishHeadings();
    void statusSymbolsInLevelColours();
    void progressAndCancel();
    void unwritablePath();
    void commandLineWritesReport();

private:
    QString write(const Plan &plan, const ReportOptions &options, const QString &name);
    // pdftotext's text of a page range (0: all), laid out as on the page (-layout), or in the
    // order it was drawn (-raw), where a cell's wrapped lines follow each other.
    static QString pdfText(const QString &path, bool layout = true, int first = 0, int last = 0);
    static int pdfPages(const QString &path);
    static QString squeezed(QString text); // without white space: wrapped lines joined
    static qint64 departmentId(const Plan &plan, const QString &name);

    QTemporaryDir m_dir;
    bool m_poppler = false;
};

void TestReportRenderer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_poppler = !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty() &&
                !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty();
    QVERIFY2(!ReportFonts::japaneseFamily().isEmpty(), "no Japanese font installed");
}

QString TestReportRenderer::write(const Plan &plan, const ReportOptions &options,
                                  const QString &name)
{
    const QString path = m_dir.filePath(name);
    QString error;
    if (!ReportWriter::writePdf(plan, options, path, &error))
        qWarning("%s", qPrintable(error));
    return path;
}

QString TestReportRenderer::pdfText(const QString &path, bool layout, int first, int last)
{
    QStringList arguments;
    arguments << (layout ? QStringLiteral("-layout") : QStringLiteral("-raw"));
    if (first > 0)
        arguments << QStringLiteral("-f") << QString::number(first) << QStringLiteral("-l")
                  << QString::number(last);
    arguments << path << QStringLiteral("-");
    QProcess process;
    process.start(QStringLiteral("pdftotext"), arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

int TestReportRenderer::pdfPages(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {path});
    process.waitForFinished(60000);
    const QRegularExpression pages(QStringLiteral("^Pages:\\s+(\\d+)"),
                                   QRegularExpression::MultilineOption);
    return pages.match(QString::fromUtf8(process.readAllStandardOutput())).captured(1).toInt();
}

QString TestReportRenderer::squeezed(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s+")));
    return text;
}

qint64 TestReportRenderer::departmentId(const Plan &plan, const QString &name)
{
    for (const Department &d : plan.departments) {
        if (d.name == name)
            return d.id;
    }
    return 0;
}

void TestReportRenderer::layouts_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<int>("layout");
    QTest::addColumn<QString>("department");
    QTest::addColumn<int>("minPages");
    QTest::addColumn<int>("maxPages");
    const int table = int(ReportOptions::Layout::Table);
    const int summary = int(ReportOptions::Layout::Summary);
    const int department = int(ReportOptions::Layout::Department);
    const QString iruma = QStringLiteral("iruma");
    const QString tokorozawa = QStringLiteral("tokorozawa");
    QTest::newRow("iruma table") << iruma << table << QString() << 2 << 60;
    QTest::newRow("iruma summary") << iruma << summary << QString() << 1 << 5;
    // Iruma names no departments: its department sheet is the rows without one, all of them.
    QTest::newRow("iruma department") << iruma << department << QString() << 2 << 60;
    QTest::newRow("tokorozawa table") << tokorozawa << table << QString() << 2 << 60;
    QTest::newRow("tokorozawa summary") << tokorozawa << summary << QString() << 1 << 5;
    QTest::newRow("tokorozawa department")
        << tokorozawa << department << QStringLiteral("こども支援課") << 1 << 10;
}

void TestReportRenderer::layouts()
{
    QFETCH(QString, sample);
    QFETCH(int, layout);
    QFETCH(QString, department);
    QFETCH(int, minPages);
    QFETCH(int, maxPages);
    if (!m_poppler)
        QSKIP("pdftotext / pdfinfo (poppler-utils) not installed");
    const Plan plan = TestSupport::samplePlan(sample);
    ReportOptions options;
    options.layout = ReportOptions::Layout(layout);
    options.departmentId = departmentId(plan, department);
    const QString path =
        write(plan, options, sample + QString::number(layout) + QStringLiteral(".pdf"));
    const int pages = pdfPages(path);
    QVERIFY2(pages >= minPages && pages <= maxPages, qPrintable(QString::number(pages)));

    const QString text = pdfText(path);
    const QString raw = squeezed(pdfText(path, false));
    QVERIFY2(text.contains(plan.info.title), qPrintable(text.left(2000)));
    QVERIFY(text.contains(plan.info.organisation));
    QVERIFY(raw.contains(QStringLiteral("1/%1").arg(pages)));
    QVERIFY(raw.contains(QStringLiteral("%1/%1").arg(pages)));

    if (options.layout == ReportOptions::Layout::Summary) {
        // Every level's count next to it, the rows without a status and the total.
        const QString lastReported =
            sample == QStringLiteral("iruma")
                ? QStringLiteral("A\\s+完了\\s+37\\s*$")
                : QStringLiteral("○\\s+計画どおり\\s+68\\s+63\\s+69\\s+0\\s*$");
        QVERIFY2(
            text.contains(QRegularExpression(lastReported, QRegularExpression::MultilineOption)),
            qPrintable(text));
        const QString total = sample == QStringLiteral("iruma")
                                  ? QStringLiteral("合計\\s+60\\s*$")
                                  : QStringLiteral("合計\\s+81\\s+81\\s+81\\s+81\\s*$");
        QVERIFY2(text.contains(QRegularExpression(total, QRegularExpression::MultilineOption)),
                 qPrintable(text));
        if (sample == QStringLiteral("iruma")) {
            QVERIFY(text.contains(QRegularExpression(QStringLiteral("B\\s+実施中\\s+19"))));
            QVERIFY(text.contains(QRegularExpression(QStringLiteral("C\\s+着手\\s+4"))));
            QVERIFY(text.contains(QRegularExpression(QStringLiteral("D\\s+未着手\\s+0"))));
            QVERIFY(raw.contains(QStringLiteral("章別の評価")));
        } else {
            QVERIFY(raw.contains(QStringLiteral("所管課別の評価（令和6年度上半期）")));
            QVERIFY(raw.contains(QStringLiteral("こども支援課")));
        }
        return;
    }
    // A pledge title from every chapter (Iruma), or pledges from the start, middle and end
    // (Tokorozawa); wrapped titles are whole once the line breaks are taken out.
    QList<const Pledge *> expected;
    if (options.layout == ReportOptions::Layout::Department && !department.isEmpty()) {
        for (const PledgeRow &r : plan.rows) {
            if (r.departmentId == options.departmentId &&
                !expected.contains(plan.pledge(r.pledgeId)))
                expected.append(plan.pledge(r.pledgeId));
        }
        QVERIFY(raw.contains(squeezed(QStringLiteral("所管課：") + department)));
        // Another department's pledge is not on this sheet.
        QVERIFY(!raw.contains(QStringLiteral("小・中学校の給食費無料化")));
    } else if (!plan.chapters.isEmpty()) {
        for (const Chapter &c : plan.chapters) {
            for (const Pledge &p : plan.pledges) {
                if (p.chapterId == c.id) {
                    expected.append(&p);
                    break;
                }
            }
            QVERIFY2(raw.contains(squeezed(QStringLiteral("第%1章 %2").arg(c.number).arg(c.title))),
                     qPrintable(c.title));
        }
    } else {
        for (const int i : {0, 1, 22, 33, 44})
            expected.append(&plan.pledges.at(i));
    }
    QVERIFY(!expected.isEmpty());
    for (const Pledge *p : expected)
        QVERIFY2(raw.contains(squeezed(p->title)), qPrintable(p->title));
    if (sample == QStringLiteral("iruma")) {
        QVERIFY(raw.contains(
            QStringLiteral("1:【デジタル】デジタル未来都市推進部門の設置と特命人材の公募")));
        QVERIFY(text.contains(QStringLiteral("令和5年9月末現在")));
    }
}

void TestReportRenderer::markupPrintsLiterally()
{
    if (!m_poppler)
        QSKIP("pdftotext (poppler-utils) not installed");
    Plan plan = TestSupport::samplePlan(QStringLiteral("iruma"));
    const QString markup = QStringLiteral("<b>太字</b> &amp; <50万円> <img src=x>");
    const CellKey key{plan.rows.first().id, plan.periods.first().id};
    Cell cell = plan.cells.value(key);
    cell.narrative = markup;
    plan.cells.insert(key, cell);
    plan.rows.first().content = QStringLiteral("<i>内容</i> &lt;script&gt;");
    ReportOptions options;
    options.landscape = true;
    const QString path = write(plan, options, QStringLiteral("markup.pdf"));
    const QString text = pdfText(path);
    QVERIFY2(text.contains(markup), qPrintable(text.left(3000)));
    QVERIFY(text.contains(QStringLiteral("<i>内容</i> &lt;script&gt;")));
}

void TestReportRenderer::columnHeadingsOnEveryPage()
{
    if (!m_poppler)
        QSKIP("pdftotext (poppler-utils) not installed");
    const Plan plan = TestSupport::samplePlan(QStringLiteral("tokorozawa"));
    const QString path = write(plan, ReportOptions(), QStringLiteral("headings.pdf"));
    const int pages = pdfPages(path);
    QVERIFY(pages >= 3);
    // The line with the period labels and the two under it read alike on every page.
    auto headingLines = [&](int page) {
        const QStringList lines = pdfText(path, true, page, page).split(QLatin1Char('\n'));
        for (int i = 0; i + 2 < lines.size(); ++i) {
            if (lines.at(i).contains(QStringLiteral("令和5年度 10–12月")))
                return QStringList{lines.at(i).simplified(), lines.at(i + 1).simplified(),
                                   lines.at(i + 2).simplified()}
                    .join(QLatin1Char('|'));
        }
        return QString();
    };
    const QString first = headingLines(1);
    QVERIFY2(first.contains(QStringLiteral("令和6年度 下半期")), qPrintable(first));
    QVERIFY2(first.contains(QStringLiteral("評価")), qPrintable(first));
    QCOMPARE(headingLines(2), first);
    QCOMPARE(headingLines(pages), first);
    const QString page2 = squeezed(pdfText(path, false, 2, 2));
    for (const QString &word :
         {QStringLiteral("NO."), QStringLiteral("公約"), QStringLiteral("実施内容"),
          QStringLiteral("目標期日"), QStringLiteral("所管課等")})
        QVERIFY2(page2.contains(word), qPrintable(word));
}

// A narrative longer than a page goes on over the next pages between lines: every line is
// printed once, in order, under the pledge's band repeated as "(continued)".
void TestReportRenderer::tallRowContinues()
{
    if (!m_poppler)
        QSKIP("pdftotext (poppler-utils) not installed");
    Plan plan = TestSupport::samplePlan(QStringLiteral("iruma"));
    QStringList lines;
    for (int i = 1; i <= 150; ++i)
        lines << QStringLiteral("長い取組状況の%1行目").arg(i, 3, 10, QLatin1Char('0'));
    const CellKey key{plan.rows.at(1).id, plan.periods.first().id};
    Cell cell = plan.cells.value(key);
    cell.narrative = lines.join(QLatin1Char('\n'));
    plan.cells.insert(key, cell);
    const QString path = write(plan, ReportOptions(), QStringLiteral("tall.pdf"));
    const int pages = pdfPages(path);
    QList<int> pageOf;
    for (int page = 1; page <= qMin(pages, 6); ++page) {
        const QString text = pdfText(path, false, page, page);
        for (int i = 0; i < lines.size(); ++i) {
            const int n = int(text.count(lines.at(i)));
            QVERIFY2(n <= 1, qPrintable(lines.at(i)));
            if (n == 1) {
                QCOMPARE(pageOf.size(), i); // in order, none skipped
                pageOf.append(page);
            }
        }
        if (page > 1 && !pageOf.isEmpty() && pageOf.last() == page && pageOf.first() < page)
            QVERIFY2(text.contains(QStringLiteral("（続き）")), qPrintable(text.left(500)));
    }
    QCOMPARE(pageOf.size(), lines.size());
    QVERIFY(pageOf.last() - pageOf.first() >= 2); // over three pages at least
}

void TestReportRenderer::textIsSearchable()
{
    if (!m_poppler)
        QSKIP("pdftotext (poppler-utils) not installed");
    // CJK fonts draw 長 and the radical ⻑ with one glyph; the PDF must say 長.
    QVERIFY(ReportFonts::searchable());
    const Plan plan = TestSupport::samplePlan(QStringLiteral("iruma"));
    const QString text = pdfText(write(plan, ReportOptions(), QStringLiteral("search.pdf")));
    QVERIFY(
        text.contains(QStringLiteral("市長公約（政策宣言）進捗状況一覧表【令和5年9月末現在】")));
    QVERIFY(text.contains(QStringLiteral("・令和3年4月に外部人材である政策参与")));
    for (const QChar c : text) {
        const bool radical = c.unicode() >= 0x2E80 && c.unicode() < 0x2FE0;
        QVERIFY2(!radical, qPrintable(QStringLiteral("U+%1").arg(c.unicode(), 4, 16)));
    }
}

void TestReportRenderer::englishHeadings()
{
    if (!m_poppler)
        QSKIP("pdftotext (poppler-utils) not installed");
    const Plan plan = TestSupport::samplePlan(QStringLiteral("iruma"));
    ReportOptions options;
    options.language = ReportOptions::Language::English;
    const QString text = pdfText(write(plan, options, QStringLiteral("english.pdf")), true, 1, 1);
    for (const QString &word :
         {QStringLiteral("Item"), QStringLiteral("Content"), QStringLiteral("Progress"),
          QStringLiteral("Status"), QStringLiteral("Legend"), QStringLiteral("As of 2023-09-30")})
        QVERIFY2(text.contains(word), qPrintable(word));
    QVERIFY(!text.contains(QStringLiteral("取組状況")));
    QVERIFY(text.contains(QStringLiteral("デジタル未来都市"))); // the plan's own words stay
}

void TestReportRenderer::statusSymbolsInLevelColours()
{
    const Plan plan = TestSupport::samplePlan(QStringLiteral("iruma"));
    ReportOptions options;
    options.landscape = true;
    ReportRenderer renderer(ProgressReport::build(plan, options));
    QImage image(QSize(1123, 794), QImage::Format_RGB32); // A4 landscape at 96 dpi
    image.setDotsPerMeterX(3780);
    image.setDotsPerMeterY(3780);
    image.fill(Qt::white);
    QVERIFY(renderer.layout(&image, QSizeF(image.size()) - QSizeF(76, 76)));
    QVERIFY(renderer.pageCount() >= 2);
    {
        QPainter painter(&image);
        painter.translate(38, 38);
        renderer.paintPage(&painter, 0);
    }
    auto pixelsNear = [&](const QColor &color) {
        int n = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor p = image.pixelColor(x, y);
                n += qAbs(p.red() - color.red()) + qAbs(p.green() - color.green()) +
                         qAbs(p.blue() - color.blue()) <
                     40;
            }
        }
        return n;
    };
    // Page 1 has A and B rows: their symbols (and the legend) in the levels' colours.
    QVERIFY(pixelsNear(plan.periodScale.levels.at(0).color) > 20);
    QVERIFY(pixelsNear(plan.periodScale.levels.at(1).color) > 20);
    QVERIFY(pixelsNear(Qt::black) + pixelsNear(QColor(0x20, 0x20, 0x20)) > 1000); // text
}

void TestReportRenderer::progressAndCancel()
{
    const Plan plan = TestSupport::samplePlan(QStringLiteral("tokorozawa"));
    const QString path = m_dir.filePath(QStringLiteral("progress.pdf"));
    QList<QPair<int, int>> calls;
    QString error;
    QVERIFY2(ReportWriter::writePdf(plan, ReportOptions(), path, &error,
                                    [&](int done, int total) {
                                        calls.append({done, total});
                                        return true;
                                    }),
             qPrintable(error));
    QVERIFY(calls.size() > 5);
    for (int i = 1; i < calls.size(); ++i) {
        QVERIFY(calls.at(i).first >= calls.at(i - 1).first);
        QCOMPARE(calls.at(i).second, calls.first().second);
    }
    QCOMPARE(calls.last().first, calls.last().second);

    // Cancelled in the layout, or half way through painting: no file, and a file already at
    // the path stays as it was.
    const QByteArray before = TestSupport::fileBytes(path);
    for (const int stopAt : {2, int(calls.size()) - 2}) {
        int n = 0;
        QVERIFY(!ReportWriter::writePdf(plan, ReportOptions(), path, &error,
                                        [&](int, int) { return ++n < stopAt; }));
        QCOMPARE(TestSupport::fileBytes(path), before);
        const QString fresh = m_dir.filePath(QStringLiteral("cancelled%1.pdf").arg(stopAt));
        n = 0;
        QVERIFY(!ReportWriter::writePdf(plan, ReportOptions(), fresh, &error,
                                        [&](int, int) { return ++n < stopAt; }));
        QVERIFY2(error.contains(fresh), qPrintable(error));
        QVERIFY(!QFile::exists(fresh));
    }
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*cancelled*")}, QDir::Files),
             QStringList());
}

void TestReportRenderer::unwritablePath()
{
    const Plan plan = TestSupport::samplePlan(QStringLiteral("iruma"));
    const QString path = QStringLiteral("/nonexistent-folder/pledges/report.pdf");
    QString error;
    QVERIFY(!ReportWriter::writePdf(plan, ReportOptions(), path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

// The command's success path in this process (the executable's own test is in
// tst_commandline).
void TestReportRenderer::commandLineWritesReport()
{
    const QString plan = m_dir.filePath(QStringLiteral("cli.pledges"));
    QString error;
    QVERIFY2(Document::create(plan, TestSupport::samplePlan(QStringLiteral("tokorozawa")), &error),
             qPrintable(error));
    const QString pdf = m_dir.filePath(QStringLiteral("cli.pdf"));
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const int code = CommandLine::run(
        {QStringLiteral("pledgetracker"), QStringLiteral("report"), QStringLiteral("--layout"),
         QStringLiteral("department"), QStringLiteral("--department"),
         QStringLiteral("こども支援課"), QStringLiteral("--paper"), QStringLiteral("a3"),
         QStringLiteral("--landscape"), plan, QStringLiteral("-o"), pdf},
        outStream, errStream);
    outStream.flush();
    errStream.flush();
    QCOMPARE(code, 0);
    QVERIFY2(err.isEmpty(), qPrintable(err));
    QVERIFY2(out.contains(pdf), qPrintable(out));
    QVERIFY(QFile::exists(pdf));
    if (m_poppler)
        QVERIFY(squeezed(pdfText(pdf, false)).contains(QStringLiteral("所管課：こども支援課")));
}

QTEST_MAIN(TestReportRenderer)
#include "tst_reportrenderer.moc"
