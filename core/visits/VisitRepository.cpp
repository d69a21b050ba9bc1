#include "core/visits/VisitRepository.h"

#include "core/AuditLog.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/SqlRead.h"
#include "core/TransactionGuard.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
// A null QString binds as SQL NULL; the text columns are NOT NULL with '' for "nothing".
QString text(const QString &s) {
    return s.isNull() ? u""_s : s.trimmed();
}
} // namespace

VisitRepository::VisitRepository(Database &db)
    : m_db(db) {}

bool VisitRepository::fail(const QString &message) {
    m_error = message;
    return false;
}

bool VisitRepository::insert(Visit &visit) {
    m_error.clear();
    if (visit.enterpriseId <= 0)
        return fail(tr("Enterprise: is required"));
    if (!visit.date.isValid())
        return fail(tr("Visit date: is required"));
    TransactionGuard tx(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(u"INSERT INTO enterprise_visits (enterprise_id, leader_id, visit_date, people, "
              "findings, follow_up, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(visit.enterpriseId);
    q.addBindValue(visit.leaderId > 0 ? QVariant(visit.leaderId)
                                      : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(visit.date.toString(Qt::ISODate));
    q.addBindValue(text(visit.people));
    q.addBindValue(text(visit.findings));
    q.addBindValue(text(visit.followUp));
    q.addBindValue(Clock::nowIso());
    if (!q.exec())
        return fail(tr("Cannot store the visit: %1").arg(q.lastError().text()));
    visit.id = q.lastInsertId().toLongLong();
    QJsonArray appeals;
    for (qint64 appealId : std::as_const(visit.appealIds)) {
        QSqlQuery link(m_db.sql());
        link.prepare(u"INSERT INTO visit_appeals (visit_id, appeal_id) VALUES (?, ?)"_s);
        link.addBindValue(visit.id);
        link.addBindValue(appealId);
        if (!link.exec())
            return fail(tr("Follow-up appeal %1: %2").arg(appealId).arg(link.lastError().text()));
        appeals.append(double(appealId));
    }
    if (!AuditLog(m_db).record(u"enterprise"_s, visit.enterpriseId, u"visited"_s,
                               {{u"date"_s, visit.date.toString(Qt::ISODate)},
                                {u"people"_s, visit.people},
                                {u"appeals"_s, appeals}}))
        return fail(tr("Cannot write the audit log for the visit"));
    return tx.commit() || fail(tr("Cannot commit the visit"));
}

QList<VisitRepository::Visit> VisitRepository::forEnterprise(qint64 enterpriseId) const {
    QList<Visit> out;
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT v.id, v.enterprise_id, v.leader_id, l.name, v.visit_date, v.people, "
              "v.findings, v.follow_up FROM enterprise_visits v "
              "LEFT JOIN leaders l ON l.id = v.leader_id "
              "WHERE v.enterprise_id = ? ORDER BY v.visit_date DESC, v.id DESC"_s);
    q.addBindValue(enterpriseId);
    if (!q.exec()) {
        SqlRead::fail(q, m_error, tr("the enterprise's visits"));
        return out;
    }
    while (q.next()) {
        Visit v;
        v.id = q.value(0).toLongLong();
        v.enterpriseId = q.value(1).toLongLong();
        v.leaderId = q.value(2).toLongLong();
        v.leaderName = q.value(3).toString();
        v.date = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        v.people = q.value(5).toString();
        v.findings = q.value(6).toString();
        v.followUp = q.value(7).toString();
        out << v;
    }
    for (Visit &v : out) {
        QSqlQuery a(m_db.sql());
        a.prepare(u"SELECT appeal_id FROM visit_appeals WHERE visit_id = ? ORDER BY appeal_id"_s);
        a.addBindValue(v.id);
        if (!a.exec()) {
            SqlRead::fail(a, m_error, tr("the appeals raised at a visit"));
            return {};
        }
        while (a.next())
            v.appealIds << a.value(0).toLongLong();
    }
    return out;
}
