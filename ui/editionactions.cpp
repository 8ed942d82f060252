#include "editionactions.h"
#include "cli/translations.h"
#include "dialogs/editioncomparedialog.h"
#include "dialogs/publisheditiondialog.h"
#include "document/document.h"
#include "domain/japaneseera.h"

#include <QAction>
#include <QFileInfo>
#include <QInputDialog>

#include <algorithm>

EditionActions::EditionActions(QWidget *window, std::function<void()> prepare)
    : QObject(window), m_window(window), m_prepare(std::move(prepare))
{
    publish = new QAction(this);
    connect(publish, &QAction::triggered, this, &EditionActions::publishEdition);
    open = new QAction(this);
    connect(open, &QAction::triggered, this, &EditionActions::chooseEdition);
    compare = new QAction(this);
    connect(compare, &QAction::triggered, this, &EditionActions::showComparison);
    retranslate();
    setDocument(nullptr);
}

void EditionActions::retranslate()
{
    publish->setText(tr("&Publish Edition…"));
    publish->setStatusTip(tr("Freeze the plan as it is now under a name, permanently"));
    open->setText(tr("&Open Edition…"));
    open->setStatusTip(tr("Show a published edition read-only, to print or export it"));
    compare->setText(tr("&Compare…"));
    compare->setStatusTip(tr("List what changed between two editions, or since an edition"));
}

void EditionActions::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &Document::recordsChanged, this, &EditionActions::updateActions);
        // A read-only view follows another editor's saves, editions included.
        connect(document, &Document::reloadedFromDisk, this, &EditionActions::updateActions);
    }
    updateActions();
}

void EditionActions::updateActions()
{
    const bool editions = m_document && !m_document->editions().isEmpty();
    publish->setEnabled(m_document && m_document->canEditPlan());
    open->setEnabled(editions);
    compare->setEnabled(editions);
}

void EditionActions::publishEdition()
{
    if (!m_document)
        return;
    m_prepare();
    QStringList taken;
    for (const Edition &e : m_document->editions())
        taken << e.name;
    const QDate asOf = m_document->plan().info.asOf;
    PublishEditionDialog dialog(
        JapaneseEra::asOfLabel(asOf.isValid() ? asOf : QDate::currentDate()), taken, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // A refused write is reported by the document's writeFailed, which the window shows.
    Edition edition;
    if (m_document->publishEdition(dialog.name(), dialog.date(), &edition))
        emit statusMessage(tr("Edition \"%1\" published.").arg(edition.name));
}

void EditionActions::chooseEdition()
{
    if (!m_document)
        return;
    const QList<Edition> editions = m_document->editions();
    QStringList labels;
    for (const Edition &e : editions)
        labels << tr("%1 (%2)").arg(e.name, e.date.toString(Qt::ISODate));
    bool chosen = false;
    const QString label = QInputDialog::getItem(m_window, tr("Open Edition"), tr("Edition:"),
                                                labels, int(labels.size()) - 1, false, &chosen);
    const auto index = labels.indexOf(label);
    if (chosen && index >= 0)
        openEdition(editions.at(index).id);
}

bool EditionActions::openEdition(qint64 editionId)
{
    if (!m_document)
        return false;
    const QList<Edition> editions = m_document->editions();
    const auto edition = std::find_if(editions.cbegin(), editions.cend(),
                                      [editionId](const Edition &e) { return e.id == editionId; });
    if (edition == editions.cend())
        return false;
    if (!m_editionFiles)
        m_editionFiles = std::make_unique<QTemporaryDir>();
    if (!m_editionFiles->isValid()) {
        emit errorOccurred(tr("The edition cannot be opened: no room for a temporary file."));
        return false;
    }
    QString error;
    const QString path = m_editionFiles->filePath(
        QStringLiteral("edition-%1-%2.pledges").arg(editionId).arg(++m_filesWritten));
    if (!m_document->writeEditionFile(editionId, path, &error)) {
        emit errorOccurred(error);
        return false;
    }
    emit openReadOnlyRequested(
        path, tr("%1 — edition %2 (read-only)")
                  .arg(QFileInfo(m_document->filePath()).completeBaseName(), edition->name));
    return true;
}

void EditionActions::showComparison()
{
    if (!m_document)
        return;
    m_prepare();
    EditionCompareDialog dialog(*m_document, Translations::current() == QStringLiteral("ja"),
                                m_window);
    dialog.exec();
}
