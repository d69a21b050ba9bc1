#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// What day it is, asked in one place. Every "today" and "now" of the program (deadlines due
// or overdue, dates proposed in forms, printed dates, audit and record timestamps) comes from
// here, so that tests and the demo fix the date one way: Clock::Fixed in a test, or
// QINQING_TODAY=YYYY-MM-DD in the environment of qinqing and qinqing-cli (a demo world made
// with `demo --today` then looks as it did on that day).
//
// Safe to read from any thread; fixing the date is meant for start-up and tests.
class Clock {
public:
    static QDate today();
    // The local date and time on today(): when the date is fixed the time of day stays the
    // system's, so that timestamps written one after the other keep their order.
    static QDateTime now();
    // now() as the schema stores timestamps (ISO 8601, seconds).
    static QString nowIso();

    // Fixes today() until changed again; an invalid date returns to the system clock.
    static void setToday(const QDate &day);
    static bool isFixed();
    // Fixes today() from QINQING_TODAY when it is set. False, with the reason in `error`,
    // when it is set but not a valid YYYY-MM-DD date (the clock is then left alone).
    static bool fixFromEnvironment(QString *error = nullptr);

    // Fixes today() for a scope (a test case) and restores the previous state after it.
    class Fixed {
    public:
        explicit Fixed(const QDate &day);
        ~Fixed();
        Fixed(const Fixed &) = delete;
        Fixed &operator=(const Fixed &) = delete;

    private:
        QDate m_previous; // invalid: the system clock
    };
};
