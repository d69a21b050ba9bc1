// Live desks: a change committed at another desk (another connection, as another process or
// window would make it) is noticed without a manual refresh; the desk's own changes are not
// reported back to it. On an SQLite file and, as tst_watcher_pg, on the test server.
#include "WorkflowFixture.h"
#include "core/DatabaseWatcher.h"
#include "core/records/AppealRepository.h"
#include "tests/support/TestServer.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestWatcher : public QObject {
    Q_OBJECT

private slots:
    void anotherDesksChangeIsNoticed() {
        WorkflowFixture f(u"tongliao"_s);
        QVERIFY(f.ok);
        const qint64 appeal = f.appeal(u"厂区道路破损"_s);
        DatabaseWatcher watcher(*f.db);
        QSignalSpy changed(&watcher, &DatabaseWatcher::changedElsewhere);
        watcher.start(100);

        // This desk's own save: nothing to refresh from elsewhere.
        AppealRepository own(*f.db);
        Appeal a = *own.find(appeal);
        a.phone = u"13800001111"_s;
        QVERIFY(own.update(a));
        watcher.poll();
        QCoreApplication::processEvents();
        QTest::qWait(300);
        QCOMPARE(changed.count(), 0);

        Database other; // the other desk
        QVERIFY2(other.open(f.db->path()), qPrintable(other.errorString()));
        AppealRepository theirs(other);
        Appeal b = *theirs.find(appeal);
        b.priorHandling = u"已现场查看。"_s;
        QVERIFY(theirs.update(b));
        QVERIFY(changed.wait(5000));
        QVERIFY(watcher.isConnected());
    }
};

QTEST_GUILESS_MAIN(TestWatcher)
#include "tst_watcher.moc"
