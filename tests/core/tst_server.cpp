// The server mode on the throwaway PostgreSQL cluster CTest starts (tests/support/pgcluster.sh):
// users and their roles, what the server itself refuses them (GRANTs, row-level security), the
// audit log's names, and moving a file's records to the server.
#include "WorkflowFixture.h"
#include "core/AuditLog.h"
#include "core/Database.h"
#include "core/DatabaseInitializer.h"
#include "core/attachments/AttachmentRepository.h"
#include "core/demo/DemoDataGenerator.h"
#include "core/records/AppealRepository.h"
#include "core/server/DatabaseCopier.h"
#include "core/server/ServerAddress.h"
#include "core/server/ServerErrorText.h"
#include "core/server/UserDirectory.h"
#include "tests/support/TestServer.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

class TestServerMode : public QObject {
    Q_OBJECT

    // A raw connection as `user` with `password`, as psql would make it: what the server lets
    // that login do, whatever the program would have offered.
    static QSqlDatabase rawLogin(const QString &url, const QString &user, const QString &password,
                                 const QString &name) {
        const ServerAddress a = ServerAddress::parse(url);
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(a.socketDir());
        db.setPort(a.port());
        db.setDatabaseName(a.databaseName());
        db.setUserName(user);
        db.setPassword(password);
        return db;
    }

