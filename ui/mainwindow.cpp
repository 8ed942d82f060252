#include "mainwindow.h"
#include "cli/translations.h"
#include "document/document.h"
#include "io/sampleplans.h"
#include "models/pledgetreemodel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTreeView>

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    m_table = new QTreeView(this);
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->header()->setDefaultSectionSize(160);
    m_table->header()->setMinimumHeight(40);
    setCentralWidget(m_table);

    m_rowCount = new QLabel(this);
    statusBar()->addPermanentWidget(m_rowCount);
    createActions();
    retranslate();
    resize(1400, 860);
    updateTitle();
}

MainWindow::~MainWindow()
{
    // The view and model must let go of the document before it closes its connection.
    m_table->setModel(nullptr);
    delete m_model;
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseFile);
    m_openAction->setShortcut(QKeySequence::Open);
    m_samplesMenu = m_fileMenu->addMenu(QString());
    m_irumaAction =
        m_samplesMenu->addAction(QString(), this, [this] { openSample(QStringLiteral("iruma")); });
    m_tokorozawaAction = m_samplesMenu->addAction(
        QString(), this, [this] { openSample(QStringLiteral("tokorozawa")); });
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), qApp, &QApplication::closeAllWindows);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_editMenu = menuBar()->addMenu(QString());
    m_undoAction = m_editMenu->addAction(QString(), this, [this] {
        if (m_document)
            m_document->undoStack()->undo();
    });
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_editMenu->addAction(QString(), this, [this] {
        if (m_document)
            m_document->undoStack()->redo();
    });
    m_redoAction->setShortcut(QKeySequence::Redo);

    m_viewMenu = menuBar()->addMenu(QString());
    m_expandAction = m_viewMenu->addAction(QString(), m_table, &QTreeView::expandAll);
    m_collapseAction =
        m_viewMenu->addAction(QString(), m_table, [this] { m_table->collapseAll(); });
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    auto *languages = new QActionGroup(this);
    m_japaneseAction = m_languageMenu->addAction(QStringLiteral("日本語"), this,
                                                 [this] { setLanguage(QStringLiteral("ja")); });
    m_englishAction = m_languageMenu->addAction(QStringLiteral("English"), this,
                                                [this] { setLanguage(QStringLiteral("en")); });
    for (QAction *action : {m_japaneseAction, m_englishAction}) {
        action->setCheckable(true);
        languages->addAction(action);
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About Pledge Tracker"),
                           tr("Pledge Tracker %1\nTracks how far a mayor's campaign pledges "
                              "have come, period by period.")
                               .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open…"));
    m_samplesMenu->setTitle(tr("Open &Sample Plan"));
    m_irumaAction->setText(tr("Iruma City (A–D, 2023)"));
    m_tokorozawaAction->setText(tr("Tokorozawa City (☆○△×, 2023–2024)"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_expandAction->setText(tr("&Expand All"));
    m_collapseAction->setText(tr("&Collapse All"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Pledge Tracker"));
    const bool japanese = Translations::current() == QStringLiteral("ja");
    m_japaneseAction->setChecked(japanese);
    m_englishAction->setChecked(!japanese);
    if (m_model)
        m_model->setJapaneseLabels(japanese);
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
    QString error;
    auto document = Document::open(
        path, readOnly ? Document::Access::ReadOnly : Document::Access::ReadWrite, &error);
    if (!document) {
        showError(error);
        return false;
    }
    rememberRecent(QFileInfo(path).absoluteFilePath());
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

void MainWindow::setDocument(std::unique_ptr<Document> document)
{
    m_table->setModel(nullptr);
    delete m_model;
    m_model = nullptr;
    m_document = std::move(document);
    m_model = new PledgeTreeModel(m_document.get(), this);
    m_model->setJapaneseLabels(Translations::current() == QStringLiteral("ja"));
    m_table->setModel(m_model);
    m_table->expandAll();
    m_table->setColumnWidth(PledgeTreeModel::NumberColumn, 110);
    m_table->setColumnWidth(PledgeTreeModel::TitleColumn, 300);
    m_table->setColumnWidth(PledgeTreeModel::ContentColumn, 260);
    m_table->setColumnWidth(PledgeTreeModel::DepartmentColumn, 120);
    m_table->setColumnWidth(PledgeTreeModel::TargetDateColumn, 110);

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
    updateTitle();
    updateStatus();
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowTitle(tr("Pledge Tracker"));
        return;
    }
    QString name = QFileInfo(m_document->filePath()).fileName();
    if (m_document->isReadOnly())
        name = tr("%1 (read-only)").arg(name);
    setWindowTitle(tr("%1 — %2 — Pledge Tracker").arg(name, m_document->plan().info.title));
}

void MainWindow::updateStatus()
{
    if (!m_document) {
        m_rowCount->clear();
        if (m_undoAction) {
            m_undoAction->setEnabled(false);
            m_redoAction->setEnabled(false);
            m_undoAction->setText(tr("&Undo"));
            m_redoAction->setText(tr("&Redo"));
        }
        return;
    }
    const Plan &plan = m_document->plan();
    m_rowCount->setText(tr("%1 chapters, %2 pledges, %3 rows")
                            .arg(plan.chapters.size())
                            .arg(plan.pledges.size())
                            .arg(plan.rows.size()));
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
