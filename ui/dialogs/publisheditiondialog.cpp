#include "publisheditiondialog.h"
#include "dialogsupport.h"
#include "ui_publisheditiondialog.h"

#include <QPushButton>

PublishEditionDialog::PublishEditionDialog(const QString &suggestedName,
                                           const QStringList &takenNames, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PublishEditionDialog>()), m_takenNames(takenNames)
{
    m_ui->setupUi(this);
    m_ui->explanation->setText(
        tr("An edition keeps the plan exactly as it is now, inside the plan file, so it can be "
           "opened, printed and compared later. Once published it can never be changed or "
           "deleted, and publishing cannot be undone."));
    DialogSupport::makeErrorLabel(m_ui->nameError);
    m_ui->nameEdit->setText(suggestedName);
    m_ui->dateEdit->setDate(QDate::currentDate());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Publish"));
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &PublishEditionDialog::validate);
    validate();
}

PublishEditionDialog::~PublishEditionDialog() = default;

QString PublishEditionDialog::name() const
{
    return m_ui->nameEdit->text().trimmed();
}

QDate PublishEditionDialog::date() const
{
    return m_ui->dateEdit->date();
}

void PublishEditionDialog::validate()
{
    QString problem;
    if (name().isEmpty())
        problem = tr("The edition needs a name.");
    else if (m_takenNames.contains(name()))
        problem = tr("An edition of this name exists already.");
    DialogSupport::showError(m_ui->nameError, problem);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}
