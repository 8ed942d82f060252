#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

// The pledgetracker command line. Subcommands (summary, …) run without a window and return an
// exit code: 0 success, 1 wrong usage, 2 a file that cannot be used. Anything else opens the
// editor with the options parsed here.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum ExitCode
    {
        Success = 0,
        UsageError = 1,
        UnusableInput = 2
    };

    struct EditorRequest
    {
        QString file;
        QString sample; // "iruma" or "tokorozawa"
        QString language;
        bool readOnly = false;
    };

    // True when the arguments ask for a subcommand, help or the version: no window needed.
    static bool wantsConsole(const QStringList &arguments);
    // Runs a console command; output and messages go to the given streams.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    // Parses the editor's own options; returns false (with a message) on wrong usage.
    static bool parseEditor(const QStringList &arguments, EditorRequest *request, QString *error);
    static QStringList sampleNames();

private:
    static int summary(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static QString usage();
};