    static int count(QSqlDatabase db, const QString &sql) {
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    static qint64 assign(WorkflowFixture &f, qint64 appeal, qint64 department) {
        QSqlQuery q(f.db->sql());
        q.prepare(u"INSERT INTO assignments (appeal_id, lead_department_id, assigned_on, "
                  "due_date, original_due_date, status, created_at, updated_at) "
                  "VALUES (?, ?, '2024-06-10', '2024-07-10', '2024-07-10', 'assigned', "
                  "'2024-06-10T09:00:00', '2024-06-10T09:00:00')"_s);
        q.addBindValue(appeal);
        q.addBindValue(department);
        return q.exec() ? q.lastInsertId().toLongLong() : 0;
    }

private slots:
    void initTestCase() { QVERIFY2(TestServer::active(), "QINQING_TEST_SERVER is not set"); }

    void addressesAreParsed() {
        const ServerAddress a =
            ServerAddress::parse(u"postgresql://zhaomin@10.1.2.3:5433/qinqing"_s);
        QVERIFY2(a.isValid(), qPrintable(a.error()));
        QCOMPARE(a.user(), u"zhaomin"_s);
        QCOMPARE(a.host(), u"10.1.2.3"_s);
        QCOMPARE(a.port(), 5433);
        QCOMPARE(a.databaseName(), u"qinqing"_s);
        QCOMPARE(ServerAddress::parse(u"postgres://u@h/db"_s).port(), 5432);
        const ServerAddress socket = ServerAddress::parse(u"postgresql:///qinqing?host=/run/pg"_s);
        QCOMPARE(socket.socketDir(), u"/run/pg"_s);
        QVERIFY(!ServerAddress::parse(u"postgresql://u@h:5432/"_s).isValid());
        // The password never shows.
        QVERIFY(!ServerAddress::parse(u"postgresql://u:secret@h/db"_s)
                     .displayUrl()
                     .contains(u"secret"_s));
        QVERIFY(ServerAddress::looksLikeServer(u"postgresql://u@h/db"_s));
        QVERIFY(!ServerAddress::looksLikeServer(u"/home/u/postgresql/x.sqlite"_s));
    }

    // A URL is never taken for a file name: a wrong server is an error, not a new folder
    // named "postgresql:" with an SQLite file in it.
    void unreachableServerIsAnError() {
        Database db;
        QVERIFY(!db.open(u"postgresql://nobody@localhost:1/none?host=/nonexistent"_s));
        QVERIFY2(db.errorString().contains(u"Cannot connect"_s), qPrintable(db.errorString()));
        // Why, in the program's words (libpq's own line is English on most desks).
        QVERIFY2(db.errorString().contains(u"no database server answers at this address"_s),
                 qPrintable(db.errorString()));
        QVERIFY(!QFile::exists(u"postgresql:"_s));
    }

    // libpq's lines as a desk with an English locale gets them (taken from psql 15 against a
    // stopped, absent or misaddressed server), and the server's SQLSTATEs: each in the
    // program's words; what is not recognised stays as the driver said it.
    void serverFailuresInTheClerksWords_data() {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("expected");
        QTest::newRow("stopped") << u"FATAL:  terminating connection due to administrator "
                                    "command\nserver closed the connection unexpectedly"_s
                                 << QString() << u"was shut down"_s;
        QTest::newRow("no socket") << u"connection to server on socket \"/run/postgresql/"
                                      ".s.PGSQL.5432\" failed: No such file or directory"_s
                                   << QString() << u"no database server answers"_s;
        QTest::newRow("refused") << u"connection to server at \"10.1.2.3\", port 5432 failed: "
                                    "Connection refused"_s
                                 << QString() << u"no database server answers"_s;
        QTest::newRow("cut") << u"server closed the connection unexpectedly\n\tThis probably "
                                "means the server terminated abnormally"_s
                             << QString() << u"was cut"_s;
        QTest::newRow("name") << u"could not translate host name \"srv\" to address: Name or "
                                 "service not known"_s
                              << QString() << u"name is not known"_s;
        QTest::newRow("timeout") << u"timeout expired"_s << QString() << u"5 seconds"_s;
        QTest::newRow("password") << u"FATAL:  password authentication failed for user \"li\""_s
                                  << u"28P01"_s << u"password is wrong"_s;
        QTest::newRow("database") << u"FATAL:  database \"qq\" does not exist"_s << u"3D000"_s
                                  << u"no such database"_s;
        QTest::newRow("Chinese libpq")
            << u"致命错误:  用户 \"li\" Password 认证失败"_s << QString() << u"致命错误:  用户"_s;
        QTest::newRow("other") << u"ERROR:  something new"_s << QString()
                               << u"ERROR:  something new"_s;
    }
    void serverFailuresInTheClerksWords() {
        QFETCH(QString, message);
        QFETCH(QString, state);
        QFETCH(QString, expected);
        const QString reason = ServerErrorText::reason(message, state);
        QVERIFY2(reason.contains(expected), qPrintable(reason));
        QVERIFY(!reason.contains(u'\n'));
    }

    // Demo data on the server leaves the planner's statistics right, as a copy does.
    void demoOnTheServerLeavesStatistics() {
        Database server;
        QVERIFY2(server.open(TestServer::newServerDatabase()), qPrintable(server.errorString()));
        QVERIFY(DatabaseInitializer(server).initialize(u"tongliao"_s));
        DemoDataGenerator::Options options;
        options.appeals = 120;
        DemoDataGenerator demo(server);
        QVERIFY2(demo.generate(options), qPrintable(demo.errorString()));
        QCOMPARE(count(server.sql(),
                       u"SELECT reltuples::bigint FROM pg_class WHERE relname = 'appeals'"_s),
                 120);
    }

    // 部门联络员: with the liaison's own password and raw SQL, another department's
    // assignments, appeals and progress cannot be read or changed.
    void liaisonSeesOnlyItsDepartment() {
        WorkflowFixture f(u"tongliao"_s);
        QVERIFY(f.ok);
        const qint64 water = f.department(u"市水务局"_s);
        const qint64 land = f.department(u"市自然资源局"_s);
        const qint64 ours = assign(f, f.appeal(u"供水管网老化"_s), water);
        const qint64 theirs = assign(f, f.appeal(u"用地审批慢"_s), land);
        QVERIFY(ours && theirs);
        UserDirectory users(*f.db);
        UserDirectory::User liaison{
            u"sw_liaison"_s, u"水务联络员"_s, UserDirectory::Role::Liaison, water, {}, false};
        // Logins are shared by the server's databases: one per test database.
        liaison.name += QString::number(QDateTime::currentMSecsSinceEpoch() % 100000);
        QVERIFY2(users.add(liaison, u"shui-wu-2024"_s), qPrintable(users.errorString()));
        QVERIFY(
            !users.add({u"x"_s, {}, UserDirectory::Role::Liaison, 0, {}, false}, u"long-enough"_s));

        QSqlDatabase wrong = rawLogin(f.db->path(), liaison.name, u"guessed"_s, u"wrong"_s);
        QVERIFY(!wrong.open()); // SCRAM: the password is checked
        wrong = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"wrong"_s);
        {
            QSqlDatabase raw = rawLogin(f.db->path(), liaison.name, u"shui-wu-2024"_s, u"raw"_s);
            QVERIFY2(raw.open(), qPrintable(raw.lastError().text()));
            QCOMPARE(count(raw, u"SELECT count(*) FROM assignments"_s), 1);
            QCOMPARE(count(raw, u"SELECT id FROM assignments"_s), int(ours));
            QCOMPARE(count(raw, u"SELECT count(*) FROM appeals"_s), 1);
            QSqlQuery q(raw);
            QVERIFY(q.exec(u"UPDATE assignments SET result = 'x' WHERE id = %1"_s.arg(theirs)));
            QCOMPARE(q.numRowsAffected(), 0);
            QVERIFY(q.exec(u"UPDATE assignments SET result = '已完成' WHERE id = %1"_s.arg(ours)));
            QCOMPARE(q.numRowsAffected(), 1);
            // Its own department's progress it may record; the other's it may not.
            QVERIFY(q.exec(u"INSERT INTO progress_reports (assignment_id, report_date, content) "
                           "VALUES (%1, '2024-06-20', '已完成管网勘察')"_s.arg(ours)));
            QVERIFY(!q.exec(u"INSERT INTO progress_reports (assignment_id, report_date, content) "
                            "VALUES (%1, '2024-06-20', '冒充')"_s.arg(theirs)));
            QVERIFY(q.lastError().text().contains(u"row-level security"_s));
            QVERIFY(!q.exec(u"DELETE FROM assignments"_s)); // no such right at all
            QVERIFY(!q.exec(u"SELECT count(*) FROM enterprises"_s));
            QVERIFY(!q.exec(u"UPDATE users SET department_id = %1"_s.arg(land)));
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"raw"_s);
        QCOMPARE(f.value(u"SELECT result FROM assignments WHERE id = ?"_s, {theirs}).toString(),
                 QString());
    }

