#include "commentsmodel.h"
#include "document/document.h"
#include "review/reviewtext.h"

#include <QLocale>
#include <QTextDocument>

CommentsModel::CommentsModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    if (document) {
        connect(document, &Document::commentsChanged, this, &CommentsModel::reload);
        connect(document, &Document::planReset, this, &CommentsModel::reload);
        connect(document, &Document::infoChanged, this, &CommentsModel::reload);
        connect(document, &QObject::destroyed, this, &CommentsModel::reload);
    }
    reload();
}

void CommentsModel::setReviewerFilter(const QString &reviewer)
{
    if (reviewer == m_reviewer)
        return;
    m_reviewer = reviewer;
    reload();
}

void CommentsModel::setStateFilter(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    reload();
}

void CommentsModel::setJapaneseLabels(bool japanese)
{
    if (japanese == m_japanese)
        return;
    m_japanese = japanese;
    if (!m_shown.isEmpty())
        emit dataChanged(index(0, WhereColumn), index(rowCount() - 1, WhereColumn));
}

QStringList CommentsModel::reviewers() const
{
    QStringList names;
    if (m_document) {
        for (const ReviewComment &c : m_document->comments())
            names << c.reviewer;
    }
    names.removeDuplicates();
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    return names;
}

int CommentsModel::rowOf(const QString &uid) const
{
    for (int i = 0; i < m_shown.size(); ++i) {
        if (m_shown.at(i).uid == uid)
            return i;
    }
    return -1;
}

bool CommentsModel::passes(const ReviewComment &comment) const
{
    if (!m_reviewer.isEmpty() && comment.reviewer != m_reviewer)
        return false;
    switch (m_state) {
    case State::Any:
        return true;
    case State::Open:
        return !comment.isResolved();
    case State::Resolved:
        return comment.isResolved();
    }
    return true;
}

void CommentsModel::reload()
{
    beginResetModel();
    m_shown.clear();
    if (m_document) {
        for (const ReviewComment &c : m_document->comments()) {
            if (passes(c))
                m_shown.append(c);
        }
    }
    endResetModel();
}

int CommentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int CommentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommentsModel::displayText(const ReviewComment &c, int column) const
{
    switch (column) {
    case ReviewerColumn:
        return c.reviewer;
    case WhereColumn:
        return m_document ? ReviewText::where(m_document->plan(), c, m_japanese) : QString();
    case MarkColumn:
        return c.mark == ReviewComment::Mark::None
                   ? QString()
                   : ReviewText::markSymbol(c.mark) + QLatin1Char(' ') +
                         ReviewText::markName(c.mark);
    case TextColumn:
        return c.text;
    case CreatedColumn:
        return QLocale().toString(c.createdAt.toLocalTime(), QLocale::ShortFormat);
    case StateColumn:
        return ReviewText::stateName(c);
    }
    return {};
}

QVariant CommentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ReviewComment &c = m_shown.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QVariant text = displayText(c, index.column());
        // One line in the list; the tooltip has it all.
        return index.column() == TextColumn ? QVariant(c.text.section(QLatin1Char('\n'), 0, 0))
                                            : text;
    }
    case Qt::ToolTipRole: {
        QString text = displayText(c, index.column()).toString();
        if (index.column() == StateColumn && c.isResolved())
            text = tr("Resolved by %1 on %2")
                       .arg(c.resolvedBy,
                            QLocale().toString(c.resolvedAt.toLocalTime(), QLocale::ShortFormat));
        // Comments are typed by people: a tooltip must show them as typed, never as markup.
        return text.isEmpty() ? QVariant() : QVariant(Qt::convertFromPlainText(text));
    }
    case UidRole:
        return c.uid;
    case RowIdRole:
        return c.rowId;
    case PledgeIdRole:
        return c.pledgeId;
    case PeriodIdRole:
        return c.periodId;
    case ResolvedRole:
        return c.isResolved();
    }
    return {};
}

QVariant CommentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ReviewerColumn:
        return tr("Reviewer");
    case WhereColumn:
        return tr("Where");
    case MarkColumn:
        return tr("Mark");
    case TextColumn:
        return tr("Comment");
    case CreatedColumn:
        return tr("Created");
    case StateColumn:
        return tr("State");
    }
    return {};
}
