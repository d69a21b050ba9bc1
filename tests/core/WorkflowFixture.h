#pragma once

// A real SQLite database in a temporary directory, initialised with one rule profile, and
// small helpers that insert the reference data (departments, enterprises, leaders, appeals)
// the workflow tests need. The workflow services are then driven exactly as the GUI does.

#include "core/Database.h"
#include "core/DatabaseInitializer.h"
#include "tests/support/TestServer.h"

#include <QDate>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

class WorkflowFixture {
public:
    explicit WorkflowFixture(const QString &profile) {
        db = std::make_unique<Database>();
        ok = dir.isValid() &&
             db->open(TestServer::location(dir.path(), QStringLiteral("wf.sqlite"))) &&
             DatabaseInitializer(*db).initialize(profile);
        if (!ok)
            qWarning("fixture: %s", qPrintable(db->errorString()));
    }

    qint64 department(const QString &name, const QString &contact = QStringLiteral("张三"),
                      const QString &phone = QStringLiteral("0473-8991510")) {
        QSqlQuery q(db->sql());
        q.prepare(
            QStringLiteral("INSERT INTO departments (name, contact, phone) VALUES (?, ?, ?)"));
        q.addBindValue(name);
        q.addBindValue(contact);
        q.addBindValue(phone);
        return exec(q);
    }

    qint64 enterprise(const QString &name) {
        QSqlQuery q(db->sql());
        q.prepare(QStringLiteral(
            "INSERT INTO enterprises (name, created_at, updated_at) VALUES (?, ?, ?)"));
        q.addBindValue(name);
        q.addBindValue(now());
        q.addBindValue(now());
        return exec(q);
    }

    qint64 leader(const QString &name, const QString &domains) {
        QSqlQuery q(db->sql());
        q.prepare(
            QStringLiteral("INSERT INTO leaders (name, title, domains) VALUES (?, '副市长', ?)"));
        q.addBindValue(name);
        q.addBindValue(domains);
        return exec(q);
    }

    qint64 appeal(const QString &problem, const QString &domain = {}, bool urgent = false,
                  const QString &status = QStringLiteral("pending")) {
        QSqlQuery q(db->sql());
        q.prepare(QStringLiteral(
            "INSERT INTO appeals (number, submitting_unit, submit_date, problem, domain, urgency, "
            "status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(QStringLiteral("T-%1").arg(++m_seq, 4, 10, QLatin1Char('0')));
        q.addBindValue(QStringLiteral("测试企业%1").arg(m_seq));
        q.addBindValue(QStringLiteral("2024-06-01"));
        q.addBindValue(problem);
        q.addBindValue(domain.isNull() ? QString(QLatin1String("")) : domain);
        q.addBindValue(urgent ? QStringLiteral("urgent") : QStringLiteral("normal"));
        q.addBindValue(status);
        q.addBindValue(now());
        q.addBindValue(now());
        return exec(q);
    }

    QVariant value(const QString &sql, const QVariantList &binds = {}) const {
        QSqlQuery q(db->sql());
        q.prepare(sql);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return {};
        return q.value(0);
    }

    // The database as it was before `year`'s State Council notice came out: the built-in
    // calendar without that year.
    bool forgetCalendarYear(int year) {
        QSqlQuery q(db->sql());
        return q.exec(QStringLiteral("DELETE FROM calendar_days WHERE substr(day, 1, 4) = '%1'")
                          .arg(year)) &&
               q.exec(QStringLiteral("DELETE FROM calendar_years WHERE year = %1").arg(year));
    }

    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    bool ok = false;

private:
    static QString now() { return QDateTime::currentDateTime().toString(Qt::ISODate); }
    static qint64 exec(QSqlQuery &q) {
        if (!q.exec()) {
            qWarning("fixture insert: %s", qPrintable(q.lastError().text()));
            return 0;
        }
        return q.lastInsertId().toLongLong();
    }
    int m_seq = 0;
};

inline QDate isoDate(const char *s) {
    return QDate::fromString(QString::fromLatin1(s), Qt::ISODate);
}
