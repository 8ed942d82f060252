#include "commentspane.h"
#include "cli/translations.h"
#include "dialogs/commentdialog.h"
#include "document/document.h"
#include "document/editing.h"
#include "review/reviewrules.h"
#include "review/reviewtext.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

CommentsPane::CommentsPane(QWidget *parent)
    : QWidget(parent), m_japanese(Translations::current() == QStringLiteral("ja"))
{
    build();
    setDocument(nullptr);
    retranslate();
}

void CommentsPane::build()
{
    m_summary = new QLabel;
    m_summary->setTextFormat(Qt::PlainText); // it names the reviewer as typed
    m_summary->setWordWrap(true);
    m_reviewerFilter = new QComboBox;
    m_reviewerFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_stateFilter = new QComboBox;
    for (int i = 0; i < 3; ++i)
        m_stateFilter->addItem(QString());
    connect(m_reviewerFilter, &QComboBox::currentIndexChanged, this, &CommentsPane::applyFilters);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &CommentsPane::applyFilters);

    m_list = new QTreeView;
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->header()->setStretchLastSection(true);
    connect(m_list, &QTreeView::activated, this, &CommentsPane::activate);
    connect(m_list, &QTreeView::clicked, this, &CommentsPane::activate);

    m_add = new QPushButton;
    m_edit = new QPushButton;
    m_resolve = new QPushButton;
    m_delete = new QPushButton;
    m_looksRight = new QPushButton;
    m_needsRevision = new QPushButton;
    m_looksRight->setCheckable(true);
    m_needsRevision->setCheckable(true);
    connect(m_add, &QPushButton::clicked, this, &CommentsPane::addComment);
    connect(m_edit, &QPushButton::clicked, this, &CommentsPane::editComment);
    connect(m_resolve, &QPushButton::clicked, this, &CommentsPane::toggleResolved);
    connect(m_delete, &QPushButton::clicked, this, &CommentsPane::deleteComment);
    connect(m_looksRight, &QPushButton::clicked, this,
            [this](bool on) { mark(ReviewComment::Mark::LooksRight, on); });
    connect(m_needsRevision, &QPushButton::clicked, this,
            [this](bool on) { mark(ReviewComment::Mark::NeedsRevision, on); });

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_reviewerFilter);
    filters->addWidget(m_stateFilter);
    filters->addStretch(1);
    auto *commentButtons = new QHBoxLayout;
    for (QPushButton *button : {m_add, m_edit, m_resolve, m_delete})
        commentButtons->addWidget(button);
    commentButtons->addStretch(1);
    auto *markButtons = new QHBoxLayout;
    markButtons->addWidget(m_looksRight);
    markButtons->addWidget(m_needsRevision);
    markButtons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addLayout(filters);
    layout->addWidget(m_list, 1);
    layout->addLayout(commentButtons);
    layout->addLayout(markButtons);
}

void CommentsPane::retranslate()
{
    m_stateFilter->setItemText(0, tr("All states"));
    m_stateFilter->setItemText(1, tr("Open"));
    m_stateFilter->setItemText(2, tr("Resolved"));
    m_add->setText(tr("Add Comment…"));
    m_add->setToolTip(tr("Comment on the chosen cell, its row or its pledge"));
    m_edit->setText(tr("Edit…"));
    m_delete->setText(tr("Delete"));
    m_looksRight->setText(ReviewText::markSymbol(ReviewComment::Mark::LooksRight) +
                          QLatin1Char(' ') + tr("Looks Right"));
    m_looksRight->setToolTip(tr("Mark the chosen cell as looking right"));
    m_needsRevision->setText(ReviewText::markSymbol(ReviewComment::Mark::NeedsRevision) +
                             QLatin1Char(' ') + tr("Needs Revision"));
    m_needsRevision->setToolTip(tr("Mark the chosen cell as needing revision"));
    refreshFilters();
    refreshButtons();
    showSummary();
}

void CommentsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CommentsPane::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    CommentsModel *old = m_model;
    m_model = new CommentsModel(document, this);
    m_model->setJapaneseLabels(m_japanese);
    m_list->setModel(m_model);
    delete old;
    m_list->header()->resizeSection(CommentsModel::WhereColumn, 16 * fontMetrics().height());
    m_list->header()->resizeSection(CommentsModel::TextColumn, 16 * fontMetrics().height());

    // A reset (every comment change) keeps the chosen comment chosen.
    auto chosenUid = std::make_shared<QString>();
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this, chosenUid] {
        const std::optional<ReviewComment> c = chosen();
        *chosenUid = c ? c->uid : QString();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this, chosenUid] {
        const int row = m_model->rowOf(*chosenUid);
        if (row >= 0)
            m_list->setCurrentIndex(m_model->index(row, 0));
        refreshFilters();
        refreshButtons();
        showSummary();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CommentsPane::refreshButtons);
    if (document)
        connect(document, &QObject::destroyed, this, [this] { setDocument(nullptr); });
    m_rowId = m_pledgeId = m_periodId = 0;
    applyFilters();
    refreshFilters();
    refreshButtons();
    showSummary();
}

void CommentsPane::setCurrent(qint64 rowId, qint64 pledgeId, qint64 periodId)
{
    m_rowId = rowId;
    m_pledgeId = pledgeId;
    m_periodId = periodId;
    refreshButtons();
}

