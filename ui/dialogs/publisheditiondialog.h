#pragma once

#include <QDate>
#include <QDialog>
#include <QStringList>

#include <memory>

namespace Ui {
class PublishEditionDialog;
}

// File ▸ Publish Edition: asks for the new edition's name and publication date, and says
// plainly that an edition is permanent; pressing Publish is the confirmation.
class PublishEditionDialog : public QDialog
{
    Q_OBJECT

public:
    // takenNames: the plan's editions, whose names cannot be used again.
    PublishEditionDialog(const QString &suggestedName, const QStringList &takenNames,
                         QWidget *parent = nullptr);
    ~PublishEditionDialog() override;

    QString name() const;
    QDate date() const;

private:
    void validate();

    std::unique_ptr<Ui::PublishEditionDialog> m_ui;
    QStringList m_takenNames;
};
