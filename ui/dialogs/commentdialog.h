#pragma once

#include "domain/plan.h"
#include "domain/reviewcomment.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CommentDialog;
}
class QPlainTextEdit;

// Asks for a review comment's text and what it is about: the chosen cell, its row or its
// pledge (the most precise one the place has is chosen first). Editing a comment keeps what
// it is about and changes the text only.
class CommentDialog : public QDialog
{
    Q_OBJECT

public:
    // place: the row, pledge and period chosen in the table (0 for what there is not); a new
    // comment may be about any of them.
    CommentDialog(const Plan &plan, const ReviewComment &place, bool japanese,
                  QWidget *parent = nullptr);
    // The comment as it is, to change its text.
    static std::unique_ptr<CommentDialog> forEditing(const Plan &plan, const ReviewComment &comment,
                                                     bool japanese, QWidget *parent = nullptr);
    ~CommentDialog() override;

    // The place narrowed to the chosen target, with the text typed.
    ReviewComment comment() const;
    QPlainTextEdit *textEdit() const;

private:
    void validate();

    std::unique_ptr<Ui::CommentDialog> m_ui;
    ReviewComment m_place;
    bool m_editing = false;
};
