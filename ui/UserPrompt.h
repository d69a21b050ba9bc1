#pragma once

#include <QMessageBox>

// Every question the program asks the user goes through here, so that tests can answer it in
// advance (setNextAnswer) instead of fighting a modal dialog's event loop.
class UserPrompt {
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title,
                                                const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    // What the user should know but need not worry about (an export they cancelled).
    static void information(QWidget *parent, const QString &title, const QString &text);

    // The next question() returns this without showing anything (tests only).
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // How many questions, warnings and notes were shown or answered since the last call (tests
    // only).
    static int takeAskedCount();
    // The text of the last question or warning, shown or answered (tests only).
    static QString lastText();
};
