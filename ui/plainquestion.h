#pragma once

#include <QMessageBox>

// A yes/no question whose text is shown as plain text: questions quote plan titles, file and
// user names, which must never be read as markup.
inline bool askPlainQuestion(QWidget *parent, const QString &title, const QString &text,
                             QMessageBox::StandardButton defaultButton = QMessageBox::No)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No, parent);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(defaultButton);
    return box.exec() == QMessageBox::Yes;
}
