#include "filterbar.h"
#include "document/document.h"

#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QToolButton>

namespace {
// Keeps the chosen item (by its data) while a combo box is refilled.
class KeepChoice
{
public:
    explicit KeepChoice(QComboBox *box) : m_box(box), m_data(box->currentData()) {}
    ~KeepChoice() { m_box->setCurrentIndex(qMax(0, m_box->findData(m_data))); }

private:
    QComboBox *m_box;
    QVariant m_data;
};

QComboBox *choiceBox(QWidget *parent)
{
    auto *box = new QComboBox(parent);
    // Narrow by default so the bar never forces the window wider; the popup shows full names.
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(5);
    box->setMaximumWidth(220);
    return box;
}
} // namespace

FilterBar::FilterBar(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    m_text = new QLineEdit(this);
    m_text->setClearButtonEnabled(true);
    m_text->setMinimumWidth(140);
    layout->addWidget(m_text, 2);
    m_chapterLabel = new QLabel(this);
    m_chapter = choiceBox(this);
    m_tagLabel = new QLabel(this);
    m_tag = choiceBox(this);
    m_departmentLabel = new QLabel(this);
    m_department = choiceBox(this);
    m_department->setEditable(true); // type to find a department among dozens
    m_department->setInsertPolicy(QComboBox::NoInsert);
    m_department->completer()->setFilterMode(Qt::MatchContains);
    m_department->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_statusLabel = new QLabel(this);
    m_statusPeriod = choiceBox(this);
    m_status = choiceBox(this);
    m_changedLabel = new QLabel(this);
    m_changedSince = choiceBox(this);
    for (auto [label, box] : {std::pair{m_chapterLabel, m_chapter},
                              {m_tagLabel, m_tag},
                              {m_departmentLabel, m_department},
                              {m_statusLabel, m_statusPeriod}}) {
        label->setBuddy(box);
        layout->addWidget(label);
        layout->addWidget(box);
    }
    layout->addWidget(m_status);
    m_changedLabel->setBuddy(m_changedSince);
    layout->addWidget(m_changedLabel);
    layout->addWidget(m_changedSince);
    m_clear = new QToolButton(this);
    layout->addWidget(m_clear);
    layout->addStretch(0);

    connect(m_text, &QLineEdit::textChanged, this, &FilterBar::emitFilter);
    for (QComboBox *box : {m_chapter, m_tag, m_statusPeriod, m_status, m_changedSince})
        connect(box, &QComboBox::currentIndexChanged, this, &FilterBar::emitFilter);
    connect(m_department, &QComboBox::currentIndexChanged, this, &FilterBar::emitFilter);
    // A typed or completed department name picks that department, however it was confirmed.
    auto pickTypedDepartment = [this] {
        const int index = m_department->findText(m_department->currentText().trimmed());
        if (index >= 0 && index != m_department->currentIndex())
            m_department->setCurrentIndex(index);
    };
    connect(m_department->lineEdit(), &QLineEdit::editingFinished, this, pickTypedDepartment);
    connect(m_department->completer(), qOverload<const QString &>(&QCompleter::activated), this,
            pickTypedDepartment);
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clear);
    retranslate();
}

void FilterBar::retranslate()
{
    m_text->setPlaceholderText(tr("Find in all texts…"));
    m_chapterLabel->setText(tr("C&hapter:"));
    m_tagLabel->setText(tr("&Tag:"));
    m_departmentLabel->setText(tr("&Department:"));
    m_statusLabel->setText(tr("&Status in:"));
    m_changedLabel->setText(tr("Changed since:"));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Show all rows"));
    refillChoices();
}

void FilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FilterBar::setDocument(Document *document)
{
    m_document = document;
    if (document) {
        connect(document, &Document::planReset, this, &FilterBar::refillChoices);
    }
    refillChoices();
    clear();
}

void FilterBar::refillChoices()
{
    m_filling = true;
    const bool japanese = QLocale().language() == QLocale::Japanese;
    const Plan empty;
    const Plan &plan = m_document ? m_document->plan() : empty;
    const int start = plan.info.fiscalYearStartMonth;
    {
        KeepChoice keep(m_chapter);
        m_chapter->clear();
        m_chapter->addItem(tr("Any"), qint64(0));
        for (const Chapter &c : plan.chapters)
            m_chapter->addItem(tr("Chapter %1 %2").arg(c.number).arg(c.title), c.id);
        m_chapter->setEnabled(!plan.chapters.isEmpty());
    }
    {
        KeepChoice keep(m_tag);
        m_tag->clear();
        m_tag->addItem(tr("Any"), QString());
        QStringList tags;
        for (const Pledge &p : plan.pledges) {
            if (!p.tag.isEmpty() && !tags.contains(p.tag))
                tags << p.tag;
        }
        for (const QString &tag : tags)
            m_tag->addItem(QStringLiteral("【") + tag + QStringLiteral("】"), tag);
        m_tag->setEnabled(!tags.isEmpty());
    }
    {
        KeepChoice keep(m_department);
        m_department->clear();
        m_department->addItem(tr("Any"), qint64(0));
        for (const Department &d : plan.departments)
            m_department->addItem(d.name, d.id);
        m_department->setEnabled(!plan.departments.isEmpty());
    }
    for (QComboBox *box : {m_statusPeriod, m_changedSince}) {
        KeepChoice keep(box);
        box->clear();
        box->addItem(box == m_statusPeriod ? tr("(period)") : tr("(off)"), qint64(0));
        for (const Period &p : plan.periods)
            box->addItem(p.label(japanese, start), p.id);
    }
    {
        KeepChoice keep(m_status);
        m_status->clear();
        m_status->addItem(tr("Any status"), QStringLiteral("any"));
        m_status->addItem(tr("No status"), QStringLiteral("none"));
        for (const StatusLevel &l : plan.periodScale.levels)
            m_status->addItem(l.symbol + QLatin1Char(' ') +
                                  l.displayLabel(QLocale().language() == QLocale::Japanese),
                              QString::number(l.id));
    }
    m_filling = false;
    emitFilter();
}

RowFilter FilterBar::filter() const
{
    RowFilter f;
    f.setText(m_text->text());
    f.setChapterId(m_chapter->currentData().toLongLong());
    f.setTag(m_tag->currentData().toString());
    // An edited department text that names no department filters nothing.
    f.setDepartmentId(m_department->currentText() ==
                              m_department->itemText(m_department->currentIndex())
                          ? m_department->currentData().toLongLong()
                          : 0);
    RowFilter::StatusMatch status;
    status.periodId = m_statusPeriod->currentData().toLongLong();
    const QString choice = m_status->currentData().toString();
    status.noStatus = choice == QStringLiteral("none");
    status.levelId = status.noStatus || choice == QStringLiteral("any") ? 0 : choice.toLongLong();
    f.setStatus(status);
    f.setChangedSincePeriodId(m_changedSince->currentData().toLongLong());
    return f;
}

void FilterBar::emitFilter()
{
    if (!m_filling)
        emit filterChanged(filter());
}

void FilterBar::clear()
{
    m_filling = true;
    m_text->clear();
    for (QComboBox *box :
         {m_chapter, m_tag, m_department, m_statusPeriod, m_status, m_changedSince})
        box->setCurrentIndex(0);
    m_filling = false;
    emitFilter();
}
