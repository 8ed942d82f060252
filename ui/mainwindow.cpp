#include "mainwindow.h"
#include "chartpane.h"
#include "checkspane.h"
#include "cli/translations.h"
#include "commentspane.h"
#include "departmentactions.h"
#include "detailpane.h"
#include "dialogs/dialogsupport.h"
#include "dialogs/newplandialog.h"
#include "document/document.h"
#include "editionactions.h"
#include "filterbar.h"
#include "io/sampleplans.h"
#include "models/pledgefiltermodel.h"
#include "models/pledgetreemodel.h"
#include "plainquestion.h"
#include "pledgetableview.h"
#include "reportactions.h"
#include "reviewactions.h"
#include "storage/backupjob.h"
#include "storage/backups.h"
#include "transferactions.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QToolBar>
#include <QUndoView>
#include <QVBoxLayout>

namespace {
QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}

bool japanese()
{
    return Translations::current() == QStringLiteral("ja");
}

// Reads a plan under a progress dialog that appears when reading takes more than a moment
// (a plan of 10,000 rows takes over half a second). Cancel stops the read and sets *cancelled;
// nothing else is touched, so the window keeps the plan it shows.
std::unique_ptr<Document> openWithProgress(QWidget *window, int delayMs, const QString &path,
                                           Document::Access access, QString *error,
                                           PlanLock::Owner *heldBy, bool *cancelled)
{
    QProgressDialog progress(MainWindow::tr("Opening %1…").arg(QFileInfo(path).fileName()),
                             MainWindow::tr("Cancel"), 0, 1000, window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(delayMs);
    auto document = Document::open(path, access, error, heldBy, [&](qint64 done, qint64 total) {
        progress.setValue(total > 0 ? int(done * 1000 / total)
                                    : 0); // QProgressDialog counts in int
        return !progress.wasCanceled();
    });
    *cancelled = progress.wasCanceled();
    return document;
}
} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowIcon(icon("pledgetracker"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_filterBar = new FilterBar(central);
    m_table = new PledgeTableView(central);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_table, 1);
    setCentralWidget(central);

    m_detail = new DetailPane(this);
    m_detailDock = new QDockWidget(this);
    m_detailDock->setObjectName(QStringLiteral("detailDock"));
    m_detailDock->setWidget(m_detail);
    addDockWidget(Qt::RightDockWidgetArea, m_detailDock);
    // Managers read the charts before the table: they sit beside it, a tab away from details.
    m_charts = new ChartPane(this);
    m_chartDock = new QDockWidget(this);
    m_chartDock->setObjectName(QStringLiteral("chartDock"));
    m_chartDock->setWidget(m_charts);
    addDockWidget(Qt::RightDockWidgetArea, m_chartDock);
    tabifyDockWidget(m_detailDock, m_chartDock);
    m_checks = new ChecksPane(this);
    m_checksDock = new QDockWidget(this);
    m_checksDock->setObjectName(QStringLiteral("checksDock"));
    m_checksDock->setWidget(m_checks);
    addDockWidget(Qt::RightDockWidgetArea, m_checksDock);
    tabifyDockWidget(m_chartDock, m_checksDock);
    m_comments = new CommentsPane(this);
    m_commentsDock = new QDockWidget(this);
    m_commentsDock->setObjectName(QStringLiteral("commentsDock"));
    m_commentsDock->setWidget(m_comments);
    addDockWidget(Qt::RightDockWidgetArea, m_commentsDock);
    tabifyDockWidget(m_checksDock, m_commentsDock);
    // The charts and checks go over every cell: only while their tab is the one shown.
    connect(m_chartDock, &QDockWidget::visibilityChanged, m_charts, &ChartPane::setOnScreen);
    connect(m_checksDock, &QDockWidget::visibilityChanged, m_checks, &ChecksPane::setOnScreen);
    connect(m_comments, &CommentsPane::cellRequested, this, [this](qint64 rowId, qint64 periodId) {
        select({0, 0, rowId, periodId});
        m_table->setFocus();
    });
    connect(m_comments, &CommentsPane::pledgeRequested, this, [this](qint64 pledgeId) {
        select({0, pledgeId, 0, 0});
        m_table->setFocus();
    });
    connect(m_checks, &ChecksPane::cellRequested, this, [this](qint64 rowId, qint64 periodId) {
        // A finding about a whole period goes to the period's first row.
        if (!rowId && m_document && !m_document->plan().rows.isEmpty())
            rowId = m_document->plan().rows.constFirst().id;
        select({0, 0, rowId, periodId});
        m_table->setFocus();
    });
    m_detailDock->raise();
    m_undoView = new QUndoView(this);
    m_undoDock = new QDockWidget(this);
    m_undoDock->setObjectName(QStringLiteral("historyDock"));
    m_undoDock->setWidget(m_undoView);
    addDockWidget(Qt::RightDockWidgetArea, m_undoDock);
    m_undoDock->hide();

    m_rowCount = new QLabel(this);
    statusBar()->addPermanentWidget(m_rowCount);
    m_planActions = new PlanActions(this);
    createActions();
    createMenus();
    connect(m_filterBar, &FilterBar::filterChanged, this, &MainWindow::applyFilter);
    connect(m_table, &PledgeTableView::currentCellChanged, this, &MainWindow::currentChanged);
    connect(m_table, &PledgeTableView::cellActivated, this, [this](const QModelIndex &index) {
        const QModelIndex source = sourceIndex(index);
        m_planActions->openCellDialog(source.data(PledgeTreeModel::RowIdRole).toLongLong(),
                                      m_model->periodIdAt(source.column()));
    });
    connect(m_table, &PledgeTableView::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_planActions, &PlanActions::errorOccurred, this, &MainWindow::showError);
    connect(m_planActions, &PlanActions::selectRequested, this,
            [this](qint64 rowId, qint64 pledgeId, qint64 chapterId) {
                select({chapterId, pledgeId, rowId, currentIds().periodId});
            });
    retranslate();
    resize(1400, 860);
    restoreSettings();
    setDocument(nullptr);
}

