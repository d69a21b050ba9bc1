#include "core/IntegrityChecker.h"

#include "core/Database.h"
#include "core/SchemaMigrator.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

IntegrityChecker::IntegrityChecker(Database &db)
    : m_db(db) {}

QStringList IntegrityChecker::run() const {
    QStringList problems;
    QSqlQuery q(m_db.sql());
    // A server keeps its own pages and references whole (it refuses a broken reference when
    // it is written); only the schema version is Qinqing's to check there.
    if (m_db.isServer()) {
        if (!q.exec(u"SELECT 1"_s))
            problems << tr("the server does not answer: %1").arg(q.lastError().text());
    } else if (!q.exec(u"PRAGMA integrity_check"_s)) {
        problems << tr("integrity check could not run: %1").arg(q.lastError().text());
    } else {
        while (q.next()) {
            const QString line = q.value(0).toString();
            if (line != "ok"_L1)
                problems << tr("integrity: %1").arg(line);
        }
    }
    if (m_db.isServer()) {
        // see above
    } else if (!q.exec(u"PRAGMA foreign_key_check"_s)) {
        problems << tr("foreign key check could not run: %1").arg(q.lastError().text());
    } else {
        while (q.next()) {
            problems << tr("foreign key: row %1 of table %2 refers to a missing row of %3")
                            .arg(q.value(1).toString(), q.value(0).toString(),
                                 q.value(2).toString());
        }
    }
    const int stored = m_db.schemaVersion();
    if (stored != SchemaMigrator::latestVersion())
        problems << tr("schema: version %1, this program expects %2")
                        .arg(stored)
                        .arg(SchemaMigrator::latestVersion());
    // The full-text index must match the appeals it indexes, or searches silently miss rows.
    if (m_db.dialect().hasTrigramSearch() && m_db.sql().tables().contains(u"appeal_search"_s) &&
        !q.exec(u"INSERT INTO appeal_search (appeal_search, rank) VALUES ('integrity-check', 1)"_s))
        problems << tr("search index: %1; run qinqing-cli check --repair")
                        .arg(q.lastError().databaseText());
    return problems;
}
