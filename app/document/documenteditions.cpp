// Document's published editions: freezing the plan inside the file, and reading it back.
#include "document.h"
#include "io/planjson.h"
#include "storage/database.h"

#include <QFile>

#include <algorithm>

bool Document::publishEdition(const QString &name, const QDate &date, Edition *published)
{
    Edition edition;
    edition.name = name.trimmed();
    edition.date = date;
    edition.publishedAt = QDateTime::currentDateTimeUtc();
    edition.publishedBy = currentUser();
    if (edition.name.isEmpty())
        return failed(tr("an edition needs a name."));
    if (!date.isValid())
        return failed(tr("an edition needs a publication date."));
    const QList<Edition> existing = editions();
    if (std::any_of(existing.cbegin(), existing.cend(),
                    [&](const Edition &e) { return e.name == edition.name; }))
        return failed(tr("an edition named \"%1\" exists already.").arg(edition.name));
    // The plan in memory is what the file holds (every edit is committed before it shows),
    // and its JSON keeps every id, so an edition compares cell by cell with later plans.
    const QByteArray snapshot = PlanJson::write(m_plan, {});
    if (!applyRecords([&](PlanStore &store) { return store.insertEdition(&edition, snapshot); }))
        return false;
    if (published)
        *published = edition;
    return true;
}

QList<Edition> Document::editions() const
{
    QList<Edition> editions;
    PlanStore store(m_db->connection());
    store.readEditions(&editions);
    return editions;
}

std::optional<Plan> Document::editionPlan(qint64 editionId, QString *error) const
{
    PlanStore store(m_db->connection());
    QByteArray snapshot;
    if (!store.readEditionSnapshot(editionId, &snapshot)) {
        *error = store.error();
        return std::nullopt;
    }
    const auto contents = PlanJson::read(snapshot, tr("edition %1").arg(editionId), error);
    if (!contents)
        return std::nullopt;
    return contents->plan;
}

bool Document::writeEditionFile(qint64 editionId, const QString &path, QString *error) const
{
    const QList<Edition> all = editions();
    const auto edition = std::find_if(all.cbegin(), all.cend(),
                                      [editionId](const Edition &e) { return e.id == editionId; });
    if (edition == all.cend()) {
        *error = tr("there is no edition %1").arg(editionId);
        return false;
    }
    const auto plan = editionPlan(editionId, error);
    if (!plan)
        return false;
    QList<HistoryEntry> history = allHistory();
    history.erase(
        std::remove_if(history.begin(), history.end(),
                       [&](const HistoryEntry &e) { return e.at > edition->publishedAt; }),
        history.end());
    if (!createLossless(path, *plan, history, error))
        return false;
    // Nobody is meant to edit it: it is the edition, not a plan to go on with.
    QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadUser | QFile::ReadGroup);
    return true;
}
