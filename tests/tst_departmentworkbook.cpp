#include "departments/collections.h"
#include "departments/departmentworkbook.h"
#include "departments/workbookbatch.h"
#include "departments/workbookformat.h"
#include "document/document.h"
#include "io/xlsxpackage.h"
#include "io/xlsxreader.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QXmlStreamReader>

// The workbooks sent out to departments: one per department, protected, with a status
// drop-down, instructions and hidden identifiers. Checked in the XML the way Excel reads it.
class TestDepartmentWorkbook : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void oneWorkbookPerDepartment();
    void sheetsAndHiddenIdentifiers();
    void protectionAndOpenCells();
    void statusDropDown();
    void instructionsInJapanese();
    void nextPeriodPlanOnRequest();
    void chosenDepartmentsOnly();
    void refusesWhatDoesNotFit();
    void recordedAsSent();

private:
    QString part(const QString &file, const QString &name);
    QString workbookOf(const QString &department) const;
    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;
    qint64 m_period = 0; // 令和6年度 上半期
    QList<WorkbookBatch::Written> m_written;
};

void TestDepartmentWorkbook::initTestCase()
{
    QString error;
    m_doc = Document::create(m_dir.filePath(QStringLiteral("tokorozawa.pledges")),
                             TestSupport::samplePlan(QStringLiteral("tokorozawa")), &error);
    QVERIFY2(m_doc, qPrintable(error));
    m_period = m_doc->plan().periods.at(2).id;
    WorkbookBatch::Request request;
    request.periodId = m_period;
    request.folder = m_dir.filePath(QStringLiteral("out"));
    QVERIFY2(WorkbookBatch::sendOut(*m_doc, request, &m_written, &error), qPrintable(error));
}

QString TestDepartmentWorkbook::workbookOf(const QString &department) const
{
    return m_dir.filePath(QStringLiteral("out/令和6年度上半期_%1.xlsx").arg(department));
}

// The raw XML of a part, as XlsxPackage unpacks it.
QString TestDepartmentWorkbook::part(const QString &file, const QString &name)
{
    QFile device(file);
    XlsxPackage package(&device, file, XlsxReader::MaxPartSize);
    QString error, xml;
    if (!device.open(QIODevice::ReadOnly) || !package.open(&error))
        qFatal("%s", qPrintable(error));
    package.readXml(
        name,
        [&](QXmlStreamReader &reader) {
            QString text;
            while (!reader.atEnd()) {
                reader.readNext();
                if (reader.isStartElement()) {
                    text += QLatin1Char('<') + reader.name().toString();
                    for (const QXmlStreamAttribute &a : reader.attributes())
                        text += QStringLiteral(" %1=\"%2\"").arg(a.name(), a.value());
                    text += QLatin1Char('>');
                } else if (reader.isCharacters()) {
                    text += reader.text();
                }
            }
            xml = text;
        },
        &error);
    return xml;
}

void TestDepartmentWorkbook::oneWorkbookPerDepartment()
{
    const Plan &plan = m_doc->plan();
    QCOMPARE(m_written.size(), WorkbookBatch::departmentsWithRows(plan, m_period).size());
    QCOMPARE(m_written.size(), 41);
    const QStringList files =
        QDir(m_dir.filePath(QStringLiteral("out"))).entryList({QStringLiteral("*.xlsx")});
    QCOMPARE(files.size(), 41);
    QVERIFY(files.contains(QStringLiteral("令和6年度上半期_こども支援課.xlsx")));
    int rows = 0;
    for (const WorkbookBatch::Written &w : std::as_const(m_written))
        rows += w.rows;
    QCOMPARE(rows, plan.rows.size()); // every row goes to exactly one department
}

