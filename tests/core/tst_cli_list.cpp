#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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
        db = dir.filePath(u"cli-list.sqlite"_s);
        const Run r = cli({u"demo"_s, u"--appeals"_s, u"400"_s, u"--seed"_s, u"3"_s});
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
    }

    void badInput() {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const Run r = cli(args);
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    }

    void demoRefusesDatabaseWithRecords() {
        const Run r = cli({u"demo"_s, u"--appeals"_s, u"10"_s});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"already has records"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliList)
#include "tst_cli_list.moc"
