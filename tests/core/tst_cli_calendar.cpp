#include "TestPaths.h"
#include "core/CalendarRepository.h"
#include "core/workflow/AssignmentService.h"
#include "tests/core/WorkflowFixture.h"

#include <QFile>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

// qinqing-cli calendar import NOTICE.txt --year YEAR: the office's script or the clerk at a
// terminal reads the notice, sees the days, and is told which deadlines moved.
class TestCliCalendar : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<WorkflowFixture> f;
    qint64 m_assignment = 0;

    struct Run {
        int code = -1;
        QString out;
        QString err;
    };

    Run cli(const QStringList &args) {
        // The fixture's connection is closed first: the CLI is another program on the file.
        const QString path = f->db->path();
        f->db.reset();
        QProcess p;
        p.start(qEnvironmentVariable("QINQING_CLI"), QStringList{u"--db"_s, path} + args);
        Run r;
        if (p.waitForFinished(60000))
            r = {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                 QString::fromUtf8(p.readAllStandardError())};
        f->db = std::make_unique<Database>();
        if (!f->db->open(path))
            qWarning("reopen: %s", qPrintable(f->db->errorString()));
        return r;
    }

    QString notice(const QString &text) {
        const QString path = f->dir.filePath(u"notice.txt"_s);
        QFile out(path);
        out.open(QIODevice::WriteOnly);
        out.write(text.toUtf8());
        return path;
    }

    static QString notice2026() {
        QFile in(QStringLiteral(QINQING_TEST_DATA_DIR "/notices/notice-2026.txt"));
        return in.open(QIODevice::ReadOnly) ? QString::fromUtf8(in.readAll()) : QString();
    }

    QString due() {
        const Assignment a = *AssignmentService(*f->db).find(m_assignment);
        return a.dueDate.toString(Qt::ISODate) + (a.dueUncertain ? u" uncertain"_s : QString());
    }

private slots:
    void init() {
        QVERIFY(!qEnvironmentVariable("QINQING_CLI").isEmpty());
        f = std::make_unique<WorkflowFixture>(u"wuhai"_s);
        QVERIFY(f->ok);
        QVERIFY(f->forgetCalendarYear(2026));
        Assignment a;
        a.appealId = f->appeal(u"厂房消防验收"_s, {}, false, u"accepted"_s);
        a.leadDepartmentId = f->department(u"市住建局"_s);
        a.assignedOn = isoDate("2025-12-03");
        m_assignment = AssignmentService(*f->db).create(a);
        QVERIFY(m_assignment > 0);
        QCOMPARE(due(), u"2026-01-02 uncertain"_s);
    }

    void importsTheNoticeAndPrintsTheMovedDeadlines() {
        const QString path = notice(notice2026());
        // A dry run shows the days and what would move, and saves nothing.
        Run r = cli({u"calendar"_s, u"import"_s, path, u"--year"_s, u"2026"_s, u"--dry-run"_s});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"春节: off 2026-02-15..2026-02-23; make-up working days "
                                "2026-02-14, 2026-02-28"_s),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(u"T-0001 (市住建局): deadline 2026-01-02 → 2026-01-04"_s));
        QVERIFY(!CalendarRepository(*f->db).load().isYearKnown(2026));
        QCOMPARE(due(), u"2026-01-02 uncertain"_s);

        r = cli({u"calendar"_s, u"import"_s, path, u"--year"_s, u"2026"_s});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"Imported 39 day(s) for 2026."_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"T-0001 (市住建局): deadline 2026-01-02 → 2026-01-04, 2 day(s) "
                               "later"_s));
        QVERIFY(CalendarRepository(*f->db).load().isYearKnown(2026));
        QCOMPARE(due(), u"2026-01-04"_s);
        QCOMPARE(f->value(u"SELECT source FROM calendar_years WHERE year = 2026"_s).toString(),
                 u"notice:notice.txt"_s);

        // A day corrected afterwards: the deadline it falls on moves, and the CLI says so.
        r = cli({u"calendar"_s, u"set"_s, u"2026-01-04"_s, u"off"_s, u"--name"_s, u"元旦"_s});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"deadline 2026-01-04 → 2026-01-05, 1 day(s) later"_s),
                 qPrintable(r.out));
    }

    void anUnreadableLineImportsNothing() {
        QString text = notice2026();
        text.replace(u"　　六、"_s, u"　　五月九日调休上班。\n　　六、"_s);
        const Run r = cli({u"calendar"_s, u"import"_s, notice(text), u"--year"_s, u"2026"_s});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"notice.txt: line 10: "_s), qPrintable(r.err));
        QVERIFY(r.err.contains(u"    五月九日调休上班。"_s));
        QVERIFY(r.err.contains(u"Nothing was imported."_s));
        QVERIFY(!CalendarRepository(*f->db).load().isYearKnown(2026));
        // The wrong year: the title says 2026.
        const Run wrong =
            cli({u"calendar"_s, u"import"_s, notice(notice2026()), u"--year"_s, u"2027"_s});
        QCOMPARE(wrong.code, 2);
        QVERIFY(wrong.err.contains(u"the notice is for 2026, not 2027"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliCalendar)
#include "tst_cli_calendar.moc"
