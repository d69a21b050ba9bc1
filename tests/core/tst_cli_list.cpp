#include "tests/support/TestServer.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// list, overdue and demo as a script sees them: the real qinqing-cli executable.
class TestCliList : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir;
    QString db;

    struct Run {
        int code = -1;
        QString out;
        QString err;
    };

    Run cli(const QStringList &args, const QString &database = {}) {
        QProcess p;
        p.start(qEnvironmentVariable("QINQING_CLI"),
                QStringList{u"--db"_s, database.isEmpty() ? db : database} + args);
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    static QJsonArray parseArray(const QString &text) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isArray())
            return {};
        return doc.array();
    }

private slots:
    void initTestCase() {
        QVERIFY(!qEnvironmentVariable("QINQING_CLI").isEmpty());
        db = TestServer::location(dir.path(), u"cli-list.sqlite"_s);
        QCOMPARE(cli({u"init"_s}).code, 0); // only init makes a database
        const Run r = cli({u"demo"_s, u"--appeals"_s, u"400"_s, u"--seed"_s, u"3"_s, u"--today"_s,
                           u"2026-11-16"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"400"_s));
    }

    void tsvHasHeader() {
        const Run r = cli({u"list"_s, u"appeals"_s, u"--limit"_s, u"20"_s});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 21);
        QVERIFY(lines.first().startsWith(u"id\tnumber\tsubmit_date\t"_s));
        const int columns = int(lines.first().split(u'\t').size());
        for (const QString &line : lines)
            QCOMPARE(line.split(u'\t').size(), columns);
    }

    void jsonParses() {
        const Run r = cli({u"list"_s, u"appeals"_s, u"--format"_s, u"json"_s, u"--sort"_s,
                           u"due_date"_s, u"--status"_s, u"accepted,pending"_s});
        QCOMPARE(r.code, 0);
        const QJsonArray rows = parseArray(r.out);
        QVERIFY(rows.size() > 100);
        QString previous;
        bool nullSeen = false;
        for (const QJsonValue &v : rows) {
            const QJsonObject o = v.toObject();
            QVERIFY(o.value(u"status"_s).toString() == "accepted"_L1 ||
                    o.value(u"status"_s).toString() == "pending"_L1);
            QVERIFY(o.value(u"id"_s).isDouble());
            if (o.value(u"due_date"_s).isNull()) {
                nullSeen = true;
                continue;
            }
            QVERIFY(!nullSeen);
            QVERIFY(previous <= o.value(u"due_date"_s).toString());
            previous = o.value(u"due_date"_s).toString();
        }
        QVERIFY(nullSeen); // pending appeals have no assignment
        // The same filter in TSV gives the same number of rows.
        const Run tsv = cli({u"list"_s, u"appeals"_s, u"--status"_s, u"accepted,pending"_s});
        QCOMPARE(tsv.out.split(u'\n', Qt::SkipEmptyParts).size(), rows.size() + 1);
    }

    void searchAndOtherLists() {
        const Run r =
            cli({u"list"_s, u"appeals"_s, u"--search"_s, u"用地"_s, u"--format"_s, u"json"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(!parseArray(r.out).isEmpty());
        for (const char *what : {"enterprises", "departments", "profiles"}) {
            const Run l = cli({u"list"_s, QString::fromLatin1(what), u"--format"_s, u"json"_s});
            QCOMPARE(l.code, 0);
            QVERIFY2(!parseArray(l.out).isEmpty(), what);
        }
        const Run o = cli({u"overdue"_s, u"--as-of"_s, u"2026-11-16"_s, u"--format"_s, u"json"_s});
        QCOMPARE(o.code, 0);
        const QJsonArray overdue = parseArray(o.out);
        QVERIFY(!overdue.isEmpty());
        for (const QJsonValue &v : overdue)
            QVERIFY(v.toObject().value(u"due_date"_s).toString() < "2026-11-16"_L1);
    }

    // --count counts what the list prints; --estimate is exact on a table of 400 (sampled
    // whole); both take the filters.
    void countAndEstimate() {
        const Run rows = cli({u"list"_s, u"appeals"_s, u"--search"_s, u"答复"_s});
        QCOMPARE(rows.code, 0);
        const int listed = int(rows.out.split(u'\n', Qt::SkipEmptyParts).size()) - 1;
        QVERIFY(listed > 0);
        const Run count = cli({u"list"_s, u"appeals"_s, u"--search"_s, u"答复"_s, u"--count"_s});
        QCOMPARE(count.code, 0);
        QCOMPARE(count.out.trimmed(), QString::number(listed));
        const Run estimate =
            cli({u"list"_s, u"appeals"_s, u"--search"_s, u"答复"_s, u"--estimate"_s});
        QCOMPARE(estimate.code, 0);
        QCOMPARE(estimate.out.trimmed(), QString::number(listed));
        const Run longer =
            cli({u"list"_s, u"appeals"_s, u"--search"_s, u"明确答复"_s, u"--count"_s});
        QVERIFY(longer.out.trimmed().toInt() <= listed);
        QCOMPARE(cli({u"list"_s, u"departments"_s, u"--count"_s}).code, 2);
    }

    // Only the verbs that paint build a GUI application with a platform plugin: the others
    // run where no plugin would load (a server, a broken display setup) and start faster.
    void plainVerbsNeedNoPlatformPlugin() {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"no-such-platform"_s);
        p.setProcessEnvironment(env);
        for (const QStringList &args :
             {QStringList{u"list"_s, u"departments"_s}, QStringList{u"check"_s},
              QStringList{u"overdue"_s, u"--as-of"_s, u"2026-11-16"_s},
              QStringList{u"export"_s, u"problem-list"_s, u"--out"_s, dir.filePath(u"list.csv"_s)},
              QStringList{u"show"_s, u"appeal"_s, u"1"_s}}) {
            p.start(qEnvironmentVariable("QINQING_CLI"), QStringList{u"--db"_s, db} + args);
            QVERIFY(p.waitForFinished(120000));
            QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
                     qPrintable(args.join(u' ') + u": "_s +
                                QString::fromUtf8(p.readAllStandardError())));
        }
        // A PDF is painted: the same broken platform stops it.
        p.start(qEnvironmentVariable("QINQING_CLI"), {u"--db"_s, db, u"export"_s, u"problem-list"_s,
                                                      u"--out"_s, dir.filePath(u"list.pdf"_s)});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY(p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0);
    }

    void badInput_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("format") << QStringList{u"list"_s, u"appeals"_s, u"--format"_s, u"xml"_s}
                                << u"--format"_s;
        QTest::newRow("sort") << QStringList{u"list"_s, u"appeals"_s, u"--sort"_s, u"colour"_s}
                              << u"--sort"_s;
        QTest::newRow("status") << QStringList{u"list"_s, u"appeals"_s, u"--status"_s, u"open"_s}
                                << u"--status"_s;
        QTest::newRow("limit") << QStringList{u"list"_s, u"appeals"_s, u"--limit"_s, u"-5"_s}
                               << u"--limit"_s;
        QTest::newRow("from") << QStringList{u"list"_s, u"appeals"_s, u"--from"_s, u"2024/1/1"_s}
                              << u"--from"_s;
        QTest::newRow("what") << QStringList{u"list"_s, u"cats"_s} << u"appeals"_s;
        QTest::newRow("appeal option elsewhere")
            << QStringList{u"list"_s, u"enterprises"_s, u"--status"_s, u"pending"_s}
            << u"--status"_s;
        QTest::newRow("overdue format")
            << QStringList{u"overdue"_s, u"--format"_s, u"csv"_s} << u"--format"_s;
        QTest::newRow("overdue date")
            << QStringList{u"overdue"_s, u"--as-of"_s, u"2024-13-01"_s} << u"--as-of"_s;
        QTest::newRow("demo count")
            << QStringList{u"demo"_s, u"--appeals"_s, u"many"_s} << u"--appeals"_s;
        QTest::newRow("demo today")
            << QStringList{u"demo"_s, u"--appeals"_s, u"10"_s, u"--today"_s, u"16.11.2026"_s}
            << u"--today"_s;
    }

    void badInput() {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const Run r = cli(args);
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    }

    // --today puts "today" of the demo world where the clerk asks: as of that date the open
    // items are overdue, due soon and on track, and the same date gives the same data.
    void demoAsOfAChosenDay_data() {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("today");
        QTest::newRow("wushen 2025-06-16") << u"wushen"_s << u"2025-06-16"_s;
        QTest::newRow("tongliao 2024-03-05") << u"tongliao"_s << u"2024-03-05"_s;
        QTest::newRow("wuhai 2026-09-30") << u"wuhai"_s << u"2026-09-30"_s;
    }

    void demoAsOfAChosenDay() {
        QFETCH(QString, profile);
        QFETCH(QString, today);
        QStringList firstRun;
        for (const char *file : {"a", "b"}) {
            const QString path =
                TestServer::location(dir.path(), profile + today + QLatin1String(file));
            QCOMPARE(cli({u"init"_s, u"--profile"_s, profile}, path).code, 0);
            const Run r = cli(
                {u"demo"_s, u"--appeals"_s, u"1500"_s, u"--seed"_s, u"5"_s, u"--today"_s, today},
                path);
            QVERIFY2(r.code == 0, qPrintable(r.err));
            QVERIFY2(r.out.contains(u"as of "_s + today), qPrintable(r.out));
            QStringList counts;
            for (const char *state : {"overdue", "due-soon", "on-track"}) {
                const Run l =
                    cli({u"list"_s, u"appeals"_s, u"--deadline"_s, QString::fromLatin1(state),
                         u"--as-of"_s, today, u"--format"_s, u"json"_s},
                        path);
                QCOMPARE(l.code, 0);
                const QJsonArray rows = parseArray(l.out);
                QVERIFY2(!rows.isEmpty(), state);
                counts << QString::number(rows.size());
            }
            const Run all = cli({u"list"_s, u"appeals"_s}, path);
            if (firstRun.isEmpty())
                firstRun = counts << all.out;
            else
                QCOMPARE(counts << all.out, firstRun);
        }
    }

    // Without --today: the current date, but no later than the calendar's last known year
    // lets every generated deadline be counted.
    void demoDefaultsToTodayWithinTheCalendar() {
        const QString path = TestServer::location(dir.path(), u"default-today.sqlite"_s);
        QCOMPARE(cli({u"init"_s, u"--profile"_s, u"tongliao"_s}, path).code, 0);
        const Run r = cli({u"demo"_s, u"--appeals"_s, u"300"_s}, path);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        static const QRegularExpression asOf(u"as of (\\d{4}-\\d{2}-\\d{2})"_s);
        const auto m = asOf.match(r.out);
        QVERIFY2(m.hasMatch(), qPrintable(r.out));
        const QDate used = QDate::fromString(m.captured(1), Qt::ISODate);
        QVERIFY(used <= QDate::currentDate());
        QVERIFY(used.year() <= 2026); // the built-in calendar's last year
        const Run latest = cli({u"list"_s, u"appeals"_s, u"--sort"_s, u"-due_date"_s, u"--limit"_s,
                                u"1"_s, u"--format"_s, u"json"_s},
                               path);
        const QJsonArray rows = parseArray(latest.out);
        QCOMPARE(rows.size(), 1);
        QVERIFY2(rows.first().toObject().value(u"due_date"_s).toString() <= "2026-12-31"_L1,
                 qPrintable(latest.out));
        // Too early for the calendar: refused, naming the option.
        const QString early = TestServer::location(dir.path(), u"early.sqlite"_s);
        QCOMPARE(cli({u"init"_s}, early).code, 0);
        const Run e =
            cli({u"demo"_s, u"--appeals"_s, u"10"_s, u"--today"_s, u"2021-05-01"_s}, early);
        QCOMPARE(e.code, 2);
        QVERIFY2(e.err.contains(u"--today"_s), qPrintable(e.err));
    }

    void demoRefusesDatabaseWithRecords() {
        const Run r = cli({u"demo"_s, u"--appeals"_s, u"10"_s});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"already has records"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliList)
#include "tst_cli_list.moc"
