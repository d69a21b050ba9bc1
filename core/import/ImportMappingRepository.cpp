#include "core/import/ImportMappingRepository.h"

#include "core/Clock.h"
#include "core/Database.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

ImportMappingRepository::ImportMappingRepository(Database &db)
    : m_db(db) {}

std::optional<ImportMapping> ImportMappingRepository::find(const QString &name) {
    m_error.clear();
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT name, channel, key_column, columns FROM import_mappings WHERE name = ?"_s);
    q.addBindValue(name.trimmed());
    if (!q.exec()) {
        m_error = tr("Cannot read the import mapping %1: %2").arg(name, q.lastError().text());
        return std::nullopt;
    }
    if (!q.next())
        return ImportMapping::builtIn(name);
    ImportMapping m;
    m.name = q.value(0).toString();
    m.channel = q.value(1).toString();
    m.keyColumn = q.value(2).toString();
    m.columns = ImportMapping::columnsFromJson(q.value(3).toString());
    return m;
}

bool ImportMappingRepository::save(const ImportMapping &mapping) {
    m_error.clear();
    QSqlQuery q(m_db.sql());
    // UPDATE, then INSERT when there was nothing to update: the same on both engines.
    q.prepare(u"UPDATE import_mappings SET channel = ?, key_column = ?, columns = ?, "
              "updated_at = ? WHERE name = ?"_s);
    q.addBindValue(mapping.channel);
    q.addBindValue(mapping.keyColumn);
    q.addBindValue(mapping.toJson());
    q.addBindValue(Clock::nowIso());
    q.addBindValue(mapping.name.trimmed());
    bool ok = q.exec();
    if (ok && q.numRowsAffected() == 0) {
        q.prepare(u"INSERT INTO import_mappings (name, channel, key_column, columns, updated_at) "
                  "VALUES (?, ?, ?, ?, ?)"_s);
        q.addBindValue(mapping.name.trimmed());
        q.addBindValue(mapping.channel);
        q.addBindValue(mapping.keyColumn);
        q.addBindValue(mapping.toJson());
        q.addBindValue(Clock::nowIso());
        ok = q.exec();
    }
    if (!ok)
        m_error =
            tr("Cannot store the import mapping %1: %2").arg(mapping.name, q.lastError().text());
    return ok;
}

QList<ImportMapping> ImportMappingRepository::list() {
    QList<ImportMapping> out;
    QStringList names = ImportMapping::builtInNames();
    QSqlQuery q(m_db.sql());
    if (q.exec(u"SELECT name FROM import_mappings"_s))
        while (q.next())
            names << q.value(0).toString();
    names.removeDuplicates();
    std::sort(names.begin(), names.end());
    for (const QString &name : names)
        if (const auto m = find(name))
            out << *m;
    return out;
}
