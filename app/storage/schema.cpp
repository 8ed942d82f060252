#include "schema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

// Version 1: the plan, its scales, periods, hierarchy, cells and the cell history.
const char *const kVersion1[] = {
    "CREATE TABLE scales (id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE levels (id INTEGER PRIMARY KEY,"
    " scale_id INTEGER NOT NULL REFERENCES scales(id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL, code TEXT NOT NULL, symbol TEXT NOT NULL,"
    " label TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '',"
    " color TEXT NOT NULL DEFAULT '#808080', achieved INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE plan_info (id INTEGER PRIMARY KEY CHECK (id = 1),"
    " title TEXT NOT NULL DEFAULT '', organisation TEXT NOT NULL DEFAULT '', as_of TEXT,"
    " fiscal_year_start_month INTEGER NOT NULL DEFAULT 4"
    "  CHECK (fiscal_year_start_month BETWEEN 1 AND 12),"
    " period_scale_id INTEGER REFERENCES scales(id),"
    " year_end_scale_id INTEGER REFERENCES scales(id))",
    "CREATE TABLE periods (id INTEGER PRIMARY KEY, position INTEGER NOT NULL,"
    " fiscal_year INTEGER NOT NULL, kind INTEGER NOT NULL, part INTEGER NOT NULL DEFAULT 0,"
    " first_month INTEGER NOT NULL DEFAULT 0, last_month INTEGER NOT NULL DEFAULT 0,"
    " report_date TEXT, custom_label TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE departments (id INTEGER PRIMARY KEY, position INTEGER NOT NULL,"
    " name TEXT NOT NULL UNIQUE)",
    "CREATE TABLE chapters (id INTEGER PRIMARY KEY, position INTEGER NOT NULL,"
    " number INTEGER NOT NULL, title TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE pledges (id INTEGER PRIMARY KEY,"
    " chapter_id INTEGER REFERENCES chapters(id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL, number TEXT NOT NULL DEFAULT '', tag TEXT NOT NULL DEFAULT '',"
    " title TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '',"
    " target_date_text TEXT NOT NULL DEFAULT '', target_date TEXT)",
    "CREATE TABLE rows (id INTEGER PRIMARY KEY,"
    " pledge_id INTEGER NOT NULL REFERENCES pledges(id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL, kind INTEGER NOT NULL DEFAULT 0,"
    " marker TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '',"
    " content TEXT NOT NULL DEFAULT '', department_id INTEGER REFERENCES departments(id),"
    " target_date_text TEXT NOT NULL DEFAULT '', target_date TEXT,"
    " added_in_fiscal_year INTEGER NOT NULL DEFAULT 0,"
    " after_completion_text TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE cells (row_id INTEGER NOT NULL REFERENCES rows(id) ON DELETE CASCADE,"
    " period_id INTEGER NOT NULL REFERENCES periods(id) ON DELETE CASCADE,"
    " plan TEXT NOT NULL DEFAULT '', level_id INTEGER REFERENCES levels(id),"
    " narrative TEXT NOT NULL DEFAULT '', PRIMARY KEY (row_id, period_id)) WITHOUT ROWID",
    "CREATE TABLE year_cells (row_id INTEGER NOT NULL REFERENCES rows(id) ON DELETE CASCADE,"
    " fiscal_year INTEGER NOT NULL, goal TEXT NOT NULL DEFAULT '',"
    " level_id INTEGER REFERENCES levels(id), note TEXT NOT NULL DEFAULT '',"
    " PRIMARY KEY (row_id, fiscal_year)) WITHOUT ROWID",
    // History outlives the rows it describes (no foreign key), so undoing a deletion that
    // restores a row under its old id finds its history again.
    "CREATE TABLE history (id INTEGER PRIMARY KEY, row_id INTEGER NOT NULL,"
    " period_id INTEGER NOT NULL, field TEXT NOT NULL, old_value TEXT NOT NULL DEFAULT '',"
    " new_value TEXT NOT NULL DEFAULT '', changed_at TEXT NOT NULL, changed_by TEXT NOT NULL)",
    "CREATE INDEX pledges_by_chapter ON pledges(chapter_id, position)",
    "CREATE INDEX rows_by_pledge ON rows(pledge_id, position)",
};

// Version 2: history says where a change came from (an import, a department's workbook),
// and can be looked up per cell quickly.
const char *const kVersion2[] = {
    "ALTER TABLE history ADD COLUMN source TEXT NOT NULL DEFAULT ''",
    "CREATE INDEX history_by_cell ON history(row_id, period_id, id)",
};

// Version 3: the plan's own settings, such as the consistency checks switched off for it.
const char *const kVersion3[] = {
    "CREATE TABLE plan_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
};

// Version 4: collecting updates from departments: when each department's workbook for a
// period was sent out, returned and merged (the plan's identifier is a plan setting).
const char *const kVersion4[] = {
    "CREATE TABLE collections ("
    " department_id INTEGER NOT NULL REFERENCES departments(id) ON DELETE CASCADE,"
    " period_id INTEGER NOT NULL REFERENCES periods(id) ON DELETE CASCADE,"
    " sent_at TEXT, returned_at TEXT, merged_at TEXT, sent_file TEXT NOT NULL DEFAULT '',"
    " returned_file TEXT NOT NULL DEFAULT '', PRIMARY KEY (department_id, period_id))"
    " WITHOUT ROWID",
};

