#include "pledgetableview.h"
#include "domain/statusscale.h"
#include "io/tabulartext.h"
#include "models/pledgetreemodel.h"

#include <QAbstractProxyModel>
#include <QClipboard>
#include <QDataStream>
#include <QGuiApplication>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QScrollBar>
#include <QSet>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace {

constexpr int FixedColumns = PledgeTreeModel::FirstPeriodColumn;
constexpr int DefaultFixedWidths[FixedColumns] = {105, 230, 190, 110, 90};
constexpr int DefaultPeriodWidth = 200;
constexpr quint32 StateMagic = 0x50545631; // "PTV1"

// One pane of the table. The panes share one current index, and QTreeView scrolls sideways to
// the current column even when it hides that column (to x = 0): a pane must not do that.
class PaneView : public QTreeView
{
public:
    using QTreeView::QTreeView;

    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override
    {
        const int x = horizontalScrollBar()->value();
        QTreeView::scrollTo(index, hint);
        if (index.isValid() && isColumnHidden(index.column()))
            horizontalScrollBar()->setValue(x);
    }
    QStyleOptionViewItem itemOption() const
    {
        QStyleOptionViewItem option;
        initViewItemOption(&option);
        return option;
    }
    void refreshGeometries() { updateGeometries(); }
};

// Gives every cell the height of its whole row as the table measures it over both panes, so the
// two views lay out the same rows. Painting is the wrapped delegate's, or the default.
class RowDelegate : public QStyledItemDelegate
{
public:
    using RowHeight = std::function<int(const QModelIndex &)>;

    RowDelegate(RowHeight rowHeight, QAbstractItemDelegate *painter, QObject *parent)
        : QStyledItemDelegate(parent), m_rowHeight(std::move(rowHeight)), m_painter(painter)
    {
    }
    void setTopAligned(bool topAligned) { m_topAligned = topAligned; }

    QSize naturalSizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
    {
        return m_painter ? m_painter->sizeHint(option, index)
                         : QStyledItemDelegate::sizeHint(option, index);
    }
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return {naturalSizeHint(option, index).width(), m_rowHeight(index)};
    }
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        if (m_painter)
            m_painter->paint(painter, option, index);
        else
            QStyledItemDelegate::paint(painter, option, index);
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        // In rows made tall by wrapped period texts, the fixed texts stay by their first line.
        if (m_topAligned)
            option->displayAlignment =
                (option->displayAlignment & Qt::AlignHorizontal_Mask) | Qt::AlignTop;
    }

private:
    RowHeight m_rowHeight;
    QAbstractItemDelegate *m_painter;
    bool m_topAligned = false;
};

PaneView *paneOf(QTreeView *view)
{
    return static_cast<PaneView *>(view);
}

RowDelegate *rowDelegateOf(QAbstractItemDelegate *delegate)
{
    return static_cast<RowDelegate *>(delegate);
}

// The views may show a proxy (a filter, a sort) over the PledgeTreeModel, whose editing methods
// want its own indexes: these walk down the chain of proxies.
PledgeTreeModel *pledgeModelUnder(QAbstractItemModel *model)
{
    while (auto *proxy = qobject_cast<QAbstractProxyModel *>(model))
        model = proxy->sourceModel();
    return qobject_cast<PledgeTreeModel *>(model);
}

QModelIndex toPledgeIndex(QModelIndex index)
{
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(index.model()))
        index = proxy->mapToSource(index);
    return index;
}

QModelIndexList toPledgeIndexes(const QModelIndexList &indexes)
{
    QModelIndexList mapped;
    for (const QModelIndex &index : indexes)
        mapped << toPledgeIndex(index);
    return mapped;
}

// The first or last column a view shows.
int edgeColumn(const QTreeView *view, bool last)
{
    const QHeaderView *header = view->header();
    for (int i = 0; i < header->count(); ++i) {
        const int logical = header->logicalIndex(last ? header->count() - 1 - i : i);
        if (!header->isSectionHidden(logical))
            return logical;
    }
    return -1;
}

QList<int> columnWidths(const QTreeView *view, int first, int end)
{
    QList<int> widths;
    for (int column = first; column < end; ++column)
        widths << view->columnWidth(column);
    return widths;
}

} // namespace

