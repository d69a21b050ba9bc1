#include "core/server/ServerSession.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

QString ServerSession::prepare(QSqlDatabase &db) {
    QSqlQuery q(db);
    // NOTICEs (for example "relation already exists, skipping") are not for the clerk.
    // A statement kept prepared (PreparedStatementCache) is planned again for each run's
    // values: after five runs PostgreSQL may otherwise settle on a generic plan, which for a
    // search's LIKE pattern cannot tell a rare term (the trigram index) from a common one.
    for (const QString &setting :
         {u"SET client_min_messages = warning"_s, u"SET plan_cache_mode = force_custom_plan"_s}) {
        if (!q.exec(setting))
            return q.lastError().text().trimmed();
    }
    return {};
}