void TestDepartmentWorkbook::sheetsAndHiddenIdentifiers()
{
    const QString file = workbookOf(QStringLiteral("経営企画課"));
    QString error;
    QCOMPARE(XlsxReader::sheetNames(file, &error),
             (QStringList{QStringLiteral("進捗状況"), QStringLiteral("pledgetracker")}));
    QVERIFY(part(file, QStringLiteral("xl/workbook.xml"))
                .contains(QStringLiteral("name=\"pledgetracker\" sheetId=\"2\" state=\"hidden\"")));
    // Column A, the row identifiers, is hidden.
    QVERIFY(QRegularExpression(QStringLiteral("<col min=\"1\" max=\"1\"[^>]*hidden=\"1\""))
                .match(part(file, QStringLiteral("xl/worksheets/sheet1.xml")))
                .hasMatch());

    const Plan &plan = m_doc->plan();
    const QString uid = Collections::planUid(*m_doc);
    QVERIFY(!uid.isEmpty());
    const auto data = XlsxReader::readSheet(file, 0, &error);
    const auto ids = XlsxReader::readSheet(file, 1, &error);
    QVERIFY2(data && ids, qPrintable(error));
    int matched = 0;
    for (int r = WorkbookFormat::kFirstDataRow; r < data->rows.size(); ++r) {
        const qint64 rowId = WorkbookFormat::rowIdFromToken(uid, data->cell(r, 0));
        QVERIFY2(rowId, qPrintable(data->cell(r, 0)));
        QCOMPARE(plan.department(plan.row(rowId)->departmentId)->name,
                 QStringLiteral("経営企画課"));
        ++matched;
    }
    QCOMPARE(matched, 9);
    QCOMPARE(ids->cell(0, 0), WorkbookFormat::marker());
    QCOMPARE(ids->cell(1, 0), QStringLiteral("plan"));
    QCOMPARE(ids->cell(1, 1), uid);
    QCOMPARE(ids->cell(3, 1), QString::number(m_period));
}

void TestDepartmentWorkbook::protectionAndOpenCells()
{
    const QString file = workbookOf(QStringLiteral("こども支援課"));
    const QString sheet = part(file, QStringLiteral("xl/worksheets/sheet1.xml"));
    // Protected, without a password; filtering, sorting and resizing allowed.
    const QRegularExpressionMatch protection =
        QRegularExpression(QStringLiteral("<sheetProtection([^>]*)>")).match(sheet);
    QVERIFY2(protection.hasMatch(), qPrintable(sheet.left(400)));
    const QString options = protection.captured(1);
    QVERIFY(options.contains(QStringLiteral("sheet=\"1\"")));
    QVERIFY(!options.contains(QStringLiteral("password")));
    QVERIFY2(options.contains(QStringLiteral("autoFilter=\"0\"")), qPrintable(options));
    QVERIFY(options.contains(QStringLiteral("sort=\"0\"")));
    QVERIFY(!options.contains(QStringLiteral("insertRows")));
    QVERIFY(part(file, QStringLiteral("xl/worksheets/sheet2.xml"))
                .contains(QStringLiteral("<sheetProtection")));
    // The open cells' formats are unlocked; the others keep Excel's default, locked.
    const QString styles = part(file, QStringLiteral("xl/styles.xml"));
    QVERIFY(styles.contains(QStringLiteral("<protection locked=\"0\">")));
    QVERIFY(sheet.contains(QStringLiteral("<autoFilter ref=\"A10:")));
}

void TestDepartmentWorkbook::statusDropDown()
{
    const QString sheet = part(workbookOf(QStringLiteral("こども支援課")),
                               QStringLiteral("xl/worksheets/sheet1.xml"));
    const QRegularExpressionMatch validation =
        QRegularExpression(QStringLiteral("<dataValidation ([^>]*)><formula1>([^<]*)"))
            .match(sheet);
    QVERIFY2(validation.hasMatch(), qPrintable(sheet));
    QVERIFY(validation.captured(1).contains(QStringLiteral("type=\"list\"")));
    // Columns: id, No., pledge, item, content, target date, 3 of 令和5年度 1–3月, then the
    // period's plan (J), status (K) and narrative (L).
    QVERIFY2(validation.captured(1).contains(QStringLiteral("sqref=\"K11")),
             qPrintable(validation.captured(1)));
    QCOMPARE(validation.captured(2), QStringLiteral("\"☆,○,△,×\""));
}

void TestDepartmentWorkbook::instructionsInJapanese()
{
    QString error;
    const auto data = XlsxReader::readSheet(workbookOf(QStringLiteral("こども支援課")), 0, &error);
    QVERIFY2(data, qPrintable(error));
    QString top;
    for (int r = 0; r < WorkbookFormat::kHeadingRow; ++r)
        top += data->cell(r, 1) + QLatin1Char('\n');
    QVERIFY2(top.contains(QStringLiteral("記入のしかた")), qPrintable(top));
    QVERIFY(top.contains(QStringLiteral("所管課：こども支援課")));
    QVERIFY(top.contains(QStringLiteral("令和6年度 上半期")));
    QVERIFY2(top.contains(QStringLiteral("☆：実施済み")), qPrintable(top));
    QCOMPARE(data->cell(WorkbookFormat::kHeadingRow + 1, 10), QStringLiteral("状況"));
    QVERIFY(data->cell(WorkbookFormat::kHeadingRow, 9).contains(QStringLiteral("ご記入ください")));
}

