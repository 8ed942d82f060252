#pragma once

#include "domain/plan.h"
#include "domain/reviewcomment.h"
#include "storage/planlock.h"
#include "storage/planstore.h"

#include <QObject>
#include <QUndoStack>

#include <functional>
#include <memory>
#include <optional>

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
    // caller may then open it read-only. progress hears how far reading has come; when it
    // returns false the open stops with an error that says so, leaving the file as it was.
    static std::unique_ptr<Document> open(const QString &path, Access access, QString *error,
                                          PlanLock::Owner *heldBy = nullptr,
                                          const ProgressCallback &progress = {});
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
    // A review copy (see ReviewCopy) refuses every change to the plan's data, saying so, and
    // takes review comments only.
    const ReviewCopyInfo &reviewCopy() const { return m_reviewCopy; }
    QString reviewer() const { return m_reviewCopy.reviewer; } // empty for a plan
    bool canEditPlan() const { return !isReadOnly() && !m_reviewCopy.isReviewCopy(); }
    // The review comments and marks, oldest first, as the file has them.
    const QList<ReviewComment> &comments() const { return m_comments; }

    // The operating-system user recorded in the history.
    static QString currentUser();

    // The raw edits the undo commands are made of. Each returns false and emits writeFailed
    // when the file refused the change; the plan is then unchanged.
    struct CellChange
    {
        CellKey key;
        Cell cell;
        QString source; // the history's source for this change, when not applyCells's own
    };
    // All cells in one transaction: a multi-cell edit lands whole or not at all. A key may
    // come more than once (a merge of several workbooks); each change then builds on the one
    // before, so the history names each one's source.
    bool applyCells(const QList<CellChange> &changes, const QString &source = {});
    bool applyYearCell(qint64 rowId, int fiscalYear, const YearCell &cell);
    bool applyInfo(const PlanInfo &info);
    // The keys of the consistency checks switched off for this plan (see CheckRules).
    bool applyDisabledChecks(const QStringList &keys);

    // Structural edits (chapters, pledges, rows, periods, departments, the scale): the
    // statements run in one transaction, then the plan is read again and planReset() tells
    // the views to rebuild.
    bool applyStructure(const std::function<bool(PlanStore &)> &statements);
    // Bookkeeping kept beside the plan, such as the department collections: one committed
    // transaction, but no undo step and no change to plan(); recordsChanged() follows.
    bool applyRecords(const std::function<bool(PlanStore &)> &statements);
    // Writes review comments, also in a review copy: one committed transaction, then the
    // comments are read again and commentsChanged() follows.
    bool applyComments(const std::function<bool(PlanStore &)> &statements);
    // Published editions (in documenteditions.cpp). Publishing freezes the plan as it is now
    // under a name and publication date: one committed write, like applyRecords(), and not an
    // undo step, since an edition is permanent (the editor asks first). False with
    // writeFailed for an empty or taken name, an invalid date or a refused write.
    bool publishEdition(const QString &name, const QDate &date, Edition *published = nullptr);
    QList<Edition> editions() const; // oldest first
    // The plan exactly as it was published; nullopt with *error when it cannot be read.
    std::optional<Plan> editionPlan(qint64 editionId, QString *error) const;
    // Writes an edition as a plan file of its own at path (which must not exist): its plan
    // and the history recorded up to its publication, to be opened read-only.
    bool writeEditionFile(qint64 editionId, const QString &path, QString *error) const;
    // Writes a consistent copy of the plan to a new file (File ▸ Save a Copy).
    bool saveCopy(const QString &path, QString *error);
    // A task run once, just before the first write: the editor's backup of the plan as it
    // was opened, which on a large plan would otherwise hold up its first paint.
    // runBeforeFirstWrite() runs it sooner, when the editor has time.
    void setBeforeFirstWrite(std::function<void()> task) { m_beforeFirstWrite = std::move(task); }
    void runBeforeFirstWrite();
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
    void disabledChecksChanged();
    void recordsChanged();
    void commentsChanged();
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
    // planData: the statements change the plan, which a review copy refuses.
    bool write(const std::function<bool(PlanStore &)> &statements, bool planData = true);

    void watchForOtherWriters();

    std::unique_ptr<Database> m_db;
    PlanLock m_lock;
    qint64 m_dataVersion = -1;
    Plan m_plan;
    QUndoStack m_undoStack;
    int m_refusedWrites = 0;
    ReviewCopyInfo m_reviewCopy;
    QList<ReviewComment> m_comments;
    std::function<void()> m_beforeFirstWrite;
};