PledgeTableView::PledgeTableView(QWidget *parent)
    : QWidget(parent), m_cellDelegate(new CellDelegate(this))
{
    auto rowHeight = [this](const QModelIndex &index) { return this->rowHeight(index); };
    m_fixedDelegate = new RowDelegate(rowHeight, nullptr, this);
    m_periodDelegate = new RowDelegate(rowHeight, m_cellDelegate, this);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_fixedView = new PaneView(m_splitter);
    m_periodView = new PaneView(m_splitter);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    setUpView(m_fixedView);
    setUpView(m_periodView);
    m_fixedView->setItemDelegate(m_fixedDelegate);
    // Pledges and rows are moved by dragging them in the fixed columns.
    m_fixedView->setDragEnabled(true);
    m_fixedView->setAcceptDrops(true);
    m_fixedView->setDropIndicatorShown(true);
    m_fixedView->setDragDropMode(QAbstractItemView::InternalMove);
    m_fixedView->setDefaultDropAction(Qt::MoveAction);
    m_periodView->setItemDelegate(m_periodDelegate);
    // The period view scrolls for both; the tree is drawn once, in the fixed view.
    m_fixedView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_periodView->setRootIsDecorated(false);
    m_periodView->header()->setDefaultSectionSize(DefaultPeriodWidth);
    setFocusProxy(m_periodView);
    connectViews();
    setModel(nullptr);
}

PledgeTableView::~PledgeTableView()
{
    // The views ask this object for row heights: they must go before its members do.
    delete m_splitter;
}

void PledgeTableView::setUpView(QTreeView *view)
{
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setSelectionBehavior(QAbstractItemView::SelectItems);
    // Status cells are edited by typing a level or in the cell dialog, never in place.
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setUniformRowHeights(true);
    view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Both panes keep a horizontal scroll bar so that their viewports are equally tall and the
    // last rows line up when scrolled to the bottom.
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    view->setFrameShape(QFrame::NoFrame);
    view->header()->setStretchLastSection(false);
    // Copy and paste go by column number, so columns stay in the model's order.
    view->header()->setSectionsMovable(false);
    view->installEventFilter(this);
}

void PledgeTableView::connectViews()
{
    QScrollBar *fixedBar = m_fixedView->verticalScrollBar();
    QScrollBar *periodBar = m_periodView->verticalScrollBar();
    connect(fixedBar, &QScrollBar::valueChanged, periodBar, &QScrollBar::setValue);
    connect(periodBar, &QScrollBar::valueChanged, fixedBar, &QScrollBar::setValue);
    // Expanding an expanded item does nothing, so these cannot loop.
    connect(m_fixedView, &QTreeView::expanded, m_periodView, &QTreeView::expand);
    connect(m_periodView, &QTreeView::expanded, m_fixedView, &QTreeView::expand);
    connect(m_fixedView, &QTreeView::collapsed, m_periodView, &QTreeView::collapse);
    connect(m_periodView, &QTreeView::collapsed, m_fixedView, &QTreeView::collapse);
    connect(m_periodView, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (isStatusCell(index))
            emit cellActivated(index);
    });
    connect(fixedHeader(), &QHeaderView::sectionResized, this, &PledgeTableView::fitFixedPane);
    connect(periodHeader(), &QHeaderView::sectionResized, this, [this] {
        if (density() == CellDelegate::Density::FullText)
            scheduleRelayout();
    });
}

void PledgeTableView::setModel(QAbstractItemModel *model)
{
    if (model && model == m_model)
        return;
    // A new plan keeps the column widths the user has set.
    const QByteArray widths = m_model ? saveState() : m_pendingState;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    forgetRowHeights();
    m_model = model;
    if (model)
        connectModel(model);

    // One selection for both panes: the view's own one, made by setModel, is not needed.
    QItemSelectionModel *oldSelection = m_fixedView->selectionModel();
    m_fixedView->setModel(model);
    m_periodView->setModel(model);
    QItemSelectionModel *periodSelection = m_periodView->selectionModel();
    m_periodView->setSelectionModel(m_fixedView->selectionModel());
    delete periodSelection;
    delete oldSelection;
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PledgeTableView::currentCellChanged);

    if (model) {
        // After the views' own connections, so that their headers are already up to date.
        connect(model, &QAbstractItemModel::modelReset, this, [this] {
            showColumns();
            restoreState(m_pendingState);
        });
        connect(model, &QAbstractItemModel::columnsInserted, this, &PledgeTableView::showColumns);
        connect(model, &QAbstractItemModel::headerDataChanged, this,
                &PledgeTableView::syncHeaderHeights);
    }
    showColumns();
    for (int column = 0; column < FixedColumns; ++column)
        m_fixedView->setColumnWidth(column, DefaultFixedWidths[column]);
    if (!widths.isEmpty())
        restoreState(widths);
    fitFixedPane();
}

