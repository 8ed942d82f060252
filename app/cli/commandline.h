#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <memory>

class QTextStream;

// The pledgetracker command line. Subcommands (summary, report, …) run without a window and
// return an exit code: 0 success, 1 wrong usage, 2 a file that cannot be used. Anything else
// opens the editor with the options parsed here.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum ExitCode
    {
        Success = 0,
        UsageError = 1,
        UnusableInput = 2,
        FindingsFound = 3, // check: the plan has problems to look at
        ChangesLeftOut = 3 // departments merge: conflicts or workbooks with problems left out
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
    // True for a subcommand that paints pages (report): it needs fonts, so a QGuiApplication
    // rather than a QCoreApplication, though still no window.
    static bool needsGui(const QStringList &arguments);
    // The application object for a console run: a QGuiApplication when needsGui(), on the
    // offscreen platform unless QT_QPA_PLATFORM names another (so reports print from cron
    // and over ssh), else a QCoreApplication.
    static std::unique_ptr<QCoreApplication> createConsoleApplication(int &argc, char **argv);
    // Runs a console command; output and messages go to the given streams.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    // Parses the editor's own options; returns false (with a message) on wrong usage.
    static bool parseEditor(const QStringList &arguments, EditorRequest *request, QString *error);
    static QStringList sampleNames();

private:
    static int summary(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int report(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int generate(const QStringList &arguments, QTextStream &out, QTextStream &err);
    // In transfercommands.cpp.
    static int importPlan(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int exportPlan(const QStringList &arguments, QTextStream &out, QTextStream &err);
    // In checkcommand.cpp.
    static int check(const QStringList &arguments, QTextStream &out, QTextStream &err);
    // In departmentcommands.cpp.
    static int departments(const QStringList &arguments, QTextStream &out, QTextStream &err);
    // In editioncommands.cpp.
    static int editions(const QStringList &arguments, QTextStream &out, QTextStream &err);
    // In reviewcommands.cpp.
    static int review(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static QString usage();
};
