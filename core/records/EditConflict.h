#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class Database;

// A save refused because the record changed after the form read it: another desk or another
// window saved it in between. Says who made that change and when (the record's latest
// audit-log entry), so that the clerk can ask them and choose to reload or overwrite.
class EditConflict {
    Q_DECLARE_TR_FUNCTIONS(EditConflict)

public:
    // Reads the latest audit entry of entity/id. `label` names the record for people
    // ("the appeal WH2026-0012").
    static EditConflict find(Database &db, const QString &entity, qint64 id, const QString &label);

    QString who;
    QDateTime at;
    QString label;

    // "The appeal WH2026-0012 was changed by 李娜 at 2026-11-16 10:42 after you opened it; …"
    QString message() const;
};
