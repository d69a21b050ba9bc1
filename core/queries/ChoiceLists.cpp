#include "core/queries/ChoiceLists.h"

#include "core/Database.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

ChoiceLists::ChoiceLists(Database &db)
    : m_db(db) {}

QList<ChoiceLists::Choice> ChoiceLists::select(const QString &sql, const QString &failure) {
    m_error.clear();
    QList<Choice> out;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!q.exec(sql)) {
        m_error = failure.arg(q.lastError().text());
        return out;
    }
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

QList<ChoiceLists::Choice> ChoiceLists::departments() {
    return select(u"SELECT id, name, short_name FROM departments ORDER BY name, id"_s,
                  tr("Cannot list the departments: %1"));
}

QList<ChoiceLists::Choice> ChoiceLists::meetings() {
    return select(u"SELECT id, title, meeting_date FROM meetings "
                  "ORDER BY meeting_date DESC, id DESC"_s,
                  tr("Cannot list the meetings: %1"));
}

QList<ChoiceLists::Choice> ChoiceLists::enterprises() {
    return select(u"SELECT id, name, responsible_person FROM enterprises ORDER BY name, id"_s,
                  tr("Cannot list the enterprises: %1"));
}

QStringList ChoiceLists::appealDomains() {
    QStringList out;
    for (const Choice &c : select(u"SELECT DISTINCT 0, domain, '' FROM appeals "
                                  "WHERE domain <> '' ORDER BY domain"_s,
                                  tr("Cannot list the domains: %1")))
        out << c.name;
    return out;
}

QHash<qint64, QStringList> ChoiceLists::liaisonEnterprises() {
    QHash<qint64, QStringList> out;
    for (const Choice &c : select(u"SELECT liaison_leader_id, name, '' FROM enterprises "
                                  "WHERE liaison_leader_id IS NOT NULL ORDER BY name, id"_s,
                                  tr("Cannot list the leaders' enterprises: %1")))
        out[c.id] << c.name;
    return out;
}
