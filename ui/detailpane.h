#pragma once

#include <QWidget>

class CellHistoryModel;
class Document;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

// The pane beside the table for the chosen row and period: the pledge and row, the year's
// annual goal, and the cell's plan, status and narrative, edited in place (a text field is
// saved when it loses focus or on Ctrl+Return), with the previous period for reference, the
// review comments on the cell, its row and its pledge, and the cell's history.
class DetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit DetailPane(QWidget *parent = nullptr);

    void setDocument(Document *document);
    void showCell(qint64 rowId, qint64 periodId);
    qint64 rowId() const { return m_rowId; }
    qint64 periodId() const { return m_periodId; }

    QPlainTextEdit *planEdit() const { return m_plan; }
    QComboBox *statusBox() const { return m_status; }
    QPlainTextEdit *narrativeEdit() const { return m_narrative; }
    QPlainTextEdit *goalEdit() const { return m_goal; }
    QPushButton *copyPlanButton() const { return m_copyPlan; }
    QTableView *historyView() const { return m_history; }
    QLabel *commentsLabel() const { return m_comments; }

    // Saves what is typed in the text fields now (the window calls it before other actions).
    void commitEdits();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void build();
    void retranslate();
    void refresh();
    void refreshStatusChoices();
    void refreshComments();
    void commitCell();
    void commitGoal();
    void copyPreviousPlan();
    qint64 previousPeriodId() const;

    Document *m_document = nullptr;
    CellHistoryModel *m_historyModel = nullptr;
    qint64 m_rowId = 0;
    qint64 m_periodId = 0;
    bool m_refreshing = false;

    QLabel *m_pledgeHeading = nullptr;
    QLabel *m_rowHeading = nullptr;
    QLabel *m_rowDetails = nullptr;
    QLabel *m_periodHeading = nullptr;
    QLabel *m_goalLabel = nullptr;
    QPlainTextEdit *m_goal = nullptr;
    QLabel *m_planLabel = nullptr;
    QPlainTextEdit *m_plan = nullptr;
    QLabel *m_statusLabel = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_narrativeLabel = nullptr;
    QPlainTextEdit *m_narrative = nullptr;
    QLabel *m_previousHeading = nullptr;
    QLabel *m_previous = nullptr;
    QPushButton *m_copyPlan = nullptr;
    QLabel *m_commentsHeading = nullptr;
    QLabel *m_comments = nullptr;
    QLabel *m_historyLabel = nullptr;
    QTableView *m_history = nullptr;
};
