#pragma once

#include "core/DeadlineUnit.h"

// A time limit of a profile, e.g. "7 个工作日" or "30 日". amount 0 means the regime sets none.
struct HandlingLimit {
    int amount = 0;
    DeadlineUnit unit = DeadlineUnit::CalendarDays;

    bool isSet() const { return amount > 0; }
    bool operator==(const HandlingLimit &o) const { return amount == o.amount && unit == o.unit; }
};
