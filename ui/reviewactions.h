#pragma once

#include <QObject>

#include <functional>

class Document;
class QAction;
class QWidget;

// File ▸ Review Copy… and File ▸ Merge Review…: writes a copy of the open plan for one
// reviewer to comment on offline, and brings a returned copy's comments and marks into the
// plan as one undo step. Results and problems are reported through the signals.
class ReviewActions : public QObject
{
    Q_OBJECT

public:
    // prepare() is called before a copy is written: it saves pending edits.
    ReviewActions(QWidget *window, std::function<void()> prepare);

    void setDocument(Document *document);
    void retranslate();

    // What the actions do once the dialogs are answered.
    bool writeReviewCopy(const QString &reviewer, const QString &path);
    bool mergeReview(const QString &reviewCopyPath);

    QAction *reviewCopyAction = nullptr;
    QAction *mergeReviewAction = nullptr;

signals:
    void errorOccurred(const QString &message);
    void statusMessage(const QString &message);

private:
    void askForReviewCopy();
    void askForMerge();
    void refreshEnabled();

    QWidget *m_window;
    std::function<void()> m_prepare;
    Document *m_document = nullptr;
};
