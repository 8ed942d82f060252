#include "chapterdialog.h"
#include "dialogsupport.h"
#include "ui_chapterdialog.h"

#include <QPushButton>

ChapterDialog::ChapterDialog(const Chapter &chapter, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ChapterDialog>()), m_chapter(chapter)
{
    m_ui->setupUi(this);
    DialogSupport::makeErrorLabel(m_ui->titleError);
    m_ui->numberSpin->setValue(qMax(1, chapter.number));
    m_ui->titleEdit->setText(chapter.title);
    connect(m_ui->titleEdit, &QLineEdit::textChanged, this, &ChapterDialog::validate);
    validate();
}

ChapterDialog::~ChapterDialog() = default;

Chapter ChapterDialog::chapter() const
{
    Chapter chapter = m_chapter;
    chapter.number = m_ui->numberSpin->value();
    chapter.title = m_ui->titleEdit->text().trimmed();
    return chapter;
}

void ChapterDialog::validate()
{
    const bool titleMissing = m_ui->titleEdit->text().trimmed().isEmpty();
    DialogSupport::showError(m_ui->titleError,
                             titleMissing ? tr("The chapter needs a title.") : QString());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!titleMissing);
}
