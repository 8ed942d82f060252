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

bool runStep(QSqlDatabase &db, int version, QString *error)
{
    switch (version) {
    case 1:
        return run(db, kVersion1, error);
    case 2:
        return run(db, kVersion2, error);
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

QStringList expectedTables()
{
    return {
        QStringLiteral("scales"),     QStringLiteral("levels"),      QStringLiteral("plan_info"),
        QStringLiteral("periods"),    QStringLiteral("departments"), QStringLiteral("chapters"),
        QStringLiteral("pledges"),    QStringLiteral("rows"),        QStringLiteral("cells"),
        QStringLiteral("year_cells"), QStringLiteral("history")};
}

} // namespace Schema
