#pragma once

#include "checks/plancheck.h"

#include <QPointer>
#include <QWidget>

class Document;
class QAction;
class QLabel;
class QMenu;
class QModelIndex;
class QTimer;
class QToolButton;
class QTreeWidget;

// The consistency checks of the open plan, for a dock: one line per finding (check, where,
// problem), kept current as the plan is edited. Activating a line asks for its cell; the
// Rules menu switches checks on and off for the plan, one undo step each.
class ChecksPane : public QWidget
{
    Q_OBJECT

public:
    explicit ChecksPane(QWidget *parent = nullptr);

    void setDocument(Document *document);  // may be nullptr
    void setJapaneseLabels(bool japanese); // period names in 令和 or as FY

    QList<CheckFinding> findings() const { return m_findings; }
    QTreeWidget *list() const { return m_list; }
    QToolButton *rulesButton() const { return m_rulesButton; }
    QAction *ruleAction(CheckRule rule) const;
    QString summary() const;

    // A dock in a tabbed area stays visible when its tab is not chosen (it is moved aside), so
    // the window says when the pane can be seen; see QDockWidget::visibilityChanged.
    void setOnScreen(bool onScreen);

signals:
    // The cell of the activated finding; rowId is 0 for a finding about a whole period.
    void cellRequested(qint64 rowId, qint64 periodId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void build();
    void retranslate();
    void scheduleRefresh();
    void refresh();
    void showSummary();
    void showRuleSwitches();
    void switchRule(CheckRule rule, bool on);
    void activate(const QModelIndex &index);

    QPointer<Document> m_document;

    // Hidden behind another tab: refreshed when first shown, not on every edit (a plan of
    // 10,000 rows takes a fraction of a second to check or chart).
    bool m_stale = false;
    bool m_onScreen = true;
    bool m_japanese = false;
    QList<CheckFinding> m_findings;
    QTimer *m_refreshTimer = nullptr;

    QLabel *m_summary = nullptr;
    QToolButton *m_rulesButton = nullptr;
    QMenu *m_rulesMenu = nullptr;
    QList<QAction *> m_ruleActions; // in CheckRules::all() order
    QTreeWidget *m_list = nullptr;
};
