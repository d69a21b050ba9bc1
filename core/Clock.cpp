#include "core/Clock.h"

#include <atomic>

using namespace Qt::StringLiterals;

namespace {
// The fixed day as a Julian day number; 0 (a day in 4714 BC) means "not fixed". An atomic
// rather than a QDate so that export and report threads may read it while nothing writes.
std::atomic<qint64> fixedJulianDay{0};
} // namespace

QDate Clock::today() {
    const qint64 day = fixedJulianDay.load(std::memory_order_relaxed);
    return day ? QDate::fromJulianDay(day) : QDate::currentDate();
}

QDateTime Clock::now() {
    const qint64 day = fixedJulianDay.load(std::memory_order_relaxed);
    const QDateTime system = QDateTime::currentDateTime();
    return day ? QDateTime(QDate::fromJulianDay(day), system.time()) : system;
}

QString Clock::nowIso() {
    return now().toString(Qt::ISODate);
}

void Clock::setToday(const QDate &day) {
    fixedJulianDay.store(day.isValid() ? day.toJulianDay() : 0, std::memory_order_relaxed);
}

bool Clock::isFixed() {
    return fixedJulianDay.load(std::memory_order_relaxed) != 0;
}

bool Clock::fixFromEnvironment(QString *error) {
    const QString text = qEnvironmentVariable("QINQING_TODAY").trimmed();
    if (text.isEmpty())
        return true;
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (!day.isValid()) {
        if (error)
            *error = u"QINQING_TODAY: \"%1\" is not a date (YYYY-MM-DD)"_s.arg(text);
        return false;
    }
    setToday(day);
    return true;
}

Clock::Fixed::Fixed(const QDate &day)
    : m_previous(Clock::isFixed() ? Clock::today() : QDate()) {
    Clock::setToday(day);
}

Clock::Fixed::~Fixed() {
    Clock::setToday(m_previous);
}
