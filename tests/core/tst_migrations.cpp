#include "TestPaths.h"
#include "core/Database.h"
#include "core/SchemaMigrator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Clerks' files outlive program versions: a database written by the first schema version must
// open in this one with nothing lost.
class TestMigrations : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir;

    // The schema as SQLite keeps it: every table, index, trigger and view with its SQL, in name
    // order, without SQLite's own bookkeeping tables.
    static QString schemaDump(const Database &db) {
        QSqlQuery q(db.sql());
        QStringList out{u"-- Qinqing schema version %1 (SQLite), as tst_migrations dumps it"_s.arg(
            db.schemaVersion())};
        if (!q.exec(u"SELECT type, name, tbl_name, sql FROM sqlite_master "
                    "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"_s))
            return q.lastError().text();
        while (q.next()) {
            out << u"-- %1 %2 on %3"_s.arg(q.value(0).toString(), q.value(1).toString(),
                                           q.value(2).toString());
            out << (q.value(3).isNull() ? u"-- (created by its table)"_s
                                        : q.value(3).toString() + u';');
        }
        return out.join(u'\n') + u'\n';
    }

    static QString scalar(const Database &db, const QString &sql) {
        QSqlQuery q(db.sql());
        if (!q.exec(sql) || !q.next())
            return u"<none>"_s;
        return q.value(0).toString();
    }

