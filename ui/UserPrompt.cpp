#include "ui/UserPrompt.h"

namespace {
QMessageBox::StandardButton g_nextAnswer = QMessageBox::NoButton;
int g_asked = 0;
QString g_lastText;

// Counts the prompt and keeps its text; the answer a test gave in advance (then nothing is
// shown), or NoButton.
QMessageBox::StandardButton answeredInAdvance(const QString &text) {
    ++g_asked;
    g_lastText = text;
    const auto answer = g_nextAnswer;
    g_nextAnswer = QMessageBox::NoButton;
    return answer;
}
} // namespace

QMessageBox::StandardButton UserPrompt::question(QWidget *parent, const QString &title,
                                                 const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton) {
    if (const auto answer = answeredInAdvance(text); answer != QMessageBox::NoButton)
        return answer;
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void UserPrompt::warning(QWidget *parent, const QString &title, const QString &text) {
    if (answeredInAdvance(text) == QMessageBox::NoButton)
        QMessageBox::warning(parent, title, text);
}

void UserPrompt::information(QWidget *parent, const QString &title, const QString &text) {
    if (answeredInAdvance(text) == QMessageBox::NoButton)
        QMessageBox::information(parent, title, text);
}

void UserPrompt::setNextAnswer(QMessageBox::StandardButton answer) {
    g_nextAnswer = answer;
}

int UserPrompt::takeAskedCount() {
    const int n = g_asked;
    g_asked = 0;
    return n;
}

QString UserPrompt::lastText() {
    return g_lastText;
}
