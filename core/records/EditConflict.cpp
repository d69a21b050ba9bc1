#include "core/records/EditConflict.h"

#include "core/Database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

EditConflict EditConflict::find(Database &db, const QString &entity, qint64 id,
                                const QString &label) {
    EditConflict c;
    c.label = label;
    QSqlQuery q(db.sql());
    // The colleague as the office knows them (赵敏), with the login the history shows.
    q.prepare(u"SELECT a.who, a.at, u.full_name FROM audit_log a "
              "LEFT JOIN users u ON u.name = a.who "
              "WHERE a.entity = ? AND a.entity_id = ? ORDER BY a.id DESC LIMIT 1"_s);
    q.addBindValue(entity);
    q.addBindValue(id);
    if (q.exec() && q.next()) {
        c.who = q.value(0).toString();
        const QString fullName = q.value(2).toString();
        if (!fullName.isEmpty() && fullName != c.who)
            c.who = u"%1（%2）"_s.arg(fullName, c.who);
        c.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
    }
    return c;
}

QString EditConflict::message() const {
    const QString when = at.isValid() ? at.toString(u"yyyy-MM-dd HH:mm"_s) : tr("a moment ago");
    const QString by = who.isEmpty() ? tr("someone else") : who;
    return tr("%1 was changed by %2 at %3 after you opened it. Nothing of yours was saved yet: "
              "reload it to see the changes, or save your changes onto them.")
        .arg(label, by, when);
}
