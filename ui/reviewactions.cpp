#include "reviewactions.h"
#include "document/document.h"
#include "review/reviewcopy.h"
#include "review/reviewmerge.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>

namespace {
const QString kSuffix = QStringLiteral("pledges");
}

ReviewActions::ReviewActions(QWidget *window, std::function<void()> prepare)
    : QObject(window), m_window(window), m_prepare(std::move(prepare))
{
    reviewCopyAction = new QAction(this);
    mergeReviewAction = new QAction(this);
    connect(reviewCopyAction, &QAction::triggered, this, &ReviewActions::askForReviewCopy);
    connect(mergeReviewAction, &QAction::triggered, this, &ReviewActions::askForMerge);
    retranslate();
    setDocument(nullptr);
}

void ReviewActions::setDocument(Document *document)
{
    m_document = document;
    refreshEnabled();
}

// Review copies are made from a plan, and merged into a plan open for writing; a review copy
// does neither.
void ReviewActions::refreshEnabled()
{
    const bool plan = m_document && !m_document->reviewCopy().isReviewCopy();
    reviewCopyAction->setEnabled(plan);
    mergeReviewAction->setEnabled(plan && !m_document->isReadOnly());
}

void ReviewActions::retranslate()
{
    reviewCopyAction->setText(tr("Re&view Copy…"));
    reviewCopyAction->setStatusTip(
        tr("Write a copy of the plan for a reviewer to comment on and mark, offline"));
    mergeReviewAction->setText(tr("Mer&ge Review…"));
    mergeReviewAction->setStatusTip(
        tr("Bring a review copy's comments and marks into this plan; its data stays as it is"));
}

void ReviewActions::askForReviewCopy()
{
    if (!m_document)
        return;
    bool ok = false;
    const QString reviewer =
        QInputDialog::getText(m_window, tr("Review Copy"), tr("Who reviews this copy?"),
                              QLineEdit::Normal, QString(), &ok)
            .simplified();
    if (!ok || reviewer.isEmpty())
        return;
    const QFileInfo plan(m_document->filePath());
    // The reviewer's name in the file name tells the copies apart on a shared drive.
    const QString suggested =
        plan.dir().filePath(tr("%1 (review by %2)").arg(plan.completeBaseName(), reviewer) +
                            QLatin1Char('.') + kSuffix);
    QString path = QFileDialog::getSaveFileName(m_window, tr("Review Copy"), suggested,
                                                tr("Pledge Tracker plans (*.pledges)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + kSuffix;
    writeReviewCopy(reviewer, path);
}

bool ReviewActions::writeReviewCopy(const QString &reviewer, const QString &path)
{
    if (!m_document)
        return false;
    m_prepare();
    QString error;
    if (!ReviewCopy::write(*m_document, reviewer, path, &error)) {
        emit errorOccurred(error);
        return false;
    }
    emit statusMessage(tr("Review copy for %1 written to %2.").arg(reviewer.simplified(), path));
    return true;
}

void ReviewActions::askForMerge()
{
    if (!m_document)
        return;
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Merge Review"), QFileInfo(m_document->filePath()).absolutePath(),
        tr("Pledge Tracker plans (*.pledges)"));
    if (!path.isEmpty())
        mergeReview(path);
}

bool ReviewActions::mergeReview(const QString &reviewCopyPath)
{
    if (!m_document)
        return false;
    m_prepare();
    QString error;
    const auto result = ReviewMerge::merge(*m_document, reviewCopyPath, &error);
    if (!result) {
        emit errorOccurred(error);
        return false;
    }
    emit statusMessage(ReviewMerge::summary(*result));
    return true;
}
