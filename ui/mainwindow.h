#pragma once

#include <QMainWindow>

#include <memory>

class Document;
class PledgeTreeModel;
class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QTreeView;

// The editor's window: the pledge table of one open plan, with the menus around it.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openFile(const QString &path, bool readOnly = false);
    bool openSample(const QString &name);
    Document *document() const { return m_document.get(); }
    QTreeView *table() const { return m_table; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void retranslate();
    void setDocument(std::unique_ptr<Document> document);
    void updateTitle();
    void updateStatus();
    void chooseFile();
    void setLanguage(const QString &language);
    void showError(const QString &message);
    void rememberRecent(const QString &path);

    std::unique_ptr<Document> m_document;
    PledgeTreeModel *m_model = nullptr;
    QTreeView *m_table = nullptr;
    QLabel *m_rowCount = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_samplesMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_irumaAction = nullptr;
    QAction *m_tokorozawaAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_expandAction = nullptr;
    QAction *m_collapseAction = nullptr;
    QAction *m_japaneseAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_aboutAction = nullptr;
};
