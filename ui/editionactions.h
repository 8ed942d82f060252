#pragma once

#include <QObject>
#include <QPointer>
#include <QTemporaryDir>

#include <functional>
#include <memory>

class Document;
class QAction;
class QWidget;

// The Edition menu: Publish Edition… freezes the plan under a name and date (permanent, so
// the dialog says so and is the confirmation), Open Edition… shows one read-only — written to
// a temporary plan file the window opens, so printing and exporting work as for any plan —
// and Compare… lists the changes between two editions or an edition and the plan now.
class EditionActions : public QObject
{
    Q_OBJECT

public:
    // prepare() is called before publishing or comparing: it saves pending edits.
    EditionActions(QWidget *window, std::function<void()> prepare);

    void setDocument(Document *document);
    void retranslate();

    // Writes the edition to a temporary file and emits openReadOnlyRequested for it.
    bool openEdition(qint64 editionId);

    QAction *publish = nullptr;
    QAction *open = nullptr;
    QAction *compare = nullptr;

signals:
    void errorOccurred(const QString &message);
    void statusMessage(const QString &message);
    // The window opens path read-only, titled title ("plan — edition 令和6年9月末現在
    // (read-only)"). The file lasts as long as these actions.
    void openReadOnlyRequested(const QString &path, const QString &title);

private:
    void publishEdition();
    void chooseEdition();
    void showComparison();
    void updateActions();

    QWidget *m_window;
    std::function<void()> m_prepare;
    QPointer<Document> m_document;
    std::unique_ptr<QTemporaryDir> m_editionFiles; // made when the first edition is opened
    int m_filesWritten = 0;
};
