#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>

class Database;

// 走访记录 (seed 003): visits to an enterprise by its liaison leader or cadres, with what they
// found and the appeals that followed. Every change is in the audit log of the enterprise.
class VisitRepository {
    Q_DECLARE_TR_FUNCTIONS(VisitRepository)

public:
    struct Visit {
        qint64 id = 0;
        qint64 enterpriseId = 0;
        qint64 leaderId = 0;
        QString leaderName; // filled by list()
        QDate date;
        QString people;
        QString findings;
        QString followUp;
        QList<qint64> appealIds; // follow-up appeals
    };

    explicit VisitRepository(Database &db);

    bool insert(Visit &visit); // sets visit.id
    QList<Visit> forEnterprise(qint64 enterpriseId) const;

    QString errorString() const { return m_error; }

private:
    bool fail(const QString &message);

    Database &m_db;
    mutable QString m_error;
};
