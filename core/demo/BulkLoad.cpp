#include "core/demo/BulkLoad.h"

#include "core/Database.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

BulkLoad::BulkLoad(Database &db)
    : m_db(db) {}

bool BulkLoad::exec(const QString &sql) {
    QSqlQuery q(m_db.sql());
    if (q.exec(sql))
        return true;
    m_error = q.lastError().text();
    return false;
}

bool BulkLoad::begin(const QStringList &tables) {
    if (m_db.dialect().kind() != SqlDialect::Kind::Sqlite)
        return true;
    QSqlQuery q(m_db.sql());
    // The indexes SQLite makes for UNIQUE and PRIMARY KEY constraints have no SQL and stay.
    // Triggers other than the trigram index's are kept: they may do more than index.
    QStringList names;
    for (const QString &table : tables)
        names << u"'"_s + QString(table).replace(u'\'', "''"_L1) + u"'"_s;
    if (!q.exec(u"SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND "
                "((type = 'index' AND tbl_name IN (%1)) OR (type = 'trigger' AND "
                "name LIKE 'appeals\\_search\\_%' ESCAPE '\\')) ORDER BY rowid"_s.arg(
                    names.join(u", "_s)))) {
        m_error = q.lastError().text();
        return false;
    }
    QStringList drops;
    while (q.next()) {
        const bool index = q.value(0).toString() == "index"_L1;
        (index ? m_indexes : m_triggers) << q.value(2).toString();
        drops << u"DROP %1 \"%2\""_s.arg(index ? u"INDEX"_s : u"TRIGGER"_s,
                                         q.value(1).toString().replace(u'"', "\"\""_L1));
    }
    q.finish();
    for (const QString &drop : std::as_const(drops)) {
        if (!exec(drop))
            return false;
    }
    m_active = true;
    return true;
}

bool BulkLoad::finish() {
    if (!m_active)
        return true;
    for (const QString &create : std::as_const(m_indexes)) {
        if (!exec(create))
            return false;
    }
    if (!m_triggers.isEmpty() &&
        !exec(u"INSERT INTO appeal_search (appeal_search) VALUES ('rebuild')"_s))
        return false;
    for (const QString &create : std::as_const(m_triggers)) {
        if (!exec(create))
            return false;
    }
    m_active = false;
    return true;
}
