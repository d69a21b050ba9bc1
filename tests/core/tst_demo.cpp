#include "core/Database.h"
#include "core/DatabaseInitializer.h"
#include "core/IntegrityChecker.h"
#include "core/dashboard/DashboardQuery.h"
#include "core/demo/DemoDataGenerator.h"
#include "core/queries/AssignmentState.h"
#include "tests/support/TestServer.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The demo generator: deterministic per seed, every status present, valid codes, and a
// database that passes Qinqing's own integrity checks.
class TestDemo : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir;

    bool generate(Database &db, const QString &file, int appeals, quint32 seed) {
        if (!db.open(dir.filePath(file)) || !DatabaseInitializer(db).initialize(u"wushen"_s))
            return false;
        DemoDataGenerator generator(db);
        if (!generator.generate({appeals, seed, DemoDataGenerator::fixedReferenceDate()})) {
            qWarning() << generator.errorString();
            return false;
        }
        return true;
    }

    // Every row of every record table, in id order: equal hashes mean equal data.
    static QByteArray contentHash(Database &db) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QSqlQuery q(db.sql());
        for (const char *table :
             {"departments", "leaders", "enterprises", "meetings", "meeting_leaders",
              "meeting_departments", "meeting_enterprises", "meeting_topics", "topics",
              "topic_departments", "appeals", "assignments", "assignment_cooperators",
              "progress_reports", "extensions", "evaluations", "audit_log"}) {
            hash.addData(table);
            q.exec(u"SELECT * FROM %1 ORDER BY 1, 2"_s.arg(QString::fromLatin1(table)));
            while (q.next()) {
                for (int i = 0; i < q.record().count(); ++i)
                    hash.addData(q.value(i).toString().toUtf8() + '\x1f');
                hash.addData("\n");
            }
        }
        return hash.result();
    }

    static QStringList column(Database &db, const QString &sql) {
        QStringList values;
        QSqlQuery q(db.sql());
        q.exec(sql);
        while (q.next())
            values << q.value(0).toString();
        return values;
    }

    // GB 32100-2015, written out independently of the generator.
    static bool usccValid(const QString &code) {
        static const QString charset = u"0123456789ABCDEFGHJKLMNPQRTUWXY"_s;
        static const int weights[] = {1,  3,  9,  27, 19, 26, 16, 17, 20,
                                      29, 25, 13, 8,  24, 10, 30, 28};
        if (code.size() != 18)
            return false;
        int sum = 0;
        for (int i = 0; i < 17; ++i) {
            const int v = int(charset.indexOf(code.at(i)));
            if (v < 0)
                return false;
            sum += v * weights[i];
        }
        return charset.indexOf(code.at(17)) == (31 - sum % 31) % 31;
    }

