#include "editioncomparedialog.h"
#include "ui_editioncomparedialog.h"

#include "document/document.h"
#include "editions/changesreportwriter.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QTextDocument>

namespace {
enum Column
{
    ChangeColumn,
    SubjectColumn,
    PlaceColumn,
    BeforeColumn,
    AfterColumn,
    ColumnCount
};
constexpr qint64 kPlanNow = 0;
} // namespace

EditionCompareDialog::EditionCompareDialog(const Document &document, bool japanese, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::EditionCompareDialog>()), m_document(document),
      m_japanese(japanese)
{
    m_ui->setupUi(this);
    m_exportButton = m_ui->buttonBox->addButton(tr("&Export PDF…"), QDialogButtonBox::ActionRole);
    connect(m_exportButton, &QPushButton::clicked, this, &EditionCompareDialog::chooseExportPath);
    m_ui->changesTable->setColumnCount(ColumnCount);
    m_ui->changesTable->setHorizontalHeaderLabels(
        {tr("Change"), tr("Row"), tr("Where"), tr("Before"), tr("After")});
    for (const Edition &e : document.editions()) {
        const QString label = tr("%1 (%2)").arg(e.name, e.date.toString(Qt::ISODate));
        m_ui->fromCombo->addItem(label, e.id);
        m_ui->toCombo->addItem(label, e.id);
    }
    m_ui->toCombo->addItem(tr("The plan now"), kPlanNow);
    m_ui->fromCombo->setCurrentIndex(m_ui->fromCombo->count() - 1);
    m_ui->toCombo->setCurrentIndex(m_ui->toCombo->count() - 1);
    connect(m_ui->fromCombo, &QComboBox::currentIndexChanged, this, &EditionCompareDialog::compare);
    connect(m_ui->toCombo, &QComboBox::currentIndexChanged, this, &EditionCompareDialog::compare);
    compare();
}

EditionCompareDialog::~EditionCompareDialog() = default;

void EditionCompareDialog::setSides(qint64 fromEditionId, qint64 toEditionId)
{
    const QSignalBlocker blockFrom(m_ui->fromCombo);
    const QSignalBlocker blockTo(m_ui->toCombo);
    m_ui->fromCombo->setCurrentIndex(m_ui->fromCombo->findData(fromEditionId));
    m_ui->toCombo->setCurrentIndex(m_ui->toCombo->findData(toEditionId));
    compare();
}

void EditionCompareDialog::compare()
{
    m_report = ChangesReport();
    const QList<Edition> editions = m_document.editions();
    auto find = [&editions](qint64 id) -> const Edition * {
        for (const Edition &e : editions) {
            if (e.id == id)
                return &e;
        }
        return nullptr;
    };
    const Edition *from = find(m_ui->fromCombo->currentData().toLongLong());
    const Edition *to = find(m_ui->toCombo->currentData().toLongLong());
    QString error;
    const auto before = from ? m_document.editionPlan(from->id, &error) : std::nullopt;
    const auto after =
        to ? m_document.editionPlan(to->id, &error) : std::optional(m_document.plan());
    if (!from || !before || !after) {
        m_ui->changesTable->setRowCount(0);
        m_ui->summaryLabel->setText(from ? error : tr("The plan has no published edition yet."));
        m_exportButton->setEnabled(false);
        return;
    }
    ReportOptions options;
    options.language =
        m_japanese ? ReportOptions::Language::Japanese : ReportOptions::Language::English;
    m_report = ChangesReport::build(*before, {from->name, from->date}, *after,
                                    to ? ChangesReport::Side{to->name, to->date}
                                       : ChangesReport::Side{QString(), QDate::currentDate()},
                                    options);
    showReport();
}

void EditionCompareDialog::showReport()
{
    QTableWidget *table = m_ui->changesTable;
    table->setRowCount(0);
    table->setRowCount(m_report.entryCount());
    int row = 0;
    for (const ChangesReport::Section &section : m_report.sections) {
        const QString change = ChangesReport::groupName(section.group, m_report.options.language);
        for (const ChangesReport::Entry &entry : section.entries) {
            const QStringList texts{change, entry.subject, entry.place, entry.before, entry.after};
            for (int column = 0; column < ColumnCount; ++column) {
                // An item shows its text as it is; a tooltip is markup, so it is converted.
                auto *item = new QTableWidgetItem(texts.at(column));
                item->setToolTip(Qt::convertFromPlainText(texts.at(column)));
                table->setItem(row, column, item);
            }
            ++row;
        }
    }
    table->resizeColumnsToContents();
    for (int column = 0; column < ColumnCount; ++column)
        table->setColumnWidth(column, qMin(table->columnWidth(column), 260));
    m_ui->summaryLabel->setText(
        m_report.comparedFrom + QLatin1Char('\n') + m_report.comparedTo + QLatin1Char('\n') +
        (m_report.sections.isEmpty() ? m_report.noChanges
                                     : tr("%n change(s).", nullptr, m_report.entryCount())));
    m_exportButton->setEnabled(true);
}

bool EditionCompareDialog::exportPdf(const QString &path, QString *error) const
{
    return ChangesReportWriter::writePdf(m_report, path, error);
}

void EditionCompareDialog::chooseExportPath()
{
    const QFileInfo plan(m_document.filePath());
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export PDF"),
        plan.dir().filePath(plan.completeBaseName() + tr("-changes") + QStringLiteral(".pdf")),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportPdf(path, &error)) {
        QMessageBox box(QMessageBox::Warning, tr("Export PDF"), error, QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    }
}
