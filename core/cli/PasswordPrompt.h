#pragma once

#include <QString>

class QTextStream;

// Reads a password for `user add`, `user passwd` and `server init`: from the terminal without
// echo (asked twice, so that a typo does not lock anyone out), or one line from standard input
// when a script pipes it in. Empty when nothing was read or the two entries differ (`error`
// then says which).
namespace PasswordPrompt {
QString read(const QString &prompt, QTextStream &err, QString *error);
}
