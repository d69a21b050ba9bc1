#include "core/DatabaseInitializer.h"

#include "core/CalendarFileParser.h"
#include "core/CalendarRepository.h"
#include "core/Database.h"
#include "core/ProfileRepository.h"
#include "core/SqlRead.h"
#include "core/TransactionGuard.h"

#include <QFile>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

DatabaseInitializer::DatabaseInitializer(Database &db)
    : m_db(db) {}

bool DatabaseInitializer::isNew() const {
    return m_db.setting(u"profile"_s).isEmpty();
}

bool DatabaseInitializer::ensureInitialized() {
    return initialize(QString());
}

bool DatabaseInitializer::initialize(const QString &profileCode) {
    TransactionGuard tx(m_db.sql());
    ProfileRepository profiles(m_db);
    if (!profiles.installBuiltIns()) {
        m_error = profiles.errorString();
        return false;
    }
    QSqlQuery q(m_db.sql());
    if (!q.exec(u"SELECT COUNT(*) FROM calendar_years"_s) || !q.next())
        return SqlRead::fail(q, m_error, tr("the working-day calendar"));
    if (q.value(0).toInt() == 0) {
        QFile file(u":/calendar/calendar-cn-2023-2026.tsv"_s);
        file.open(QIODevice::ReadOnly);
        const auto parsed = CalendarFileParser::parse(file.readAll(), u"tsv"_s);
        CalendarRepository calendar(m_db);
        if (!parsed.ok() || !calendar.importYears(parsed.years, parsed.days, u"built-in"_s)) {
            m_error = tr("Cannot install the built-in working-day calendar: %1")
                          .arg(calendar.errorString());
            return false;
        }
    }
    const QString wanted = profileCode.isEmpty() && isNew() ? u"tongliao"_s : profileCode;
    if (!wanted.isEmpty() && wanted != m_db.setting(u"profile"_s)) {
        if (!profiles.setActive(wanted)) {
            m_error = profiles.errorString();
            return false;
        }
    }
    if (!tx.commit()) {
        m_error = tr("Cannot save the new database.");
        return false;
    }
    return true;
}