MainWindow::~MainWindow()
{
    closeDocument();
}

void MainWindow::createActions()
{
    m_newAction = new QAction(icon("new"), QString(), this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newPlan);
    m_openAction = new QAction(icon("open"), QString(), this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseFile);
    m_saveCopyAction = new QAction(icon("save-copy"), QString(), this);
    m_saveCopyAction->setShortcut(QKeySequence::SaveAs);
    connect(m_saveCopyAction, &QAction::triggered, this, &MainWindow::saveCopy);
    m_reportActions = new ReportActions(this, [this] {
        m_detail->commitEdits();
        return m_filterModel ? m_filterModel->filter() : RowFilter();
    });
    connect(m_reportActions, &ReportActions::errorOccurred, this, &MainWindow::showError);
    connect(m_reportActions, &ReportActions::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    m_transferActions = new TransferActions(this, [this] { m_detail->commitEdits(); });
    connect(m_transferActions, &TransferActions::errorOccurred, this, &MainWindow::showError);
    connect(m_transferActions, &TransferActions::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_transferActions, &TransferActions::planCreated, this, [this](const QString &path) {
        if (openFile(path))
            rememberRecent(QFileInfo(path).absoluteFilePath());
    });
    m_editionActions = new EditionActions(this, [this] { m_detail->commitEdits(); });
    connect(m_editionActions, &EditionActions::errorOccurred, this, &MainWindow::showError);
    connect(m_editionActions, &EditionActions::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_editionActions, &EditionActions::openReadOnlyRequested, this,
            &MainWindow::openReadOnlyCopy);
    m_reviewActions = new ReviewActions(this, [this] { m_detail->commitEdits(); });
    connect(m_reviewActions, &ReviewActions::errorOccurred, this, &MainWindow::showError);
    connect(m_reviewActions, &ReviewActions::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    m_departmentActions = new DepartmentActions(this, [this] { m_detail->commitEdits(); });
    connect(m_departmentActions, &DepartmentActions::errorOccurred, this, &MainWindow::showError);
    connect(m_departmentActions, &DepartmentActions::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    m_restoreAction = new QAction(this);
    connect(m_restoreAction, &QAction::triggered, this, &MainWindow::restoreBackup);
    m_closeAction = new QAction(this);
    m_closeAction->setShortcut(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, [this] { setDocument(nullptr); });
    m_irumaAction = new QAction(this);
    connect(m_irumaAction, &QAction::triggered, this,
            [this] { openSample(QStringLiteral("iruma")); });
    m_tokorozawaAction = new QAction(this);
    connect(m_tokorozawaAction, &QAction::triggered, this,
            [this] { openSample(QStringLiteral("tokorozawa")); });
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = new QAction(icon("undo"), QString(), this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    connect(m_undoAction, &QAction::triggered, this, [this] {
        m_detail->commitEdits();
        if (m_document)
            m_document->undoStack()->undo();
    });
    m_redoAction = new QAction(icon("redo"), QString(), this);
    m_redoAction->setShortcut(QKeySequence::Redo);
    connect(m_redoAction, &QAction::triggered, this, [this] {
        if (m_document)
            m_document->undoStack()->redo();
    });
    // Copy, paste and clearing act on the table; they are menu entries so users find them,
    // with their keys handled by the table itself, where they do not steal keys from text fields.
    m_copyAction = new QAction(this);
    connect(m_copyAction, &QAction::triggered, m_table, &PledgeTableView::copy);
    m_pasteAction = new QAction(this);
    connect(m_pasteAction, &QAction::triggered, m_table, &PledgeTableView::paste);
    m_clearStatusAction = new QAction(this);
    connect(m_clearStatusAction, &QAction::triggered, this,
            [this] { m_table->setSelectedStatus(0); });

    m_findAction = new QAction(icon("filter"), QString(), this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_filterBar->show();
        m_filterBar->textField()->setFocus();
        m_filterBar->textField()->selectAll();
    });
    m_clearFilterAction = new QAction(this);
    connect(m_clearFilterAction, &QAction::triggered, m_filterBar, &FilterBar::clear);
    auto *densities = new QActionGroup(this);
    m_statusOnlyAction = densities->addAction(QString());
    m_oneLineAction = densities->addAction(QString());
    m_fullTextAction = densities->addAction(QString());
    const QList<QPair<QAction *, CellDelegate::Density>> densityActions = {
        {m_statusOnlyAction, CellDelegate::Density::StatusOnly},
        {m_oneLineAction, CellDelegate::Density::OneLine},
        {m_fullTextAction, CellDelegate::Density::FullText}};
    for (const auto &[action, density] : densityActions) {
        action->setCheckable(true);
        const CellDelegate::Density d = density;
        connect(action, &QAction::triggered, this, [this, d] { m_table->setDensity(d); });
    }
    m_oneLineAction->setChecked(true);
    m_showPlanAction = new QAction(this);
    m_showPlanAction->setCheckable(true);
    connect(m_showPlanAction, &QAction::toggled, m_table, &PledgeTableView::setShowPlan);
    m_expandAction = new QAction(this);
    connect(m_expandAction, &QAction::triggered, m_table, &PledgeTableView::expandAll);
    m_collapseAction = new QAction(this);
    connect(m_collapseAction, &QAction::triggered, m_table, &PledgeTableView::collapseAll);

    auto *languages = new QActionGroup(this);
    m_japaneseAction = languages->addAction(QStringLiteral("日本語"));
    m_englishAction = languages->addAction(QStringLiteral("English"));
    for (QAction *action : {m_japaneseAction, m_englishAction})
        action->setCheckable(true);
    connect(m_japaneseAction, &QAction::triggered, this,
            [this] { setLanguage(QStringLiteral("ja")); });
    connect(m_englishAction, &QAction::triggered, this,
            [this] { setLanguage(QStringLiteral("en")); });
    m_aboutAction = new QAction(this);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Pledge Tracker"),
                           tr("Pledge Tracker %1\nTracks how far a mayor's campaign pledges "
                              "have come, period by period.")
                               .arg(QCoreApplication::applicationVersion()));
    });

    PlanActions *p = m_planActions;
    p->addRow->setIcon(icon("add-row"));
    p->addPledge->setIcon(icon("add-pledge"));
    p->editItem->setIcon(icon("edit"));
    p->deleteItem->setIcon(icon("delete"));
    p->moveUp->setIcon(icon("move-up"));
    p->moveDown->setIcon(icon("move-down"));
}

