#pragma once

#include "domain/plan.h"
#include "io/columnmapping.h"
#include "io/sheet.h"
#include "io/sheetimport.h"

#include <QWizard>

#include <functional>
#include <optional>

class ImportFilePage;

// Import ▸ a CSV, TSV or XLSX sheet, or cells pasted from a spreadsheet: choose the source,
// the header line, which column is which field and which status word is which level, and see
// what will be created — or what stops the import — before anything is written. It returns
// the plan; it writes nothing itself. The pages share the sheet and the mapping through it.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        FilePageId,
        HeaderPageId,
        ColumnsPageId,
        StatusPageId,
        SummaryPageId
    };

    // target lends the status scale, periods and departments; a new plan (target may then be
    // empty) takes its periods from the sheet and its scale from a preset.
    ImportWizard(const Plan &target, bool newPlan, QWidget *parent = nullptr);
    ~ImportWizard() override;

    void setFile(const QString &path);
    void setPastedText(const QString &text);

    // The plan the last run of the import built; empty before Finish is possible.
    Plan importedPlan() const;
    QString sourceName() const { return m_sourceName; }
    ColumnMapping mapping() const { return m_mapping; }
    bool saveMapping(const QString &path, QString *error) const;

    // Shared with the pages.
    const Plan &target() const { return m_target; }
    bool isNewPlan() const { return m_newPlan; }
    bool japaneseLabels() const;
    const Sheet *sheet() const { return m_sheet ? &*m_sheet : nullptr; }
    // Counts the sheets read, so a page knows when its guesses are stale.
    int sheetGeneration() const { return m_sheetGeneration; }
    void setSheet(std::optional<Sheet> sheet, const QString &sourceName);
    ColumnMapping &editableMapping() { return m_mapping; }
    StatusScale scale() const { return SheetImport::scaleFor(m_target, m_mapping); }
    const SheetImport::Result &runImport();
    const SheetImport::Result &lastResult() const { return m_result; }
    // Runs work with a progress dialog that can cancel it; the dialog shows only if the work
    // takes long. False when cancelled.
    bool withProgress(const QString &label,
                      const std::function<void(const ProgressCallback &)> &work);

private:
    Plan m_target;
    bool m_newPlan;
    ImportFilePage *m_filePage;
    std::optional<Sheet> m_sheet;
    QString m_sourceName;
    int m_sheetGeneration = 0;
    ColumnMapping m_mapping;
    SheetImport::Result m_result;
};
