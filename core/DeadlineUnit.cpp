#include "core/DeadlineUnit.h"

using namespace Qt::StringLiterals;

QString deadlineUnitCode(DeadlineUnit unit) {
    return unit == DeadlineUnit::WorkingDays ? u"working"_s : u"calendar"_s;
}

DeadlineUnit deadlineUnitFromCode(const QString &code, bool *ok) {
    if (ok)
        *ok = code == "working"_L1 || code == "calendar"_L1;
    return code == "working"_L1 ? DeadlineUnit::WorkingDays : DeadlineUnit::CalendarDays;
}