void MainWindow::createMenus()
{
    PlanActions *p = m_planActions;
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addActions({m_newAction, m_openAction});
    m_recentMenu = m_fileMenu->addMenu(QString());
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    m_samplesMenu = m_fileMenu->addMenu(QString());
    m_samplesMenu->addActions({m_irumaAction, m_tokorozawaAction});
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({m_saveCopyAction, m_restoreAction, m_closeAction});
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({m_transferActions->importFile, m_transferActions->importClipboard});
    m_exportMenu = m_fileMenu->addMenu(QString());
    m_exportMenu->addActions({m_transferActions->exportCsv, m_transferActions->exportXlsx,
                              m_transferActions->exportJson});
    m_fileMenu->addSeparator();
    m_fileMenu->addActions(
        {m_departmentActions->sendOut, m_departmentActions->merge, m_departmentActions->status});
    m_fileMenu->addActions({m_reviewActions->reviewCopyAction, m_reviewActions->mergeReviewAction});
    m_fileMenu->addSeparator();
    m_fileMenu->addActions(
        {m_reportActions->preview, m_reportActions->print, m_reportActions->exportPdf});
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addActions({m_undoAction, m_redoAction});
    m_editMenu->addSeparator();
    m_editMenu->addActions({m_copyAction, m_pasteAction, p->editCell, m_clearStatusAction});
    m_editMenu->addSeparator();
    m_editMenu->addActions({p->addChapter, p->addPledge, p->addRow, p->editItem, p->deleteItem,
                            p->moveUp, p->moveDown});
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_undoDock->toggleViewAction());
    m_undoDock->toggleViewAction()->setIcon(icon("history"));
    m_undoDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));

    m_planMenu = menuBar()->addMenu(QString());
    m_planMenu->addActions({p->properties, p->scale, p->periods, p->departments});

    m_editionMenu = menuBar()->addMenu(QString());
    m_editionMenu->addActions(
        {m_editionActions->publish, m_editionActions->open, m_editionActions->compare});

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions({m_findAction, m_clearFilterAction});
    m_viewMenu->addSeparator();
    m_densityMenu = m_viewMenu->addMenu(QString());
    m_densityMenu->addActions({m_statusOnlyAction, m_oneLineAction, m_fullTextAction});
    m_viewMenu->addAction(m_showPlanAction);
    m_viewMenu->addActions({m_expandAction, m_collapseAction});
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_detailDock->toggleViewAction());
    m_detailDock->toggleViewAction()->setIcon(icon("detail"));
    m_viewMenu->addAction(m_chartDock->toggleViewAction());
    m_chartDock->toggleViewAction()->setIcon(icon("chart"));
    m_chartDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_viewMenu->addAction(m_checksDock->toggleViewAction());
    m_viewMenu->addAction(m_commentsDock->toggleViewAction());
    m_checksDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions({m_japaneseAction, m_englishAction});

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->addActions({m_newAction, m_openAction, m_saveCopyAction});
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_undoAction, m_redoAction});
    m_toolBar->addSeparator();
    m_toolBar->addActions(
        {p->addPledge, p->addRow, p->editItem, p->deleteItem, p->moveUp, p->moveDown});
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_findAction, m_undoDock->toggleViewAction(),
                           m_detailDock->toggleViewAction(), m_chartDock->toggleViewAction()});
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New Plan…"));
    m_openAction->setText(tr("&Open…"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_samplesMenu->setTitle(tr("Open &Sample Plan"));
    m_irumaAction->setText(tr("Iruma City (A–D, 2023)"));
    m_tokorozawaAction->setText(tr("Tokorozawa City (☆○△×, 2023–2024)"));
    m_saveCopyAction->setText(tr("Save a &Copy…"));
    m_closeAction->setText(tr("&Close"));
    m_restoreAction->setText(tr("&Restore from Backup…"));
    m_reportActions->retranslate();
    m_transferActions->retranslate();
    m_editionActions->retranslate();
    m_departmentActions->retranslate();
    m_reviewActions->retranslate();
    m_editionMenu->setTitle(tr("E&dition"));
    m_exportMenu->setTitle(tr("E&xport"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_copyAction->setText(tr("&Copy Cells"));
    m_pasteAction->setText(tr("&Paste Statuses"));
    m_clearStatusAction->setText(tr("C&lear Status"));
    m_undoDock->setWindowTitle(tr("History"));
    m_undoView->setEmptyLabel(tr("<opened>"));
    m_planMenu->setTitle(tr("&Plan"));
    m_viewMenu->setTitle(tr("&View"));
    m_findAction->setText(tr("&Find and Filter"));
    m_clearFilterAction->setText(tr("Show &All Rows"));
    m_densityMenu->setTitle(tr("&Density"));
    m_statusOnlyAction->setText(tr("&Status Only"));
    m_oneLineAction->setText(tr("&One Line"));
    m_fullTextAction->setText(tr("&Full Text"));
    m_showPlanAction->setText(tr("Show &Plan Instead of Narrative"));
    m_expandAction->setText(tr("&Expand All"));
    m_collapseAction->setText(tr("&Collapse All"));
    m_detailDock->setWindowTitle(tr("Details"));
    m_chartDock->setWindowTitle(tr("Charts"));
    m_checksDock->setWindowTitle(tr("Checks"));
    m_commentsDock->setWindowTitle(tr("Comments"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Pledge Tracker"));
    m_toolBar->setWindowTitle(tr("Main Toolbar"));
    m_planActions->retranslate();
    m_japaneseAction->setChecked(japanese());
    m_englishAction->setChecked(!japanese());
    if (m_model)
        m_model->setJapaneseLabels(japanese());
    m_charts->setJapaneseLabels(japanese());
    m_checks->setJapaneseLabels(japanese());
    m_comments->setJapaneseLabels(japanese());
    updateTitle();
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::setLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("language"), language);
    Translations::install(language); // sends LanguageChange, which retranslates
    retranslate();
}

bool MainWindow::openFile(const QString &path, bool readOnly)
{
    // The plan shown now is replaced only once the new one has been read: a cancelled or
    // failed open leaves it as it was.
    QString error;
    PlanLock::Owner holder;
    bool cancelled = false;
    auto document =
        openWithProgress(this, m_openProgressDelay, path,
                         readOnly ? Document::Access::ReadOnly : Document::Access::ReadWrite,
                         &error, &holder, &cancelled);
    if (!document && holder.isValid() &&
        askPlainQuestion(this, tr("Plan in Use"),
                         tr("%1\nOpen it read-only? You will see their changes as they save "
                            "them.")
                             .arg(error),
                         QMessageBox::Yes))
        document = openWithProgress(this, m_openProgressDelay, path, Document::Access::ReadOnly,
                                    &error, nullptr, &cancelled);
    else if (!document && holder.isValid())
        return false;
    if (!document) {
        if (!cancelled)
            showError(error);
        return false;
    }
    rememberRecent(QFileInfo(path).absoluteFilePath());
    if (!document->isReadOnly()) {
        // A copy as the file was when opened, for File ▸ Restore from Backup: made beside the
        // painting, on a thread of its own; the plan's first change waits for it.
        auto *backup = new BackupJob(document->filePath(), document.get());
        connect(backup, &BackupJob::failed, this, [this](const QString &why) {
            statusBar()->showMessage(tr("No backup was made: %1").arg(why), 10000);
        });
        document->setBeforeFirstWrite([backup] { backup->wait(); });
    }
    setDocument(std::move(document));
    return true;
}

bool MainWindow::openSample(const QString &name)
{
    QString error;
    const QString path = SamplePlans::userCopy(name, &error);
    if (path.isEmpty()) {
        showError(error);
        return false;
    }
    return openFile(path);
}

void MainWindow::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Plan"), QString(),
                                                      tr("Pledge plans (*.pledges)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::newPlan()
{
    NewPlanDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    const QString path =
        DialogSupport::askNewPlanPath(this, tr("Save New Plan As"), dialog.plan().info.title,
                                      m_document ? m_document->filePath() : QString(), &error);
    if (path.isEmpty()) {
        if (!error.isEmpty())
            showError(error);
        return;
    }
    auto document = Document::create(path, dialog.plan(), &error);
    if (!document) {
        showError(error);
        return;
    }
    rememberRecent(QFileInfo(path).absoluteFilePath());
    setDocument(std::move(document));
}

void MainWindow::saveCopy()
{
    if (!m_document)
        return;
    const QFileInfo info(m_document->filePath());
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save a Copy"),
        info.dir().filePath(tr("%1 (copy).pledges").arg(info.completeBaseName())),
        tr("Pledge plans (*.pledges)"));
    if (path.isEmpty())
        return;
    m_detail->commitEdits();
    QString error;
    if (m_document->saveCopy(path, &error))
        statusBar()->showMessage(tr("A copy was saved as %1.").arg(path), 8000);
    else
        showError(error);
}

void MainWindow::restoreBackup()
{
    if (!m_document)
        return;
    // The backup made on opening may still be in the making, and rotating the oldest away.
    m_document->runBeforeFirstWrite();
    const QString path = m_document->filePath();
    const QList<Backups::Entry> backups = Backups::list(path);
    if (backups.isEmpty()) {
        showError(tr("There are no backups of %1 yet.").arg(QFileInfo(path).fileName()));
        return;
    }
    QStringList choices;
    for (const Backups::Entry &b : backups)
        choices << QLocale().toString(b.made, QLocale::LongFormat);
    bool chosen = false;
    const QString choice = QInputDialog::getItem(
        this, tr("Restore from Backup"),
        tr("Put %1 back as it was when opened on:").arg(QFileInfo(path).fileName()), choices, 0,
        false, &chosen);
    if (!chosen)
        return;
    const Backups::Entry backup = backups.at(int(choices.indexOf(choice)));
    if (!askPlainQuestion(this, tr("Restore from Backup"),
                          tr("Replace the plan with the backup of %1? Its present state is "
                             "kept as a backup too, so this can be reversed.")
                              .arg(choice)))
        return;
    // The chosen backup is set aside first: keeping the present state as a backup may rotate
    // the oldest one away.
    QTemporaryDir aside;
    const QString chosenCopy = aside.filePath(QStringLiteral("restore.pledges"));
    QString error;
    if (!aside.isValid() || !QFile::copy(backup.path, chosenCopy)) {
        showError(tr("The backup %1 cannot be read.").arg(backup.path));
        return;
    }
    m_detail->commitEdits();
    if (!Backups::make(m_document->filePath(), &error)) {
        showError(error);
        return;
    }
    const bool readOnly = m_document->isReadOnly();
    setDocument(nullptr);
    if (!Backups::restore(chosenCopy, path, &error))
        showError(error); // the plan file was not touched: reopen it as it was
    auto document = Document::open(
        path, readOnly ? Document::Access::ReadOnly : Document::Access::ReadWrite, &error);
    if (!document) {
        showError(error);
        return;
    }
    setDocument(std::move(document));
    statusBar()->showMessage(tr("Restored the backup of %1.").arg(choice), 8000);
}

void MainWindow::closeDocument()
{
    if (m_document) {
        m_detail->commitEdits();
        m_document->runBeforeFirstWrite(); // the backup's read ends while the plan is locked
    }
    // Views and models let go of the document before it closes its connection.
    m_table->setModel(nullptr);
    m_undoView->setStack(nullptr);
    m_detail->setDocument(nullptr);
    m_charts->setDocument(nullptr);
    m_checks->setDocument(nullptr);
    m_comments->setDocument(nullptr);
    m_filterBar->setDocument(nullptr);
    m_planActions->setDocument(nullptr);
    m_reportActions->setDocument(nullptr);
    m_transferActions->setDocument(nullptr);
    m_editionActions->setDocument(nullptr);
    m_departmentActions->setDocument(nullptr);
    m_reviewActions->setDocument(nullptr);
    delete m_filterModel;
    m_filterModel = nullptr;
    delete m_model;
    m_model = nullptr;
    m_document.reset();
}

void MainWindow::setDocument(std::unique_ptr<Document> document)
{
    closeDocument();
    m_titleOverride.clear();
    m_document = std::move(document);
    const bool open = m_document != nullptr;
    for (QAction *a : {m_saveCopyAction, m_restoreAction, m_closeAction, m_copyAction,
                       m_pasteAction, m_clearStatusAction, m_findAction, m_clearFilterAction})
        a->setEnabled(open);
    m_filterBar->setEnabled(open);
    if (open) {
        m_model = new PledgeTreeModel(m_document.get(), this);
        m_model->setJapaneseLabels(japanese());
        m_filterModel = new PledgeFilterModel(m_document.get(), this);
        m_filterModel->setSourceModel(m_model);
        m_table->setModel(m_filterModel);
        m_table->expandAll();
        m_undoView->setStack(m_document->undoStack());
        m_detail->setDocument(m_document.get());
        m_charts->setDocument(m_document.get());
        m_checks->setDocument(m_document.get());
        m_comments->setDocument(m_document.get());
        m_filterBar->setDocument(m_document.get());
        m_planActions->setDocument(m_document.get());
        m_reportActions->setDocument(m_document.get());
        m_transferActions->setDocument(m_document.get());
        m_editionActions->setDocument(m_document.get());
        m_departmentActions->setDocument(m_document.get());
        m_reviewActions->setDocument(m_document.get());
        connect(m_filterModel, &PledgeFilterModel::rowCountsChanged, this,
                &MainWindow::updateStatus);
        QUndoStack *stack = m_document->undoStack();
        auto updateUndo = [this, stack] {
            m_undoAction->setEnabled(stack->canUndo());
            m_redoAction->setEnabled(stack->canRedo());
            m_undoAction->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText())
                                                   : tr("&Undo"));
            m_redoAction->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText())
                                                   : tr("&Redo"));
        };
        connect(stack, &QUndoStack::indexChanged, this, updateUndo);
        updateUndo();
        connect(m_document.get(), &Document::writeFailed, this, &MainWindow::showError);
        connect(m_document.get(), &Document::infoChanged, this, &MainWindow::updateTitle);
        connect(m_document.get(), &Document::reloadedFromDisk, this, [this] {
            statusBar()->showMessage(tr("The plan was changed by its editor and read again."),
                                     8000);
        });
        connect(m_document.get(), &Document::aboutToResetPlan, this,
                [this] { m_remembered = currentIds(); });
        connect(m_document.get(), &Document::planReset, this, [this] {
            m_table->expandAll();
            select(m_remembered);
            updateStatus();
        });
        // Start on the first row's first period, where a user starts typing statuses.
        const Plan &plan = m_document->plan();
        m_table->setCurrentIndex(m_filterModel->index(0, 0));
        if (!plan.rows.isEmpty() && !plan.periods.isEmpty())
            select({0, 0, plan.rows.first().id, plan.periods.first().id});
    } else {
        m_undoAction->setEnabled(false);
        m_redoAction->setEnabled(false);
    }
    updateTitle();
    updateStatus();
}

