#pragma once

// Answers the conflict dialog (EditConflictDialog) that the next save opens, from the event
// loop the dialog runs: notes its rows as "field|yours|stored" (a "!" before a field changed at
// both desks) and its message, then clicks `button` (backButton, reloadButton,
// overwriteButton), or presses Esc when `button` is null. When no dialog opens, nothing is noted:
// process the events after such a save, so that the waiting answer does not click a later dialog.

#include "ui/EditConflictDialog.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QStringList>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

inline void answerConflictDialog(const char *button, QStringList *rows,
                                 QString *message = nullptr) {
    QTimer::singleShot(0, [button, rows, message] {
        auto *dialog = qobject_cast<EditConflictDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("table"));
        for (int r = 0; r < table->rowCount(); ++r)
            *rows << (table->item(r, 0)->font().bold() ? QStringLiteral("!") : QString()) +
                         table->item(r, 0)->text() + QLatin1Char('|') + table->item(r, 1)->text() +
                         QLatin1Char('|') + table->item(r, 2)->text();
        if (message)
            *message = dialog->findChild<QLabel *>(QStringLiteral("message"))->text();
        if (button)
            dialog->findChild<QPushButton *>(QString::fromLatin1(button))->click();
        else
            QTest::keyClick(dialog, Qt::Key_Escape);
    });
}
