#include "core/CalendarFileParser.h"
#include "core/WorkCalendar.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The official 2023-2026 calendar and the counting rules of 民法典 第二百零一条、第二百零三条.
class TestWorkCalendar : public QObject {
    Q_OBJECT

private:
    WorkCalendar cal = WorkCalendar::builtIn();
    static QDate d(const char *iso) {
        return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
    }

private slots:
    void builtInKnowsFourYears() {
        QCOMPARE(cal.knownYears(), (QList<int>{2023, 2024, 2025, 2026}));
        QVERIFY(!cal.isYearKnown(2022)); // only 2022-12-31 is listed, in the 2023 notice
        QVERIFY(!cal.isWorkingDay(d("2022-12-31")));
    }

    void workingDayRules_data() {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("working");
        QTest::newRow("ordinary Monday") << d("2024-03-04") << true;
        QTest::newRow("ordinary Saturday") << d("2024-03-09") << false;
        QTest::newRow("除夕 2024 is a working Friday") << d("2024-02-09") << true;
        QTest::newRow("春节 2024 Monday off") << d("2024-02-12") << false;
        QTest::newRow("春节 make-up Sunday 2024-02-04") << d("2024-02-04") << true;
        QTest::newRow("春节 make-up Sunday 2024-02-18") << d("2024-02-18") << true;
        QTest::newRow("国庆 2024-10-07 Monday off") << d("2024-10-07") << false;
        QTest::newRow("国庆 make-up Sunday 2024-09-29") << d("2024-09-29") << true;
        QTest::newRow("国庆 make-up Saturday 2024-10-12") << d("2024-10-12") << true;
        QTest::newRow("2025 春节 make-up Sunday 01-26") << d("2025-01-26") << true;
        QTest::newRow("2025 春节 2025-02-04 off") << d("2025-02-04") << false;
        QTest::newRow("2026 国庆 10-07 off") << d("2026-10-07") << false;
        QTest::newRow("2026 国庆 make-up Saturday 10-10") << d("2026-10-10") << true;
    }

    void workingDayRules() {
        QFETCH(QDate, date);
        QFETCH(bool, working);
        QCOMPARE(cal.isWorkingDay(date), working);
    }

    void workingDays_data() {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<int>("days");
        QTest::addColumn<QDate>("expected");
        // The brief's example: the 国庆 week and two make-up weekend days.
        QTest::newRow("国庆 2024, 7 working days") << d("2024-09-27") << 7 << d("2024-10-12");
        QTest::newRow("start day not counted") << d("2024-03-04") << 1 << d("2024-03-05");
        QTest::newRow("Friday + 1 skips the weekend") << d("2024-03-08") << 1 << d("2024-03-11");
        QTest::newRow("zero days is the start day") << d("2024-03-04") << 0 << d("2024-03-04");
        // 2024-02-08 Thu, 02-09 除夕 working, 02-10..17 off, 02-18 Sun make-up working.
        QTest::newRow("春节 2024 across make-up Sunday") << d("2024-02-08") << 2 << d("2024-02-18");
        QTest::newRow("春节 2024, 7 working days") << d("2024-02-07") << 7 << d("2024-02-22");
        QTest::newRow("seed 002 notice, 15 working days")
            << d("2024-01-26") << 15 << d("2024-02-21");
        QTest::newRow("国庆 2023, 1 working day") << d("2023-09-28") << 1 << d("2023-10-07");
        QTest::newRow("乌审旗 assign within 1 working day")
            << d("2025-09-30") << 1 << d("2025-10-09");
    }

    void workingDays() {
        QFETCH(QDate, start);
        QFETCH(int, days);
        QFETCH(QDate, expected);
        const Deadline deadline = cal.addWorkingDays(start, days);
        QCOMPARE(deadline.date, expected);
        QVERIFY(deadline.certain);
    }

