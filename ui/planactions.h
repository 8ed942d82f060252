#pragma once

#include <QObject>

class Document;
class QAction;
class QWidget;

// The plan-editing commands of the menus and toolbar: properties, scale, periods,
// departments; insert, edit, delete and move chapters, pledges and rows; edit a cell. Each
// opens its dialog, takes the value it returns and calls the editing facade, so the change is
// one undo step. The window tells it what is current.
class PlanActions : public QObject
{
    Q_OBJECT

public:
    // What the table's current index points at.
    struct Current
    {
        qint64 chapterId = 0;
        qint64 pledgeId = 0;
        qint64 rowId = 0;
        qint64 periodId = 0;
    };

    explicit PlanActions(QWidget *window);

    void setDocument(Document *document);
    void setCurrent(const Current &current);
    void retranslate();

    QAction *properties = nullptr;
    QAction *scale = nullptr;
    QAction *periods = nullptr;
    QAction *departments = nullptr;
    QAction *addChapter = nullptr;
    QAction *addPledge = nullptr;
    QAction *addRow = nullptr;
    QAction *editItem = nullptr;
    QAction *deleteItem = nullptr;
    QAction *moveUp = nullptr;
    QAction *moveDown = nullptr;
    QAction *editCell = nullptr;

    void openCellDialog(qint64 rowId, qint64 periodId);

signals:
    // Where the edit put the user: the window selects it.
    void selectRequested(qint64 rowId, qint64 pledgeId, qint64 chapterId);
    void errorOccurred(const QString &message);

private:
    void updateEnabled();
    void editProperties();
    void editScale();
    void editPeriods();
    void editDepartments();
    void insertChapter();
    void insertPledge();
    void insertRow();
    void editCurrent();
    void deleteCurrent();
    void move(int direction);
    bool confirm(const QString &question);

    QWidget *m_window;
    Document *m_document = nullptr;
    Current m_current;
};
