// The same program on both engines gives the same answers: the demo office made with one seed
// and date in an SQLite file and in a PostgreSQL database, then every list, search (1, 2 and
// 3+ Chinese characters), sort, deadline filter, the overdue set and the exports, compared
// byte for byte through qinqing-cli.
#include "tests/support/TestServer.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliEngines : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;
    QString m_server;

    struct Run {
        int code = -1;
        QByteArray out;
        QString err;
    };

    static Run cli(const QString &db, const QStringList &args) {
        QProcess p;
        p.start(qEnvironmentVariable("QINQING_CLI"), QStringList{u"--db"_s, db} + args);
        if (!p.waitForFinished(300000))
            return {};
        return {p.exitCode(), p.readAllStandardOutput(),
                QString::fromUtf8(p.readAllStandardError())};
    }

    static Run cliWithInput(const QString &db, const QStringList &args, const QByteArray &input) {
        QProcess p;
        p.start(qEnvironmentVariable("QINQING_CLI"), QStringList{u"--db"_s, db} + args);
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(300000))
            return {};
        return {p.exitCode(), p.readAllStandardOutput(),
                QString::fromUtf8(p.readAllStandardError())};
    }

    static QByteArray fileBytes(const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase() {
        QVERIFY2(TestServer::active(), "QINQING_TEST_SERVER is not set");
        m_file = m_dir.filePath(u"office.sqlite"_s);
        m_server = TestServer::newServerDatabase();
        for (const QString &db : {m_file, m_server}) {
            Run r = cli(db, {u"init"_s, u"--profile"_s, u"heyuan"_s});
            QVERIFY2(r.code == 0, qPrintable(r.err));
            r = cli(db, {u"demo"_s, u"--appeals"_s, u"1200"_s, u"--seed"_s, u"11"_s, u"--today"_s,
                         u"2026-11-16"_s});
            QVERIFY2(r.code == 0, qPrintable(r.err));
        }
    }

    void sameAnswers_data() {
        QTest::addColumn<QStringList>("args");
        const QStringList json{u"--format"_s, u"json"_s};
        QTest::newRow("all appeals") << (QStringList{u"list"_s, u"appeals"_s} + json);
        for (const char *column : {"number", "submit_date", "submitting_unit", "enterprise",
                                   "domain", "channel", "status", "collecting_department",
                                   "lead_department", "assignment_status", "due_date"}) {
            QTest::newRow(column) << (QStringList{u"list"_s, u"appeals"_s, u"--sort"_s,
                                                  u"-"_s + QLatin1String(column), u"--limit"_s,
                                                  u"100"_s} +
                                      json);
        }
        for (const QString &term :
             {u"用地"_s, u"企业"_s, u"融资"_s, u"审批"_s, u"路"_s, u"电"_s, u"营商环境"_s,
              u"土地手续"_s, u"有限公司"_s, u"2026-0"_s, u"HY"_s, u"hy2025"_s, u"不存在的词语"_s}) {
            QTest::newRow(qPrintable(u"search "_s + term))
                << (QStringList{u"list"_s, u"appeals"_s, u"--search"_s, term} + json);
        }
        for (const char *state : {"overdue", "due-soon", "on-track", "none"}) {
            QTest::newRow(state) << (QStringList{u"list"_s, u"appeals"_s, u"--deadline"_s,
                                                 QLatin1String(state), u"--as-of"_s,
                                                 u"2026-11-16"_s} +
                                     json);
        }
        QTest::newRow("overdue set")
            << (QStringList{u"overdue"_s, u"--as-of"_s, u"2026-11-16"_s} + json);
        QTest::newRow("enterprises") << (QStringList{u"list"_s, u"enterprises"_s} + json);
        QTest::newRow("departments") << (QStringList{u"list"_s, u"departments"_s} + json);
    }

    void sameAnswers() {
        QFETCH(QStringList, args);
        const Run file = cli(m_file, args);
        const Run server = cli(m_server, args);
        QVERIFY2(file.code == 0, qPrintable(file.err));
        QVERIFY2(server.code == 0, qPrintable(server.err));
        QVERIFY(file.out.size() > 2 || args.contains(u"不存在的词语"_s));
        if (file.out != server.out) {
            const QList<QByteArray> a = file.out.split('\n');
            const QList<QByteArray> b = server.out.split('\n');
            for (int i = 0; i < std::min(a.size(), b.size()); ++i) {
                if (a.at(i) != b.at(i)) {
                    qWarning("line %d\n sqlite:   %s\n postgres: %s", i, a.at(i).constData(),
                             b.at(i).constData());
                    break;
                }
            }
        }
        QCOMPARE(server.out.size(), file.out.size());
        QVERIFY(server.out == file.out);
    }

    // The README's "Several desks": server init, the first administrator, users, and the
    // office's file copied to the server with both sides' row counts.
    void serverInitUsersAndCopy() {
        const QString server = TestServer::newServerDatabase();
        const QString suffix = QString::number(QCoreApplication::applicationPid());
        Run r = cliWithInput(m_file,
                             {u"server"_s, u"init"_s, u"--db"_s, server, u"--profile"_s,
                              u"heyuan"_s, u"--admin"_s, u"wangli"_s + suffix},
                             "admin-pass-2026\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QString::fromUtf8(r.out).contains(u"wangli"_s + suffix));
        r = cliWithInput(server,
                         {u"user"_s, u"add"_s, u"zhaomin"_s + suffix, u"--role"_s, u"clerk"_s,
                          u"--full-name"_s, u"赵敏"_s},
                         "deng-ji-2026\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cliWithInput(server,
                         {u"user"_s, u"add"_s, u"nodept"_s + suffix, u"--role"_s, u"liaison"_s},
                         "lian-luo-2026\n");
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(u"Department"_s), qPrintable(r.err));
        r = cli(server, {u"user"_s, u"list"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QString::fromUtf8(r.out).contains(u"zhaomin"_s + suffix));
        QVERIFY(QString::fromUtf8(r.out).contains(u"赵敏"_s));
        QVERIFY(!QString::fromUtf8(r.out).contains(u"nodept"_s));
        r = cli(m_file, {u"user"_s, u"list"_s}); // a file has no users
        QCOMPARE(r.code, 2);

        r = cli(server, {u"copy"_s, u"--from"_s, m_file, u"--to"_s, server});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString out = QString::fromUtf8(r.out);
        static const QRegularExpression appeals(u"^appeals\\s+(\\d+)\\s+(\\d+)"_s,
                                                QRegularExpression::MultilineOption);
        const auto m = appeals.match(out);
        QVERIFY2(m.hasMatch(), qPrintable(out));
        QCOMPARE(m.captured(1), m.captured(2));
        QCOMPARE(m.captured(1), u"1200"_s);
        // Copying again would overwrite the server's records: refused.
        r = cli(server, {u"copy"_s, u"--from"_s, m_file, u"--to"_s, server});
        QCOMPARE(r.code, 1);
        r = cli(server, {u"list"_s, u"appeals"_s, u"--format"_s, u"json"_s});
        QVERIFY(r.out == cli(m_file, {u"list"_s, u"appeals"_s, u"--format"_s, u"json"_s}).out);
    }

    // A backup of a file goes back onto a file only: restoring it over a server's database is
    // refused, and the message names the way to move a file's records there (copy --from).
    void restoreRefusesOnServer() {
        const QString backup = m_dir.filePath(u"office-backup.sqlite"_s);
        Run r = cli(m_file, {u"backup"_s, u"--out"_s, backup});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli(m_server, {u"restore"_s, backup});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"copy --from"_s), qPrintable(r.err));
    }

    void sameExports_data() {
        QTest::addColumn<QString>("kind");
        QTest::newRow("problem list") << u"problem-list"_s;
        QTest::newRow("assignments") << u"assignments"_s;
        QTest::newRow("evaluations") << u"evaluations"_s;
    }

    void sameExports() {
        QFETCH(QString, kind);
        const QString a = m_dir.filePath(kind + u"-file.csv"_s);
        const QString b = m_dir.filePath(kind + u"-server.csv"_s);
        Run r = cli(m_file, {u"export"_s, kind, u"--out"_s, a});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli(m_server, {u"export"_s, kind, u"--out"_s, b});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(fileBytes(a).size() > 100);
        QVERIFY(fileBytes(a) == fileBytes(b));
    }
};

QTEST_GUILESS_MAIN(TestCliEngines)
#include "tst_cli_engines.moc"
