#include "core/records/EditConflict.h"

#include "core/Database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

EditConflict EditConflict::find(Database &db, const QString &entity, qint64 id,
                                const QString &label) {
    EditConflict c;
    c.label = label;
    QSqlQuery q(db.sql());
    q.prepare(u"SELECT who, at FROM audit_log WHERE entity = ? AND entity_id = ? "
              "ORDER BY id DESC LIMIT 1"_s);
    q.addBindValue(entity);
    q.addBindValue(id);
    if (q.exec() && q.next()) {
        c.who = q.value(0).toString();
        c.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
    }
    return c;
}

QString EditConflict::message() const {
    const QString when = at.isValid() ? at.toString(u"yyyy-MM-dd HH:mm"_s) : tr("a moment ago");
    const QString by = who.isEmpty() ? tr("someone else") : who;
    return tr("%1 was changed by %2 at %3 after you opened it. Nothing of yours was saved: reload "
              "it to see the changes, or save again to overwrite them.")
        .arg(label, by, when);
}
