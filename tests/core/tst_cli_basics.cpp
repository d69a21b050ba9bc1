#include "tests/support/TestServer.h"
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// qinqing-cli as a script sees it: stdout, stderr and exit codes of the real executable.
class TestCliBasics : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir;
    QString db;

    struct Run {
        int code = -1;
        QString out;
        QString err;
    };

    Run cli(const QStringList &args) {
        QProcess p;
        p.start(qEnvironmentVariable("QINQING_CLI"), QStringList{u"--db"_s, db} + args);
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

private slots:
    void initTestCase() {
        QVERIFY(!qEnvironmentVariable("QINQING_CLI").isEmpty());
        db = TestServer::location(dir.path(), u"cli.sqlite"_s);
        QCOMPARE(cli({u"init"_s}).code, 0); // only init makes a database
    }

    void deadlineWorkingDaysAcrossNationalDay() {
        const Run r =
            cli({u"deadline"_s, u"--from"_s, u"2024-09-27"_s, u"--working-days"_s, u"7"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, u"2024-10-12\n"_s);
    }

    void deadlineCalendarDays() {
        const Run r =
            cli({u"deadline"_s, u"--from"_s, u"2024-09-24"_s, u"--calendar-days"_s, u"7"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, u"2024-10-08\n"_s); // 10-01 is in the holiday: next working day
    }

    void deadlineBadInput_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("impossible date")
            << QStringList{u"--from"_s, u"2024-02-30"_s, u"--working-days"_s, u"7"_s}
            << u"--from"_s;
        QTest::newRow("slashes") << QStringList{u"--from"_s, u"2024/09/27"_s, u"--working-days"_s,
                                                u"7"_s}
                                 << u"YYYY-MM-DD"_s;
        QTest::newRow("negative N")
            << QStringList{u"--from"_s, u"2024-09-27"_s, u"--working-days"_s, u"-1"_s}
            << u"--working-days"_s;
        QTest::newRow("N not a number")
            << QStringList{u"--from"_s, u"2024-09-27"_s, u"--calendar-days"_s, u"7d"_s}
            << u"--calendar-days"_s;
        QTest::newRow("both units")
            << QStringList{u"--from"_s, u"2024-09-27"_s,      u"--working-days"_s,
                           u"1"_s,      u"--calendar-days"_s, u"1"_s}
            << u"exactly one"_s;
        QTest::newRow("no start") << QStringList{u"--working-days"_s, u"1"_s} << u"--from"_s;
        QTest::newRow("unknown option")
            << QStringList{u"--from"_s, u"2024-09-27"_s, u"--days"_s, u"1"_s} << u"--days"_s;
    }

    void deadlineBadInput() {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const Run r = cli(QStringList{u"deadline"_s} + args);
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    }

    void deadlineIntoAnUnknownYearIsFlagged() {
        const Run r =
            cli({u"deadline"_s, u"--from"_s, u"2026-12-28"_s, u"--working-days"_s, u"7"_s});
        QCOMPARE(r.code, 3);
        QCOMPARE(r.out, u"2027-01-06\n"_s);
        QVERIFY(r.err.contains(u"2027"_s));
    }

    void importedYearMakesItCertain() {
        QFile f(dir.filePath(u"2027.json"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"year": 2027, "papers": [], "days": [
            {"name": "元旦", "date": "2027-01-01", "isOffDay": true}]})");
        f.close();
        Run r = cli({u"calendar"_s, u"import"_s, f.fileName()});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(u"2027"_s));
        r = cli({u"deadline"_s, u"--from"_s, u"2026-12-28"_s, u"--working-days"_s, u"7"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, u"2027-01-07\n"_s);
        r = cli({u"calendar"_s, u"show"_s, u"2027"_s});
        QCOMPARE(r.out, u"2027-01-01\toff\t元旦\n"_s);
    }

    void badCalendarFileImportsNothing() {
        QFile f(dir.filePath(u"bad.tsv"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("2028-01-01\toff\t元旦\n2028-01-02\toff\t元旦\n2028-13-01\toff\tx\n"
                "2028-02-01\toff\t春节\n2028-02-02\toff\t春节\n2028-02-03\toff\t春节\n");
        f.close();
        const Run r = cli({u"calendar"_s, u"import"_s, f.fileName()});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"line 3: date"_s), qPrintable(r.err));
        QVERIFY(!cli({u"calendar"_s, u"show"_s}).out.contains(u"2028"_s));
    }

    void singleDayCorrection() {
        // An office learns of a local day off: deadlines move past it.
        QCOMPARE(
            cli({u"calendar"_s, u"set"_s, u"2025-03-10"_s, u"off"_s, u"--name"_s, u"临时"_s}).code,
            0);
        QCOMPARE(
            cli({u"deadline"_s, u"--from"_s, u"2025-03-07"_s, u"--working-days"_s, u"1"_s}).out,
            u"2025-03-11\n"_s);
        QCOMPARE(cli({u"calendar"_s, u"clear"_s, u"2025-03-10"_s}).code, 0);
        QCOMPARE(
            cli({u"deadline"_s, u"--from"_s, u"2025-03-07"_s, u"--working-days"_s, u"1"_s}).out,
            u"2025-03-10\n"_s);
    }

    void initWithProfileAndCheck() {
        const QString other = db;
        db = TestServer::location(dir.path(), u"wushen.sqlite"_s);
        Run r = cli({u"init"_s, u"--profile"_s, u"wushen"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(u"wushen"_s));
        r = cli({u"init"_s, u"--profile"_s, u"nowhere"_s});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(u"nowhere"_s));
        r = cli({u"check"_s});
        QCOMPARE(r.code, 0);
        db = other;
    }

    void checkFindsDamage() {
        const QString damaged = dir.filePath(u"damaged.sqlite"_s);
        QFile f(damaged);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("SQLite format 3\0", 16) + QByteArray(4096, 'x'));
        f.close();
        const QString other = db;
        db = damaged;
        const Run r = cli({u"check"_s});
        QVERIFY(r.code != 0);
        QVERIFY(!r.err.isEmpty());
        db = other;
    }

    void unknownCommand() {
        const Run r = cli({u"frobnicate"_s});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(u"frobnicate"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliBasics)
#include "tst_cli_basics.moc"
