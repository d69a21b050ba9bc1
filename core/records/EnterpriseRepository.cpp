#include "core/records/EnterpriseRepository.h"

#include "core/AuditLog.h"
#include "core/BatchInsert.h"
#include "core/Database.h"
#include "core/SqlRead.h"
#include "core/TransactionGuard.h"
#include "core/records/RecordDiff.h"
#include "core/validation/UsccValidator.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
const QString kColumns = u"id, name, uscc, responsible_person, phone, industry, district, "
                         "liaison_leader_id, version"_s;

QStringList cleanTags(const QStringList &tags) {
    QStringList out;
    for (const QString &t : tags) {
        const QString tag = t.trimmed();
        if (!tag.isEmpty() && !out.contains(tag))
            out << tag;
    }
    return out;
}

QStringList sortedTags(QStringList tags) {
    tags.sort();
    return tags;
}

QVariantMap toMap(const Enterprise &e) {
    return {{u"name"_s, e.name},
            {u"uscc"_s, e.uscc},
            {u"responsible_person"_s, e.responsiblePerson},
            {u"phone"_s, e.phone},
            {u"industry"_s, e.industry},
            {u"district"_s, e.district},
            {u"tags"_s, sortedTags(e.tags)},
            {u"liaison_leader_id"_s, e.liaisonLeaderId}};
}

QVariant idOrNull(qint64 id) {
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

// The columns of fields(), in its order.
const QStringList kFieldColumns{u"name"_s,     u"uscc"_s,     u"responsible_person"_s, u"phone"_s,
                                u"industry"_s, u"district"_s, u"liaison_leader_id"_s};

QVariantList fields(const Enterprise &e) {
    return {RecordDiff::text(e.name),
            RecordDiff::text(UsccValidator::normalize(e.uscc)),
            RecordDiff::text(e.responsiblePerson),
            RecordDiff::text(e.phone),
            RecordDiff::text(e.industry),
            RecordDiff::text(e.district),
            idOrNull(e.liaisonLeaderId)};
}

void bindFields(QSqlQuery &q, const Enterprise &e) {
    for (const QVariant &v : fields(e))
        q.addBindValue(v);
}

Enterprise cleaned(const Enterprise &in) {
    Enterprise e = in;
    e.name = e.name.trimmed();
    e.uscc = UsccValidator::normalize(e.uscc);
    e.tags = cleanTags(e.tags);
    return e;
}
} // namespace

EnterpriseRepository::EnterpriseRepository(Database &db)
    : m_db(db) {}

bool EnterpriseRepository::fail(const QString &message) {
    m_error = message;
    return false;
}

