#pragma once

#include <QString>

class QCoreApplication;

// Loads the UI language: "ja", "en", or empty for the system's. Replaces what an earlier
// call installed, so the editor can switch languages while running.
namespace Translations {

void install(const QString &language);
// The language in effect after install(): "ja" or "en".
QString current();

} // namespace Translations
