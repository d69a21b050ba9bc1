#pragma once

#include <QDate>
#include <QString>

// A computed deadline. When the calendar lacks a year the count passes through, the date is
// still the best estimate (weekends only) but `certain` is false and `reason` says why, so
// that no screen or printout presents it as legally established.
struct Deadline {
    QDate date;
    bool certain = true;
    QString reason;

    bool isValid() const { return date.isValid(); }
};
