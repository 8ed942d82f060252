#pragma once

#include "domain/plan.h"

#include <QObject>

#include <functional>

class Document;
class QAction;
class QWidget;

// File ▸ Import… and Paste Plan from Clipboard, and File ▸ Export ▸ CSV, XLSX and JSON. An
// import goes into the open plan as one undo step, or into a new plan file the user names;
// exports are written with a progress dialog that can be cancelled.
class TransferActions : public QObject
{
    Q_OBJECT

public:
    // prepare() is called before an export: it saves pending edits.
    TransferActions(QWidget *window, std::function<void()> prepare);

    void setDocument(Document *document);
    void retranslate();

    QAction *importFile = nullptr;
    QAction *importClipboard = nullptr;
    QAction *exportCsv = nullptr;
    QAction *exportXlsx = nullptr;
    QAction *exportJson = nullptr;

signals:
    void errorOccurred(const QString &message);
    void statusMessage(const QString &message);
    // A new plan file was made from an import: the window opens it.
    void planCreated(const QString &path);

private:
    enum class Destination
    {
        OpenPlan,
        NewPlan,
        Cancel
    };
    void chooseImportFile();
    void importFromClipboard();
    // Asks whether an import goes into the open plan or a new one (always new when none is
    // open, or for a lossless JSON import that carries its own scale and history).
    Destination askDestination(bool lossless) const;
    void finishImport(const Plan &plan, const QList<HistoryEntry> &history, bool lossless,
                      const QString &sourceName, Destination destination);
    void exportAs(int format);

    QWidget *m_window;
    std::function<void()> m_prepare;
    Document *m_document = nullptr;
};
