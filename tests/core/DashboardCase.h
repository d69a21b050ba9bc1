#pragma once

// What the dashboard tests share: a fresh 乌海 database for each test function with two
// departments, and the snapshot as of a date under a profile.

#include "core/DatabaseInitializer.h"
#include "core/ProfileRepository.h"
#include "core/dashboard/DashboardQuery.h"
#include "tests/core/DashboardFixture.h"
#include "tests/support/TestServer.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

class DashboardCase {
protected:
    QTemporaryDir dir;
    int counter = 0;
    std::unique_ptr<Database> db;
    qint64 deptA = 0;
    qint64 deptB = 0;

    RuleProfile profile(const char *code) const {
        return *ProfileRepository::builtIn(QString::fromLatin1(code));
    }
    DashboardSnapshot snapshot(const QDate &asOf, const RuleProfile &p, QDate from = {}) {
        DashboardQuery query(*db, WorkCalendar::builtIn(), p);
        DashboardQuery::Options o;
        o.asOf = asOf;
        o.periodFrom = from;
        DashboardSnapshot s = query.compute(o);
        if (!query.errorString().isEmpty())
            qWarning() << query.errorString();
        return s;
    }
    DashboardSnapshot wuhai(const QDate &asOf, QDate from = {}) {
        return snapshot(asOf, profile("wuhai"), from);
    }
    static const DashboardItem *item(const DashboardSnapshot &s, qint64 id) {
        for (const DashboardItem &i : s.items) {
            if (i.id == id)
                return &i;
        }
        return nullptr;
    }
    qint64 open(const char *due, qint64 dept = 0, const char *assigned = "2024-01-15",
                const char *status = "assigned") {
        DashboardFixture::AssignmentSpec s;
        s.departmentId = dept ? dept : deptA;
        s.assignedOn = DashboardFixture::d(assigned);
        s.due = DashboardFixture::d(due);
        s.status = QString::fromLatin1(status);
        return DashboardFixture::assignment(*db, s);
    }

    // For each test function's init(): the database and the two departments.
    void setUp() {
        db = std::make_unique<Database>();
        QVERIFY(db->open(
            TestServer::location(dir.path(), QStringLiteral("dash%1.sqlite").arg(++counter))));
        DatabaseInitializer init(*db);
        QVERIFY2(init.initialize(QStringLiteral("wuhai")), qPrintable(init.errorString()));
        deptA = DashboardFixture::department(*db, QStringLiteral("市自然资源局"));
        deptB = DashboardFixture::department(*db, QStringLiteral("市工信局"));
    }
    void tearDown() { db.reset(); }
};
