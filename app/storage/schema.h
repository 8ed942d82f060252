#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>

// The .pledges schema, written out once and versioned by PRAGMA user_version. Each step takes a
// file from version N-1 to N inside the caller's transaction.
namespace Schema {

constexpr qint32 kApplicationId = 0x504C4447; // "PLDG"
constexpr int kCurrentVersion = 6;

// Runs the steps from the file's user_version up to targetVersion. Returns false with
// *error set; the caller rolls back so the file stays at its old version.
bool migrate(QSqlDatabase &db, int targetVersion, QString *error);
// The tables a valid file of this version has, used to tell our file from another program's.
QStringList expectedTables(int version = kCurrentVersion);
// The triggers a valid file of this version has, by name, with the exact SQL sqlite_master
// holds for each: any other trigger is someone else's and the file is refused.
QHash<QString, QString> expectedTriggers(int version = kCurrentVersion);

} // namespace Schema
