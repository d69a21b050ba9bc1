#include "core/records/LeaderRepository.h"

#include "core/AuditLog.h"
#include "core/Database.h"
#include "core/SqlRead.h"
#include "core/TransactionGuard.h"
#include "core/records/RecordDiff.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
QVariantMap toMap(const Leader &l) {
    return {
        {u"name"_s, l.name.trimmed()},
        {u"title"_s, l.title.trimmed()},
        {u"domains"_s, LeaderRepository::splitDomains(LeaderRepository::joinDomains(l.domains))}};
}
} // namespace

LeaderRepository::LeaderRepository(Database &db)
    : m_db(db) {}

bool LeaderRepository::fail(const QString &message) {
    m_error = message;
    return false;
}

QStringList LeaderRepository::splitDomains(const QString &stored) {
    static const QRegularExpression separators(u"[,，、;；]"_s);
    QStringList out;
    for (const QString &part : stored.split(separators, Qt::SkipEmptyParts)) {
        const QString d = part.trimmed();
        if (!d.isEmpty() && !out.contains(d))
            out << d;
    }
    return out;
}

QString LeaderRepository::joinDomains(const QStringList &domains) {
    // A domain typed as "工业、能源" is two domains: split every entry before joining.
    return splitDomains(domains.join(u',')).join(u',');
}

bool LeaderRepository::insert(Leader &leader) {
    m_error.clear();
    const QString name = leader.name.trimmed();
    if (name.isEmpty())
        return fail(tr("Leader name: is required"));
    TransactionGuard tx(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(u"INSERT INTO leaders (name, title, domains) VALUES (?, ?, ?)"_s);
    q.addBindValue(name);
    q.addBindValue(RecordDiff::text(leader.title));
    q.addBindValue(RecordDiff::text(joinDomains(leader.domains)));
    if (!q.exec())
        return fail(tr("Cannot store the leader %1: %2").arg(name, q.lastError().text()));
    const qint64 id = q.lastInsertId().toLongLong();
    if (!AuditLog(m_db).record(u"leader"_s, id, u"created"_s, RecordDiff::values(toMap(leader))))
        return fail(tr("Cannot write the audit log for the leader %1").arg(name));
    if (!tx.commit())
        return fail(tr("Cannot commit the leader %1").arg(name));
    leader.id = id;
    leader.name = name;
    leader.domains = splitDomains(joinDomains(leader.domains));
    return true;
}

bool LeaderRepository::update(Leader &leader) {
    m_error.clear();
    m_conflict.reset();
    const QString name = leader.name.trimmed();
    if (name.isEmpty())
        return fail(tr("Leader name: is required"));
    const auto before = find(leader.id);
    if (!before)
        return fail(
            SqlRead::missing(m_readError, tr("There is no leader with id %1").arg(leader.id)));
    if (leader.version > 0 && before->version != leader.version)
        return refuseStale(*before);
    const QJsonObject changes = RecordDiff::changes(toMap(*before), toMap(leader));
    if (changes.isEmpty())
        return true;
    TransactionGuard tx(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(u"UPDATE leaders SET name = ?, title = ?, domains = ?, version = version + 1 "
              "WHERE id = ? AND version = ?"_s);
    q.addBindValue(name);
    q.addBindValue(RecordDiff::text(leader.title));
    q.addBindValue(RecordDiff::text(joinDomains(leader.domains)));
    q.addBindValue(leader.id);
    q.addBindValue(before->version);
    if (!q.exec())
        return fail(tr("Cannot update the leader %1: %2").arg(name, q.lastError().text()));
    // Another desk saved between the read above and this write.
    if (q.numRowsAffected() == 0)
        return refuseStale(*before);
    if (!AuditLog(m_db).record(u"leader"_s, leader.id, u"updated"_s, changes))
        return fail(tr("Cannot write the audit log for the leader %1").arg(name));
    if (!tx.commit())
        return fail(tr("Cannot commit the leader %1").arg(name));
    leader.version = before->version + 1;
    return true;
}

bool LeaderRepository::refuseStale(const Leader &current) {
    m_conflict =
        EditConflict::find(m_db, u"leader"_s, current.id, tr("The leader %1").arg(current.name));
    return fail(m_conflict->message());
}

QList<Leader> LeaderRepository::select(const QString &condition, const QVariantList &values) const {
    QList<Leader> out;
    m_readError.clear();
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT id, name, title, domains, version FROM leaders"_s +
              (condition.isEmpty() ? QString() : u" WHERE "_s + condition) + u" ORDER BY id"_s);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        SqlRead::fail(q, m_readError, tr("the leader"));
        return out;
    }
    while (q.next()) {
        Leader l;
        l.id = q.value(0).toLongLong();
        l.name = q.value(1).toString();
        l.title = q.value(2).toString();
        l.domains = splitDomains(q.value(3).toString());
        l.version = q.value(4).toInt();
        out << l;
    }
    if (SqlRead::failedMidway(q, m_readError, tr("the leader")))
        out.clear();
    return out;
}

std::optional<Leader> LeaderRepository::find(qint64 id) const {
    const auto found = select(u"id = ?"_s, {id});
    return found.isEmpty() ? std::nullopt : std::optional<Leader>(found.first());
}

QList<Leader> LeaderRepository::list() const {
    return select({}, {});
}

QList<Leader> LeaderRepository::withDomain(const QString &domain) const {
    QList<Leader> out;
    const QString d = domain.trimmed();
    for (const Leader &l : list()) {
        if (l.domains.contains(d))
            out << l;
    }
    return out;
}