void PledgeTableView::connectModel(QAbstractItemModel *model)
{
    // Made before the views connect, so cached row heights are gone before they ask again.
    auto forget = [this] { forgetRowHeights(); };
    connect(model, &QAbstractItemModel::dataChanged, this, forget);
    connect(model, &QAbstractItemModel::rowsInserted, this, forget);
    connect(model, &QAbstractItemModel::rowsRemoved, this, forget);
    connect(model, &QAbstractItemModel::rowsMoved, this, forget);
    connect(model, &QAbstractItemModel::columnsInserted, this, forget);
    connect(model, &QAbstractItemModel::columnsRemoved, this, forget);
    connect(model, &QAbstractItemModel::layoutChanged, this, forget);
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_pendingState = saveState();
        forgetRowHeights();
    });
}

void PledgeTableView::showColumns()
{
    const int columns = m_model ? m_model->columnCount() : 0;
    for (int column = 0; column < columns; ++column) {
        const bool period = column >= FixedColumns;
        m_fixedView->setColumnHidden(column, period);
        m_periodView->setColumnHidden(column, !period);
    }
    forgetRowHeights();
    syncHeaderHeights();
}

void PledgeTableView::syncHeaderHeights()
{
    // Period headers have two lines ("令和6年度" over "上半期"); both headers must be as tall
    // as the taller one, or the rows below them would not line up.
    const int height =
        qMax(0, qMax(fixedHeader()->sizeHint().height(), periodHeader()->sizeHint().height()));
    for (QTreeView *view : {m_fixedView, m_periodView}) {
        view->header()->setMinimumHeight(height);
        paneOf(view)->refreshGeometries();
    }
}

void PledgeTableView::fitFixedPane()
{
    if (!isVisible()) {
        m_fitPending = true;
        return;
    }
    m_fitPending = false;
    const int available = m_splitter->width() - m_splitter->handleWidth();
    // As wide as the fixed columns, but never crowding out the periods.
    // When the periods need little room (a plan with one reporting date), the fixed part may
    // take the rest.
    const int periodsNeed = periodHeader()->length() +
                            m_periodView->verticalScrollBar()->sizeHint().width() +
                            2 * m_periodView->frameWidth();
    const int width = qMin(fixedHeader()->length() + 2 * m_fixedView->frameWidth(),
                           qMax(available * 2 / 3, available - periodsNeed));
    m_splitter->setSizes({width, available - width});
}

void PledgeTableView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_fitPending)
        fitFixedPane();
}

void PledgeTableView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        syncHeaderHeights();
        relayout();
    }
}

void PledgeTableView::forgetRowHeights()
{
    m_rowHeights.clear();
}

void PledgeTableView::relayout()
{
    forgetRowHeights();
    for (QTreeView *view : {m_fixedView, m_periodView}) {
        view->doItemsLayout();
        view->viewport()->update();
    }
}

void PledgeTableView::scheduleRelayout()
{
    // Dragging a column edge resizes many times; lay out once when the drag has moved on.
    forgetRowHeights();
    if (m_relayoutPending)
        return;
    m_relayoutPending = true;
    QTimer::singleShot(0, this, [this] {
        m_relayoutPending = false;
        relayout();
    });
}

