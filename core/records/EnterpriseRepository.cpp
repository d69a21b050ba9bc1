#include "core/records/EnterpriseRepository.h"

#include "core/AuditLog.h"
#include "core/Database.h"
#include "core/SqlRead.h"
#include "core/TransactionGuard.h"
#include "core/records/RecordDiff.h"
#include "core/validation/UsccValidator.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
const QString kColumns = u"id, name, uscc, responsible_person, phone, industry, district, "
                         "liaison_leader_id"_s;

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

void bindFields(QSqlQuery &q, const Enterprise &e) {
    q.addBindValue(RecordDiff::text(e.name));
    q.addBindValue(RecordDiff::text(UsccValidator::normalize(e.uscc)));
    q.addBindValue(RecordDiff::text(e.responsiblePerson));
    q.addBindValue(RecordDiff::text(e.phone));
    q.addBindValue(RecordDiff::text(e.industry));
    q.addBindValue(RecordDiff::text(e.district));
    q.addBindValue(idOrNull(e.liaisonLeaderId));
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
    Enterprise e = enterprise;
    e.name = e.name.trimmed();
    e.uscc = UsccValidator::normalize(e.uscc);
    e.tags = cleanTags(e.tags);
    if (e.name.isEmpty())
        return fail(tr("Enterprise name: is required"));
    if (findByName(e.name))
        return fail(tr("Enterprise name: %1 already exists").arg(e.name));
    if (!m_readError.isEmpty())
        return fail(m_readError);

    TransactionGuard tx(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(u"INSERT INTO enterprises (name, uscc, responsible_person, phone, industry, "
              "district, liaison_leader_id, created_at, updated_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
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

bool EnterpriseRepository::update(const Enterprise &enterprise) {
    m_error.clear();
    Enterprise e = enterprise;
    e.name = e.name.trimmed();
    e.uscc = UsccValidator::normalize(e.uscc);
    e.tags = cleanTags(e.tags);
    if (e.name.isEmpty())
        return fail(tr("Enterprise name: is required"));
    const auto before = find(e.id);
    if (!before)
        return fail(
            SqlRead::missing(m_readError, tr("There is no enterprise with id %1").arg(e.id)));
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
              "industry = ?, district = ?, liaison_leader_id = ?, updated_at = ? WHERE id = ?"_s);
    bindFields(q, e);
    q.addBindValue(RecordDiff::now());
    q.addBindValue(e.id);
    if (!q.exec())
        return fail(tr("Cannot update the enterprise %1: %2").arg(e.name, q.lastError().text()));
    if (!writeTags(e.id, e.tags))
        return false;
    if (!AuditLog(m_db).record(u"enterprise"_s, e.id, u"updated"_s, changes))
        return fail(tr("Cannot write the audit log for the enterprise %1").arg(e.name));
    if (!tx.commit())
        return fail(tr("Cannot commit the enterprise %1").arg(e.name));
    return true;
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
