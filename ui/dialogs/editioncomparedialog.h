#pragma once

#include "editions/changesreport.h"

#include <QDialog>

#include <memory>

class Document;
class QPushButton;

namespace Ui {
class EditionCompareDialog;
}

// Edition ▸ Compare: two editions, or an edition and the plan now, side by side as a list of
// changes (statuses up and down, new and removed rows, changed texts), with Export PDF… for
// the same list as a printed report. It only reads the document.
class EditionCompareDialog : public QDialog
{
    Q_OBJECT

public:
    // Starts with the last edition against the plan now. japanese: the language of the list
    // and of the exported report's headings.
    EditionCompareDialog(const Document &document, bool japanese, QWidget *parent = nullptr);
    ~EditionCompareDialog() override;

    // Chooses the sides: an edition id each; toEditionId 0 is the plan now.
    void setSides(qint64 fromEditionId, qint64 toEditionId);
    const ChangesReport &report() const { return m_report; }
    // Writes the current comparison as the changes report; false with *error when it cannot.
    bool exportPdf(const QString &path, QString *error) const;

private:
    void compare();
    void showReport();
    void chooseExportPath();

    std::unique_ptr<Ui::EditionCompareDialog> m_ui;
    const Document &m_document;
    bool m_japanese;
    ChangesReport m_report;
    QPushButton *m_exportButton = nullptr;
};
