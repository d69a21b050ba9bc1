#include "core/DatabaseInitializer.h"

#include "core/CalendarFileParser.h"
#include "core/CalendarRepository.h"
#include "core/Database.h"
#include "core/ProfileRepository.h"
#include "core/SqlRead.h"
#include "core/SqliteHandle.h"
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
    // Every open of the CLI and the window comes here: a database that has everything is not
    // written, so that a reader never waits for (or takes) the write lock.
    if (isComplete())
        return true;
    return initialize(QString());
}

bool DatabaseInitializer::isComplete() const {
    if (isNew())
        return false;
    ProfileRepository profiles(m_db);
    for (const QString &code : ProfileRepository::builtInCodes())
        if (!profiles.find(code))
            return false;
    QSqlQuery q(m_db.sql());
    return q.exec(u"SELECT COUNT(*) FROM calendar_years"_s) && q.next() && q.value(0).toInt() > 0;
}

bool DatabaseInitializer::initialize(const QString &profileCode) {
    TransactionGuard tx(m_db.sql());
    ProfileRepository profiles(m_db);
    if (!profiles.installBuiltIns()) {
        // A full disk or a read-only file is said as such, not as a profile that failed.
        m_error = SqliteHandle::fileProblem(m_db.sql());
        if (m_error.isEmpty())
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
        m_error = tx.errorString();
        return false;
    }
    return true;
}