int PledgeTableView::rowHeight(const QModelIndex &index) const
{
    const QModelIndex first = index.siblingAtColumn(0);
    const auto known = m_rowHeights.constFind(first);
    if (known != m_rowHeights.cend())
        return known.value();
    int height = 0;
    const int columns = index.model()->columnCount(index.parent());
    for (int column = 0; column < columns; ++column) {
        const bool period = column >= FixedColumns;
        PaneView *view = paneOf(period ? m_periodView : m_fixedView);
        const int width = view->columnWidth(column);
        if (view->isColumnHidden(column) || width <= 0)
            continue;
        QStyleOptionViewItem option = view->itemOption();
        option.rect = QRect(0, 0, width, 0);
        const RowDelegate *delegate = rowDelegateOf(period ? m_periodDelegate : m_fixedDelegate);
        height =
            qMax(height, delegate->naturalSizeHint(option, first.siblingAtColumn(column)).height());
    }
    m_rowHeights.insert(first, height);
    return height;
}

QAbstractItemModel *PledgeTableView::model() const
{
    return m_model;
}

QItemSelectionModel *PledgeTableView::selectionModel() const
{
    return m_fixedView->selectionModel();
}

QModelIndex PledgeTableView::currentIndex() const
{
    return selectionModel() ? selectionModel()->currentIndex() : QModelIndex();
}

void PledgeTableView::setCurrentIndex(const QModelIndex &index)
{
    (index.column() < FixedColumns ? m_fixedView : m_periodView)->setCurrentIndex(index);
}

void PledgeTableView::expandAll()
{
    // Both views are told, and meanwhile they do not pass each expanded() on to the other:
    // expanding 1,000 pledges one by one there lays the other view out 1,000 times.
    const QSignalBlocker fixed(m_fixedView);
    const QSignalBlocker periods(m_periodView);
    m_fixedView->expandAll();
    m_periodView->expandAll();
}

void PledgeTableView::collapseAll()
{
    const QSignalBlocker fixed(m_fixedView);
    const QSignalBlocker periods(m_periodView);
    m_fixedView->collapseAll();
    m_periodView->collapseAll();
}

CellDelegate::Density PledgeTableView::density() const
{
    return m_cellDelegate->density();
}

void PledgeTableView::setDensity(CellDelegate::Density density)
{
    m_cellDelegate->setDensity(density);
    const bool fullText = density == CellDelegate::Density::FullText;
    rowDelegateOf(m_fixedDelegate)->setTopAligned(fullText);
    // Wrapped texts make every row as tall as its own text needs.
    m_fixedView->setUniformRowHeights(!fullText);
    m_periodView->setUniformRowHeights(!fullText);
    relayout();
}

bool PledgeTableView::showPlan() const
{
    return m_cellDelegate->showPlan();
}

void PledgeTableView::setShowPlan(bool showPlan)
{
    m_cellDelegate->setShowPlan(showPlan);
    relayout();
}

QHeaderView *PledgeTableView::fixedHeader() const
{
    return m_fixedView->header();
}

QHeaderView *PledgeTableView::periodHeader() const
{
    return m_periodView->header();
}

QByteArray PledgeTableView::saveState() const
{
    const int columns = m_model ? m_model->columnCount() : 0;
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_0);
    out << StateMagic << columnWidths(m_fixedView, 0, qMin(columns, FixedColumns))
        << columnWidths(m_periodView, FixedColumns, columns);
    return state;
}

bool PledgeTableView::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    in.setVersion(QDataStream::Qt_6_0);
    quint32 magic = 0;
    QList<int> fixed;
    QList<int> periods;
    in >> magic >> fixed >> periods;
    if (in.status() != QDataStream::Ok || magic != StateMagic)
        return false;
    m_pendingState = state;
    for (int column = 0; column < qMin(int(fixed.size()), FixedColumns); ++column) {
        if (fixed.at(column) > 0)
            m_fixedView->setColumnWidth(column, fixed.at(column));
    }
    // Plans differ in their number of periods: the ones beyond take the last saved width.
    const int columns = m_model ? m_model->columnCount() : 0;
    for (int column = FixedColumns; column < columns && !periods.isEmpty(); ++column) {
        const int width = periods.value(column - FixedColumns, periods.last());
        if (width > 0)
            m_periodView->setColumnWidth(column, width);
    }
    fitFixedPane();
    return true;
}

PledgeTreeModel *PledgeTableView::pledgeModel() const
{
    return pledgeModelUnder(m_model);
}

