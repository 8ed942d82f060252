#include "importsummarypage.h"
#include "importwizard.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

ImportSummaryPage::ImportSummaryPage(ImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_summary(new QLabel),
      m_problems(new QTableWidget(0, 3))
{
    setTitle(tr("Summary"));
    setFinalPage(true);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setObjectName(QStringLiteral("problemTable"));
    m_problems->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Problem")});
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->verticalHeader()->hide();
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setWordWrap(true);
    auto *save = new QPushButton(tr("&Save Mapping…"));
    save->setObjectName(QStringLiteral("saveMappingButton"));
    save->setToolTip(tr("Save the columns and status words as a mapping file, for the next "
                        "import or for pledgetracker import --mapping"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems, 1);
    layout->addLayout(buttons);

    connect(save, &QPushButton::clicked, this, &ImportSummaryPage::saveMapping);
}

void ImportSummaryPage::initializePage()
{
    const SheetImport::Result &result = m_wizard->runImport();
    m_complete = result.plan.has_value();
    if (result.cancelled) {
        setSubTitle(tr("The import was cancelled; go back and come here again to run it."));
        m_summary->clear();
    } else if (m_complete) {
        setSubTitle(tr("Nothing has been written yet. Finish creates the following."));
        m_summary->setText(summaryText());
    } else {
        setSubTitle(tr("The import stops at these problems, and nothing is written. Go back to "
                       "fix the mapping, or fix the sheet and read it again."));
        m_summary->setText(tr("%n problem(s) in %1:", nullptr, int(result.problems.size()))
                               .arg(m_wizard->sourceName()));
    }
    showProblems();
    emit completeChanged();
}

bool ImportSummaryPage::isComplete() const
{
    return m_complete;
}

QString ImportSummaryPage::summaryText() const
{
    const SheetImport::Result &result = m_wizard->lastResult();
    const ImportSummary &s = result.summary;
    QStringList lines;
    lines << tr("%1 chapters, %2 pledges, %3 rows and %4 cells.")
                 .arg(s.chapters)
                 .arg(s.pledges)
                 .arg(s.rows)
                 .arg(s.cells);
    const bool japanese = m_wizard->japaneseLabels();
    const Plan &plan = *result.plan;
    QStringList levels;
    for (int i = 0; i < s.cellsPerLevel.size(); ++i) {
        const StatusLevel &level = plan.periodScale.levels.at(i);
        levels << tr("%1 %2: %3")
                      .arg(level.symbol, level.displayLabel(japanese))
                      .arg(s.cellsPerLevel.at(i));
    }
    levels << tr("no status: %1").arg(s.cellsWithoutStatus);
    lines << tr("Cells by status: %1").arg(levels.join(QStringLiteral(", ")));
    if (!s.newPeriods.isEmpty()) {
        QStringList labels;
        for (const Period &p : s.newPeriods)
            labels << p.label(japanese, plan.info.fiscalYearStartMonth);
        lines << tr("New periods: %1").arg(labels.join(QStringLiteral(", ")));
    }
    if (!s.newDepartments.isEmpty())
        lines << tr("New departments: %1").arg(s.newDepartments.join(QStringLiteral(", ")));
    return lines.join(QLatin1Char('\n'));
}

void ImportSummaryPage::showProblems()
{
    const QList<ImportProblem> problems = m_wizard->lastResult().problems;
    m_problems->setRowCount(problems.size());
    m_problems->setVisible(!problems.isEmpty());
    for (int row = 0; row < problems.size(); ++row) {
        const ImportProblem &p = problems.at(row);
        QString column;
        if (p.column >= 0)
            column = p.header.isEmpty()
                         ? ColumnMapping::columnLetter(p.column)
                         : tr("%1 (%2)").arg(ColumnMapping::columnLetter(p.column), p.header);
        m_problems->setItem(row, 0,
                            new QTableWidgetItem(p.line > 0 ? QString::number(p.line) : QString()));
        m_problems->setItem(row, 1, new QTableWidgetItem(column));
        m_problems->setItem(row, 2, new QTableWidgetItem(p.message));
    }
    m_problems->resizeColumnToContents(0);
    m_problems->resizeColumnToContents(1);
    m_problems->resizeRowsToContents();
}

void ImportSummaryPage::saveMapping()
{
    const QString base = QFileInfo(m_wizard->sourceName()).completeBaseName();
    QString path = QFileDialog::getSaveFileName(this, tr("Save Mapping"),
                                                base + QStringLiteral(".mapping.json"),
                                                tr("Import mappings (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_wizard->saveMapping(path, &error)) {
        QMessageBox box(QMessageBox::Warning, tr("Save Mapping"), error, QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    }
}