private slots:
    void upgradesTheFirstVersionFile() {
        const QString copy = dir.filePath(u"v1.sqlite"_s);
        QVERIFY(QFile::copy(QStringLiteral(QINQING_TEST_DATA_DIR "/schema-v1.sqlite"), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        {
            Database raw;
            QVERIFY(raw.openWithoutMigrating(copy));
            QCOMPARE(raw.schemaVersion(), 1);
        }
        Database db;
        QVERIFY2(db.open(copy), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), SchemaMigrator::latestVersion());
        // The records of version 1 are all still there...
        QCOMPARE(scalar(db, u"SELECT number FROM appeals"_s), u"WS2024-0001"_s);
        QCOMPARE(scalar(db, u"SELECT uscc FROM enterprises"_s), u"91110000600037341L"_s);
        QCOMPARE(scalar(db, u"SELECT due_date FROM assignments"_s), u"2024-07-16"_s);
        QCOMPARE(db.setting(u"profile"_s), u"wushen"_s);
        // ...and the old appeal is found by the full-text index that version 2 added.
        QSqlQuery q(db.sql());
        q.prepare(db.dialect().trigramMatchSql());
        q.addBindValue(u"\"二期厂房\""_s);
        QVERIFY(q.exec());
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void everySchemaFileIsBuiltIn() {
        // The migrator finds its steps in the resources; a file missing there would be skipped.
        const QStringList builtIn = QDir(u":/schema"_s).entryList(QDir::Files, QDir::Name);
        const QStringList folder = QDir(QStringLiteral(QINQING_SOURCE_DIR "/resources/schema"))
                                       .entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
        QVERIFY(folder.size() >= 13);
        QCOMPARE(builtIn, folder);
        // One step per number, without gaps.
        for (int v = 1; v <= SchemaMigrator::latestVersion(); ++v)
            QVERIFY2(!QDir(u":/schema"_s)
                          .entryList({u"%1_*.sql"_s.arg(v, 3, 10, QLatin1Char('0'))})
                          .isEmpty(),
                     qPrintable(u"step %1 is missing"_s.arg(v)));
    }

    void currentSchemaMatchesTheCommittedDump() {
        // tests/data/schema-current.sqlite.sql is the schema a new database gets; a database
        // upgraded from the first release's file must end up with exactly the same. After a
        // new schema step, copy the dump this test writes into the build folder over it and
        // review the difference.
        Database fresh;
        QVERIFY(fresh.open(dir.filePath(u"dump-fresh.sqlite"_s)));
        const QString dump = schemaDump(fresh);
        QFile committed(QStringLiteral(QINQING_TEST_DATA_DIR "/schema-current.sqlite.sql"));
        const QString expected =
            committed.open(QIODevice::ReadOnly) ? QString::fromUtf8(committed.readAll()) : QString();
        if (dump != expected) {
            QFile actual(QDir::current().filePath(u"schema-current.sqlite.sql"_s));
            if (actual.open(QIODevice::WriteOnly))
                actual.write(dump.toUtf8());
            qWarning("The schema differs from tests/data/schema-current.sqlite.sql; the current "
                     "one is in %s",
                     qPrintable(QFileInfo(actual).absoluteFilePath()));
        }
        QCOMPARE(dump, expected);

        const QString copy = dir.filePath(u"dump-v1.sqlite"_s);
        QVERIFY(QFile::copy(QStringLiteral(QINQING_TEST_DATA_DIR "/schema-v1.sqlite"), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        Database upgraded;
        QVERIFY2(upgraded.open(copy), qPrintable(upgraded.errorString()));
        QCOMPARE(schemaDump(upgraded), expected);
    }

    void everyStepFromAnEmptyFileMatchesAFreshDatabase() {
        // Upgrading step by step must give the same tables as creating at the latest version.
        const QString stepped = dir.filePath(u"stepped.sqlite"_s);
        {
            Database db;
            QVERIFY(db.openWithoutMigrating(stepped));
            for (int v = 1; v <= SchemaMigrator::latestVersion(); ++v) {
                SchemaMigrator m(db);
                QVERIFY2(m.migrate(v), qPrintable(m.errorString()));
                QCOMPARE(db.schemaVersion(), v);
            }
        }
        Database a, b;
        QVERIFY(a.open(stepped));
        QVERIFY(b.open(dir.filePath(u"fresh.sqlite"_s)));
        const QString schemaSql =
            u"SELECT group_concat(name || ':' || coalesce(sql, ''), '\n') FROM "
            "(SELECT name, sql FROM sqlite_master ORDER BY name)"_s;
        QCOMPARE(scalar(a, schemaSql), scalar(b, schemaSql));
    }

    void searchIndexFollowsEdits() {
        Database db;
        QVERIFY(db.open(dir.filePath(u"fts.sqlite"_s)));
        QSqlQuery q(db.sql());
        QVERIFY(q.exec(u"INSERT INTO appeals (number, submitting_unit, submit_date, problem, "
                       "created_at, updated_at) VALUES ('A-1', '某公司', '2024-01-02', "
                       "'天然气管网接入费用过高', '2024-01-02', '2024-01-02')"_s));
        auto hits = [&](const QString &term) {
            QSqlQuery s(db.sql());
            s.prepare(db.dialect().trigramMatchSql());
            s.addBindValue(u'"' + term + u'"');
            s.exec();
            int n = 0;
            while (s.next())
                ++n;
            return n;
        };
        QCOMPARE(hits(u"管网接入"_s), 1);
        QVERIFY(q.exec(u"UPDATE appeals SET problem = '用工招聘困难' WHERE number = 'A-1'"_s));
        QCOMPARE(hits(u"管网接入"_s), 0);
        QCOMPARE(hits(u"招聘困难"_s), 1);
        QVERIFY(q.exec(u"DELETE FROM appeals"_s));
        QCOMPARE(hits(u"招聘困难"_s), 0);
    }

    void waitingDatesFromTheAuditLog() {
        // Step 13 dates 提交上级 and 暂缓解决 from the history the services wrote before it.
        const QString path = dir.filePath(u"v12.sqlite"_s);
        Database db;
        QVERIFY(db.openWithoutMigrating(path));
        {
            SchemaMigrator m(db);
            QVERIFY2(m.migrate(12), qPrintable(m.errorString()));
        }
        QSqlQuery q(db.sql());
        QVERIFY(q.exec(u"INSERT INTO departments (id, name) VALUES (1, '市自然资源局')"_s));
        // 1 escalated, started again; 2 still escalated; 3 escalated, then completed (dated
        // by its completion day); 4 deferred; 5 deferred, then started; 6 escalated with no
        // history (kept undated: taken as it is today).
        const QStringList statuses{u"in_progress"_s, u"escalated"_s,   u"done"_s,
                                   u"deferred"_s,    u"in_progress"_s, u"escalated"_s};
        for (int i = 0; i < statuses.size(); ++i) {
            q.prepare(u"INSERT INTO assignments (id, lead_department_id, assigned_on, due_date, "
                      "original_due_date, status, completed_on, created_at, updated_at) VALUES "
                      "(?, 1, '2024-09-02', '2024-10-20', '2024-10-20', ?, ?, '', '')"_s);
            q.addBindValue(i + 1);
            q.addBindValue(statuses.at(i));
            q.addBindValue(i == 2 ? u"2024-10-11"_s : u""_s);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        const auto log = [&](int id, const char *at, const char *action, const char *detail) {
            q.prepare(u"INSERT INTO audit_log (at, who, entity, entity_id, action, detail) "
                      "VALUES (?, '张三', 'assignment', ?, ?, ?)"_s);
            q.addBindValue(QString::fromLatin1(at));
            q.addBindValue(id);
            q.addBindValue(QString::fromLatin1(action));
            q.addBindValue(QString::fromUtf8(detail));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        };
        log(1, "2024-09-05T09:00:00", "started", R"({"from":"assigned","to":"in_progress"})");
        log(1, "2024-09-10T10:00:00", "escalated",
            R"({"from":"in_progress","note":"需研究","to":"escalated"})");
        log(1, "2024-09-10T11:00:00", "supervision", R"({"text":"已督办"})");
        log(1, "2024-09-24T15:30:00", "started", R"({"from":"escalated","to":"in_progress"})");
        log(2, "2024-09-12T08:00:00", "escalated",
            R"({"from":"assigned","note":"需研究","to":"escalated"})");
        log(3, "2024-09-13T08:00:00", "escalated",
            R"({"from":"assigned","note":"需研究","to":"escalated"})");
        log(3, "2024-10-14T09:00:00", "completed",
            R"({"completed_on":"2024-10-11","from":"escalated","to":"done"})");
        log(4, "2024-09-16T08:00:00", "deferred",
            R"({"explanation":"政策限制","from":"assigned","to":"deferred"})");
        log(5, "2024-09-17T08:00:00", "deferred",
            R"({"explanation":"政策限制","from":"assigned","to":"deferred"})");
        log(5, "2024-10-08T08:00:00", "started", R"({"from":"deferred","to":"in_progress"})");
        {
            SchemaMigrator m(db);
            QVERIFY2(m.migrate(), qPrintable(m.errorString()));
        }
        QVERIFY(q.exec(u"SELECT escalated_on, escalated_until, deferred_on, deferred_until "
                       "FROM assignments ORDER BY id"_s));
        QStringList rows;
        while (q.next())
            rows << QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toString()}
                        .join(u'|');
        QCOMPARE(rows, (QStringList{u"2024-09-10|2024-09-24||"_s, u"2024-09-12|||"_s,
                                    u"2024-09-13|2024-10-11||"_s, u"||2024-09-16|"_s,
                                    u"||2024-09-17|2024-10-08"_s, u"|||"_s}));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