bool PledgeTableView::isStatusCell(const QModelIndex &index) const
{
    const PledgeTreeModel *source = pledgeModel();
    const QModelIndex mapped = toPledgeIndex(index);
    return source && mapped.model() == source && source->isStatusCell(mapped);
}

bool PledgeTableView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_fixedView && watched != m_periodView)
        return QWidget::eventFilter(watched, event);
    // The member, not a cast of watched: events also arrive while a view is being destroyed,
    // when it no longer is a QTreeView.
    QTreeView *view = watched == m_fixedView ? m_fixedView : m_periodView;
    switch (event->type()) {
    case QEvent::ShortcutOverride:
        // A key the table handles (Delete, Ctrl+C, a level) must not fire a window shortcut.
        if (keyAction(view, static_cast<QKeyEvent *>(event)) != KeyAction::None) {
            event->accept();
            return true;
        }
        break;
    case QEvent::KeyPress: {
        auto *key = static_cast<QKeyEvent *>(event);
        const KeyAction action = keyAction(view, key);
        if (action != KeyAction::None) {
            runKeyAction(action, key->text());
            return true;
        }
        break;
    }
    case QEvent::InputMethod: {
        // Japanese input methods deliver "Ａ", "○" or "１" as committed text, not as key presses.
        const QString text = static_cast<QInputMethodEvent *>(event)->commitString().trimmed();
        if (view == m_periodView && !text.isEmpty() && pledgeModel()) {
            enterText(text);
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

PledgeTableView::KeyAction PledgeTableView::keyAction(const QTreeView *view,
                                                      const QKeyEvent *event) const
{
    if (!pledgeModel())
        return KeyAction::None;
    if (event->matches(QKeySequence::Copy))
        return KeyAction::Copy;
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    const int column = currentIndex().column();
    if (view == m_fixedView) {
        if (event->key() != Qt::Key_Right || column != edgeColumn(m_fixedView, true))
            return KeyAction::None;
        return modifiers == Qt::NoModifier ? KeyAction::ToPeriodView : KeyAction::Swallow;
    }
    if (event->matches(QKeySequence::Paste))
        return KeyAction::Paste;
    switch (event->key()) {
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        return modifiers == Qt::NoModifier ? KeyAction::Clear : KeyAction::None;
    case Qt::Key_Enter:
    case Qt::Key_Return:
        return isStatusCell(currentIndex()) ? KeyAction::Activate : KeyAction::None;
    case Qt::Key_Left:
        // QTreeView would go up to the parent row from the first column it shows.
        if (column != edgeColumn(m_periodView, false))
            return KeyAction::None;
        return modifiers == Qt::NoModifier ? KeyAction::ToFixedView : KeyAction::Swallow;
    default:
        break;
    }
    if (modifiers & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return KeyAction::None;
    const QString text = event->text();
    if (text.trimmed().isEmpty() || !text.at(0).isPrint())
        return KeyAction::None;
    if (pledgeModel()->levelForKey(text))
        return KeyAction::Level;
    // Rather than a keyboard search that jumps to some other row, say why nothing happened;
    // punctuation keeps QTreeView's meaning (+, - and * expand and collapse).
    return text.at(0).isLetterOrNumber() ? KeyAction::NotALevel : KeyAction::None;
}

void PledgeTableView::runKeyAction(KeyAction action, const QString &text)
{
    switch (action) {
    case KeyAction::Copy:
        copy();
        break;
    case KeyAction::Paste:
        paste();
        break;
    case KeyAction::Clear:
        setSelectedStatus(0);
        break;
    case KeyAction::Level:
    case KeyAction::NotALevel:
        enterText(text);
        break;
    case KeyAction::Activate:
        emit cellActivated(currentIndex());
        break;
    case KeyAction::ToFixedView:
        moveTo(m_fixedView, edgeColumn(m_fixedView, true));
        break;
    case KeyAction::ToPeriodView:
        moveTo(m_periodView, edgeColumn(m_periodView, false));
        break;
    case KeyAction::None:
    case KeyAction::Swallow:
        break;
    }
}

void PledgeTableView::enterText(const QString &text)
{
    const StatusLevel *level = pledgeModel()->levelForKey(text);
    if (level)
        setSelectedStatus(level->id);
    else
        emit statusMessage(tr("No status has the key “%1”.").arg(text));
}

void PledgeTableView::moveTo(QTreeView *view, int column)
{
    const QModelIndex target = currentIndex().siblingAtColumn(column);
    if (!target.isValid())
        return;
    view->setFocus(Qt::OtherFocusReason);
    view->setCurrentIndex(target);
}

QModelIndexList PledgeTableView::statusTargets() const
{
    const QModelIndexList selected = selectionModel()->selectedIndexes();
    QModelIndexList cells;
    for (const QModelIndex &index : selected) {
        if (isStatusCell(index))
            cells << index;
    }
    if (selected.isEmpty() && isStatusCell(currentIndex()))
        cells << currentIndex();
    return cells;
}

void PledgeTableView::setSelectedStatus(qint64 levelId)
{
    PledgeTreeModel *source = pledgeModel();
    if (!source)
        return;
    QModelIndexList cells;
    bool refused = false;
    for (const QModelIndex &index : statusTargets()) {
        if (index.flags() & Qt::ItemIsEditable)
            cells << toPledgeIndex(index);
        else
            refused = true;
    }
    if (!cells.isEmpty())
        source->setStatus(cells, levelId);
    else if (refused)
        emit statusMessage(tr("The plan is open read-only: statuses cannot be changed."));
}

QList<QModelIndexList> PledgeTableView::selectedRectangle() const
{
    QModelIndexList selected = selectionModel()->selectedIndexes();
    if (selected.isEmpty() && currentIndex().isValid())
        selected << currentIndex();
    QSet<QModelIndex> rows;
    QList<int> columns;
    for (const QModelIndex &index : selected) {
        rows.insert(index.siblingAtColumn(0));
        if (!columns.contains(index.column()))
            columns << index.column();
    }
    std::sort(columns.begin(), columns.end());
    // Rows in the order the table shows them, not the order they were selected in.
    QList<QModelIndexList> rectangle;
    QModelIndex row = m_model ? m_model->index(0, 0, m_periodView->rootIndex()) : QModelIndex();
    for (; row.isValid() && !rows.isEmpty(); row = m_periodView->indexBelow(row)) {
        if (!rows.remove(row))
            continue;
        QModelIndexList cells;
        for (int column : columns)
            cells << row.siblingAtColumn(column);
        rectangle << cells;
    }
    return rectangle;
}

void PledgeTableView::copy()
{
    PledgeTreeModel *source = pledgeModel();
    const QList<QModelIndexList> rectangle = selectedRectangle();
    if (!source || rectangle.isEmpty())
        return;
    QList<QModelIndexList> cells;
    for (const QModelIndexList &row : rectangle)
        cells << toPledgeIndexes(row);
    QGuiApplication::clipboard()->setText(source->copyText(cells));
}

void PledgeTableView::paste()
{
    PledgeTreeModel *source = pledgeModel();
    const QModelIndex start = currentIndex();
    const QList<QStringList> values = TabularText::parse(QGuiApplication::clipboard()->text());
    if (!source || !start.isValid() || values.isEmpty())
        return;
    if (isStatusCell(start) && !(start.flags() & Qt::ItemIsEditable)) {
        emit statusMessage(tr("The plan is open read-only: statuses cannot be changed."));
        return;
    }
    // Down the rows as the table shows them, right across the columns.
    QList<QModelIndexList> targets;
    QItemSelection pasted;
    QModelIndex row = start;
    for (const QStringList &line : values) {
        QModelIndexList cells;
        for (int c = 0; c < line.size(); ++c) {
            const QModelIndex cell =
                row.isValid() ? row.sibling(row.row(), start.column() + c) : QModelIndex();
            cells << toPledgeIndex(cell);
            if (cell.isValid())
                pasted.select(cell, cell);
        }
        targets << cells;
        row = row.isValid() ? m_periodView->indexBelow(row) : QModelIndex();
    }
    QString error;
    if (!source->pasteStatuses(targets, values, &error)) {
        if (!error.isEmpty())
            emit statusMessage(error);
        return;
    }
    selectionModel()->select(pasted, QItemSelectionModel::ClearAndSelect);
}
