#include "core/cli/PasswordPrompt.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace {
QString readLine(bool hidden) {
    termios saved{};
    const bool terminal = hidden && isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputc('\n', stderr);
    }
    return QString::fromStdString(line);
}
} // namespace

QString PasswordPrompt::read(const QString &prompt, QTextStream &err, QString *error) {
    const bool terminal = isatty(STDIN_FILENO);
    if (terminal)
        err << prompt << ' ' << Qt::flush;
    const QString first = readLine(true);
    if (terminal) {
        err << QCoreApplication::translate("PasswordPrompt", "Again:") << ' ' << Qt::flush;
        if (readLine(true) != first) {
            *error = QCoreApplication::translate("PasswordPrompt",
                                                 "The two passwords differ; nothing was changed.");
            return {};
        }
    }
    if (first.isEmpty())
        *error = QCoreApplication::translate("PasswordPrompt", "No password was given.");
    return first;
}
