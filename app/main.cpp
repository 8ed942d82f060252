#include "cli/commandline.h"
#include "cli/translations.h"
#include "editorapp.h"

#include <QApplication>
#include <QTextStream>

namespace {
void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("PledgeTracker"));
    QCoreApplication::setApplicationName(QStringLiteral("pledgetracker"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PLEDGETRACKER_VERSION));
}
} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (CommandLine::wantsConsole(arguments)) {
        const auto app = CommandLine::createConsoleApplication(argc, argv);
        describeApplication();
        Translations::install(QString());
        QTextStream out(stdout);
        QTextStream err(stderr);
        return CommandLine::run(app->arguments(), out, err);
    }
    QApplication app(argc, argv);
    describeApplication();
    return EditorApp::run(app.arguments());
}
