#pragma once

#include <QCoreApplication>
#include <QString>

// 统一社会信用代码 (GB 32100-2015): 18 characters from 0-9 and the capitals without I, O, S, V
// and Z; the 18th is a check character over the first 17. A few codes issued in the early years
// fail the check and are still legal, so callers warn and keep what was typed.
class UsccValidator {
    Q_DECLARE_TR_FUNCTIONS(UsccValidator)

public:
    enum class Problem { None, Empty, Length, IllegalCharacter, CheckCharacter };

    struct Result {
        QString normalized; // trimmed, upper-case, full-width characters made half-width
        Problem problem = Problem::None;
        int position = 0; // 1-based position of the illegal character
        QChar found;      // the illegal character, or the check character as typed
        QChar expected;   // the check character the first 17 characters call for
        QString reason;   // what is wrong, for users; empty when valid

        bool isValid() const { return problem == Problem::None; }
    };

    static QString charset(); // "0123456789ABCDEFGHJKLMNPQRTUWXY", values 0-30 in this order
    static QString normalize(const QString &code);
    // The check character for 17 characters of the charset; a null QChar otherwise.
    static QChar checkCharacter(QStringView first17);
    // An empty code is Problem::Empty (callers decide whether the field is required).
    static Result check(const QString &code);
};
