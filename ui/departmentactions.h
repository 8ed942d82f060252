#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class CollectionStatusDialog;
class Document;
class QAction;
class QWidget;

// File ▸ Department Workbooks…, Merge Department Workbooks… and Collection Status…: sends a
// period's workbooks out to the departments, brings the returned ones back through a review
// of every changed field as one undo step, and shows whom the office is still waiting for.
// Results and problems are reported through the signals.
class DepartmentActions : public QObject
{
    Q_OBJECT

public:
    // prepare() is called before workbooks are written or merged: it saves pending edits.
    DepartmentActions(QWidget *window, std::function<void()> prepare);

    void setDocument(Document *document);
    void retranslate();

    QAction *sendOut = nullptr;
    QAction *merge = nullptr;
    QAction *status = nullptr;

signals:
    void errorOccurred(const QString &message);
    void statusMessage(const QString &message);

private:
    void sendWorkbooks();
    void mergeWorkbooks();
    void showStatus();
    void updateActions();

    QWidget *m_window;
    std::function<void()> m_prepare;
    QPointer<Document> m_document;
    QPointer<CollectionStatusDialog> m_statusDialog;
    QString m_folder; // where workbooks were last sent, to start the file dialogs in
};
