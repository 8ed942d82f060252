#pragma once

#include "planactions.h"

#include <QMainWindow>

#include <memory>

class ChartPane;
class ChecksPane;
class CommentsPane;
class ReviewActions;
class DetailPane;
class Document;
class FilterBar;
class PledgeFilterModel;
class PledgeTableView;
class ReportActions;
class TransferActions;
class EditionActions;
class DepartmentActions;
class PledgeTreeModel;
class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QToolBar;
class QUndoView;
class RowFilter;

// The editor's window: the pledge table of one open plan with its filter bar, the detail
// pane and the undo history beside it, and the menus around them.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openFile(const QString &path, bool readOnly = false);
    // How long reading a plan may run before its progress dialog appears (a test sets 0 to
    // reach the dialog's Cancel).
    void setOpenProgressDelay(int ms) { m_openProgressDelay = ms; }
    bool openSample(const QString &name);
    Document *document() const { return m_document.get(); }
    PledgeTableView *table() const { return m_table; }
    FilterBar *filterBar() const { return m_filterBar; }
    DetailPane *detailPane() const { return m_detail; }
    ChartPane *chartPane() const { return m_charts; }
    ChecksPane *checksPane() const { return m_checks; }
    CommentsPane *commentsPane() const { return m_comments; }
    PlanActions *planActions() const { return m_planActions; }
    // The index of the tree model for an index of the (filtered) table, and back.
    QModelIndex sourceIndex(const QModelIndex &tableIndex) const;
    QModelIndex tableIndex(const QModelIndex &sourceIndex) const;

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslate();
    void setDocument(std::unique_ptr<Document> document);
    void closeDocument();
    void updateTitle();
    // Opens a file made for reading only (an edition), titled as given, not remembered.
    void openReadOnlyCopy(const QString &path, const QString &title);
    void updateStatus();
    void updateRecentMenu();
    void chooseFile();
    void newPlan();
    void saveCopy();
    void restoreBackup();
    void setLanguage(const QString &language);
    void showError(const QString &message);
    void rememberRecent(const QString &path);
    void applyFilter(const RowFilter &filter);
    void currentChanged(const QModelIndex &tableIndex);
    PlanActions::Current currentIds() const;
    void select(const PlanActions::Current &ids);
    void saveSettings();
    void restoreSettings();

    std::unique_ptr<Document> m_document;
    PledgeTreeModel *m_model = nullptr;
    PledgeFilterModel *m_filterModel = nullptr;
    PledgeTableView *m_table = nullptr;
    FilterBar *m_filterBar = nullptr;
    DetailPane *m_detail = nullptr;
    QDockWidget *m_detailDock = nullptr;
    ChartPane *m_charts = nullptr;
    QDockWidget *m_chartDock = nullptr;
    ChecksPane *m_checks = nullptr;
    QDockWidget *m_checksDock = nullptr;
    CommentsPane *m_comments = nullptr;
    QDockWidget *m_commentsDock = nullptr;
    QUndoView *m_undoView = nullptr;
    QDockWidget *m_undoDock = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_rowCount = nullptr;
    PlanActions *m_planActions = nullptr;
    ReportActions *m_reportActions = nullptr;
    TransferActions *m_transferActions = nullptr;
    EditionActions *m_editionActions = nullptr;
    DepartmentActions *m_departmentActions = nullptr;
    ReviewActions *m_reviewActions = nullptr;
    QString m_titleOverride;           // an edition's name instead of the temporary file's
    PlanActions::Current m_remembered; // what was current before the plan or filter changed
    int m_openProgressDelay = 400;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_exportMenu = nullptr;
    QMenu *m_editionMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_samplesMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_planMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_densityMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveCopyAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QAction *m_irumaAction = nullptr;
    QAction *m_tokorozawaAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_pasteAction = nullptr;
    QAction *m_clearStatusAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_clearFilterAction = nullptr;
    QAction *m_statusOnlyAction = nullptr;
    QAction *m_oneLineAction = nullptr;
    QAction *m_fullTextAction = nullptr;
    QAction *m_showPlanAction = nullptr;
    QAction *m_expandAction = nullptr;
    QAction *m_collapseAction = nullptr;
    QAction *m_japaneseAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_aboutAction = nullptr;
};
