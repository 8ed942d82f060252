#include "document.h"
#include "storage/database.h"
#include "storage/planstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTimer>

Document::Document(std::unique_ptr<Database> db) : m_db(std::move(db)) {}

Document::~Document() = default;

std::unique_ptr<Document> Document::open(const QString &path, Access access, QString *error,
                                         PlanLock::Owner *heldBy, const ProgressCallback &progress)
{
    // The scan for damage reads the whole file too: on a core of its own, beside the read.
    auto db = Database::open(
        path, access == Access::ReadOnly ? Database::Access::ReadOnly : Database::Access::ReadWrite,
        error, Database::DamageScan::Alongside);
    if (!db)
        return nullptr;
    std::unique_ptr<Document> doc(new Document(std::move(db)));
    if (!doc->isReadOnly()) {
        PlanLock::Owner holder;
        if (!doc->m_lock.acquire(path, &holder, error)) {
            if (heldBy)
                *heldBy = holder;
            return nullptr;
        }
    }
    // From here the file is only read: a failed or cancelled read returns, which closes the
    // connection and releases the lock, and leaves the file as it was.
    PlanStore store(doc->m_db->connection());
    const bool read = store.load(&doc->m_plan, progress) &&
                      store.readReviewCopy(&doc->m_reviewCopy) &&
                      store.readComments(&doc->m_comments);
    if (store.wasCancelled()) { // without waiting for the scan, which then stops
        *error = tr("Opening %1 was cancelled.").arg(QFileInfo(path).fileName());
        return nullptr;
    }
    // A damaged file is refused, however much of it could be read.
    if (const QString damage = doc->m_db->damageFound(); !damage.isEmpty()) {
        *error = damage;
        return nullptr;
    }
    if (!read) {
        *error = tr("%1: cannot be read (%2).").arg(QFileInfo(path).fileName(), store.error());
        return nullptr;
    }
    if (doc->isReadOnly())
        doc->watchForOtherWriters();
    return doc;
}

// A read-only view follows the editor that writes the file: SQLite's data_version changes
// when another connection commits, and the plan is then read again.
void Document::watchForOtherWriters()
{
    auto *timer = new QTimer(this);
    timer->setInterval(2000);
    auto dataVersion = [this] {
        QSqlQuery q(QStringLiteral("PRAGMA data_version"), m_db->connection());
        return q.next() ? q.value(0).toLongLong() : -1;
    };
    m_dataVersion = dataVersion();
    connect(timer, &QTimer::timeout, this, [this, dataVersion] {
        const qint64 version = dataVersion();
        if (version == m_dataVersion)
            return;
        m_dataVersion = version;
        Plan reloaded;
        QList<ReviewComment> comments;
        PlanStore store(m_db->connection());
        if (!store.load(&reloaded) || !store.readComments(&comments))
            return; // mid-write or gone: try again at the next tick
        emit aboutToResetPlan();
        m_plan = std::move(reloaded);
        emit planReset();
        m_comments = std::move(comments);
        emit commentsChanged();
        emit reloadedFromDisk();
    });
    timer->start();
}

// The plan is written to a temporary file beside the target and renamed into place, so a
// failure never leaves a half-written plan under the user's chosen name.
std::unique_ptr<Document> Document::create(const QString &path, const Plan &plan, QString *error)
{
    return create(path, plan, {}, PlanStore::Ids::Renumber, error);
}

std::unique_ptr<Document> Document::createLossless(const QString &path, const Plan &plan,
                                                   const QList<HistoryEntry> &history,
                                                   QString *error)
{
    return create(path, plan, history, PlanStore::Ids::Keep, error);
}

std::unique_ptr<Document> Document::create(const QString &path, const Plan &plan,
                                           const QList<HistoryEntry> &history, PlanStore::Ids ids,
                                           QString *error)
{
    if (QFileInfo::exists(path)) {
        *error = tr("%1: already exists.").arg(path);
        return nullptr;
    }
    if (!QFileInfo(path).absoluteDir().exists()) {
        *error = tr("%1: cannot be written (the folder %2 does not exist).")
                     .arg(path, QFileInfo(path).absolutePath());
        return nullptr;
    }
    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    {
        auto db = Database::create(partial, error);
        if (!db)
            return nullptr;
        Plan copy = plan;
        PlanStore store(db->connection());
        WriteTransaction transaction(db->connection());
        bool written = transaction.isActive() && store.insertPlan(&copy, ids);
        for (const HistoryEntry &entry : history)
            written = written && store.insertHistory(entry);
        if (!written || !transaction.commit()) {
            const QString why = store.error().isEmpty() ? transaction.error() : store.error();
            *error = tr("%1: cannot be written (%2).").arg(QFileInfo(path).fileName(), why);
            db.reset();
            QFile::remove(partial);
            return nullptr;
        }
    }
    if (!QFile::rename(partial, path)) {
        *error = tr("%1: cannot be written.").arg(path);
        QFile::remove(partial);
        return nullptr;
    }
    return open(path, Access::ReadWrite, error);
}