// Version 5: published editions, each the plan's lossless JSON (compressed, in parts, as no
// value may exceed Database::kMaxValueBytes) with its SHA-256. The triggers make an edition
// permanent: SQLite itself refuses to change or delete one. Their exact text is what
// Database accepts as ours (expectedTriggers), so it is written as sqlite_master keeps it.
const char *const kVersion5Tables[] = {
    "CREATE TABLE editions (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
    " publication_date TEXT NOT NULL, published_at TEXT NOT NULL, published_by TEXT NOT NULL,"
    " snapshot_sha256 TEXT NOT NULL)",
    "CREATE TABLE edition_parts (edition_id INTEGER NOT NULL REFERENCES editions(id),"
    " part INTEGER NOT NULL, data BLOB NOT NULL, PRIMARY KEY (edition_id, part)) WITHOUT ROWID",
};
const char *const kVersion5Triggers[][2] = {
    {"editions_no_update", "CREATE TRIGGER editions_no_update BEFORE UPDATE ON editions BEGIN"
                           " SELECT RAISE(ABORT, 'a published edition cannot be changed'); END"},
    {"editions_no_delete", "CREATE TRIGGER editions_no_delete BEFORE DELETE ON editions BEGIN"
                           " SELECT RAISE(ABORT, 'a published edition cannot be deleted'); END"},
    {"edition_parts_no_update",
     "CREATE TRIGGER edition_parts_no_update BEFORE UPDATE ON edition_parts BEGIN"
     " SELECT RAISE(ABORT, 'a published edition cannot be changed'); END"},
    {"edition_parts_no_delete",
     "CREATE TRIGGER edition_parts_no_delete BEFORE DELETE ON edition_parts BEGIN"
     " SELECT RAISE(ABORT, 'a published edition cannot be deleted'); END"},
};

template <size_t N> bool run(QSqlDatabase &db, const char *const (&statements)[N], QString *error)
{
    for (const char *sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(QString::fromLatin1(sql))) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

bool addEditions(QSqlDatabase &db, QString *error)
{
    if (!run(db, kVersion5Tables, error))
        return false;
    for (const auto &trigger : kVersion5Triggers) {
        QSqlQuery q(db);
        if (!q.exec(QString::fromLatin1(trigger[1]))) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

// Version 6: reviewers' comments and marks on cells, rows and pledges. Like the history they
// outlive what they are about (no foreign keys), so an undone deletion finds them again. The
// uid names a comment in a review copy and in its plan alike: merging matches on it.
bool addReviewComments(QSqlDatabase &db, QString *error)
{
    static const char *const statements[] = {
        "CREATE TABLE review_comments (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE,"
        " reviewer TEXT NOT NULL, row_id INTEGER, pledge_id INTEGER, period_id INTEGER,"
        " mark TEXT NOT NULL DEFAULT '', text TEXT NOT NULL DEFAULT '',"
        " created_at TEXT NOT NULL, resolved_at TEXT, resolved_by TEXT NOT NULL DEFAULT '')",
    };
    return run(db, statements, error);
}

bool runStep(QSqlDatabase &db, int version, QString *error)
{
    switch (version) {
    case 1:
        return run(db, kVersion1, error);
    case 2:
        return run(db, kVersion2, error);
    case 3:
        return run(db, kVersion3, error);
    case 4:
        return run(db, kVersion4, error);
    case 5:
        return addEditions(db, error);
    case 6:
        return addReviewComments(db, error);
    }
    *error = QStringLiteral("no migration to schema version %1").arg(version);
    return false;
}

int userVersion(QSqlDatabase &db)
{
    QSqlQuery q(QStringLiteral("PRAGMA user_version"), db);
    return q.next() ? q.value(0).toInt() : -1;
}

} // namespace

namespace Schema {

bool migrate(QSqlDatabase &db, int targetVersion, QString *error)
{
    int version = userVersion(db);
    if (version < 0) {
        *error = QStringLiteral("cannot read the schema version");
        return false;
    }
    if (version == 0) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId))) {
            *error = q.lastError().text();
            return false;
        }
    }
    while (version < targetVersion) {
        ++version;
        if (!runStep(db, version, error))
            return false;
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version))) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

QStringList expectedTables(int version)
{
    QStringList tables = {
        QStringLiteral("scales"),     QStringLiteral("levels"),      QStringLiteral("plan_info"),
        QStringLiteral("periods"),    QStringLiteral("departments"), QStringLiteral("chapters"),
        QStringLiteral("pledges"),    QStringLiteral("rows"),        QStringLiteral("cells"),
        QStringLiteral("year_cells"), QStringLiteral("history")};
    if (version >= 3)
        tables << QStringLiteral("plan_settings");
    if (version >= 4)
        tables << QStringLiteral("collections");
    if (version >= 5)
        tables << QStringLiteral("editions") << QStringLiteral("edition_parts");
    if (version >= 6)
        tables << QStringLiteral("review_comments");
    return tables;
}

QHash<QString, QString> expectedTriggers(int version)
{
    QHash<QString, QString> triggers;
    if (version >= 5) {
        for (const auto &trigger : kVersion5Triggers)
            triggers.insert(QString::fromLatin1(trigger[0]), QString::fromLatin1(trigger[1]));
    }
    return triggers;
}

} // namespace Schema
