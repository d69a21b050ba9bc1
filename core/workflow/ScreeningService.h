#pragma once

#include "core/AuditLog.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;

// 受理范围 (seed 002 三(二)): the screening decision on an appeal. Every decision names its
// reason, is stored on the appeal and is written to the appeal's history (audit log).
class ScreeningService {
    Q_DECLARE_TR_FUNCTIONS(ScreeningService)

public:
    struct Decision {
        enum class Kind { Accept, Reject, Redirect, Solve };
        // Redirect targets: 属地 (the local government) or a department.
        enum class Redirect { Local, Department };

        Kind kind = Kind::Accept;
        QString reasonCode; // Reject: an exclusion reason code of the active profile
        Redirect redirect = Redirect::Local;
        qint64 departmentId = 0; // Redirect::Department
        QString target;          // Redirect: the local government or department, in words
        QString answer;          // Solve: the answer given at once (即知即办), required
        QString note;            // optional remark
    };

    explicit ScreeningService(Database &db);

    bool accept(qint64 appealId, const QString &note = {});
    bool reject(qint64 appealId, const QString &reasonCode, const QString &note = {});
    bool redirectToLocal(qint64 appealId, const QString &target, const QString &note = {});
    bool redirectToDepartment(qint64 appealId, qint64 departmentId, const QString &note = {});
    bool solveAtOnce(qint64 appealId, const QString &answer);

    // Applies one decision to every appeal of `appealIds`, all or nothing: when one fails,
    // none is changed and errorString() names the appeal.
    bool apply(const QList<qint64> &appealIds, const Decision &decision);

    QList<AuditLog::Entry> history(qint64 appealId) const;
    QString errorString() const { return m_error; }

private:
    bool applyOne(qint64 appealId, const Decision &decision);
    QString validate(const Decision &decision) const;

    Database &m_db;
    QString m_error;
};
