#include "importfilepage.h"
#include "importwizard.h"
#include "io/sheetfile.h"
#include "io/textdecoding.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

ImportFilePage::ImportFilePage(ImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_fileRadio(new QRadioButton(tr("Read a &file:"))),
      m_pasteRadio(new QRadioButton(tr("Or &paste cells copied from a spreadsheet:"))),
      m_path(new QLineEdit), m_paste(new QPlainTextEdit), m_format(new QComboBox),
      m_encoding(new QComboBox), m_sheetCombo(new QComboBox), m_status(new QLabel)
{
    setTitle(tr("Choose the Sheet"));
    setSubTitle(tr("A CSV, TSV or XLSX file, or cells pasted from a spreadsheet. Nothing is "
                   "written until the last page."));
    m_fileRadio->setObjectName(QStringLiteral("fileRadio"));
    m_pasteRadio->setObjectName(QStringLiteral("pasteRadio"));
    m_path->setObjectName(QStringLiteral("pathEdit"));
    m_paste->setObjectName(QStringLiteral("pasteEdit"));
    m_format->setObjectName(QStringLiteral("formatCombo"));
    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    m_sheetCombo->setObjectName(QStringLiteral("sheetCombo"));
    m_status->setObjectName(QStringLiteral("fileStatusLabel"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_fileRadio->setChecked(true);

    m_format->addItem(tr("Recognise"), int(SheetFile::Format::Auto));
    m_format->addItem(tr("CSV (comma-separated)"), int(SheetFile::Format::Csv));
    m_format->addItem(tr("TSV (tab-separated)"), int(SheetFile::Format::Tsv));
    m_format->addItem(tr("XLSX workbook"), int(SheetFile::Format::Xlsx));
    m_encoding->addItem(tr("Detect"), QString());
    for (const QString &name : TextDecoding::availableEncodings())
        m_encoding->addItem(name, name);

    auto *browse = new QPushButton(tr("&Browse…"));
    browse->setObjectName(QStringLiteral("browseButton"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path);
    pathRow->addWidget(browse);
    auto *options = new QFormLayout;
    options->addRow(tr("F&ormat:"), m_format);
    options->addRow(tr("&Encoding:"), m_encoding);
    options->addRow(tr("&Sheet:"), m_sheetCombo);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_fileRadio);
    layout->addLayout(pathRow);
    layout->addLayout(options);
    layout->addWidget(m_pasteRadio);
    layout->addWidget(m_paste, 1);
    layout->addWidget(m_status);

    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (m_path->text().trimmed() == m_path->property("readPath").toString())
            return;
        m_fileRadio->setChecked(true);
        readSheetNames();
        reload();
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        readSheetNames();
        reload();
    });
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportFilePage::reload);
    connect(m_sheetCombo, &QComboBox::currentIndexChanged, this, &ImportFilePage::reload);
    connect(m_pasteRadio, &QRadioButton::toggled, this, &ImportFilePage::reload);
    connect(m_paste, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        if (m_pasteRadio->isChecked())
            reload();
        else
            m_pasteRadio->setChecked(true); // reads it
    });
}

void ImportFilePage::setFile(const QString &path)
{
    m_path->setText(path);
    m_fileRadio->setChecked(true);
    readSheetNames();
    reload();
}

void ImportFilePage::setPastedText(const QString &text)
{
    m_loading = true;
    m_paste->setPlainText(text);
    m_loading = false;
    if (m_pasteRadio->isChecked())
        reload();
    else
        m_pasteRadio->setChecked(true);
}

bool ImportFilePage::isComplete() const
{
    return m_wizard->sheet() && !m_wizard->sheet()->rows.isEmpty();
}

void ImportFilePage::browse()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import Sheet"), QFileInfo(m_path->text()).path(),
                                     tr("Sheets (*.csv *.tsv *.txt *.xlsx);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

// A workbook's sheets; a text file is one sheet.
void ImportFilePage::readSheetNames()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_sheetCombo->clear();
    const QString path = m_path->text().trimmed();
    if (!path.isEmpty()) {
        QString error;
        const auto format = SheetFile::Format(m_format->currentData().toInt());
        m_sheetCombo->addItems(SheetFile::sheetNames(path, format, &error));
        const int wanted = m_wizard->editableMapping().sheetIndex;
        m_sheetCombo->setCurrentIndex(wanted < m_sheetCombo->count() ? wanted : 0);
    }
    m_loading = wasLoading;
}

void ImportFilePage::reload()
{
    if (m_loading)
        return;
    m_loading = true;
    if (m_pasteRadio->isChecked())
        readPaste();
    else
        readFile();
    m_loading = false;
    emit completeChanged();
}

void ImportFilePage::readFile()
{
    const QString path = m_path->text().trimmed();
    m_path->setProperty("readPath", path);
    const auto format = SheetFile::Format(m_format->currentData().toInt());
    const bool workbook = format == SheetFile::Format::Xlsx ||
                          (format == SheetFile::Format::Auto &&
                           SheetFile::detectFormat(path) == SheetFile::Format::Xlsx);
    m_encoding->setEnabled(!workbook);
    m_sheetCombo->setEnabled(workbook);
    if (path.isEmpty()) {
        m_wizard->setSheet(std::nullopt, QString());
        showResult(QString(), QString());
        return;
    }
    const QString name = QFileInfo(path).fileName();
    const QString encoding = m_encoding->currentData().toString();
    const int sheetIndex = std::max(0, m_sheetCombo->currentIndex());
    QString error;
    QString used;
    std::optional<Sheet> sheet;
    m_wizard->withProgress(tr("Reading %1…").arg(name), [&](const ProgressCallback &progress) {
        sheet = SheetFile::read(path, format, sheetIndex, encoding, &error, &used, progress);
    });
    ColumnMapping &mapping = m_wizard->editableMapping();
    mapping.sheetIndex = sheetIndex;
    mapping.encoding = workbook ? QString() : encoding;
    m_wizard->setSheet(std::move(sheet), name);
    showResult(error, used);
}

void ImportFilePage::readPaste()
{
    m_encoding->setEnabled(false);
    m_sheetCombo->setEnabled(false);
    QString error;
    std::optional<Sheet> sheet;
    if (!m_paste->toPlainText().trimmed().isEmpty())
        sheet = SheetFile::readText(m_paste->toPlainText(), &error);
    m_wizard->editableMapping().sheetIndex = 0;
    m_wizard->editableMapping().encoding.clear();
    m_wizard->setSheet(std::move(sheet), tr("pasted text"));
    showResult(error, QString());
}

void ImportFilePage::showResult(const QString &error, const QString &usedEncoding)
{
    const Sheet *sheet = m_wizard->sheet();
    m_status->setStyleSheet(error.isEmpty() ? QString() : QStringLiteral("color: #c62828;"));
    if (!error.isEmpty()) {
        m_status->setText(error);
    } else if (!sheet) {
        m_status->clear();
    } else {
        QString text = tr("%1: %n line(s), %2 columns", nullptr, int(sheet->rows.size()))
                           .arg(m_wizard->sourceName())
                           .arg(sheet->columnCount());
        if (!usedEncoding.isEmpty())
            text += QLatin1Char(' ') + tr("(read as %1)").arg(usedEncoding);
        m_status->setText(text);
    }
}
