#pragma once

#include <QCoreApplication>
#include <QString>

class QComboBox;
class QLabel;
class QWidget;

// Pieces the editor's dialogs share: red field messages, month choices, parsed target dates.
class DialogSupport
{
    Q_DECLARE_TR_FUNCTIONS(DialogSupport)

public:
    // Makes label a plain-text, red, word-wrapped message that is hidden while empty.
    static void makeErrorLabel(QLabel *label);
    // Shows message in label, or hides the label when message is empty.
    static void showError(QLabel *label, const QString &message);
    // Fills combo with the twelve calendar months (item data 1–12) and selects month.
    static void fillMonths(QComboBox *combo, int month);
    // "→ 2024-10-31", or a note that the text names no date.
    static QString parsedDateText(const QString &targetDateText, int fiscalYearStartMonth);
    // Asks where a new plan goes: a .pledges name that is not openPath (the open plan's file),
    // or empty when the user cancelled or chose the open plan (*error then says so). An
    // existing file at the name is removed: the file dialog has asked to replace it.
    static QString askNewPlanPath(QWidget *parent, const QString &title,
                                  const QString &suggestedName, const QString &openPath,
                                  QString *error);
};
