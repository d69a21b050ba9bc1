#include "core/Database.h"
#include "core/DatabaseInitializer.h"
#include "core/demo/DemoDataGenerator.h"
#include "core/queries/AppealCounter.h"
#include "core/queries/AppealListQuery.h"
#include "tests/support/TestServer.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The exact count of the Appeals page's 精确统计 (issue 15), counted in a thread of its own on
// a second connection so that the window stays responsive at a million appeals: it must give
// the core's figure on both engines, report only the latest request, and nothing once
// cancelled (a new keystroke, Esc).
class TestAppealCounter : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_db.open(TestServer::location(m_dir.path(), u"counter.sqlite"_s)),
                 qPrintable(m_db.errorString()));
        QVERIFY(DatabaseInitializer(m_db).initialize(u"wushen"_s));
        DemoDataGenerator demo(m_db);
        DemoDataGenerator::Options options;
        options.appeals = 600;
        options.today = DemoDataGenerator::fixedReferenceDate();
        QVERIFY2(demo.generate(options), qPrintable(demo.errorString()));
    }

    void countsWhatTheQueryCounts_data() {
        QTest::addColumn<QString>("term");
        QTest::newRow("no search") << QString();
        QTest::newRow("one character") << u"用"_s;
        QTest::newRow("two characters") << u"贷款"_s;
        QTest::newRow("no match") << u"没有这样的诉求"_s;
    }

    void countsWhatTheQueryCounts() {
        QFETCH(QString, term);
        AppealCounter counter(m_db);
        QSignalSpy counted(&counter, &AppealCounter::counted);
        QSignalSpy failed(&counter, &AppealCounter::failed);
        const int request = counter.start(filter(term));
        QVERIFY(counter.isCounting());
        QTRY_COMPARE(counted.size() + failed.size(), 1);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));
        QCOMPARE(counted.at(0).at(0).toInt(), request);
        QCOMPARE(counted.at(0).at(1).toLongLong(), qint64(coreCount(term)));
        QVERIFY(!counter.isCounting());
    }

    // A second click or a new term while a count runs: only the latest is reported.
    void onlyTheLatestRequestIsReported() {
        AppealCounter counter(m_db);
        QSignalSpy counted(&counter, &AppealCounter::counted);
        counter.start(filter(u"用"_s));
        const int latest = counter.start(filter(u"贷款"_s));
        QTRY_COMPARE(counted.size(), 1);
        counter.waitForIdle();
        QCoreApplication::processEvents();
        QCOMPARE(counted.size(), 1);
        QCOMPARE(counted.at(0).at(0).toInt(), latest);
        QCOMPARE(counted.at(0).at(1).toLongLong(), qint64(coreCount(u"贷款"_s)));
    }

    void aCancelledCountIsNeverReported() {
        AppealCounter counter(m_db);
        QSignalSpy counted(&counter, &AppealCounter::counted);
        QSignalSpy failed(&counter, &AppealCounter::failed);
        counter.start(filter(u"用"_s));
        counter.cancel();
        QVERIFY(!counter.isCounting());
        counter.waitForIdle();
        QCoreApplication::processEvents();
        QTest::qWait(50);
        QVERIFY(counted.isEmpty());
        QVERIFY(failed.isEmpty());
    }

    // The page's own connection stays usable while the count runs on its second one.
    void theFirstConnectionIsFreeMeanwhile() {
        AppealCounter counter(m_db);
        QSignalSpy counted(&counter, &AppealCounter::counted);
        counter.start(filter(u"用"_s));
        QCOMPARE(coreCount(u"贷款"_s) >= 0, true);
        QTRY_COMPARE(counted.size(), 1);
    }

    // Gone with a count still running (the page closed): waits, reports nothing, no crash.
    void destroyedWhileCounting() {
        auto counter = std::make_unique<AppealCounter>(m_db);
        counter->start(filter(u"用"_s));
        counter.reset();
        QCoreApplication::processEvents();
    }

private:
    static AppealListQuery::Filter filter(const QString &term) {
        AppealListQuery::Filter f;
        f.search = term;
        return f;
    }

    int coreCount(const QString &term) {
        AppealListQuery query(m_db);
        query.setFilter(filter(term));
        return query.count();
    }

    QTemporaryDir m_dir;
    Database m_db;
};

QTEST_MAIN(TestAppealCounter)
#include "tst_appealcounter.moc"
