#include "TestPaths.h"
#include "core/import/CellTextCheck.h"
#include "tests/support/CliRun.h"
#include "tests/support/TestServer.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

// The hostile-CSV corpus (tests/data/hostile-csv, made by its make-corpus.py): every file is
// imported by qinqing-cli into an empty database, as a clerk's script would. A refused file
// must name its row and column (or its line) and leave the database without a record; an
// accepted one must store exactly its text; no control character may reach the terminal and
// no file may print more than a screenful of errors.
class TestHostileCsv : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_empty; // an initialised database without records, copied for each case
    int m_databases = 0;

    static QString corpusDir() { return QStringLiteral(QINQING_TEST_DATA_DIR "/hostile-csv"); }

    static QString unescape(const QString &text) {
        QString out;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i) != u'\\' || i + 1 == text.size()) {
                out += text.at(i);
                continue;
            }
            const QChar next = text.at(++i);
            if (next == u'n')
                out += u'\n';
            else if (next == u't')
                out += u'\t';
            else if (next == u'u') {
                out += QChar(char16_t(text.mid(i + 1, 4).toUShort(nullptr, 16)));
                i += 4;
            } else
                out += next;
        }
        return out;
    }

    // A copy of the empty database: of the file, or on the test server a database made from
    // the empty one as its template (the server copies its files, as fast as a file copy).
    QString freshDatabase() {
        const QString name = u"case-%1.sqlite"_s.arg(++m_databases);
        if (!TestServer::active()) {
            const QString path = m_dir.filePath(name);
            QFile::copy(m_empty, path);
            return path;
        }
        const QString url = TestServer::location(m_dir.path(), name);
        const QString database = QUrl(url).path().mid(1);
        QSqlQuery q(TestServer::detail::admin());
        if (!q.exec(u"DROP DATABASE %1"_s.arg(database)) ||
            !q.exec(u"CREATE DATABASE %1 TEMPLATE %2"_s.arg(database, QUrl(m_empty).path().mid(1))))
            qFatal("test server: %s", qPrintable(q.lastError().text()));
        return url;
    }

    // A connection to the database at `location` (file or server URL), read-only on SQLite.
    static QSqlDatabase connect(const QString &location, const QString &name) {
        if (!TestServer::active()) {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(location);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            return db;
        }
        const QUrl url(location);
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(QUrlQuery(url).queryItemValue(u"host"_s));
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        return db;
    }

    // The rows of `sql` on the database at `path`, each row's columns joined by a tab.
    static QStringList select(const QString &path, const QString &sql) {
        QStringList rows;
        const QString name = u"hostile-"_s + path;
        {
            QSqlDatabase db = connect(path, name);
            if (!db.open())
                return {u"cannot open: "_s + db.lastError().text()};
            QSqlQuery q(db);
            if (!q.exec(sql))
                return {u"cannot read: "_s + q.lastError().text()};
            while (q.next()) {
                QStringList columns;
                for (int c = 0; c < q.record().count(); ++c)
                    columns << q.value(c).toString();
                rows << columns.join(u'\t');
            }
        }
        QSqlDatabase::removeDatabase(name);
        return rows;
    }

    // What a terminal would obey: C0 controls but tab and line feed, DEL, C1 controls and
    // bidirectional overrides, found in the decoded output.
    static QString firstControl(const QString &output) {
        for (const QChar c : output) {
            if (CellTextCheck::isControl(c.unicode()))
                return CellTextCheck::describe(c.unicode());
        }
        return {};
    }

    static void checkTerminalSafe(const CliRun::Result &r) {
        QVERIFY2(firstControl(r.out).isEmpty(), qPrintable(firstControl(r.out)));
        QVERIFY2(firstControl(r.err).isEmpty(), qPrintable(firstControl(r.err)));
        // A screenful: the first 20 errors, the count of the rest and the summary.
        QVERIFY2(r.err.count(u'\n') <= 25, qPrintable(r.err.left(2000)));
    }

    CliRun::Result import(const QString &db, const QString &file) {
        return CliRun::run(db, {u"import"_s, u"appeals"_s, file});
    }

    static QString write(const QString &path, const QByteArray &bytes) {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }

    static QByteArray header() {
        return "编号,提交单位,企业负责人,联系电话,提交日期,困难问题,意见建议,领域\r\n";
    }

