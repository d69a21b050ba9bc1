#pragma once

#include <QDate>
#include <QString>

// One exception to the Monday-to-Friday week: a statutory day off (法定节假日, weekends inside
// the holiday range included) or a make-up working weekend day (调休补班).
struct CalendarDay {
    enum class Kind { Off, Work };

    QDate date;
    Kind kind = Kind::Off;
    QString holiday; // e.g. 春节

    bool operator==(const CalendarDay &o) const {
        return date == o.date && kind == o.kind && holiday == o.holiday;
    }
};