private slots:
    void checkCharacter() {
        QVERIFY(usccValid(u"91110000600037341L"_s));
        QCOMPARE(DemoDataGenerator::usccCheckCharacter(u"91110000600037341"_s), QChar(u'L'));
        QVERIFY(!usccValid(u"91110000600037341M"_s));
    }

    void deterministicPerSeed() {
        Database a, b, c;
        QVERIFY(generate(a, u"a.sqlite"_s, 1200, 42));
        QVERIFY(generate(b, u"b.sqlite"_s, 1200, 42));
        QVERIFY(generate(c, u"c.sqlite"_s, 1200, 43));
        const QByteArray ha = contentHash(a);
        QCOMPARE(contentHash(b), ha);
        QVERIFY(contentHash(c) != ha);
        QCOMPARE(column(a, u"SELECT COUNT(*) FROM appeals"_s), QStringList{u"1200"_s});
    }

    // "today" of the demo world follows Options::today: as of that date there are open items
    // overdue, due soon and on track, whatever the profile's limits (7/15 days for 乌审旗, 30
    // for the others) — also past the calendar's last year, as the first-start dialog asks.
    // (Nothing can be due soon when the days of the warning window were a long holiday one
    // limit earlier: a week after 春节 or 国庆 for 7 days, a month after for 30 days. Not tested.)
    void bucketsAsOfTheReferenceDate_data() {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QDate>("today");
        for (const char *profile : {"wushen", "tongliao", "wuhai", "heyuan", "qingxin"})
            for (const QDate &today : {QDate(2024, 5, 20), QDate(2025, 6, 16), QDate(2026, 4, 15),
                                       QDate(2026, 9, 30), QDate(2026, 12, 1)})
                QTest::addRow("%s %s", profile, qPrintable(today.toString(Qt::ISODate)))
                    << QString::fromLatin1(profile) << today;
    }

    void bucketsAsOfTheReferenceDate() {
        QFETCH(QString, profile);
        QFETCH(QDate, today);
        Database db;
        QVERIFY(db.open(
            dir.filePath(u"buckets-%1-%2.sqlite"_s.arg(profile, today.toString(Qt::ISODate)))));
        QVERIFY(DatabaseInitializer(db).initialize(profile));
        DemoDataGenerator generator(db);
        DemoDataGenerator::Options options;
        options.appeals = 1500; // as many as the first-start dialog writes
        options.seed = 9;
        options.today = today;
        QVERIFY2(generator.generate(options), qPrintable(generator.errorString()));
        DashboardQuery query(db);
        DashboardQuery::Options asOf;
        asOf.asOf = today;
        const DashboardSnapshot s = query.compute(asOf);
        for (DashboardBucket b :
             {DashboardBucket::Overdue, DashboardBucket::DueSoon, DashboardBucket::OnTrack})
            QVERIFY2(s.count(b) > 0, qPrintable(DashboardBuckets::code(b)));
        // Meetings after the date are planned, those before it held.
        QCOMPARE(column(db, u"SELECT COUNT(*) FROM meetings WHERE (meeting_date < '%1') <> "
                            "(status = 'held')"_s.arg(today.toString(Qt::ISODate))),
                 QStringList{u"0"_s});
    }

    // The latest reference date keeps every generated deadline inside the calendar's known
    // years; earlier than two months into the first year is refused with a message.
    void referenceDateRange() {
        for (const char *profile : {"tongliao", "wushen"}) {
            Database db;
            QVERIFY(db.open(dir.filePath(u"range-%1.sqlite"_s.arg(QLatin1String(profile)))));
            QVERIFY(DatabaseInitializer(db).initialize(QString::fromLatin1(profile)));
            DemoDataGenerator generator(db);
            const QDate latest = generator.latestReferenceDate();
            QVERIFY2(latest.year() == 2026 && latest.month() >= 10, qPrintable(latest.toString()));
            QVERIFY(generator.staysInCalendar(latest));
            QVERIFY(!generator.staysInCalendar(QDate(2026, 12, 31)));
            QCOMPARE(generator.latestReferenceDate(QDate(2026, 6, 1)), QDate(2026, 6, 1));
            QCOMPARE(generator.earliestReferenceDate(), QDate(2023, 3, 1));
            DemoDataGenerator::Options options;
            options.appeals = 3000;
            options.today = QDate(2023, 2, 28);
            QVERIFY(!generator.generate(options));
            QVERIFY2(generator.errorString().contains(u"2023-03-01"_s),
                     qPrintable(generator.errorString()));
            options.today = latest;
            QVERIFY2(generator.generate(options), qPrintable(generator.errorString()));
            QCOMPARE(column(db, u"SELECT COUNT(*) FROM assignments WHERE due_uncertain <> 0 OR "
                                "due_date > '2026-12-31' OR original_due_date > '2026-12-31'"_s),
                     QStringList{u"0"_s});
            QCOMPARE(column(db, u"SELECT COUNT(*) FROM extensions WHERE requested_due > "
                                "'2026-12-31'"_s),
                     QStringList{u"0"_s});
        }
        // Past that date (the first-start dialog on a late-December day) the counted deadlines
        // that run into the unknown year are marked uncertain, as real ones are (an approved
        // extension's date was asked for, not counted).
        Database late;
        QVERIFY(late.open(TestServer::location(dir.path(), u"range-late.sqlite"_s)));
        QVERIFY(DatabaseInitializer(late).initialize(u"tongliao"_s));
        DemoDataGenerator generator(late);
        DemoDataGenerator::Options options;
        options.appeals = 3000;
        options.today = QDate(2026, 12, 28);
        QVERIFY2(generator.generate(options), qPrintable(generator.errorString()));
        QVERIFY(column(late, u"SELECT COUNT(*) FROM assignments WHERE due_uncertain <> 0 AND "
                             "due_date > '2026-12-31'"_s)
                    .first()
                    .toInt() > 0);
        QCOMPARE(column(late, u"SELECT COUNT(*) FROM assignments WHERE due_uncertain = 0 AND "
                              "due_date > '2026-12-31' AND due_date = original_due_date"_s),
                 QStringList{u"0"_s});
    }

    void realisticContent() {
        Database db;
        QVERIFY(generate(db, u"content.sqlite"_s, 1500, 7));
        const QStringList statuses =
            column(db, u"SELECT DISTINCT status FROM assignments ORDER BY status"_s);
        QStringList expected = AssignmentState::allStatusCodes();
        expected.sort();
        QCOMPARE(statuses, expected);
        QCOMPARE(column(db, u"SELECT DISTINCT status FROM extensions ORDER BY 1"_s),
                 (QStringList{u"approved"_s, u"pending"_s, u"refused"_s}));
        QCOMPARE(column(db, u"SELECT DISTINCT level FROM evaluations ORDER BY 1"_s),
                 (QStringList{u"basic"_s, u"satisfied"_s, u"unsatisfied"_s}));
        QCOMPARE(column(db, u"SELECT DISTINCT status FROM meetings ORDER BY 1"_s),
                 (QStringList{u"held"_s, u"planned"_s}));
        QCOMPARE(column(db, u"SELECT DISTINCT status FROM appeals ORDER BY 1"_s),
                 (QStringList{u"accepted"_s, u"pending"_s, u"redirected"_s, u"rejected"_s,
                              u"solved"_s}));
        // Screening decisions look like ScreeningService's: a redirect names where it went.
        QCOMPARE(column(db, u"SELECT COUNT(*) FROM appeals WHERE status = 'redirected' AND "
                            "(screening_target = '' OR screening_reason NOT IN ('local', "
                            "'department'))"_s),
                 QStringList{u"0"_s});
        // An approved extension moved the deadline and kept the original.
        QVERIFY(column(db, u"SELECT COUNT(*) FROM extensions x JOIN assignments s ON s.id = "
                           "x.assignment_id WHERE x.status = 'approved' AND s.due_date = "
                           "x.requested_due AND s.original_due_date = x.previous_due AND "
                           "s.due_date > s.original_due_date"_s)
                    .first()
                    .toInt() > 0);
        const QStringList codes = column(db, u"SELECT uscc FROM enterprises"_s);
        QVERIFY(codes.size() >= 200);
        for (const QString &code : codes)
            QVERIFY2(usccValid(code), qPrintable(code));
        QCOMPARE(QSet<QString>(codes.begin(), codes.end()).size(), codes.size());
        static const QRegularExpression name(u"^\\p{Han}{4,}(有限公司|股份有限公司)$"_s);
        for (const QString &n : column(db, u"SELECT name FROM enterprises"_s))
            QVERIFY2(name.match(n).hasMatch(), qPrintable(n));
        static const QRegularExpression mobile(u"^1[3-9]\\d{9}$"_s);
        for (const QString &p : column(db, u"SELECT phone FROM enterprises"_s))
            QVERIFY2(mobile.match(p).hasMatch(), qPrintable(p));
        // Problems are sentences, not placeholders.
        for (const QString &p : column(db, u"SELECT problem FROM appeals LIMIT 200"_s)) {
            QVERIFY(p.size() > 15);
            QVERIFY2(!p.contains(u'%'), qPrintable(p));
            QVERIFY(p.endsWith(u'。'));
        }
        // Numbers follow the active profile's pattern (WS{year}-{seq:4}).
        QCOMPARE(column(db, u"SELECT number FROM appeals ORDER BY id LIMIT 1"_s),
                 QStringList{u"WS2023-0001"_s});
        QCOMPARE(IntegrityChecker(db).run(), QStringList());
        // Demo rows never mix with existing records.
        DemoDataGenerator again(db);
        QVERIFY(!again.generate({10, 1, DemoDataGenerator::fixedReferenceDate()}));
        QVERIFY(again.errorString().contains(u"already has records"_s));
        QCOMPARE(column(db, u"SELECT COUNT(*) FROM appeals"_s), QStringList{u"1500"_s});
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
