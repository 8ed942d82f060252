#pragma once

#include <QStringList>

// Starts the editor: reads the command line and the remembered language, opens the plan the
// user asked for (or, on first start, a writable copy of the Iruma sample) and shows it.
namespace EditorApp {

int run(const QStringList &arguments);

} // namespace EditorApp
