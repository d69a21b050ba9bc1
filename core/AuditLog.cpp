#include "core/AuditLog.h"

#include "core/BatchInsert.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/SqlRead.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
QString &overrideUser() {
    static QString user;
    return user;
}

QString detailText(const QJsonObject &detail) {
    return detail.isEmpty()
               ? u""_s // not a null QString: that binds as NULL
               : QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
}
} // namespace

AuditLog::AuditLog(Database &db)
    : m_db(db) {}

QString AuditLog::currentUser() {
    if (!overrideUser().isEmpty())
        return overrideUser();
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? u"?"_s : user;
}

QString AuditLog::user() const {
    // On a server the log names the role that logged in, whatever the desk's OS user is.
    return m_db.isServer() ? m_db.userName() : currentUser();
}

void AuditLog::setCurrentUser(const QString &user) {
    overrideUser() = user;
}

bool AuditLog::record(const QString &entity, qint64 entityId, const QString &action,
                      const QJsonObject &detail) {
    QSqlQuery q(m_db.sql());
    q.prepare(u"INSERT INTO audit_log (at, who, entity, entity_id, action, detail) "
              "VALUES (?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(Clock::nowIso());
    q.addBindValue(user());
    q.addBindValue(entity);
    q.addBindValue(entityId);
    q.addBindValue(action);
    q.addBindValue(detailText(detail));
    return q.exec();
}

bool AuditLog::recordMany(const QString &entity, const QString &action,
                          const QList<QPair<qint64, QJsonObject>> &entries) {
    m_error.clear();
    BatchInsert batch(m_db, u"audit_log"_s,
                      {u"at"_s, u"who"_s, u"entity"_s, u"entity_id"_s, u"action"_s, u"detail"_s});
    const QString at = Clock::nowIso();
    const QString who = user();
    for (const auto &[entityId, detail] : entries)
        batch.add({at, who, entity, entityId, action, detailText(detail)});
    if (batch.exec())
        return true;
    m_error = batch.errorString();
    return false;
}

QList<AuditLog::Entry> AuditLog::history(const QString &entity, qint64 entityId) const {
    QList<Entry> entries;
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT id, at, who, entity, entity_id, action, detail FROM audit_log "
              "WHERE entity = ? AND entity_id = ? ORDER BY id"_s);
    q.addBindValue(entity);
    q.addBindValue(entityId);
    if (!q.exec()) {
        SqlRead::fail(q, m_error, QCoreApplication::translate("AuditLog", "the history"));
        return entries;
    }
    while (q.next()) {
        Entry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
        e.who = q.value(2).toString();
        e.entity = q.value(3).toString();
        e.entityId = q.value(4).toLongLong();
        e.action = q.value(5).toString();
        e.detail = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        entries << e;
    }
    return entries;
}
