// Statements kept prepared per connection (PreparedStatementCache, Database::prepared): the list,
// its searches, the overdue set and the dashboard run the same texts again and again. A kept
// statement must answer for this run's values, never lend itself to two readers at once, hold
// nothing open once its reader is done and stay bounded. That a server plans them for each
// run's values, and what happens to them when the server restarts, is in tst_reconnect.
#include "core/Database.h"
#include "core/DatabaseInitializer.h"
#include "core/PreparedStatementCache.h"
#include "core/demo/DemoDataGenerator.h"
#include "core/queries/AppealListQuery.h"
#include "tests/support/TestServer.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

class TestPreparedStatements : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    // Every appeal's number and its five searched texts, read once with plain SQL.
    QList<std::pair<QString, QString>> m_texts;

    // The numbers of the appeals whose texts contain `term`, as plain C++ finds them.
    QStringList expected(const QString &term) const {
        QStringList numbers;
        for (const auto &[number, text] : m_texts) {
            if (text.contains(term, Qt::CaseInsensitive))
                numbers << number;
        }
        std::sort(numbers.begin(), numbers.end(), std::greater<>());
        return numbers;
    }

    QStringList listed(const QString &term, int limit) {
        AppealListQuery q(m_db);
        AppealListQuery::Filter f;
        f.search = term;
        q.setFilter(f);
        q.setSort(AppealListQuery::Column::Number, Qt::DescendingOrder);
        QStringList numbers;
        for (const AppealListQuery::Row &r : q.fetch(0, limit))
            numbers << r.number;
        return numbers;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_db.open(TestServer::location(m_dir.path(), u"prepared.sqlite"_s)),
                 qPrintable(m_db.errorString()));
        QVERIFY(DatabaseInitializer(m_db).initialize(u"wushen"_s));
        DemoDataGenerator demo(m_db);
        DemoDataGenerator::Options options;
        options.appeals = 400;
        options.today = DemoDataGenerator::fixedReferenceDate();
        QVERIFY2(demo.generate(options), qPrintable(demo.errorString()));
        QSqlQuery q(m_db.sql());
        QVERIFY(q.exec(u"SELECT number, submitting_unit, problem, suggestions, prior_handling "
                       "FROM appeals"_s));
        while (q.next()) {
            QStringList parts;
            for (int c = 0; c < 5; ++c)
                parts << q.value(c).toString();
            // A separator no term contains: a match never spans two texts.
            m_texts.append({q.value(0).toString(), parts.join(u'\n')});
        }
        QCOMPARE(m_texts.size(), 400);
    }

    // Typing changes the term at every keystroke: the same kept statements run with other
    // values back to back, and each answer is the one for its own term.
    void sameStatementWithOtherValuesBackToBack() {
        const QStringList terms = {u"贷款"_s,     u"融资"_s, u"用地指标"_s, u"融资难"_s, u"贷款"_s,
                                   u"用地指标"_s, u"邮"_s,   u"电"_s,       u"融资难"_s, u"电"_s};
        int found = 0;
        for (int round = 0; round < 2; ++round) {
            for (const QString &term : terms) {
                const QStringList want = expected(term);
                QCOMPARE(listed(term, 20), want.mid(0, 20));
                AppealListQuery q(m_db);
                AppealListQuery::Filter f;
                f.search = term;
                q.setFilter(f);
                QCOMPARE(q.count(), want.size());
                found += int(want.size());
            }
        }
        QVERIFY(found > 0); // the terms are not all absent from the demo office
    }

    // A reader still walking a statement's rows when the same text is asked for again (a loop
    // that runs the same lookup inside): each gets its own statement and its own rows.
    void aStatementInUseIsNotLentTwice() {
        const QString sql = u"SELECT id FROM appeals WHERE id <= ? ORDER BY id"_s;
        PreparedStatementCache::Lease outer = PreparedStatementCache::prepare(m_db.sql(), sql);
        QVERIFY(outer.exec({5}));
        QVERIFY(outer.query().next());
        QCOMPARE(outer.query().value(0).toInt(), 1);
        {
            PreparedStatementCache::Lease inner = PreparedStatementCache::prepare(m_db.sql(), sql);
            QVERIFY(&inner.query() != &outer.query());
            QVERIFY(inner.exec({2}));
            int rows = 0;
            while (inner.query().next())
                ++rows;
            QCOMPARE(rows, 2);
        }
        // Qt's PostgreSQL driver holds one result per connection: the inner statement's run
        // dropped the outer's remaining rows there, kept statements or not.
        if (m_db.isServer())
            return;
        QList<int> rest;
        while (outer.query().next())
            rest << outer.query().value(0).toInt();
        QCOMPARE(rest, (QList<int>{2, 3, 4, 5}));
    }

    // A reader that stops after the first row leaves no read open: on a file an open read
    // would pin the write-ahead log, which then could not be emptied into the file.
    void aReaderThatStopsEarlyLeavesNothingOpen() {
        {
            PreparedStatementCache::Lease lease =
                PreparedStatementCache::prepare(m_db.sql(), u"SELECT id FROM appeals"_s);
            QVERIFY(lease.exec({}));
            QVERIFY(lease.query().next());
        }
        if (m_db.isServer())
            return; // a server's session keeps no snapshot between statements
        QSqlQuery mode(m_db.sql());
        QVERIFY(mode.exec(u"PRAGMA journal_mode"_s) && mode.next());
        QCOMPARE(mode.value(0).toString(), u"wal"_s); // a local folder's file (JournalPolicy)
        Database other;
        QVERIFY2(other.openCopyOf(m_db), qPrintable(other.errorString()));
        QVERIFY(other.setSetting(u"prepared-test"_s, u"1"_s));
        QSqlQuery checkpoint(other.sql());
        QVERIFY(checkpoint.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s) && checkpoint.next());
        QCOMPARE(checkpoint.value(0).toInt(), 0); // not blocked by a reader
    }

    // The least recently used statement goes first, and the cache never grows past its bound.
    void boundedLeastRecentlyUsedFirst() {
        PreparedStatementCache cache(2);
        const QSqlDatabase sql = m_db.sql();
        const auto run = [&](const QString &text) {
            PreparedStatementCache::Lease lease = cache.lease(sql, text);
            const bool ran = lease.exec({}) && lease.query().next() &&
                             lease.query().value(0).toInt() == text.section(u' ', 1, 1).toInt();
            return std::pair{&lease.query(), ran};
        };
        const auto one = run(u"SELECT 1"_s);
        const auto two = run(u"SELECT 2"_s);
        QVERIFY(one.second && two.second);
        QCOMPARE(run(u"SELECT 1"_s).first, one.first); // kept: the same statement again
        QVERIFY(run(u"SELECT 3"_s).second);            // "SELECT 2" was used least recently
        QCOMPARE(cache.size(), 2);
        QCOMPARE(run(u"SELECT 1"_s).first, one.first);
        QVERIFY(run(u"SELECT 2"_s).second);
        QCOMPARE(cache.size(), 2);
    }

    // A statement that does not prepare is reported and not kept.
    void aFailedPrepareIsReportedAndNotKept() {
        PreparedStatementCache cache;
        PreparedStatementCache::Lease lease =
            cache.lease(m_db.sql(), u"SELECT no_such_column FROM appeals"_s);
        // PostgreSQL's PREPARE checks the names, as SQLite's prepare does.
        QVERIFY(!lease.isPrepared());
        QVERIFY(lease.query().lastError().isValid());
        QVERIFY(!lease.exec({}));
        QCOMPARE(cache.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPreparedStatements)
#include "tst_preparedstatements.moc"
