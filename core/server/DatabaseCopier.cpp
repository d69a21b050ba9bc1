#include "core/server/DatabaseCopier.h"

#include "core/Database.h"
#include "core/TransactionGuard.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace {
// What initialising a database writes; the copy replaces it with the source's.
const QSet<QString> kInitialTables = {u"settings"_s, u"profiles"_s, u"calendar_years"_s,
                                      u"calendar_days"_s};
// The server's own: its logins (server init's administrator, users added before the copy).
const QSet<QString> kKeptTables = {u"users"_s};
} // namespace

DatabaseCopier::DatabaseCopier(Database &source, Database &target)
    : m_source(source)
    , m_target(target) {}

bool DatabaseCopier::fail(const QString &message) {
    m_error = message;
    return false;
}

qint64 DatabaseCopier::count(Database &db, const QString &table) {
    QSqlQuery q(db.sql());
    if (!q.exec(u"SELECT count(*) FROM %1"_s.arg(table)) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// The tables both databases have, each after the tables it refers to, so that every row's
// references exist when it is inserted. A table's references to itself (an appeal marked a
// duplicate of another) are filled in after all its rows are in.
QStringList DatabaseCopier::tablesInOrder(QHash<QString, QStringList> *selfReferences) {
    const QStringList targetTables = m_target.sql().tables();
    QStringList tables;
    for (const QString &t : m_source.sql().tables()) {
        if (targetTables.contains(t) && !kKeptTables.contains(t))
            tables << t;
    }
    tables.sort();
    QHash<QString, QSet<QString>> needs;
    QSqlQuery q(m_source.sql());
    if (q.exec(m_source.dialect().foreignKeysSql())) {
        while (q.next()) {
            const QString table = q.value(0).toString();
            const QString referenced = q.value(1).toString();
            if (table == referenced)
                (*selfReferences)[table] << q.value(2).toString();
            else
                needs[table] << referenced;
        }
    }
    QStringList ordered;
    while (ordered.size() < tables.size()) {
        bool progressed = false;
        for (const QString &t : std::as_const(tables)) {
            if (ordered.contains(t))
                continue;
            bool ready = true;
            for (const QString &n : needs.value(t))
                ready = ready && (ordered.contains(n) || !tables.contains(n));
            if (ready) {
                ordered << t;
                progressed = true;
            }
        }
        if (!progressed) // a cycle of references: cannot happen with Qinqing's schema
            return {};
    }
    return ordered;
}

bool DatabaseCopier::copy() {
    m_error.clear();
    m_counts.clear();
    if (m_source.schemaVersion() != m_target.schemaVersion())
        return fail(tr("The source is at schema version %1 and the target at %2; open both with "
                       "this version of Qinqing first.")
                        .arg(m_source.schemaVersion())
                        .arg(m_target.schemaVersion()));
    QHash<QString, QStringList> selfReferences;
    const QStringList tables = tablesInOrder(&selfReferences);
    if (tables.isEmpty())
        return fail(tr("Cannot work out the order of the tables to copy."));
    for (const QString &t : tables) {
        if (kInitialTables.contains(t))
            continue;
        const qint64 n = count(m_target, t);
        if (n != 0)
            return fail(tr("%1 already holds records (%2 rows in %3): copy only into a new, "
                           "initialised database, so that nothing on the server is overwritten.")
                            .arg(m_target.path())
                            .arg(n)
                            .arg(t));
    }

    TransactionGuard tx(m_target.sql());
    if (!tx.isActive())
        return fail(tx.errorString());
    QSqlQuery q(m_target.sql());
    const QString copying = m_target.dialect().copyingSql();
    if (!copying.isEmpty() && !q.exec(copying))
        return fail(
            tr("Cannot prepare the copy on %1: %2").arg(m_target.path(), q.lastError().text()));
    for (auto it = tables.crbegin(); it != tables.crend(); ++it) {
        const QString where =
            *it == "settings"_L1 ? u" WHERE key <> 'schema_version'"_s : QString();
        if (!q.exec(u"DELETE FROM %1%2"_s.arg(*it, where)))
            return fail(tr("Cannot empty %1 on the target: %2").arg(*it, q.lastError().text()));
    }
    for (const QString &t : tables) {
        if (!copyTable(t, selfReferences.value(t)))
            return false;
        const QString reset = m_target.dialect().resetIdentitySql(t);
        if (!reset.isEmpty() && m_target.sql().record(t).contains(u"id"_s) && !q.exec(reset))
            return fail(tr("Cannot set the id counter of %1: %2").arg(t, q.lastError().text()));
        const TableCount c{t, count(m_source, t), count(m_target, t)};
        m_counts << c;
        if (c.source != c.target)
            return fail(tr("%1: %2 rows in the source but %3 on the target; nothing was copied.")
                            .arg(t)
                            .arg(c.source)
                            .arg(c.target));
    }
    if (!tx.commit())
        return fail(tr("Cannot commit the copy on %1: %2")
                        .arg(m_target.path(), m_target.sql().lastError().text()));
    // The office's first lists on the server are planned with the real row counts. Not a
    // failure of the copy if it cannot: autovacuum gathers them within a minute or so.
    m_target.refreshStatistics();
    return true;
}

bool DatabaseCopier::copyTable(const QString &table, const QStringList &selfReferences) {
    const QSqlRecord targetColumns = m_target.sql().record(table);
    QStringList columns;
    const QSqlRecord sourceColumns = m_source.sql().record(table);
    for (int i = 0; i < sourceColumns.count(); ++i) {
        if (targetColumns.contains(sourceColumns.fieldName(i)))
            columns << sourceColumns.fieldName(i);
    }
    QSqlQuery read(m_source.sql());
    read.setForwardOnly(true);
    const QString where = table == "settings"_L1 ? u" WHERE key <> 'schema_version'"_s : QString();
    if (!read.exec(u"SELECT %1 FROM %2%3"_s.arg(columns.join(u", "_s), table, where)))
        return fail(tr("Cannot read %1 from the source: %2").arg(table, read.lastError().text()));
    // Many rows per INSERT: one statement per row costs a round trip to the server each, which
    // made a 100,000-appeal office take an hour to copy.
    const int batchRows = std::max(1, 8000 / int(columns.size()));
    auto insertSql = [&](int rows) {
        const QString row = u'(' + QStringList(columns.size(), u"?"_s).join(u", "_s) + u')';
        return u"INSERT INTO %1 (%2) VALUES %3"_s.arg(table, columns.join(u", "_s),
                                                      QStringList(rows, row).join(u", "_s));
    };
    QSqlQuery full(m_target.sql());
    if (!full.prepare(insertSql(batchRows)))
        return fail(tr("Cannot write %1 on the target: %2").arg(table, full.lastError().text()));
    QList<int> selfColumns;
    for (const QString &c : selfReferences)
        selfColumns << columns.indexOf(c);
    QList<QVariantList> later; // id, then the self-references
    const int idColumn = columns.indexOf(u"id"_s);
    QVariantList values;
    QStringList ids; // of the rows in `values`, for the message
    auto flush = [&]() {
        const int rows = int(values.size() / columns.size());
        if (rows == 0)
            return true;
        QSqlQuery partial(m_target.sql());
        QSqlQuery &write = rows == batchRows ? full : partial;
        if (&write == &partial && !partial.prepare(insertSql(rows)))
            return fail(
                tr("Cannot write %1 on the target: %2").arg(table, partial.lastError().text()));
        for (int i = 0; i < values.size(); ++i)
            write.bindValue(i, values.at(i));
        if (!write.exec())
            return fail(tr("Cannot copy a row of %1 (id %2): %3")
                            .arg(table, ids.isEmpty() ? u"-"_s : ids.first() + u'-' + ids.last(),
                                 write.lastError().text()));
        values.clear();
        ids.clear();
        return true;
    };
    while (read.next()) {
        QVariantList deferred;
        for (int i = 0; i < columns.size(); ++i) {
            QVariant v = read.value(i);
            if (selfColumns.contains(i) && !v.isNull()) {
                deferred << v;
                v = QVariant(QMetaType(QMetaType::LongLong));
            } else if (selfColumns.contains(i)) {
                deferred << v;
            }
            values << v;
        }
        if (idColumn >= 0)
            ids << read.value(idColumn).toString();
        if (idColumn >= 0 && !selfColumns.isEmpty())
            later << (QVariantList{read.value(idColumn)} + deferred);
        if (values.size() == batchRows * columns.size() && !flush())
            return false;
    }
    if (!flush())
        return false;
    if (selfColumns.isEmpty() || later.isEmpty())
        return true;
    QStringList sets;
    for (const QString &c : selfReferences)
        sets << c + u" = ?"_s;
    QSqlQuery fix(m_target.sql());
    fix.prepare(u"UPDATE %1 SET %2 WHERE id = ?"_s.arg(table, sets.join(u", "_s)));
    for (const QVariantList &row : std::as_const(later)) {
        bool any = false;
        for (int i = 1; i < row.size(); ++i)
            any = any || !row.at(i).isNull();
        if (!any)
            continue;
        for (int i = 1; i < row.size(); ++i)
            fix.bindValue(i - 1, row.at(i));
        fix.bindValue(row.size() - 1, row.at(0));
        if (!fix.exec())
            return fail(tr("Cannot link the rows of %1 (id %2): %3")
                            .arg(table, row.at(0).toString(), fix.lastError().text()));
    }
    return true;
}
