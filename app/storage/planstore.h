#pragma once

#include "domain/plan.h"

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

    bool load(Plan *plan);
    // Writes a whole plan into an empty file and gives every part its new id.
    bool insertPlan(Plan *plan);

    bool writeInfo(const PlanInfo &info);
    // Writes a cell (deleting it when empty) and records each changed field in the history.
    // Status changes are recorded by the level's symbol, which stays readable if levels change.
    bool writeCell(qint64 rowId, qint64 periodId, const Cell &oldCell, const Cell &newCell,
                   const StatusScale &scale, const QString &user, const QString &source = {});
    bool writeYearCell(qint64 rowId, int fiscalYear, const YearCell &cell);
    bool insertHistory(const HistoryEntry &entry);
    QList<HistoryEntry> history(qint64 rowId, qint64 periodId);

private:
    bool loadScale(qint64 scaleId, StatusScale *scale);
    bool insertScale(StatusScale *scale);
    bool exec(QSqlQuery &q);
    bool prepare(QSqlQuery &q, const QString &sql);

    QSqlDatabase &m_db;
    QString m_error;
};
