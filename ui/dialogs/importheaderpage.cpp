#include "importheaderpage.h"
#include "importwizard.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

ImportHeaderPage::ImportHeaderPage(ImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_header(new QSpinBox), m_preview(new QTableWidget)
{
    setTitle(tr("Header Line"));
    setSubTitle(tr("Choose the line that names the columns. The lines below it are read as "
                   "data; the lines above it are skipped."));
    m_header->setObjectName(QStringLiteral("headerSpin"));
    m_header->setSpecialValueText(tr("None (data from line 1)"));
    m_preview->setObjectName(QStringLiteral("previewTable"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->setWordWrap(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Header line:"), m_header);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);

    connect(m_header, &QSpinBox::valueChanged, this, &ImportHeaderPage::headerChanged);
    // Clicking a line in the preview makes it the header line.
    connect(m_preview, &QTableWidget::cellClicked, this, [this](int row, int) {
        m_header->setValue(m_preview->verticalHeaderItem(row)->text().toInt());
    });
}

void ImportHeaderPage::initializePage()
{
    const Sheet *sheet = m_wizard->sheet();
    const int lines = sheet ? int(sheet->rows.size()) : 0;
    const QSignalBlocker blocker(m_header);
    m_header->setRange(0, lines);
    if (m_generation != m_wizard->sheetGeneration() && sheet) {
        m_generation = m_wizard->sheetGeneration();
        m_wizard->editableMapping().headerRow = ColumnMapping::guessHeaderRow(*sheet);
    }
    m_header->setValue(m_wizard->editableMapping().headerRow + 1);
    fillPreview();
}

void ImportHeaderPage::headerChanged(int line)
{
    m_wizard->editableMapping().headerRow = line - 1;
    fillPreview();
}

// The first lines, or those around a header further down; the header line in bold.
void ImportHeaderPage::fillPreview()
{
    const Sheet *sheet = m_wizard->sheet();
    m_preview->clear();
    if (!sheet)
        return;
    const int header = m_wizard->editableMapping().headerRow;
    const int first = header >= kPreviewLines - 5 ? header - 5 : 0;
    const int last = std::min<int>(sheet->rows.size(), first + kPreviewLines);
    const int columns = sheet->columnCount();
    m_preview->setRowCount(last - first);
    m_preview->setColumnCount(columns);
    QStringList letters;
    for (int c = 0; c < columns; ++c)
        letters << ColumnMapping::columnLetter(c);
    m_preview->setHorizontalHeaderLabels(letters);
    for (int r = first; r < last; ++r) {
        m_preview->setVerticalHeaderItem(r - first, new QTableWidgetItem(QString::number(r + 1)));
        for (int c = 0; c < columns; ++c) {
            auto *item = new QTableWidgetItem(sheet->cell(r, c));
            if (r == header) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
                item->setBackground(palette().alternateBase());
            } else if (r < header) {
                item->setForeground(palette().placeholderText());
            }
            m_preview->setItem(r - first, c, item);
        }
    }
    m_preview->resizeColumnsToContents();
    for (int c = 0; c < columns; ++c)
        m_preview->setColumnWidth(c, std::min(m_preview->columnWidth(c), 240));
}
