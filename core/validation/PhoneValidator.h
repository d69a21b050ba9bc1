#pragma once

#include <QCoreApplication>
#include <QString>

// Telephone numbers as clerks type them from the paper forms: mobiles (138 0000 0000,
// +86 138-0000-0000), landlines with area code (0473-8991510, 0473—8991510 as in seed 002,
// (0477)8991510, 010-12345678转123), service hotlines (12345, 95588, 400-810-8888). A field may
// hold several numbers separated by 、 , ; or /. Anything else is a warning: the number is kept
// as typed, because a clerk copying a form must not be stopped by an odd number.
class PhoneValidator {
    Q_DECLARE_TR_FUNCTIONS(PhoneValidator)

public:
    enum class Kind { Empty, Mobile, Landline, Hotline, Invalid };

    struct Result {
        Kind kind = Kind::Empty; // of the first number; Invalid when any number is invalid
        QString normalized;      // e.g. 13800000000, 0473-8991510, 010-12345678 转 123
        QString reason;          // what is wrong, for users; empty when valid or empty

        bool isValid() const { return kind != Kind::Invalid; }
    };

    static Result check(const QString &text);

private:
    static Result checkOne(const QString &number);
};
