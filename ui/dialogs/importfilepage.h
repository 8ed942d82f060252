#pragma once

#include <QWizardPage>

class ImportWizard;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

// The import wizard's first page: a file (with its format, encoding and sheet) or pasted
// cells. Every change reads the sheet again, so a wrong encoding shows at once.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(ImportWizard *wizard);

    void setFile(const QString &path);
    void setPastedText(const QString &text);
    bool isComplete() const override;

private:
    void browse();
    void readSheetNames();
    void reload();
    void readFile();
    void readPaste();
    void showResult(const QString &error, const QString &usedEncoding);

    ImportWizard *m_wizard;
    QRadioButton *m_fileRadio;
    QRadioButton *m_pasteRadio;
    QLineEdit *m_path;
    QPlainTextEdit *m_paste;
    QComboBox *m_format;
    QComboBox *m_encoding;
    QComboBox *m_sheetCombo;
    QLabel *m_status;
    bool m_loading = false;
};