void TestDepartmentWorkbook::nextPeriodPlanOnRequest()
{
    const Plan &plan = m_doc->plan();
    const qint64 department = plan.departments.first().id;
    const QString path = m_dir.filePath(QStringLiteral("next.xlsx"));
    DepartmentWorkbook::Request request{Collections::planUid(*m_doc), department, m_period, true,
                                        QDateTime::currentDateTimeUtc()};
    QString error;
    QVERIFY2(DepartmentWorkbook::write(plan, request, path, &error), qPrintable(error));
    const auto data = XlsxReader::readSheet(path, 0, &error);
    QVERIFY2(data, qPrintable(error));
    QVERIFY(
        data->cell(WorkbookFormat::kHeadingRow, 12).startsWith(QStringLiteral("令和6年度 下半期")));
    const qint64 rowId = WorkbookFormat::rowIdFromToken(
        Collections::planUid(*m_doc), data->cell(WorkbookFormat::kFirstDataRow, 0));
    QCOMPARE(data->cell(WorkbookFormat::kFirstDataRow, 12),
             plan.cell(rowId, plan.periods.at(3).id).plan);
}

void TestDepartmentWorkbook::chosenDepartmentsOnly()
{
    const Plan &plan = m_doc->plan();
    WorkbookBatch::Request request;
    request.periodId = plan.periods.at(1).id;
    request.departmentIds = {m_written.at(3).departmentId};
    request.folder = m_dir.filePath(QStringLiteral("one"));
    QList<WorkbookBatch::Written> written;
    QString error;
    QVERIFY2(WorkbookBatch::sendOut(*m_doc, request, &written, &error), qPrintable(error));
    QCOMPARE(written.size(), 1);
    QCOMPARE(QFileInfo(written.first().path).fileName(),
             WorkbookBatch::fileName(plan, request.departmentIds.first(), request.periodId));
    QVERIFY(!QFileInfo(written.first().path).fileName().contains(QLatin1Char(' ')));
}

void TestDepartmentWorkbook::refusesWhatDoesNotFit()
{
    const Plan &plan = m_doc->plan();
    QList<WorkbookBatch::Written> written;
    QString error;
    WorkbookBatch::Request request;
    request.folder = m_dir.filePath(QStringLiteral("refused"));
    request.periodId = 999;
    QVERIFY(!WorkbookBatch::sendOut(*m_doc, request, &written, &error));
    QVERIFY(error.contains(QStringLiteral("999")));
    request.periodId = plan.periods.last().id;
    request.withNextPlan = true;
    QVERIFY(!WorkbookBatch::sendOut(*m_doc, request, &written, &error));
    QVERIFY2(error.contains(QStringLiteral("next period")), qPrintable(error));
    QVERIFY(written.isEmpty());
    QVERIFY(!QFileInfo::exists(request.folder));
}

void TestDepartmentWorkbook::recordedAsSent()
{
    const QList<CollectionStatus> status =
        Collections::status(m_doc->plan(), Collections::records(*m_doc), m_period);
    QCOMPARE(status.size(), 41);
    for (const CollectionStatus &s : status) {
        QCOMPARE(s.state, CollectionStatus::State::Sent);
        QVERIFY(s.sent.isValid());
        QVERIFY(s.sentFile.startsWith(QStringLiteral("令和6年度上半期_")));
        QVERIFY(s.emptyRows <= s.rows);
    }
    // The period before was only sent to the one department chosen.
    const QList<CollectionStatus> before = Collections::status(
        m_doc->plan(), Collections::records(*m_doc), m_doc->plan().periods.at(0).id);
    QVERIFY(std::all_of(before.cbegin(), before.cend(), [](const CollectionStatus &s) {
        return s.state == CollectionStatus::State::NotSent;
    }));
}

QTEST_GUILESS_MAIN(TestDepartmentWorkbook)
#include "tst_departmentworkbook.moc"