QString Document::filePath() const
{
    return m_db->filePath();
}

bool Document::isReadOnly() const
{
    return m_db->isReadOnly();
}

QString Document::currentUser()
{
    const QString user = PlanLock::self().user; // the same name the lock file shows
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

bool Document::failed(const QString &why)
{
    ++m_refusedWrites;
    emit writeFailed(
        tr("The change could not be saved to %1: %2").arg(QFileInfo(filePath()).fileName(), why));
    return false;
}

bool Document::write(const std::function<bool(PlanStore &)> &statements, bool planData)
{
    if (isReadOnly())
        return failed(tr("the file is open read-only."));
    if (planData && m_reviewCopy.isReviewCopy()) {
        ++m_refusedWrites;
        emit writeFailed(tr("This is %1's review copy: the plan's data cannot be changed here; "
                            "add a comment instead.")
                             .arg(m_reviewCopy.reviewer));
        return false;
    }
    runBeforeFirstWrite(); // outside the transaction: a backup must not see its writes
    PlanStore store(m_db->connection());
    WriteTransaction transaction(m_db->connection());
    if (!transaction.isActive())
        return failed(transaction.error());
    if (!statements(store))
        return failed(store.error());
    if (!transaction.commit())
        return failed(transaction.error());
    return true;
}

void Document::runBeforeFirstWrite()
{
    if (const std::function<void()> task = std::exchange(m_beforeFirstWrite, nullptr))
        task();
}

bool Document::applyCells(const QList<CellChange> &changes, const QString &source)
{
    const bool written = write([&](PlanStore &store) {
        QHash<CellKey, Cell> soFar; // what the changes before have made of a cell
        for (const CellChange &change : changes) {
            const Cell old = soFar.value(change.key, m_plan.cells.value(change.key));
            if (old != change.cell &&
                !store.writeCell(change.key.first, change.key.second, old, change.cell,
                                 m_plan.periodScale, currentUser(),
                                 change.source.isEmpty() ? source : change.source))
                return false;
            soFar.insert(change.key, change.cell);
        }
        return true;
    });
    if (!written)
        return false;
    for (const CellChange &change : changes) {
        if (change.cell.isEmpty())
            m_plan.cells.remove(change.key);
        else
            m_plan.cells.insert(change.key, change.cell);
    }
    for (const CellChange &change : changes)
        emit cellChanged(change.key.first, change.key.second);
    return true;
}

bool Document::applyYearCell(qint64 rowId, int fiscalYear, const YearCell &cell)
{
    if (!write([&](PlanStore &store) { return store.writeYearCell(rowId, fiscalYear, cell); }))
        return false;
    if (cell.isEmpty())
        m_plan.yearCells.remove({rowId, fiscalYear});
    else
        m_plan.yearCells.insert({rowId, fiscalYear}, cell);
    emit yearCellChanged(rowId, fiscalYear);
    return true;
}

bool Document::applyInfo(const PlanInfo &info)
{
    if (!write([&](PlanStore &store) { return store.writeInfo(info); }))
        return false;
    m_plan.info = info;
    emit infoChanged();
    return true;
}

bool Document::applyDisabledChecks(const QStringList &keys)
{
    if (!write([&](PlanStore &store) { return store.writeDisabledChecks(keys); }))
        return false;
    m_plan.disabledChecks = keys;
    emit disabledChecksChanged();
    return true;
}

bool Document::applyStructure(const std::function<bool(PlanStore &)> &statements)
{
    Plan reloaded;
    const bool written =
        write([&](PlanStore &store) { return statements(store) && store.load(&reloaded); });
    if (!written)
        return false;
    emit aboutToResetPlan();
    m_plan = std::move(reloaded);
    emit planReset();
    return true;
}

bool Document::applyRecords(const std::function<bool(PlanStore &)> &statements)
{
    if (!write(statements))
        return false;
    emit recordsChanged();
    return true;
}

bool Document::applyComments(const std::function<bool(PlanStore &)> &statements)
{
    QList<ReviewComment> reread;
    if (!write([&](PlanStore &store) { return statements(store) && store.readComments(&reread); },
               false))
        return false;
    m_comments = std::move(reread);
    emit commentsChanged();
    return true;
}

bool Document::saveCopy(const QString &path, QString *error)
{
    return m_db->saveCopy(path, error);
}

PlanStore Document::reader() const
{
    return PlanStore(m_db->connection());
}

QList<HistoryEntry> Document::history(qint64 rowId, qint64 periodId) const
{
    PlanStore store(m_db->connection());
    return store.history(rowId, periodId);
}

QList<HistoryEntry> Document::allHistory() const
{
    PlanStore store(m_db->connection());
    return store.allHistory();
}
