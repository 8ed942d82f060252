#pragma once

#include <QCoreApplication>
#include <QString>

// Guards what an export, a report or a copy writes: never over the plan it was made from, and
// never over another plan file (an SQLite database), whatever name the user typed.
class OutputPath
{
    Q_DECLARE_TR_FUNCTIONS(OutputPath)

public:
    // Why output must not be written, naming it; empty when it may be.
    static QString refusal(const QString &output, const QString &input);
};
