#include "core/Database.h"
#include "core/DatabaseInitializer.h"
#include "core/SchemaMigrator.h"
#include "core/TransactionGuard.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The storage guarantees every other part relies on.
class TestDatabase : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir;
    QString path(const char *name) const { return dir.filePath(QString::fromLatin1(name)); }

    static int count(const Database &db, const QString &sql) {
        QSqlQuery q(db.sql());
        q.exec(sql);
        return q.next() ? q.value(0).toInt() : -1;
    }

    static void insertDepartment(const Database &db, const QString &name) {
        QSqlQuery q(db.sql());
        q.prepare(u"INSERT INTO departments (name) VALUES (?)"_s);
        q.addBindValue(name);
        QVERIFY(q.exec());
    }

private slots:
    void createsFileWithPragmas() {
        Database db;
        QVERIFY2(db.open(path("sub/dir/new.sqlite")), qPrintable(db.errorString()));
        QVERIFY(QFile::exists(path("sub/dir/new.sqlite")));
        QSqlQuery q(db.sql());
        QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"wal"_s);
        QVERIFY(q.exec(u"PRAGMA foreign_keys"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(db.schemaVersion(), SchemaMigrator::latestVersion());
        QVERIFY(SchemaMigrator::latestVersion() >= 2);
    }

    void foreignKeysAreEnforced() {
        Database db;
        QVERIFY(db.open(path("fk.sqlite")));
        QSqlQuery q(db.sql());
        QVERIFY(
            !q.exec(u"INSERT INTO enterprise_tags (enterprise_id, tag) VALUES (999, '规上')"_s));
    }

    void initializerInstallsProfilesAndCalendar() {
        Database db;
        QVERIFY(db.open(path("init.sqlite")));
        DatabaseInitializer init(db);
        QVERIFY(init.isNew());
        QVERIFY2(init.initialize(u"wuhai"_s), qPrintable(init.errorString()));
        QVERIFY(!init.isNew());
        QCOMPARE(db.setting(u"profile"_s), u"wuhai"_s);
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM profiles"_s), 5);
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM calendar_years"_s), 4);
        // Running it again keeps the user's choice and adds nothing twice.
        QVERIFY(init.ensureInitialized());
        QCOMPARE(db.setting(u"profile"_s), u"wuhai"_s);
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM profiles"_s), 5);
        QVERIFY(!init.initialize(u"nosuchprofile"_s));
        QVERIFY(init.errorString().contains(u"nosuchprofile"_s));
        QCOMPARE(db.setting(u"profile"_s), u"wuhai"_s);
    }

    void guardRollsBackUnlessCommitted() {
        Database db;
        QVERIFY(db.open(path("tx.sqlite")));
        {
            TransactionGuard tx(db.sql());
            QVERIFY(tx.isActive());
            insertDepartment(db, u"商务局"_s);
        } // destroyed without commit
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM departments"_s), 0);
        {
            TransactionGuard tx(db.sql());
            insertDepartment(db, u"商务局"_s);
            QVERIFY(tx.commit());
        }
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM departments"_s), 1);
    }

    void guardsNestAsSavepoints() {
        Database db;
        QVERIFY(db.open(path("nest.sqlite")));
        {
            TransactionGuard outer(db.sql());
            insertDepartment(db, u"经济发展局"_s);
            {
                TransactionGuard inner(db.sql());
                QVERIFY(inner.isActive());
                insertDepartment(db, u"投资促进局"_s);
            } // inner rolled back: only its row goes
            {
                TransactionGuard inner(db.sql());
                insertDepartment(db, u"教育局"_s);
                QVERIFY(inner.commit());
            }
            QCOMPARE(count(db, u"SELECT COUNT(*) FROM departments"_s), 2);
            QVERIFY(outer.commit());
        }
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM departments"_s), 2);
        {
            TransactionGuard outer(db.sql());
            {
                TransactionGuard inner(db.sql());
                insertDepartment(db, u"卫生健康委"_s);
                QVERIFY(inner.commit());
            }
        } // outer rolled back: the committed inner work goes with it
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM departments"_s), 2);
    }

    void refusesANewerSchema() {
        {
            Database db;
            QVERIFY(db.open(path("future.sqlite")));
            QVERIFY(db.setSetting(u"schema_version"_s, u"999"_s));
        }
        Database db;
        QVERIFY(!db.open(path("future.sqlite")));
        QVERIFY(db.errorString().contains(u"newer"_s));
    }

    void failedStepLeavesPreviousVersion() {
        // A step that fails halfway must leave no table of that step behind.
        Database db;
        QVERIFY(db.openWithoutMigrating(path("half.sqlite")));
        SchemaMigrator m(db);
        QVERIFY(m.migrate(1));
        QSqlQuery q(db.sql());
        // Make step 2 fail: one of its index names is already taken.
        QVERIFY(q.exec(u"CREATE TABLE assignments_due (x)"_s));
        QVERIFY(!m.migrate());
        QVERIFY(m.errorString().contains(u"version 2"_s));
        QCOMPARE(SchemaMigrator::storedVersion(db.sql()), 1);
        QVERIFY(!db.sql().tables().contains(u"appeal_search"_s));
        QCOMPARE(
            count(db, u"SELECT COUNT(*) FROM sqlite_master WHERE name = 'appeals_enterprise'"_s),
            0);
    }

    void splitStatementsKeepsTriggersWhole() {
        const QStringList s = SchemaMigrator::splitStatements(
            u"-- comment\nCREATE TABLE a (x);\nCREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
            "  INSERT INTO a VALUES (1);\n  INSERT INTO a VALUES (2);\nEND;\nDROP TABLE b;\n"_s);
        QCOMPARE(s.size(), 3);
        QVERIFY(s.at(1).startsWith(u"CREATE TRIGGER"_s));
        QVERIFY(s.at(1).endsWith(u"END;"_s));
        QCOMPARE(s.at(2), u"DROP TABLE b"_s);
        // PostgreSQL: a function's $$ body keeps its ';', a trigger ends at its own ';'.
        const QStringList pg = SchemaMigrator::splitStatements(
            u"CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n"
            "  NEW.who := session_user;\n  RETURN NEW;\nEND\n$$;\n"
            "CREATE TRIGGER t BEFORE INSERT ON a\n  FOR EACH ROW EXECUTE FUNCTION f();\n"
            "DO $$ BEGIN PERFORM 1; END $$;\nDROP TABLE b;\n"_s);
        QCOMPARE(pg.size(), 4);
        QVERIFY(pg.at(0).contains(u"RETURN NEW;"_s));
        QVERIFY(pg.at(0).endsWith(u"$$"_s));
        QVERIFY(pg.at(1).endsWith(u"f()"_s));
        QCOMPARE(pg.at(2), u"DO $$ BEGIN PERFORM 1; END $$"_s);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
