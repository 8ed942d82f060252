#include "pledgedialog.h"
#include "dialogsupport.h"
#include "domain/japaneseera.h"
#include "ui_pledgedialog.h"

#include <QPushButton>

namespace {
// The tag is stored without its brackets; users often type them anyway.
QString stripTagBrackets(QString tag)
{
    tag.remove(QChar(0x3010)).remove(QChar(0x3011)); // U+3010, U+3011: the lenticular brackets
    return tag.trimmed();
}
} // namespace

PledgeDialog::PledgeDialog(const Pledge &pledge, const QList<Chapter> &chapters, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PledgeDialog>()), m_pledge(pledge)
{
    m_ui->setupUi(this);
    DialogSupport::makeErrorLabel(m_ui->numberError);
    DialogSupport::makeErrorLabel(m_ui->titleError);
    m_ui->targetParsed->setTextFormat(Qt::PlainText);

    bool chapterListed = false;
    for (const Chapter &chapter : chapters) {
        m_ui->chapterCombo->addItem(tr("Chapter %1: %2").arg(chapter.number).arg(chapter.title),
                                    chapter.id);
        chapterListed = chapterListed || chapter.id == pledge.chapterId;
    }
    // A plan without chapters (or a pledge outside them) keeps a "no chapter" choice.
    if (chapters.isEmpty() || !chapterListed)
        m_ui->chapterCombo->insertItem(0, tr("(no chapter)"), qint64(0));
    const int chapterIndex = m_ui->chapterCombo->findData(chapterListed ? pledge.chapterId : 0);
    m_ui->chapterCombo->setCurrentIndex(qMax(0, chapterIndex));

    m_ui->numberEdit->setText(pledge.number);
    m_ui->tagEdit->setText(pledge.tag);
    m_ui->titleEdit->setText(pledge.title);
    m_ui->descriptionEdit->setPlainText(pledge.description);
    m_ui->targetEdit->setText(pledge.targetDateText);

    connect(m_ui->numberEdit, &QLineEdit::textChanged, this, &PledgeDialog::validate);
    connect(m_ui->titleEdit, &QLineEdit::textChanged, this, &PledgeDialog::validate);
    connect(m_ui->targetEdit, &QLineEdit::textChanged, this, &PledgeDialog::updateParsedDate);
    connect(m_ui->tagEdit, &QLineEdit::editingFinished, this, [this] {
        const QString stripped = stripTagBrackets(m_ui->tagEdit->text());
        if (stripped != m_ui->tagEdit->text())
            m_ui->tagEdit->setText(stripped);
    });
    validate();
    updateParsedDate();
}

PledgeDialog::~PledgeDialog() = default;

void PledgeDialog::setFiscalYearStartMonth(int month)
{
    m_fiscalYearStartMonth = month;
    updateParsedDate();
}

Pledge PledgeDialog::pledge() const
{
    Pledge pledge = m_pledge;
    pledge.chapterId = m_ui->chapterCombo->currentData().toLongLong();
    pledge.number = m_ui->numberEdit->text().trimmed();
    pledge.tag = stripTagBrackets(m_ui->tagEdit->text());
    pledge.title = m_ui->titleEdit->text().trimmed();
    pledge.description = m_ui->descriptionEdit->toPlainText().trimmed();
    pledge.targetDateText = m_ui->targetEdit->text().trimmed();
    pledge.targetDate = JapaneseEra::parseTargetDate(pledge.targetDateText, m_fiscalYearStartMonth);
    return pledge;
}

void PledgeDialog::validate()
{
    const bool numberMissing = m_ui->numberEdit->text().trimmed().isEmpty();
    const bool titleMissing = m_ui->titleEdit->text().trimmed().isEmpty();
    DialogSupport::showError(m_ui->numberError,
                             numberMissing ? tr("The pledge needs a number.") : QString());
    DialogSupport::showError(m_ui->titleError,
                             titleMissing ? tr("The pledge needs a title.") : QString());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!numberMissing && !titleMissing);
}

void PledgeDialog::updateParsedDate()
{
    m_ui->targetParsed->setText(
        DialogSupport::parsedDateText(m_ui->targetEdit->text(), m_fiscalYearStartMonth));
}
