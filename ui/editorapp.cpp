#include "editorapp.h"
#include "cli/commandline.h"
#include "cli/translations.h"
#include "io/sampleplans.h"
#include "mainwindow.h"

#include <QApplication>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>

namespace EditorApp {

int run(const QStringList &arguments)
{
    CommandLine::EditorRequest request;
    QString error;
    if (!CommandLine::parseEditor(arguments, &request, &error)) {
        QTextStream(stderr) << error;
        return CommandLine::UsageError;
    }
    QSettings settings;
    const QString language = request.language.isEmpty()
                                 ? settings.value(QStringLiteral("language")).toString()
                                 : request.language;
    Translations::install(language);

    MainWindow window;
    window.show();
    QString file = request.file;
    if (file.isEmpty() && request.sample.isEmpty()) {
        const QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
        file = recent.value(0);
        if (file.isEmpty())
            request.sample = QStringLiteral("iruma");
    }
    if (!request.sample.isEmpty())
        window.openSample(request.sample);
    else
        window.openFile(file, request.readOnly);
    return QApplication::exec();
}

} // namespace EditorApp
