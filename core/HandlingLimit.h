#pragma once

#include "core/DeadlineUnit.h"

#include <QString>
#include <QStringList>

// A time limit of a profile, e.g. "7 个工作日" or "30 日". amount 0 means the regime sets none.
struct HandlingLimit {
    int amount = 0;
    DeadlineUnit unit = DeadlineUnit::CalendarDays;

    bool isSet() const { return amount > 0; }
    bool operator==(const HandlingLimit &o) const { return amount == o.amount && unit == o.unit; }

    // "30 calendar", "7 working"; '' when not set. Stored with an assignment's deadlines so
    // that they can be counted again when the calendar changes (schema step 14).
    QString code() const {
        return isSet() ? QString::number(amount) + u' ' + deadlineUnitCode(unit) : QString();
    }
    static HandlingLimit fromCode(const QString &code) {
        const QStringList parts = code.split(u' ');
        bool amountOk = false;
        bool unitOk = false;
        HandlingLimit limit;
        if (parts.size() == 2) {
            limit.amount = parts.at(0).toInt(&amountOk);
            limit.unit = deadlineUnitFromCode(parts.at(1), &unitOk);
        }
        return amountOk && unitOk && limit.amount > 0 ? limit : HandlingLimit{};
    }
};
