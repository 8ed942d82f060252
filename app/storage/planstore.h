#pragma once

#include "domain/collection.h"
#include "domain/edition.h"
#include "domain/plan.h"
#include "domain/reviewcomment.h"
#include "fragment.h"
#include "io/sheet.h" // ProgressCallback

#include <QCoreApplication>
#include <QSqlDatabase>

// All SQL that reads and writes a plan's contents. Each write method runs inside the caller's
// WriteTransaction and returns false with error() set; it never shows anything to the user.
class PlanStore
{
    Q_DECLARE_TR_FUNCTIONS(PlanStore)

public:
    explicit PlanStore(QSqlDatabase &db) : m_db(db) {}

    QString error() const { return m_error; }

    // Reads the whole plan. progress, when given, hears how many cells have been read; when it
    // returns false the load stops, returns false and wasCancelled() says so. Only reads.
    bool load(Plan *plan, const ProgressCallback &progress = {});
    bool wasCancelled() const { return m_cancelled; }
    enum class Ids
    {
        Renumber, // the plan's ids are temporary: the file numbers every part
        Keep      // the plan's ids are its own (a lossless import): the history refers to them
    };
    // Writes a whole plan into an empty file and sets every part's id to the one it got.
    bool insertPlan(Plan *plan, Ids ids = Ids::Renumber);

    bool writeInfo(const PlanInfo &info);
    // The plan's own settings (in planstoresettings.cpp): a missing key reads as empty, and
    // writing an empty value removes the key.
    bool readSetting(const QString &key, QString *value);
    bool writeSetting(const QString &key, const QString &value);
    bool writeDisabledChecks(const QStringList &keys);
    // Department collections (in planstorecollections.cpp): the identifier sent-out workbooks
    // carry (empty until the first send-out), and one record per department and period.
    bool readPlanUid(QString *uid);
    bool writePlanUid(const QString &uid);
    bool readCollections(QList<CollectionRecord> *records);
    bool writeCollection(const CollectionRecord &record);
    // Published editions (in planstoreeditions.cpp), oldest first. An edition is inserted once
    // with its snapshot (the plan's JSON) and never changed: the file's triggers refuse it.
    // insertEdition sets edition->id; reading a snapshot checks it against its SHA-256.
    bool readEditions(QList<Edition> *editions);
    bool insertEdition(Edition *edition, const QByteArray &snapshot);
    bool readEditionSnapshot(qint64 editionId, QByteArray *snapshot);
    // Review comments (in planstorereview.cpp), oldest first. writeComment inserts a comment or
    // replaces the one with its uid.
    bool readComments(QList<ReviewComment> *comments);
    bool writeComment(const ReviewComment &comment);
    bool deleteComment(const QString &uid);
    // Whether the file is a review copy, and for whom; makeReviewCopy marks it one.
    bool readReviewCopy(ReviewCopyInfo *info);
    bool makeReviewCopy(const QString &reviewer);
    // Writes a cell (deleting it when empty) and records each changed field in the history.
    // Status changes are recorded by the level's symbol, which stays readable if levels change.
    bool writeCell(qint64 rowId, qint64 periodId, const Cell &oldCell, const Cell &newCell,
                   const StatusScale &scale, const QString &user, const QString &source = {});
    bool writeYearCell(qint64 rowId, int fiscalYear, const YearCell &cell);
    // Keeps entry.id when it is set (a lossless import), else numbers it.
    bool insertHistory(const HistoryEntry &entry);

    // Structure. Fragments carry their own ids, so an undone deletion restores the same ids
    // and the history finds its rows again.
    enum class Part
    {
        Chapter,
        Pledge,
        Row,
        Period
    };
    bool readFragment(Part part, qint64 id, Fragment *fragment);
    bool insertFragment(const Fragment &fragment);
    bool deletePart(Part part, qint64 id);
    // The id the next inserted part of this kind will get (one past the largest).
    qint64 nextId(Part part);
    qint64 nextDepartmentId();
    qint64 nextLevelId();
    bool updateChapter(const Chapter &chapter);
    bool updatePledge(const Pledge &pledge);
    bool updateRow(const PledgeRow &row);
    // Puts a part at a position among its siblings (after changing its parent, for pledges
    // and rows), moving later siblings one down.
    bool placePledge(qint64 pledgeId, qint64 chapterId, int position);
    bool placeRow(qint64 rowId, qint64 pledgeId, int position);
    bool placeChapter(qint64 chapterId, int position);
    int position(Part part, qint64 id);
    // One past the largest position among the part's siblings (0 when it has none).
    int endPosition(Part part, qint64 parentId);
    // Sets a position without moving siblings: for swapping two neighbours.
    bool setPosition(Part part, qint64 id, int position);
    // Writes the list as the plan's periods in this order (new ids inserted, others updated);
    // periods not in the list must have been deleted before.
    bool writePeriods(const QList<Period> &periods);
    bool writeDepartments(const QList<Department> &departments);
    // How many rows use each department, and cells each level: what cannot be deleted.
    int departmentUse(qint64 departmentId);
    int levelUse(qint64 levelId);
    bool writeScaleLevels(const StatusScale &scale);
    QList<HistoryEntry> history(qint64 rowId, qint64 periodId);
    // Every recorded change, oldest first: what a lossless export carries.
    QList<HistoryEntry> allHistory();

private:
    bool readDisabledChecks(QStringList *keys);
    bool loadScale(qint64 scaleId, StatusScale *scale);
    QList<HistoryEntry> readHistory(const QString &condition, const QVariantList &values);
    bool insertScale(StatusScale *scale, Ids ids);
    bool exec(QSqlQuery &q);
    bool select(QSqlQuery &q, const QString &sql, const QVariantList &values = {});
    bool readCells(const QString &rowCondition, const QVariantList &values,
                   QHash<CellKey, Cell> *cells, QHash<YearKey, YearCell> *yearCells,
                   const ProgressCallback &progress = {}, qint64 total = 0);
    bool shiftFrom(Part part, qint64 parentId, int position);
    bool run(const QString &sql, const QVariantList &values = {});
    bool prepare(QSqlQuery &q, const QString &sql);

    QSqlDatabase &m_db;
    QString m_error;
    bool m_cancelled = false;
};