bool EnterpriseRepository::insert(Enterprise &enterprise) {
    m_error.clear();
    Enterprise e = cleaned(enterprise);
    if (e.name.isEmpty())
        return fail(tr("Enterprise name: is required"));
    if (findByName(e.name))
        return fail(tr("Enterprise name: %1 already exists").arg(e.name));
    if (!m_readError.isEmpty())
        return fail(m_readError);

    TransactionGuard tx(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(u"INSERT INTO enterprises (%1, created_at, updated_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(kFieldColumns.join(u", "_s)));
    bindFields(q, e);
    const QString now = RecordDiff::now();
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return fail(tr("Cannot store the enterprise %1: %2").arg(e.name, q.lastError().text()));
    e.id = q.lastInsertId().toLongLong();
    if (!writeTags(e.id, e.tags))
        return false;
    if (!AuditLog(m_db).record(u"enterprise"_s, e.id, u"created"_s, RecordDiff::values(toMap(e))))
        return fail(tr("Cannot write the audit log for the enterprise %1").arg(e.name));
    if (!tx.commit())
        return fail(tr("Cannot commit the enterprise %1").arg(e.name));
    enterprise = e;
    return true;
}

bool EnterpriseRepository::insertMany(QList<Enterprise> &enterprises) {
    m_error.clear();
    QList<Enterprise> out;
    QSet<QString> names;
    for (const Enterprise &in : std::as_const(enterprises)) {
        const Enterprise e = cleaned(in);
        if (e.name.isEmpty())
            return fail(tr("Enterprise name: is required"));
        if (names.contains(e.name))
            return fail(tr("Enterprise name: %1 already exists").arg(e.name));
        names.insert(e.name);
        out << e;
    }
    // A name already stored is refused by the table's UNIQUE constraint, as a row.
    TransactionGuard tx(m_db.sql());
    const QString now = RecordDiff::now();
    BatchInsert rows(m_db, u"enterprises"_s,
                     kFieldColumns + QStringList{u"created_at"_s, u"updated_at"_s}, u"id, name"_s);
    for (const Enterprise &e : std::as_const(out))
        rows.add(fields(e) + QVariantList{now, now});
    QHash<QString, qint64> ids;
    if (!rows.exec([&ids](const QSqlQuery &q) {
            ids.insert(q.value(1).toString(), q.value(0).toLongLong());
        }))
        return fail(tr("Cannot store the enterprises: %1").arg(rows.errorString()));
    BatchInsert tags(m_db, u"enterprise_tags"_s, {u"enterprise_id"_s, u"tag"_s});
    QList<QPair<qint64, QJsonObject>> created;
    for (Enterprise &e : out) {
        e.id = ids.value(e.name);
        for (const QString &tag : std::as_const(e.tags))
            tags.add({e.id, tag});
        created << qMakePair(e.id, RecordDiff::values(toMap(e)));
    }
    if (!tags.exec())
        return fail(tr("Cannot store the tags: %1").arg(tags.errorString()));
    AuditLog log(m_db);
    if (!log.recordMany(u"enterprise"_s, u"created"_s, created))
        return fail(
            tr("Cannot write the audit log for the enterprises: %1").arg(log.errorString()));
    if (!tx.commit())
        return fail(tr("Cannot commit the enterprises"));
    enterprises = out;
    return true;
}

QList<Enterprise> EnterpriseRepository::summaries() const {
    m_readError.clear();
    QList<Enterprise> out;
    QSqlQuery q(m_db.sql());
    if (!q.exec(u"SELECT id, name, uscc FROM enterprises ORDER BY id"_s)) {
        SqlRead::fail(q, m_readError, tr("the enterprises"));
        return out;
    }
    while (q.next()) {
        Enterprise e;
        e.id = q.value(0).toLongLong();
        e.name = q.value(1).toString();
        e.uscc = q.value(2).toString();
        out << e;
    }
    if (SqlRead::failedMidway(q, m_readError, tr("the enterprises")))
        out.clear();
    return out;
}

bool EnterpriseRepository::update(Enterprise &enterprise) {
    m_error.clear();
    m_conflict.reset();
    Enterprise e = cleaned(enterprise);
    if (e.name.isEmpty())
        return fail(tr("Enterprise name: is required"));
    const auto before = find(e.id);
    if (!before)
        return fail(
            SqlRead::missing(m_readError, tr("There is no enterprise with id %1").arg(e.id)));
    if (e.version > 0 && before->version != e.version)
        return refuseStale(*before);
    if (const auto other = findByName(e.name); other && other->id != e.id)
        return fail(tr("Enterprise name: %1 already exists").arg(e.name));
    if (!m_readError.isEmpty())
        return fail(m_readError);

    const QJsonObject changes = RecordDiff::changes(toMap(*before), toMap(e));
    if (changes.isEmpty())
        return true;
    TransactionGuard tx(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(u"UPDATE enterprises SET name = ?, uscc = ?, responsible_person = ?, phone = ?, "
              "industry = ?, district = ?, liaison_leader_id = ?, updated_at = ?, "
              "version = version + 1 WHERE id = ? AND version = ?"_s);
    bindFields(q, e);
    q.addBindValue(RecordDiff::now());
    q.addBindValue(e.id);
    q.addBindValue(before->version);
    if (!q.exec())
        return fail(tr("Cannot update the enterprise %1: %2").arg(e.name, q.lastError().text()));
    // Another desk saved between the read above and this write.
    if (q.numRowsAffected() == 0)
        return refuseStale(*before);
    if (!writeTags(e.id, e.tags))
        return false;
    if (!AuditLog(m_db).record(u"enterprise"_s, e.id, u"updated"_s, changes))
        return fail(tr("Cannot write the audit log for the enterprise %1").arg(e.name));
    if (!tx.commit())
        return fail(tr("Cannot commit the enterprise %1").arg(e.name));
    enterprise.version = before->version + 1;
    return true;
}

bool EnterpriseRepository::refuseStale(const Enterprise &current) {
    m_conflict = EditConflict::find(m_db, u"enterprise"_s, current.id,
                                    tr("The enterprise %1").arg(current.name));
    return fail(m_conflict->message());
}

bool EnterpriseRepository::fillUscc(qint64 id, const QString &uscc) {
    m_error.clear();
    auto e = find(id);
    if (!e)
        return fail(SqlRead::missing(m_readError, tr("There is no enterprise with id %1").arg(id)));
    // Not a form: the record was read just now, inside the import's transaction, and only its
    // code changes, so the version read here is the one the update checks; every other field
    // is written back as stored.
    e->uscc = uscc;
    return update(*e);
}

bool EnterpriseRepository::writeTags(qint64 id, const QStringList &tags) {
    QSqlQuery del(m_db.sql());
    del.prepare(u"DELETE FROM enterprise_tags WHERE enterprise_id = ?"_s);
    del.addBindValue(id);
    if (!del.exec())
        return fail(tr("Cannot store the tags: %1").arg(del.lastError().text()));
    QSqlQuery ins(m_db.sql());
    ins.prepare(u"INSERT INTO enterprise_tags (enterprise_id, tag) VALUES (?, ?)"_s);
    for (const QString &tag : tags) {
        ins.addBindValue(id);
        ins.addBindValue(tag);
        if (!ins.exec())
            return fail(tr("Cannot store the tag %1: %2").arg(tag, ins.lastError().text()));
    }
    return true;
}

QStringList EnterpriseRepository::loadTags(qint64 id) const {
    QStringList tags;
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT tag FROM enterprise_tags WHERE enterprise_id = ? ORDER BY tag"_s);
    q.addBindValue(id);
    if (!q.exec()) {
        SqlRead::fail(q, m_readError, tr("the enterprise's tags"));
        return tags;
    }
    while (q.next())
        tags << q.value(0).toString();
    SqlRead::failedMidway(q, m_readError, tr("the enterprise's tags"));
    return tags;
}

std::optional<Enterprise> EnterpriseRepository::findWhere(const QString &condition,
                                                          const QVariant &value) const {
    m_readError.clear();
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT "_s + kColumns + u" FROM enterprises WHERE "_s + condition +
              u" ORDER BY id LIMIT 1"_s);
    q.addBindValue(value);
    if (!q.exec()) {
        SqlRead::fail(q, m_readError, tr("the enterprise"));
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    Enterprise e;
    e.id = q.value(0).toLongLong();
    e.name = q.value(1).toString();
    e.uscc = q.value(2).toString();
    e.responsiblePerson = q.value(3).toString();
    e.phone = q.value(4).toString();
    e.industry = q.value(5).toString();
    e.district = q.value(6).toString();
    e.liaisonLeaderId = q.value(7).toLongLong();
    e.version = q.value(8).toInt();
    e.tags = loadTags(e.id);
    // Without its tags the enterprise is not what is stored: an update would drop them.
    if (!m_readError.isEmpty())
        return std::nullopt;
    return e;
}

std::optional<Enterprise> EnterpriseRepository::find(qint64 id) const {
    return findWhere(u"id = ?"_s, id);
}

std::optional<Enterprise> EnterpriseRepository::findByName(const QString &name) const {
    return findWhere(u"name = ?"_s, name.trimmed());
}

std::optional<Enterprise> EnterpriseRepository::findByUscc(const QString &uscc) const {
    const QString code = UsccValidator::normalize(uscc);
    if (code.isEmpty())
        return std::nullopt;
    return findWhere(u"uscc = ?"_s, code);
}

QList<Enterprise> EnterpriseRepository::searchByName(const QString &text, int limit) const {
    QList<Enterprise> out;
    const QString needle = text.trimmed();
    QSqlQuery q(m_db.sql());
    // Prefix matches first: a clerk typing 乌审旗 wants 乌审旗… before …乌审旗分公司.
    q.prepare(u"SELECT id FROM enterprises WHERE "_s + m_db.dialect().containsCondition(u"name"_s) +
              u" ORDER BY CASE WHEN substr(name, 1, ?) = ? THEN 0 ELSE 1 END, "
              "length(name), name LIMIT ?"_s);
    q.addBindValue(SqlDialect::likePattern(needle));
    q.addBindValue(int(needle.size()));
    q.addBindValue(needle);
    q.addBindValue(qMax(1, limit));
    if (!q.exec())
        return out;
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    for (qint64 id : ids) {
        if (auto e = find(id))
            out << *e;
    }
    return out;
}
