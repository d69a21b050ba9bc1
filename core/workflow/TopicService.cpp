#include "core/workflow/TopicService.h"

#include "core/AuditLog.h"
#include "core/Database.h"
#include "core/SqlRead.h"
#include "core/TransactionGuard.h"
#include "core/workflow/WorkflowSql.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

TopicService::TopicService(Database &db)
    : m_db(db) {}

bool TopicService::audit(qint64 topicId, const QString &action, const QJsonObject &detail) {
    if (AuditLog(m_db).record(u"topic"_s, topicId, action, detail))
        return true;
    m_error = tr("Topic %1: cannot write its history.").arg(topicId);
    return false;
}

bool TopicService::attach(qint64 topicId, const QList<qint64> &appealIds) {
    bool anyUrgent = false;
    for (qint64 appealId : appealIds) {
        QSqlQuery q(m_db.sql());
        q.prepare(u"SELECT number, status, topic_id, urgency FROM appeals WHERE id = ?"_s);
        WorkflowSql::bind(q, appealId);
        if (!WorkflowSql::exec(q, &m_error))
            return false;
        if (!q.next()) {
            m_error = tr("Appeal %1 does not exist.").arg(appealId);
            return false;
        }
        const QString number = q.value(0).toString();
        if (q.value(1).toString() != "accepted"_L1) {
            m_error = tr("Appeal %1: only accepted appeals can go into a topic (it is %2).")
                          .arg(number, q.value(1).toString());
            return false;
        }
        if (!q.value(2).isNull() && q.value(2).toLongLong() != topicId) {
            m_error =
                tr("Appeal %1 is already in topic %2.").arg(number).arg(q.value(2).toLongLong());
            return false;
        }
        anyUrgent = anyUrgent || q.value(3).toString() == "urgent"_L1;
        QSqlQuery u(m_db.sql());
        u.prepare(u"UPDATE appeals SET topic_id = ?, updated_at = ? WHERE id = ?"_s);
        WorkflowSql::bind(u, topicId);
        WorkflowSql::bind(u, WorkflowSql::now());
        WorkflowSql::bind(u, appealId);
        if (!WorkflowSql::exec(u, &m_error))
            return false;
        if (!AuditLog(m_db).record(u"appeal"_s, appealId, u"topic"_s, {{u"topic"_s, topicId}}))
            return false;
    }
    if (anyUrgent) {
        QSqlQuery u(m_db.sql());
        u.prepare(u"UPDATE topics SET urgent = 1 WHERE id = ?"_s);
        WorkflowSql::bind(u, topicId);
        return WorkflowSql::exec(u, &m_error);
    }
    return true;
}

