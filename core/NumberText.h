#pragma once

#include <QLocale>
#include <QString>

// Counts in messages: 100,000 rather than 100000, so that a clerk reads a long number at a
// glance whatever the system's locale (the C locale, which scripts run in, groups nothing).
namespace NumberText {
inline QString grouped(qint64 n) {
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::DefaultNumberOptions);
    return c.toString(n);
}
} // namespace NumberText
