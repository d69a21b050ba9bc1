// Eight desks at once on the same assignments (desk_client, one process each, 500 changes):
// every change is stored or refused with a clear conflict or workflow message, none is lost
// (each stored change has its audit entry and its version step), and no lock error or deadlock
// reaches a desk. Runs on an SQLite file and, as tst_concurrency_pg, on the test server.
#include "WorkflowFixture.h"
#include "tests/support/TestServer.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

class TestConcurrency : public QObject {
    Q_OBJECT

private slots:
    void eightDesksLoseNothing() {
        WorkflowFixture f(u"tongliao"_s);
        QVERIFY(f.ok);
        const qint64 department = f.department(u"市发展和改革委员会"_s);
        QStringList ids;
        for (int i = 0; i < 5; ++i) {
            const qint64 appeal = f.appeal(u"共享的诉求%1"_s.arg(i));
            QSqlQuery q(f.db->sql());
            q.prepare(u"INSERT INTO assignments (appeal_id, lead_department_id, assigned_on, "
                      "due_date, original_due_date, status, created_at, updated_at) VALUES "
                      "(?, ?, '2024-06-10', '2024-07-10', '2024-07-10', 'in_progress', "
                      "'2024-06-10T09:00:00', '2024-06-10T09:00:00')"_s);
            q.addBindValue(appeal);
            q.addBindValue(department);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            ids << QString::number(q.lastInsertId().toLongLong());
        }
        const int auditBefore = f.value(u"SELECT count(*) FROM audit_log"_s).toInt();
        const QString client = QCoreApplication::applicationDirPath() + u"/qinqing-desk-client"_s;
        constexpr int desks = 8;
        constexpr int changes = 500;
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int d = 0; d < desks; ++d) {
            auto p = std::make_unique<QProcess>();
            p->start(client, {f.db->path(), QString::number(changes), QString::number(d + 1),
                              ids.join(u',')});
            QVERIFY(p->waitForStarted());
            processes.push_back(std::move(p));
        }
        int stored = 0, bumps = 0, conflicts = 0;
        static const QRegularExpression line(
            u"stored (\\d+) bumps (\\d+) conflicts (\\d+) rules (\\d+) errors (\\d+)"_s);
        for (auto &p : processes) {
            QVERIFY(p->waitForFinished(900000));
            const QString out = QString::fromUtf8(p->readAllStandardOutput());
            const QString err = QString::fromUtf8(p->readAllStandardError());
            QCOMPARE(p->exitCode(), 0);
            const auto m = line.match(out);
            QVERIFY2(m.hasMatch(), qPrintable(out + err));
            qInfo().noquote() << out.trimmed();
            QVERIFY2(m.captured(5).toInt() == 0, qPrintable(err.left(2000)));
            QCOMPARE(m.captured(1).toInt() + m.captured(3).toInt() + m.captured(4).toInt(),
                     changes);
            stored += m.captured(1).toInt();
            bumps += m.captured(2).toInt();
            conflicts += m.captured(3).toInt();
        }
        QVERIFY(stored > 0);
        // Every stored change wrote exactly one audit entry, and nothing else did.
        QCOMPARE(f.value(u"SELECT count(*) FROM audit_log"_s).toInt() - auditBefore, stored);
        // Each change of an assignment raised its version by one: none overwrote another.
        QCOMPARE(f.value(u"SELECT sum(version - 1) FROM assignments"_s).toInt(), bumps);
        qInfo("%d stored, %d refused as conflicts", stored, conflicts);
    }
};

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
