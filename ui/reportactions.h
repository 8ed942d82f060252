#pragma once

#include "models/rowfilter.h"

#include <QObject>

#include <functional>

class Document;
class QAction;
class QWidget;
struct ReportOptions;

// File ▸ Print Preview, Print and Export PDF: each asks for the report's options, then
// previews, prints or writes the PDF with a progress dialog that can be cancelled.
class ReportActions : public QObject
{
    Q_OBJECT

public:
    // prepare() is called before a report is made: it saves pending edits and returns the
    // table's current filter, which the report may be limited to.
    ReportActions(QWidget *window, std::function<RowFilter()> prepare);

    void setDocument(Document *document);
    void retranslate();

    QAction *preview = nullptr;
    QAction *print = nullptr;
    QAction *exportPdf = nullptr;

signals:
    void errorOccurred(const QString &message);
    void statusMessage(const QString &message);

private:
    bool chooseReport(ReportOptions *options);
    void showPreview();
    void printReport();
    void writePdf();

    QWidget *m_window;
    std::function<RowFilter()> m_prepare;
    Document *m_document = nullptr;
};
