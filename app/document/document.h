#pragma once

#include "domain/plan.h"
#include "storage/planlock.h"
#include "storage/planstore.h"

#include <QObject>
#include <QUndoStack>

#include <functional>
#include <memory>

class Database;
class PlanStore;

// One open .pledges file: owns the connection, the plan as the editor sees it, and the undo
// stack. Every apply*() call is one committed transaction; the in-memory plan changes only
// after the commit succeeded, so what is shown is always what is on disk.
class Document : public QObject
{
    Q_OBJECT

public:
    ~Document() override;

    enum class Access
    {
        ReadWrite,
        ReadOnly
    };
    // A plan another editor has open for writing is refused with *heldBy saying who; the
    // caller may then open it read-only.
    static std::unique_ptr<Document> open(const QString &path, Access access, QString *error,
                                          PlanLock::Owner *heldBy = nullptr);
    // Writes the plan into a new file at path (which must not exist) and opens it.
    static std::unique_ptr<Document> create(const QString &path, const Plan &plan, QString *error);
    // The same, keeping the plan's own ids and writing its history: a lossless import.
    static std::unique_ptr<Document> createLossless(const QString &path, const Plan &plan,
                                                    const QList<HistoryEntry> &history,
                                                    QString *error);

    const Plan &plan() const { return m_plan; }
    QUndoStack *undoStack() { return &m_undoStack; }
    QString filePath() const;
    bool isReadOnly() const;

    // The operating-system user recorded in the history.
    static QString currentUser();

    // The raw edits the undo commands are made of. Each returns false and emits writeFailed
    // when the file refused the change; the plan is then unchanged.
    struct CellChange
    {
        CellKey key;
        Cell cell;
    };
    // All cells in one transaction: a multi-cell edit lands whole or not at all.
    bool applyCells(const QList<CellChange> &changes, const QString &source = {});
    bool applyYearCell(qint64 rowId, int fiscalYear, const YearCell &cell);
    bool applyInfo(const PlanInfo &info);

    // Structural edits (chapters, pledges, rows, periods, departments, the scale): the
    // statements run in one transaction, then the plan is read again and planReset() tells
    // the views to rebuild.
    bool applyStructure(const std::function<bool(PlanStore &)> &statements);
    // Writes a consistent copy of the plan to a new file (File ▸ Save a Copy).
    bool saveCopy(const QString &path, QString *error);
    // Reads from the file: what an undo command must know before it changes the structure.
    PlanStore reader() const;

    QList<HistoryEntry> history(qint64 rowId, qint64 periodId) const;
    QList<HistoryEntry> allHistory() const;
    // How many writes the file has refused so far: lets the editing facade tell whether a
    // pushed command landed, also inside an undo macro.
    int refusedWrites() const { return m_refusedWrites; }

signals:
    void cellChanged(qint64 rowId, qint64 periodId);
    void yearCellChanged(qint64 rowId, int fiscalYear);
    void infoChanged();
    void aboutToResetPlan();
    void planReset();
    // A read-only document saw another program change the file and read it again.
    void reloadedFromDisk();
    void writeFailed(const QString &message);

private:
    explicit Document(std::unique_ptr<Database> db);
    static std::unique_ptr<Document> create(const QString &path, const Plan &plan,
                                            const QList<HistoryEntry> &history, PlanStore::Ids ids,
                                            QString *error);
    bool failed(const QString &why);
    // Runs the statements in one write transaction; reports a failure and returns false.
    bool write(const std::function<bool(PlanStore &)> &statements);

    void watchForOtherWriters();

    std::unique_ptr<Database> m_db;
    PlanLock m_lock;
    qint64 m_dataVersion = -1;
    Plan m_plan;
    QUndoStack m_undoStack;
    int m_refusedWrites = 0;
};
