#include "dialogsupport.h"
#include "domain/japaneseera.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>

void DialogSupport::makeErrorLabel(QLabel *label)
{
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->clear();
    label->hide();
}

void DialogSupport::showError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

void DialogSupport::fillMonths(QComboBox *combo, int month)
{
    combo->clear();
    const QLocale locale;
    // Japanese month names already are numbers (4月); others get the number beside the name.
    const bool numbered = locale.language() == QLocale::Japanese;
    for (int m = 1; m <= 12; ++m) {
        const QString name = locale.standaloneMonthName(m);
        combo->addItem(numbered ? name : tr("%1 (%2)").arg(name).arg(m), m);
    }
    combo->setCurrentIndex(qBound(1, month, 12) - 1);
}

QString DialogSupport::parsedDateText(const QString &targetDateText, int fiscalYearStartMonth)
{
    if (targetDateText.trimmed().isEmpty())
        return QString();
    const QDate date = JapaneseEra::parseTargetDate(targetDateText, fiscalYearStartMonth);
    if (!date.isValid())
        return tr("no date recognised");
    return tr("→ %1").arg(date.toString(Qt::ISODate));
}

QString DialogSupport::askNewPlanPath(QWidget *parent, const QString &title,
                                      const QString &suggestedName, const QString &openPath,
                                      QString *error)
{
    QString path = QFileDialog::getSaveFileName(
        parent, title, suggestedName + QStringLiteral(".pledges"), tr("Pledge plans (*.pledges)"));
    if (path.isEmpty())
        return {};
    if (!path.endsWith(QStringLiteral(".pledges")))
        path += QStringLiteral(".pledges");
    if (!openPath.isEmpty() && QFileInfo(path) == QFileInfo(openPath)) {
        *error = tr("%1 is the open plan; choose another name.").arg(path);
        return {};
    }
    QFile::remove(path);
    return path;
}
