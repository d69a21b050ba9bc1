#include "Database.h"
#include "SchemaMigrator.h"
#include "TestPaths.h"

#include <QFile>
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
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
