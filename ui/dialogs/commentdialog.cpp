#include "commentdialog.h"
#include "dialogsupport.h"
#include "review/reviewtext.h"
#include "ui_commentdialog.h"

#include <QPushButton>

CommentDialog::CommentDialog(const Plan &plan, const ReviewComment &place, bool japanese,
                             QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CommentDialog>()), m_place(place)
{
    m_ui->setupUi(this);
    DialogSupport::makeErrorLabel(m_ui->textError);
    const PledgeRow *row = plan.row(place.rowId);
    if (row)
        m_place.pledgeId = row->pledgeId;
    ReviewComment onCell = m_place, onRow = m_place, onPledge = m_place;
    onRow.periodId = 0;
    onPledge.rowId = onPledge.periodId = 0;
    const bool hasCell = row && plan.period(place.periodId);
    const bool hasPledge = plan.pledge(m_place.pledgeId);
    // Radio buttons draw their text as plain text: titles are shown as typed.
    m_ui->cellRadio->setText(tr("The cell: %1").arg(ReviewText::where(plan, onCell, japanese)));
    m_ui->rowRadio->setText(tr("The row: %1").arg(ReviewText::where(plan, onRow, japanese)));
    m_ui->pledgeRadio->setText(
        tr("The pledge: %1").arg(ReviewText::where(plan, onPledge, japanese)));
    m_ui->cellRadio->setVisible(hasCell);
    m_ui->rowRadio->setVisible(row);
    m_ui->pledgeRadio->setVisible(hasPledge);
    QRadioButton *first = hasCell ? m_ui->cellRadio : row ? m_ui->rowRadio : m_ui->pledgeRadio;
    first->setChecked(true);
    m_ui->textEdit->setPlainText(place.text);
    setWindowTitle(tr("Add Comment"));
    connect(m_ui->textEdit, &QPlainTextEdit::textChanged, this, &CommentDialog::validate);
    m_ui->textEdit->setFocus();
    validate();
}

std::unique_ptr<CommentDialog> CommentDialog::forEditing(const Plan &plan,
                                                         const ReviewComment &comment,
                                                         bool japanese, QWidget *parent)
{
    auto dialog = std::make_unique<CommentDialog>(plan, comment, japanese, parent);
    dialog->m_place = comment;
    dialog->m_editing = true;
    dialog->m_ui->targetBox->setTitle(
        tr("About: %1").arg(ReviewText::where(plan, comment, japanese)));
    for (QRadioButton *radio :
         {dialog->m_ui->cellRadio, dialog->m_ui->rowRadio, dialog->m_ui->pledgeRadio})
        radio->hide();
    dialog->setWindowTitle(tr("Edit Comment"));
    return dialog;
}

CommentDialog::~CommentDialog() = default;

QPlainTextEdit *CommentDialog::textEdit() const
{
    return m_ui->textEdit;
}

ReviewComment CommentDialog::comment() const
{
    ReviewComment comment = m_place;
    if (!m_editing) {
        if (!m_ui->cellRadio->isChecked())
            comment.periodId = 0;
        if (m_ui->pledgeRadio->isChecked())
            comment.rowId = 0;
        else
            comment.pledgeId = 0; // a row or cell comment names its row; the row names the pledge
    }
    comment.text = m_ui->textEdit->toPlainText().trimmed();
    return comment;
}

void CommentDialog::validate()
{
    const bool empty = m_ui->textEdit->toPlainText().trimmed().isEmpty();
    DialogSupport::showError(m_ui->textError,
                             empty ? tr("Write what the comment says.") : QString());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!empty);
}
