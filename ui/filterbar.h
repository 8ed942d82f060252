#pragma once

#include "models/rowfilter.h"

#include <QWidget>

class Document;
class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

// The find and filter bar above the table: a text field over all texts, and choices of
// chapter, 【tag】, department, a status in a chosen period, and "changed since" a period.
// It only describes the filter; the window applies it to the table (and the charts).
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);

    void setDocument(Document *document);
    RowFilter filter() const;
    QLineEdit *textField() const { return m_text; }
    QComboBox *departmentBox() const { return m_department; }
    QComboBox *statusPeriodBox() const { return m_statusPeriod; }
    QComboBox *statusBox() const { return m_status; }
    void clear();

signals:
    void filterChanged(const RowFilter &filter);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refillChoices();
    void emitFilter();

    Document *m_document = nullptr;
    bool m_filling = false;
    QLineEdit *m_text = nullptr;
    QLabel *m_chapterLabel = nullptr;
    QComboBox *m_chapter = nullptr;
    QLabel *m_tagLabel = nullptr;
    QComboBox *m_tag = nullptr;
    QLabel *m_departmentLabel = nullptr;
    QComboBox *m_department = nullptr;
    QLabel *m_statusLabel = nullptr;
    QComboBox *m_statusPeriod = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_changedLabel = nullptr;
    QComboBox *m_changedSince = nullptr;
    QToolButton *m_clear = nullptr;
};
