#include "document/document.h"
#include "document/editing.h"
#include "models/cellhistorymodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>

// The history of one cell as the editor lists it: newest first, refreshed on edits and undo.
class TestCellHistoryModel : public QObject
{
    Q_OBJECT

private slots:
    void listsChangesNewestFirst();
};

void TestCellHistoryModel::listsChangesNewestFirst()
{
    QTemporaryDir dir;
    QString error;
    auto doc = Document::create(dir.filePath(QStringLiteral("h.pledges")),
                                TestSupport::samplePlan(QStringLiteral("iruma")), &error);
    QVERIFY2(doc, qPrintable(error));
    CellHistoryModel model(doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 row = doc->plan().rows.at(3).id;
    const qint64 period = doc->plan().periods.first().id;
    model.setCell(row, period);
    QCOMPARE(model.rowCount(), 0);

    const QString oldSymbol =
        doc->plan().periodScale.levelById(doc->plan().cell(row, period).levelId)->symbol;
    QCOMPARE(oldSymbol, QStringLiteral("A"));
    Cell cell = doc->plan().cell(row, period);
    cell.narrative = QStringLiteral("新しい状況");
    QVERIFY(Editing::setCell(*doc, row, period, cell));
    QVERIFY(Editing::setStatus(*doc, {{row, period}}, doc->plan().periodScale.levels.at(2).id));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, CellHistoryModel::FieldColumn).data().toString(),
             QStringLiteral("Status"));
    QCOMPARE(model.index(0, CellHistoryModel::OldColumn).data().toString(), oldSymbol);
    QCOMPARE(model.index(0, CellHistoryModel::NewColumn).data().toString(), QStringLiteral("C"));
    QCOMPARE(model.index(0, CellHistoryModel::WhoColumn).data().toString(),
             Document::currentUser());
    QCOMPARE(model.index(1, CellHistoryModel::NewColumn).data().toString(),
             QStringLiteral("新しい状況"));

    doc->undoStack()->undo(); // undo is an edit too, so it is listed
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, CellHistoryModel::NewColumn).data().toString(), oldSymbol);

    model.setCell(doc->plan().rows.at(4).id, period);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestCellHistoryModel)
#include "tst_cellhistorymodel.moc"