void CommentsPane::setJapaneseLabels(bool japanese)
{
    m_japanese = japanese;
    m_model->setJapaneseLabels(japanese);
}

// The reviewers listed are those with comments; the one chosen stays chosen while it has any.
void CommentsPane::refreshFilters()
{
    const QString current = m_reviewerFilter->currentData().toString();
    const QSignalBlocker blocker(m_reviewerFilter);
    m_reviewerFilter->clear();
    m_reviewerFilter->addItem(tr("All reviewers"), QString());
    for (const QString &name : m_model->reviewers())
        m_reviewerFilter->addItem(name, name);
    m_reviewerFilter->setCurrentIndex(qMax(0, m_reviewerFilter->findData(current)));
    if (m_reviewerFilter->currentData().toString() != current)
        applyFilters();
}

void CommentsPane::applyFilters()
{
    m_model->setReviewerFilter(m_reviewerFilter->currentData().toString());
    m_model->setStateFilter(CommentsModel::State(qMax(0, m_stateFilter->currentIndex())));
}

std::optional<ReviewComment> CommentsPane::chosen() const
{
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid() || !m_list->selectionModel()->isRowSelected(index.row()))
        return std::nullopt;
    return m_model->comment(index.row());
}

void CommentsPane::refreshButtons()
{
    const bool canComment = m_document && ReviewRules::canComment(*m_document);
    const Plan *plan = m_document ? &m_document->plan() : nullptr;
    const bool hasRow = plan && plan->row(m_rowId);
    const bool hasCell = hasRow && plan->period(m_periodId);
    m_add->setEnabled(canComment && (hasRow || (plan && plan->pledge(m_pledgeId))));
    const std::optional<ReviewComment> c = chosen();
    const bool changeable = c && ReviewRules::canChange(*m_document, *c);
    m_edit->setEnabled(changeable);
    m_delete->setEnabled(changeable);
    m_resolve->setEnabled(changeable);
    m_resolve->setText(c && c->isResolved() ? tr("Reopen") : tr("Resolve"));

    ReviewComment::Mark own = ReviewComment::Mark::None;
    if (hasCell) {
        const QString author = ReviewRules::author(*m_document);
        for (const ReviewComment &o : ReviewRules::openOnCell(*m_document, m_rowId, m_periodId)) {
            if (o.reviewer == author && o.mark != ReviewComment::Mark::None &&
                ReviewRules::canChange(*m_document, o))
                own = o.mark;
        }
    }
    for (QPushButton *button : {m_looksRight, m_needsRevision})
        button->setEnabled(canComment && hasCell);
    m_looksRight->setChecked(own == ReviewComment::Mark::LooksRight);
    m_needsRevision->setChecked(own == ReviewComment::Mark::NeedsRevision);
}

void CommentsPane::showSummary()
{
    if (!m_document) {
        m_summary->setText(tr("No plan is open."));
        return;
    }
    const QList<ReviewComment> &all = m_document->comments();
    const int open = int(std::count_if(all.cbegin(), all.cend(),
                                       [](const ReviewComment &c) { return !c.isResolved(); }));
    QString text = tr("%n open", nullptr, open) + QStringLiteral(", ") +
                   tr("%n resolved", nullptr, int(all.size()) - open);
    if (m_document->reviewCopy().isReviewCopy())
        text = tr("%1's review copy: comments and marks only.").arg(m_document->reviewer()) +
               QLatin1Char(' ') + text;
    m_summary->setText(text);
}

QString CommentsPane::summary() const
{
    return m_summary->text();
}

void CommentsPane::addComment()
{
    if (!m_document)
        return;
    ReviewComment place;
    place.rowId = m_rowId;
    place.pledgeId = m_pledgeId;
    place.periodId = m_periodId;
    CommentDialog dialog(m_document->plan(), place, m_japanese, this);
    if (dialog.exec() != QDialog::Accepted || !m_document)
        return;
    const QString uid = Editing::addComment(*m_document, dialog.comment());
    const int row = m_model->rowOf(uid);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row, 0));
}

void CommentsPane::editComment()
{
    const std::optional<ReviewComment> c = chosen();
    if (!c || !m_document)
        return;
    const auto dialog = CommentDialog::forEditing(m_document->plan(), *c, m_japanese, this);
    if (dialog->exec() == QDialog::Accepted && m_document)
        Editing::editComment(*m_document, c->uid, dialog->comment().text);
}

void CommentsPane::toggleResolved()
{
    const std::optional<ReviewComment> c = chosen();
    if (c && m_document)
        Editing::resolveComment(*m_document, c->uid, !c->isResolved());
}

void CommentsPane::deleteComment()
{
    const std::optional<ReviewComment> c = chosen();
    if (c && m_document)
        Editing::deleteComment(*m_document, c->uid);
}

void CommentsPane::mark(ReviewComment::Mark mark, bool on)
{
    if (m_document)
        Editing::setMark(*m_document, m_rowId, m_periodId, on ? mark : ReviewComment::Mark::None);
    refreshButtons(); // a refused mark shows what the cell still has
}

void CommentsPane::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const ReviewComment c = m_model->comment(index.row());
    if (c.rowId)
        emit cellRequested(c.rowId, c.periodId);
    else if (c.pledgeId)
        emit pledgeRequested(c.pledgeId);
}