    // 领导 reads everything and changes nothing; the audit log names who logged in, whatever
    // the desk claims.
    void leaderReadsOnlyAndTheLogNamesTheLogin() {
        WorkflowFixture f(u"tongliao"_s);
        QVERIFY(f.ok);
        const qint64 appeal = f.appeal(u"融资难"_s);
        UserDirectory users(*f.db);
        const QString suffix = QString::number(QDateTime::currentMSecsSinceEpoch() % 100000);
        QVERIFY(users.add(
            {u"leader"_s + suffix, u"王市长"_s, UserDirectory::Role::Leader, 0, {}, false},
            u"ling-dao-2024"_s));
        QVERIFY(
            users.add({u"clerk"_s + suffix, u"赵敏"_s, UserDirectory::Role::Clerk, 0, {}, false},
                      u"deng-ji-2024"_s));
        QCOMPARE(users.list().size(), 2);

        const QUrl url(f.db->path());
        QUrl as = url;
        as.setUserName(u"leader"_s + suffix);
        Database leader;
        leader.setPassword(u"ling-dao-2024"_s);
        QVERIFY2(leader.open(as.toString()), qPrintable(leader.errorString()));
        QCOMPARE(leader.userName(), u"leader"_s + suffix);
        QCOMPARE(UserDirectory(leader).current()->role, UserDirectory::Role::Leader);
        AppealRepository leaderRepo(leader);
        Appeal a = *leaderRepo.find(appeal);
        a.phone = u"13900000000"_s;
        QVERIFY(!leaderRepo.update(a));
        QVERIFY2(leaderRepo.errorString().contains(u"permission denied"_s),
                 qPrintable(leaderRepo.errorString()));

        as.setUserName(u"clerk"_s + suffix);
        Database clerk;
        clerk.setPassword(u"deng-ji-2024"_s);
        QVERIFY2(clerk.open(as.toString()), qPrintable(clerk.errorString()));
        AuditLog::setCurrentUser(u"someone-else"_s);
        AppealRepository clerkRepo(clerk);
        a = *clerkRepo.find(appeal);
        a.phone = u"13911112222"_s;
        QVERIFY2(clerkRepo.update(a), qPrintable(clerkRepo.errorString()));
        const auto history = AuditLog(*f.db).history(u"appeal"_s, appeal);
        QCOMPARE(history.last().who, u"clerk"_s + suffix);
        // The log is append-only, even for the office's clerks.
        QSqlQuery q(clerk.sql());
        QVERIFY(!q.exec(u"UPDATE audit_log SET who = 'nobody'"_s));
        QVERIFY(!q.exec(u"DELETE FROM audit_log"_s));
        // A disabled user cannot log in any more.
        clerk.close();
        QVERIFY(users.disable(u"clerk"_s + suffix));
        Database again;
        again.setPassword(u"deng-ji-2024"_s);
        QVERIFY(!again.open(as.toString()));
    }

    // qinqing-cli copy's core: every row, scan and audit entry of a file on the server, with
    // the same ids; nothing when the server database already has records.
    void copyMovesAFileToTheServer() {
        QTemporaryDir dir;
        Database file;
        QVERIFY(file.open(dir.filePath(u"office.sqlite"_s)));
        QVERIFY(DatabaseInitializer(file).initialize(u"wuhai"_s));
        DemoDataGenerator::Options options;
        options.appeals = 300;
        options.seed = 9;
        DemoDataGenerator demo(file);
        QVERIFY2(demo.generate(options), qPrintable(demo.errorString()));
        const QString scan = dir.filePath(u"scan.png"_s);
        {
            QFile f(scan);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(200000, '\x7f'));
        }
        QVERIFY(AttachmentRepository(file).addFile(1, scan) > 0);
        QSqlQuery dup(file.sql());
        QVERIFY(dup.exec(u"UPDATE appeals SET duplicate_of = 7 WHERE id = 3"_s));