    void calendarDays_data() {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<int>("days");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("ends on a working day") << d("2024-03-04") << 7 << d("2024-03-11");
        QTest::newRow("ends on Saturday, moves to Monday")
            << d("2024-03-02") << 7 << d("2024-03-11");
        QTest::newRow("ends in 国庆, moves past the holiday")
            << d("2024-09-24") << 7 << d("2024-10-08");
        QTest::newRow("ends on a make-up Saturday, stays")
            << d("2024-10-05") << 7 << d("2024-10-12");
        QTest::newRow("30 days into 春节 2025") << d("2025-01-01") << 30 << d("2025-02-05");
        QTest::newRow("乌审旗 15 days") << d("2024-07-05") << 15 << d("2024-07-22");
    }

    void calendarDays() {
        QFETCH(QDate, start);
        QFETCH(int, days);
        QFETCH(QDate, expected);
        const Deadline deadline = cal.addCalendarDays(start, days);
        QCOMPARE(deadline.date, expected);
        QVERIFY(deadline.certain);
    }

    void missingYearIsUncertain() {
        const Deadline w = cal.addWorkingDays(d("2026-12-28"), 7);
        QVERIFY(!w.certain);
        QVERIFY(w.reason.contains(u"2027"_s));
        QCOMPARE(w.date, d("2027-01-06")); // weekends only, but flagged

        const Deadline c = cal.addCalendarDays(d("2026-12-20"), 30);
        QVERIFY(!c.certain);

        const Deadline inside = cal.addCalendarDays(d("2026-12-01"), 7);
        QVERIFY(inside.certain);
    }

    void importingAYearMakesItCertain() {
        const QByteArray json = R"({"year": 2027, "days": [
            {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
            {"name": "春节", "date": "2027-02-06", "isOffDay": true},
            {"name": "春节", "date": "2027-02-13", "isOffDay": false}]})";
        const auto parsed = CalendarFileParser::parse(json);
        QVERIFY2(parsed.ok(), qPrintable(parsed.errors.join(u'\n')));
        WorkCalendar c = cal;
        c.mergeYears(parsed.years, parsed.days);
        QVERIFY(c.isYearKnown(2027));
        QVERIFY(!c.isWorkingDay(d("2027-01-01")));
        QVERIFY(c.isWorkingDay(d("2027-02-13")));
        const Deadline w = c.addWorkingDays(d("2026-12-28"), 7);
        QVERIFY(w.certain);
        QCOMPARE(w.date, d("2027-01-07")); // 2027-01-01 is now a day off
    }

    void reimportReplacesTheYear() {
        WorkCalendar c = cal;
        QVERIFY(!c.isWorkingDay(d("2024-10-07")));
        const QByteArray tsv =
            "2024-01-01\toff\t元旦\n2024-05-01\toff\t劳动节\n2024-05-02\toff\t劳动节\n"
            "2024-10-01\toff\t国庆节\n2024-10-02\toff\t国庆节\n";
        const auto parsed = CalendarFileParser::parse(tsv);
        QVERIFY(parsed.ok());
        c.mergeYears(parsed.years, parsed.days);
        QVERIFY(c.isWorkingDay(d("2024-10-07"))); // no longer listed
        QVERIFY(!c.isWorkingDay(d("2024-10-02")));
    }

    void parserReportsBadLines() {
        const auto parsed = CalendarFileParser::parse("2024-13-01\toff\tx\n2024-01-02\tholiday\n");
        QCOMPARE(parsed.errors.size(), 2);
        QVERIFY(parsed.errors.at(0).startsWith(u"line 1: date"_s));
        QVERIFY(parsed.errors.at(1).startsWith(u"line 2: kind"_s));
        QVERIFY(!CalendarFileParser::parse("{\"days\": []}").ok());
    }

    void leadTimesCountBackwards() {
        // 乌海: the notice goes out 15 working days before the reception day.
        const Deadline notice = cal.subtractWorkingDays(d("2024-10-15"), 15);
        QCOMPARE(notice.date, d("2024-09-19"));
        QCOMPARE(cal.workingDaysBetween(d("2024-09-19"), d("2024-10-15")), 15);
    }
};

QTEST_GUILESS_MAIN(TestWorkCalendar)
#include "tst_workcalendar.moc"
