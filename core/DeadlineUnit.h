#pragma once

#include <QString>

// The two ways Chinese regulations count a handling period: 工作日 and 日/天 (calendar days).
enum class DeadlineUnit { WorkingDays, CalendarDays };

QString deadlineUnitCode(DeadlineUnit unit); // "working" / "calendar"
DeadlineUnit deadlineUnitFromCode(const QString &code, bool *ok = nullptr);