void MainWindow::openReadOnlyCopy(const QString &path, const QString &title)
{
    QString error;
    auto document = Document::open(path, Document::Access::ReadOnly, &error);
    if (!document) {
        showError(error);
        return;
    }
    setDocument(std::move(document));
    m_titleOverride = title;
    updateTitle();
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowTitle(tr("Pledge Tracker"));
        return;
    }
    if (!m_titleOverride.isEmpty()) {
        setWindowTitle(tr("%1 — Pledge Tracker").arg(m_titleOverride));
        return;
    }
    QString name = QFileInfo(m_document->filePath()).fileName();
    if (m_document->isReadOnly())
        name = tr("%1 (read-only)").arg(name);
    else if (!m_document->reviewer().isEmpty())
        name = tr("%1 (review copy for %2)").arg(name, m_document->reviewer());
    setWindowTitle(tr("%1 — %2 — Pledge Tracker").arg(name, m_document->plan().info.title));
}

void MainWindow::updateStatus()
{
    if (!m_document || !m_filterModel) {
        m_rowCount->setText(tr("No plan is open: File ▸ Open or File ▸ New Plan."));
        return;
    }
    m_rowCount->setText(tr("%1 of %2 rows")
                            .arg(m_filterModel->matchingRowCount())
                            .arg(m_filterModel->totalRowCount()));
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(QFileInfo(path).fileName());
        action->setToolTip(path);
        action->setEnabled(QFileInfo::exists(path));
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
}