private slots:
    void initTestCase() {
        QVERIFY(!qEnvironmentVariable("QINQING_CLI").isEmpty());
        m_empty = TestServer::location(m_dir.path(), u"empty.sqlite"_s);
        const CliRun::Result r = CliRun::run(m_empty, {u"init"_s, u"--profile"_s, u"wushen"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void corpus_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("expectation");
        QFile list(corpusDir() + u"/cases.tsv"_s);
        QVERIFY(list.open(QIODevice::ReadOnly));
        int cases = 0;
        for (const QString &line : QString::fromUtf8(list.readAll()).split(u'\n')) {
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            const QStringList f = line.split(u'\t');
            QCOMPARE(f.size(), 3);
            QTest::newRow(qPrintable(f.at(0))) << f.at(0) << f.at(1) << unescape(f.at(2));
            ++cases;
        }
        QVERIFY(cases >= 80);
    }

    void corpus() {
        QFETCH(QString, file);
        QFETCH(QString, outcome);
        QFETCH(QString, expectation);
        const QString db = freshDatabase();
        const CliRun::Result r = import(db, corpusDir() + u'/' + file);
        checkTerminalSafe(r);
        const QStringList stored = select(db, u"SELECT number, problem FROM appeals"_s);
        if (outcome == "refused"_L1) {
            QVERIFY2(r.exitCode == 2, qPrintable(u"exit %1: %2"_s.arg(r.exitCode).arg(r.err)));
            const QRegularExpression want(expectation);
            QVERIFY(want.isValid());
            QVERIFY2(want.match(r.err).hasMatch(), qPrintable(r.err.left(3000)));
            QVERIFY2(stored.isEmpty(), qPrintable(stored.join(u'\n')));
            return;
        }
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!stored.isEmpty());
        // Whatever is stored is text: no control character (tab and line feed are text) and
        // no replacement character standing for bytes that were not.
        const QStringList texts =
            select(db, u"SELECT number || submitting_unit || responsible_person || phone || "
                       "problem || suggestions || domain FROM appeals"_s);
        QVERIFY2(firstControl(texts.join(QString())).isEmpty(), qPrintable(texts.join(u'\n')));
        QVERIFY(!texts.join(QString()).contains(QChar(QChar::ReplacementCharacter)));
        if (!expectation.isEmpty()) {
            const qsizetype eq = expectation.indexOf(u'=');
            const QStringList values =
                select(db, u"SELECT %1 FROM appeals"_s.arg(expectation.left(eq)));
            QVERIFY2(values.contains(expectation.mid(eq + 1)), qPrintable(values.join(u'\n')));
        }
    }

    // Made here rather than committed: a problem of 10 MB, a file past the size limit and the
    // hundred thousand bad rows that printed 100,001 lines of errors.
    void tenMegabyteProblem() {
        const QString file = write(m_dir.filePath(u"big-problem.csv"_s),
                                   header() + "HC-1,某公司,王,13912345678,2024-06-01," +
                                       QByteArray(10 * 1024 * 1024, 'x') + ",建议,用地\r\n");
        const QString db = freshDatabase();
        const CliRun::Result r = import(db, file);
        checkTerminalSafe(r);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"row 2: 困难问题: is 10,485,760 characters long; at most 10,000 "
                                "fit"_s),
                 qPrintable(r.err));
        QVERIFY(select(db, u"SELECT id FROM appeals"_s).isEmpty());
    }

    void fileTooLarge() {
        const QString path = m_dir.filePath(u"huge.csv"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(header());
        QVERIFY(f.resize(101 * 1024 * 1024)); // sparse: no need to write the bytes
        f.close();
        const CliRun::Result r = import(freshDatabase(), path);
        checkTerminalSafe(r);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"the file is 101 MB; at most 100 MB"_s), qPrintable(r.err));
    }

    // On the test server 10,000 rows: each row's checks ask the server (a round trip each),
    // and the point here is the screenful, not the speed (tests/benchmark measures that).
    void hundredThousandBadRowsPrintAScreenful() {
        const int rows = TestServer::active() ? 10000 : 100000;
        QByteArray bytes = header();
        for (int n = 1; n <= rows; ++n)
            bytes += "HC-" + QByteArray::number(n) +
                     ",某公司,王小明,13912345678,下周,用地手续慢,加快,用地\r\n";
        const CliRun::Result r =
            import(freshDatabase(), write(m_dir.filePath(u"bad.csv"_s), bytes));
        checkTerminalSafe(r);
        QCOMPARE(r.exitCode, 2);
        const QStringList lines = r.err.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 22);
        QVERIFY(lines.first().startsWith(u"row 2: 提交日期: \"下周\" is not a date"_s));
        const QString rest = QLocale(QLocale::English).toString(rows - 20);
        QCOMPARE(lines.at(20), u"… and %1 more errors not shown (提交日期 %1)"_s.arg(rest));
        QCOMPARE(lines.at(21), u"nothing imported: %1 rows have errors"_s.arg(
                                   QLocale(QLocale::English).toString(rows)));
    }

    // Text stored before imports were checked (or typed with a paste) is printed as text:
    // `list` and `show` replay no escape sequence on the clerk's terminal.
    void storedEscapeCodesArePrintedAsText() {
        const QString db = freshDatabase();
        {
            QSqlDatabase sql = connect(db, u"old"_s);
            sql.setConnectOptions();
            QVERIFY(sql.open());
            QSqlQuery q(sql);
            QString insert =
                u"INSERT INTO appeals (number, submitting_unit, responsible_person, "
                "phone, submit_date, problem, domain, created_at, updated_at) VALUES "
                "('HC-0001', '某公司' || char(27) || ']0;pwned' || char(7), "
                "'王' || char(27) || '[8m', '139', '2024-06-01', "
                "'用地' || char(27) || '[2J' || char(27) || '[H' || char(155) || '2J', "
                "'用地' || char(8238), '2024-06-01T00:00:00', "
                "'2024-06-01T00:00:00')"_s;
            // SQLite writes a code point as char(n), PostgreSQL as chr(n).
            if (TestServer::active())
                insert.replace(u"char("_s, u"chr("_s);
            QVERIFY2(q.exec(insert), qPrintable(q.lastError().text()));
        }
        QSqlDatabase::removeDatabase(u"old"_s);
        for (const QStringList &args :
             {QStringList{u"list"_s, u"appeals"_s},
              QStringList{u"show"_s, u"appeal"_s, u"HC-0001"_s},
              QStringList{u"list"_s, u"appeals"_s, u"--format"_s, u"json"_s}}) {
            const CliRun::Result r = CliRun::run(db, args);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            checkTerminalSafe(r);
            QVERIFY2(r.out.contains(u"HC-0001"_s), qPrintable(r.out));
        }
        const CliRun::Result show = CliRun::run(db, {u"show"_s, u"appeal"_s, u"HC-0001"_s});
        QVERIFY2(show.out.contains(u"用地␛[2J␛[H"_s), qPrintable(show.out));
    }
};

QTEST_GUILESS_MAIN(TestHostileCsv)
#include "tst_hostilecsv.moc"