        Database server;
        QVERIFY2(server.open(TestServer::newServerDatabase()), qPrintable(server.errorString()));
        QVERIFY(DatabaseInitializer(server).initialize(u"tongliao"_s));
        DatabaseCopier copier(file, server);
        QVERIFY2(copier.copy(), qPrintable(copier.errorString()));
        QStringList tables;
        for (const auto &c : copier.counts()) {
            tables << c.table;
            QCOMPARE(c.target, c.source);
        }
        QVERIFY(tables.contains(u"appeals"_s) && tables.contains(u"audit_log"_s) &&
                tables.contains(u"attachments"_s));
        QVERIFY(tables.indexOf(u"departments"_s) < tables.indexOf(u"assignments"_s));
        for (const QString &sql :
             {u"SELECT count(*) FROM appeals"_s, u"SELECT count(*) FROM audit_log"_s,
              u"SELECT sum(length(content)) FROM attachments"_s,
              u"SELECT duplicate_of FROM appeals WHERE id = 3"_s,
              u"SELECT max(id) FROM assignments"_s}) {
            QCOMPARE(count(server.sql(), sql), count(file.sql(), sql));
            QVERIFY(count(server.sql(), sql) > 0);
        }
        QCOMPARE(server.setting(u"profile"_s), u"wuhai"_s);
        QCOMPARE(server.schemaVersion(), file.schemaVersion());
        // The planner knows what arrived: without statistics PostgreSQL takes the new tables
        // for empty (reltuples -1) until autovacuum gets round to them, and plans the first
        // lists and searches of the moved office as if they were.
        QCOMPARE(count(server.sql(),
                       u"SELECT reltuples::bigint FROM pg_class WHERE relname = 'appeals'"_s),
                 count(file.sql(), u"SELECT count(*) FROM appeals"_s));
        // The audit entries keep their names; new rows get new ids after the copied ones.
        QSqlQuery who(file.sql());
        QVERIFY(who.exec(u"SELECT who FROM audit_log ORDER BY id LIMIT 1"_s) && who.next());
        QSqlQuery serverWho(server.sql());
        QVERIFY(serverWho.exec(u"SELECT who FROM audit_log ORDER BY id LIMIT 1"_s) &&
                serverWho.next());
        QCOMPARE(serverWho.value(0), who.value(0));
        Appeal extra = *AppealRepository(server).find(1);
        extra.id = 0;
        extra.number.clear();
        QVERIFY(AppealRepository(server).insert(extra));
        QVERIFY(extra.id > count(file.sql(), u"SELECT max(id) FROM appeals"_s));

        // A second copy would overwrite records: refused, nothing changed.
        const int before = count(server.sql(), u"SELECT count(*) FROM appeals"_s);
        DatabaseCopier again(file, server);
        QVERIFY(!again.copy());
        QVERIFY2(again.errorString().contains(u"already holds records"_s),
                 qPrintable(again.errorString()));
        QCOMPARE(count(server.sql(), u"SELECT count(*) FROM appeals"_s), before);
    }

    // All or nothing: a row the server refuses leaves the server database as it was.
    void failedCopyLeavesTheServerUntouched() {
        QTemporaryDir dir;
        Database file;
        QVERIFY(file.open(dir.filePath(u"bad.sqlite"_s)));
        QVERIFY(DatabaseInitializer(file).initialize(u"tongliao"_s));
        DemoDataGenerator::Options options;
        options.appeals = 50;
        QVERIFY(DemoDataGenerator(file).generate(options));
        // A damaged file can hold what the server refuses: an assignment of a department that
        // is not there (written with SQLite's foreign-key checks off).
        QSqlQuery q(file.sql());
        QVERIFY(q.exec(u"PRAGMA foreign_keys = OFF"_s));
        QVERIFY(q.exec(u"UPDATE assignments SET lead_department_id = 9999 "
                       "WHERE id = (SELECT max(id) FROM assignments)"_s));
        Database server;
        QVERIFY(server.open(TestServer::newServerDatabase()));
        QVERIFY(DatabaseInitializer(server).initialize(u"tongliao"_s));
        DatabaseCopier copier(file, server);
        QVERIFY(!copier.copy());
        QVERIFY(!copier.errorString().isEmpty());
        QCOMPARE(count(server.sql(), u"SELECT count(*) FROM departments"_s), 0);
        QCOMPARE(count(server.sql(), u"SELECT count(*) FROM appeals"_s), 0);
        QCOMPARE(server.setting(u"profile"_s), u"tongliao"_s);
    }
};

QTEST_GUILESS_MAIN(TestServerMode)
#include "tst_server.moc"
