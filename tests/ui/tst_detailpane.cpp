#include "detailpane.h"
#include "document/document.h"
#include "document/editing.h"
#include "review/reviewcopy.h"
#include "testsupport.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTemporaryDir>

// The detail pane's review comments: those on the shown cell, its row and its pledge, kept
// current without disturbing what is being typed; and a review copy shown read-only.
class TestDetailPane : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsCommentsOnCellRowAndPledge();
    void commentArrivingKeepsTypedText();
    void reviewCopyIsReadOnly();

private:
    QString addComment(qint64 rowId, qint64 pledgeId, qint64 periodId, const QString &text);

    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_document;
    std::unique_ptr<DetailPane> m_pane;
    PledgeRow m_row;
    qint64 m_periodId = 0;
};

void TestDetailPane::init()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_document = Document::create(m_dir.filePath(QStringLiteral("plan.pledges")),
                                  TestSupport::samplePlan(QStringLiteral("tokorozawa")), &error);
    QVERIFY2(m_document, qPrintable(error));
    m_row = m_document->plan().rows.at(0);
    m_periodId = m_document->plan().periods.at(0).id;
    m_pane = std::make_unique<DetailPane>();
    m_pane->setDocument(m_document.get());
    m_pane->showCell(m_row.id, m_periodId);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void TestDetailPane::cleanup()
{
    m_pane.reset();
    m_document.reset();
    for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files))
        QFile::remove(m_dir.filePath(name));
}

QString TestDetailPane::addComment(qint64 rowId, qint64 pledgeId, qint64 periodId,
                                   const QString &text)
{
    ReviewComment c;
    c.rowId = rowId;
    c.pledgeId = pledgeId;
    c.periodId = periodId;
    c.text = text;
    return Editing::addComment(*m_document, c);
}

void TestDetailPane::showsCommentsOnCellRowAndPledge()
{
    QCOMPARE(m_pane->commentsLabel()->text(), QStringLiteral("(none)"));
    QCOMPARE(m_pane->commentsLabel()->textFormat(), Qt::PlainText);
    addComment(m_row.id, 0, m_periodId, QStringLiteral("<b>セル</b>"));
    addComment(m_row.id, 0, 0, QStringLiteral("行"));
    addComment(0, m_row.pledgeId, 0, QStringLiteral("公約"));
    addComment(m_row.id, 0, m_document->plan().periods.at(1).id, QStringLiteral("別の期"));
    const QString shown = m_pane->commentsLabel()->text();
    const QStringList lines = shown.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).endsWith(QStringLiteral("open: <b>セル</b>")), qPrintable(shown));
    QVERIFY2(lines.at(1).contains(QStringLiteral("on the row")), qPrintable(shown));
    QVERIFY2(lines.at(2).contains(QStringLiteral("on the pledge")), qPrintable(shown));
    QVERIFY(!shown.contains(QStringLiteral("別の期")));
}

void TestDetailPane::commentArrivingKeepsTypedText()
{
    m_pane->narrativeEdit()->setPlainText(QStringLiteral("書きかけ"));
    addComment(m_row.id, 0, m_periodId, QStringLiteral("コメント"));
    QCOMPARE(m_pane->narrativeEdit()->toPlainText(), QStringLiteral("書きかけ"));
    QVERIFY(m_pane->commentsLabel()->text().contains(QStringLiteral("コメント")));
}

void TestDetailPane::reviewCopyIsReadOnly()
{
    QVERIFY(!m_pane->narrativeEdit()->isReadOnly());
    const QString path = m_dir.filePath(QStringLiteral("review.pledges"));
    QString error;
    QVERIFY2(ReviewCopy::write(*m_document, QStringLiteral("佐藤"), path, &error),
             qPrintable(error));
    auto copy = Document::open(path, Document::Access::ReadWrite, &error);
    QVERIFY2(copy, qPrintable(error));
    m_pane->setDocument(copy.get());
    m_pane->showCell(m_row.id, m_periodId);
    QVERIFY(m_pane->narrativeEdit()->isReadOnly());
    QVERIFY(m_pane->planEdit()->isReadOnly());
    QVERIFY(!m_pane->statusBox()->isEnabled());
    m_pane->setDocument(m_document.get());
}

QTEST_MAIN(TestDetailPane)
#include "tst_detailpane.moc"