qint64 TopicService::create(const QString &title, const QList<qint64> &appealIds,
                            const QString &description, bool urgent) {
    m_error.clear();
    if (title.trimmed().isEmpty()) {
        m_error = tr("Title: a topic needs a title.");
        return 0;
    }
    if (appealIds.isEmpty()) {
        m_error = tr("Appeals: select at least one accepted appeal for the topic.");
        return 0;
    }
    TransactionGuard tx(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(u"INSERT INTO topics (title, description, urgent, status, created_at) "
              "VALUES (?, ?, ?, 'open', ?)"_s);
    WorkflowSql::bind(q, title.trimmed());
    WorkflowSql::bind(q, description.trimmed());
    WorkflowSql::bind(q, urgent ? 1 : 0);
    WorkflowSql::bind(q, WorkflowSql::now());
    if (!WorkflowSql::exec(q, &m_error))
        return 0;
    const qint64 id = q.lastInsertId().toLongLong();
    if (!attach(id, appealIds))
        return 0;
    QJsonArray ids;
    for (qint64 a : appealIds)
        ids.append(a);
    if (!audit(id, u"created"_s, {{u"title"_s, title.trimmed()}, {u"appeals"_s, ids}}))
        return 0;
    if (!tx.commit()) {
        m_error = tr("Cannot save the topic.");
        return 0;
    }
    return id;
}

bool TopicService::addAppeals(qint64 topicId, const QList<qint64> &appealIds) {
    m_error.clear();
    if (!find(topicId)) {
        m_error = missing(topicId);
        return false;
    }
    TransactionGuard tx(m_db.sql());
    QJsonArray ids;
    for (qint64 a : appealIds)
        ids.append(a);
    if (!attach(topicId, appealIds) || !audit(topicId, u"appeals_added"_s, {{u"appeals"_s, ids}}))
        return false;
    return tx.commit();
}

bool TopicService::removeAppeal(qint64 topicId, qint64 appealId) {
    m_error.clear();
    TransactionGuard tx(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(
        u"UPDATE appeals SET topic_id = NULL, updated_at = ? WHERE id = ? AND topic_id = ?"_s);
    WorkflowSql::bind(q, WorkflowSql::now());
    WorkflowSql::bind(q, appealId);
    WorkflowSql::bind(q, topicId);
    if (!WorkflowSql::exec(q, &m_error))
        return false;
    if (q.numRowsAffected() != 1) {
        m_error = tr("Appeal %1 is not in topic %2.").arg(appealId).arg(topicId);
        return false;
    }
    if (!audit(topicId, u"appeal_removed"_s, {{u"appeal"_s, appealId}}))
        return false;
    return tx.commit();
}

bool TopicService::setUrgent(qint64 topicId, bool urgent) {
    m_error.clear();
    TransactionGuard tx(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(u"UPDATE topics SET urgent = ? WHERE id = ?"_s);
    WorkflowSql::bind(q, urgent ? 1 : 0);
    WorkflowSql::bind(q, topicId);
    if (!WorkflowSql::exec(q, &m_error))
        return false;
    if (q.numRowsAffected() != 1) {
        m_error = tr("Topic %1 does not exist.").arg(topicId);
        return false;
    }
    if (!audit(topicId, u"urgent"_s, {{u"urgent"_s, urgent}}))
        return false;
    return tx.commit();
}

bool TopicService::rename(qint64 topicId, const QString &title, const QString &description) {
    m_error.clear();
    if (title.trimmed().isEmpty()) {
        m_error = tr("Title: a topic needs a title.");
        return false;
    }
    TransactionGuard tx(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(u"UPDATE topics SET title = ?, description = ? WHERE id = ?"_s);
    WorkflowSql::bind(q, title.trimmed());
    WorkflowSql::bind(q, description.trimmed());
    WorkflowSql::bind(q, topicId);
    if (!WorkflowSql::exec(q, &m_error))
        return false;
    if (!audit(topicId, u"renamed"_s, {{u"title"_s, title.trimmed()}}))
        return false;
    return tx.commit();
}

bool TopicService::handToDepartments(qint64 topicId, const QList<qint64> &departmentIds,
                                     const QDate &on) {
    m_error.clear();
    if (departmentIds.isEmpty()) {
        m_error = tr("Departments: choose at least one department to prepare the topic.");
        return false;
    }
    if (!find(topicId)) {
        m_error = missing(topicId);
        return false;
    }
    TransactionGuard tx(m_db.sql());
    QJsonArray ids;
    for (qint64 dep : departmentIds) {
        QSqlQuery q(m_db.sql());
        // Handing again to a department only refreshes the date.
        q.prepare(
            u"SELECT COUNT(*) FROM topic_departments WHERE topic_id = ? AND department_id = ?"_s);
        WorkflowSql::bind(q, topicId);
        WorkflowSql::bind(q, dep);
        if (!WorkflowSql::exec(q, &m_error) || !q.next())
            return false;
        QSqlQuery w(m_db.sql());
        if (q.value(0).toInt() > 0) {
            w.prepare(
                u"UPDATE topic_departments SET handed_on = ? WHERE topic_id = ? AND department_id = ?"_s);
            WorkflowSql::bind(w, WorkflowSql::iso(on));
            WorkflowSql::bind(w, topicId);
            WorkflowSql::bind(w, dep);
        } else {
            w.prepare(
                u"INSERT INTO topic_departments (topic_id, department_id, handed_on) VALUES (?, ?, ?)"_s);
            WorkflowSql::bind(w, topicId);
            WorkflowSql::bind(w, dep);
            WorkflowSql::bind(w, WorkflowSql::iso(on));
        }
        if (!w.exec()) {
            m_error = tr("Department %1 does not exist.").arg(dep);
            return false;
        }
        ids.append(dep);
    }
    if (!audit(topicId, u"handed"_s, {{u"departments"_s, ids}, {u"on"_s, WorkflowSql::iso(on)}}))
        return false;
    return tx.commit();
}

bool TopicService::removeDepartment(qint64 topicId, qint64 departmentId) {
    m_error.clear();
    TransactionGuard tx(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(u"DELETE FROM topic_departments WHERE topic_id = ? AND department_id = ?"_s);
    WorkflowSql::bind(q, topicId);
    WorkflowSql::bind(q, departmentId);
    if (!WorkflowSql::exec(q, &m_error))
        return false;
    if (!audit(topicId, u"department_removed"_s, {{u"department"_s, departmentId}}))
        return false;
    return tx.commit();
}

std::optional<Topic> TopicService::find(qint64 topicId) const {
    m_readError.clear();
    const QString what = tr("the topic");
    QSqlQuery q(m_db.sql());
    q.prepare(
        u"SELECT id, title, description, urgent, status, created_at FROM topics WHERE id = ?"_s);
    WorkflowSql::bind(q, topicId);
    if (!SqlRead::exec(q, m_readError, what) || !q.next())
        return std::nullopt;
    Topic t;
    t.id = q.value(0).toLongLong();
    t.title = q.value(1).toString();
    t.description = q.value(2).toString();
    t.urgent = q.value(3).toInt() != 0;
    t.status = q.value(4).toString();
    t.createdAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
    QSqlQuery a(m_db.sql());
    a.prepare(u"SELECT id FROM appeals WHERE topic_id = ? ORDER BY id"_s);
    WorkflowSql::bind(a, topicId);
    if (!SqlRead::exec(a, m_readError, what))
        return std::nullopt;
    while (a.next())
        t.appealIds << a.value(0).toLongLong();
    QSqlQuery d(m_db.sql());
    d.prepare(u"SELECT department_id, handed_on FROM topic_departments WHERE topic_id = ? "
              "ORDER BY handed_on, department_id"_s);
    WorkflowSql::bind(d, topicId);
    if (!SqlRead::exec(d, m_readError, what))
        return std::nullopt;
    while (d.next())
        t.departments << Topic::Department{d.value(0).toLongLong(), WorkflowSql::date(d.value(1))};
    if (SqlRead::failedMidway(a, m_readError, what) || SqlRead::failedMidway(d, m_readError, what))
        return std::nullopt;
    return t;
}

QString TopicService::missing(qint64 topicId) const {
    return SqlRead::missing(m_readError, tr("Topic %1 does not exist.").arg(topicId));
}

QList<Topic> TopicService::list() const {
    m_readError.clear();
    QList<Topic> topics;
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT id FROM topics ORDER BY urgent DESC, created_at, id"_s);
    if (!SqlRead::exec(q, m_readError, tr("the topics")))
        return topics;
    while (q.next()) {
        // A topic deleted meanwhile is left out; one that cannot be read fails the list.
        if (auto t = find(q.value(0).toLongLong()))
            topics << *t;
        else if (!m_readError.isEmpty())
            return {};
    }
    if (SqlRead::failedMidway(q, m_readError, tr("the topics")))
        topics.clear();
    return topics;
}
