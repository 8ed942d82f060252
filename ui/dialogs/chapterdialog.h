#pragma once

#include "domain/plan.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ChapterDialog;
}

// Edits a chapter's number and title.
class ChapterDialog : public QDialog
{
    Q_OBJECT

public:
    ChapterDialog(const Chapter &chapter, QWidget *parent = nullptr);
    ~ChapterDialog() override;

    Chapter chapter() const;

private:
    void validate();

    std::unique_ptr<Ui::ChapterDialog> m_ui;
    Chapter m_chapter;
};