void MainWindow::showError(const QString &message)
{
    QMessageBox box(QMessageBox::Warning, tr("Pledge Tracker"), message, QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(QStringLiteral("recentFiles"), recent.mid(0, 10));
}

QModelIndex MainWindow::sourceIndex(const QModelIndex &tableIndex) const
{
    return m_filterModel ? m_filterModel->mapToSource(tableIndex) : QModelIndex();
}

QModelIndex MainWindow::tableIndex(const QModelIndex &sourceIndex) const
{
    return m_filterModel ? m_filterModel->mapFromSource(sourceIndex) : QModelIndex();
}

PlanActions::Current MainWindow::currentIds() const
{
    const QModelIndex source = sourceIndex(m_table->currentIndex());
    if (!source.isValid() || !m_model)
        return {};
    PlanActions::Current ids;
    ids.chapterId = source.data(PledgeTreeModel::ChapterIdRole).toLongLong();
    const auto kind = PledgeTreeModel::NodeKind(source.data(PledgeTreeModel::NodeKindRole).toInt());
    if (kind != PledgeTreeModel::NodeKind::Chapter)
        ids.pledgeId = source.data(PledgeTreeModel::PledgeIdRole).toLongLong();
    if (kind == PledgeTreeModel::NodeKind::Row)
        ids.rowId = source.data(PledgeTreeModel::RowIdRole).toLongLong();
    ids.periodId = m_model->periodIdAt(source.column());
    return ids;
}

void MainWindow::select(const PlanActions::Current &ids)
{
    if (!m_model)
        return;
    const int column =
        ids.periodId ? m_model->periodColumn(ids.periodId) : PledgeTreeModel::TitleColumn;
    QModelIndex source = m_model->indexOfRow(ids.rowId, qMax(0, column));
    if (!source.isValid())
        source = m_model->indexOfPledge(ids.pledgeId);
    if (!source.isValid())
        source = m_model->indexOfChapter(ids.chapterId);
    const QModelIndex index = tableIndex(source);
    if (index.isValid())
        m_table->setCurrentIndex(index);
}

void MainWindow::currentChanged(const QModelIndex &tableIndex)
{
    Q_UNUSED(tableIndex)
    const PlanActions::Current ids = currentIds();
    m_planActions->setCurrent(ids);
    m_detail->showCell(ids.rowId, ids.periodId);
    m_comments->setCurrent(ids.rowId, ids.pledgeId, ids.periodId);
}

void MainWindow::applyFilter(const RowFilter &filter)
{
    if (!m_filterModel)
        return;
    const PlanActions::Current current = currentIds();
    if (current.chapterId || current.pledgeId || current.rowId)
        m_remembered = current;
    m_filterModel->setFilter(filter);
    m_charts->setRowFilter(filter); // the charts show what the table shows
    m_table->expandAll();
    // Clearing the filter brings back what was current before filtering.
    if (!m_table->currentIndex().isValid())
        select(m_remembered);
    updateStatus();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    closeDocument();
    event->accept();
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("table/state"), m_table->saveState());
    settings.setValue(QStringLiteral("table/density"), int(m_table->density()));
    settings.setValue(QStringLiteral("table/showPlan"), m_table->showPlan());
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_table->restoreState(settings.value(QStringLiteral("table/state")).toByteArray());
    const auto density = CellDelegate::Density(
        settings.value(QStringLiteral("table/density"), int(CellDelegate::Density::OneLine))
            .toInt());
    m_table->setDensity(density);
    m_statusOnlyAction->setChecked(density == CellDelegate::Density::StatusOnly);
    m_oneLineAction->setChecked(density == CellDelegate::Density::OneLine);
    m_fullTextAction->setChecked(density == CellDelegate::Density::FullText);
    m_showPlanAction->setChecked(settings.value(QStringLiteral("table/showPlan"), false).toBool());
}
