#include "TestPaths.h"
#include "core/CalendarFileParser.h"
#include "core/HolidayNoticeParser.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

// Offices copy 《国务院办公厅关于20XX年部分节假日安排的通知》 from the government website: the
// notices of twelve years in tests/data/notices must give exactly the days of the calendar,
// and whatever Qinqing cannot read must block the import with the line it could not read.
class TestHolidayNotice : public QObject {
    Q_OBJECT

private:
    static QString notice(int year) {
        QFile f(QStringLiteral(QINQING_TEST_DATA_DIR "/notices/notice-%1.txt").arg(year));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    // The days the calendar has for the notice of `year`: the built-in file for 2023-2026 (its
    // 2022-12-31 belongs to the 2023 notice), tests/data/notices/expected-YEAR.tsv before.
    static QList<CalendarDay> expected(int year) {
        QFile f(year >= 2023
                    ? u":/calendar/calendar-cn-2023-2026.tsv"_s
                    : QStringLiteral(QINQING_TEST_DATA_DIR "/notices/expected-%1.tsv").arg(year));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QList<CalendarDay> days;
        for (const CalendarDay &d : CalendarFileParser::parse(f.readAll(), u"tsv"_s).days) {
            if (d.date.year() == year || (year == 2023 && d.date.year() == 2022) || year < 2023)
                days << d;
        }
        return days;
    }

    static QString describe(const QList<CalendarDay> &days) {
        QStringList out;
        for (const CalendarDay &d : days)
            out << u"%1 %2 %3"_s.arg(d.date.toString(Qt::ISODate),
                                     d.kind == CalendarDay::Kind::Off ? u"off"_s : u"work"_s,
                                     d.holiday);
        return out.join(u'\n');
    }

    // A whole notice of 2026 with one holiday line replaced.
    static QString with2026Line(const QString &prefix, const QString &line) {
        QStringList lines = notice(2026).split(u'\n');
        for (QString &l : lines) {
            if (l.trimmed().startsWith(prefix))
                l = line;
        }
        return lines.join(u'\n');
    }

private slots:
    void readsTheOfficialNotices_data() {
        QTest::addColumn<int>("year");
        for (int year : {2007, 2008, 2015, 2016, 2017, 2018, 2019, 2020, 2023, 2024, 2025, 2026})
            QTest::addRow("%d", year) << year;
    }
    void readsTheOfficialNotices() {
        QFETCH(int, year);
        const QString text = notice(year);
        QVERIFY(!text.isEmpty());
        const QList<CalendarDay> want = expected(year);
        QVERIFY(want.size() > 20);
        // With the year the clerk gives, and with the year taken from the title.
        for (int given : {year, 0}) {
            const HolidayNoticeParser::Result r = HolidayNoticeParser::parse(text, given);
            QVERIFY2(r.ok(), qPrintable(r.problemLines().join(u'\n')));
            QCOMPARE(r.year, year);
            QCOMPARE(describe(r.days), describe(want));
        }
        QVERIFY(HolidayNoticeParser::looksLikeNotice(text));
    }

    void keepsHolidayNamesAndNotes() {
        const auto r = HolidayNoticeParser::parse(notice(2024), 2024);
        QVERIFY(r.ok());
        QCOMPARE(r.holidays.size(), 7);
        QCOMPARE(r.holidays.at(1).name, u"春节"_s);
        QCOMPARE(r.holidays.at(1).off.first(), QDate(2024, 2, 10));
        QCOMPARE(r.holidays.at(1).work, (QList<QDate>{QDate(2024, 2, 4), QDate(2024, 2, 18)}));
        // 鼓励…安排职工在除夕（2月9日）休息 is an encouragement: 2024-02-09 stayed a working day.
        QCOMPARE(r.holidays.at(1).notes.size(), 1);
        QVERIFY(r.holidays.at(1).notes.first().contains(u"除夕（2月9日）"_s));
        for (const CalendarDay &d : r.days)
            QVERIFY(d.date != QDate(2024, 2, 9));
        const auto r2025 = HolidayNoticeParser::parse(notice(2025), 0);
        QCOMPARE(r2025.holidays.last().name, u"国庆节、中秋节"_s);
        QCOMPARE(r2025.days.last().holiday, u"国庆节、中秋节"_s);
        // Before 2008 the notices said “五一” and “十一”.
        const auto r2007 = HolidayNoticeParser::parse(notice(2007), 0);
        QCOMPARE(r2007.holidays.at(2).name, u"劳动节"_s);
        QCOMPARE(r2007.holidays.at(3).name, u"国庆节"_s);
    }

    void readsTheWordingsOfOtherYears_data() {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("days");
        // 2013: half-width brackets.
        QTest::newRow("half-width brackets")
            << u"二、春节：2月9日至15日放假调休，共7天。2月16日(星期六)、2月17日(星期日)上班。"_s
            << u"02-09..02-15 off; 02-16 02-17 work"_s;
        QTest::newRow("dash and 周")
            << u"二、春节：2月9日—15日放假调休，共7天。2月16日（周六）、2月17日（周日）上班。"_s
            << u"02-09..02-15 off; 02-16 02-17 work"_s;
        QTest::newRow("spaces and full-width digits")
            << u"二、春节： ２月９日 至 １５日 放假调休，共 ７ 天。 2 月 16 日（星期六）、2月17日（星期日）上班。"_s
            << u"02-09..02-15 off; 02-16 02-17 work"_s;
        QTest::newRow("month inherited in a list")
            << u"二、春节：2月9日至15日放假调休，共7天。2月16日（星期六）、17日（星期日）上班。"_s
            << u"02-09..02-15 off; 02-16 02-17 work"_s;
        QTest::newRow("放假公休") << u"二、春节：2月2日至8日放假公休，共7天。"_s
                                  << u"02-02..02-08 off"_s;
        QTest::newRow("Kangxi radicals of a PDF copy")
            << u"二、春节：2月9⽇至15⽇放假调休，共7天。"_s << u"02-09..02-15 off"_s;
    }
    void readsTheWordingsOfOtherYears() {
        QFETCH(QString, line);
        QFETCH(QString, days);
        // In 2013's notice (weekdays of 2013), with the other six lines of a notice around it.
        const QString text =
            u"国务院办公厅关于2013年部分节假日安排的通知\n"
            "一、元旦：1月1日至3日放假调休，共3天。1月5日(星期六)、1月6日(星期日)上班。\n"_s +
            line +
            u"\n三、清明节：4月4日至6日放假调休，共3天。4月7日(星期日)上班。\n"
            "四、劳动节：4月29日至5月1日放假调休，共3天。4月27日(星期六)、4月28日(星期日)上班。\n"
            "五、端午节：6月10日至12日放假调休，共3天。6月8日(星期六)、6月9日(星期日)上班。\n"
            "六、中秋节：9月19日至21日放假调休，共3天。9月22日(星期日)上班。\n"
            "七、国庆节：10月1日至7日放假调休，共7天。9月29日(星期日)、10月12日(星期六)上班。\n"_s;
        const auto r = HolidayNoticeParser::parse(text, 2013);
        QVERIFY2(r.ok(), qPrintable(r.problemLines().join(u'\n')));
        QCOMPARE(r.holidays.size(), 7);
        const HolidayNoticeParser::Holiday &h = r.holidays.at(1);
        QString got = u"%1..%2 off"_s.arg(h.off.first().toString(u"MM-dd"_s),
                                          h.off.last().toString(u"MM-dd"_s));
        QCOMPARE(h.off.size(), h.off.first().daysTo(h.off.last()) + 1);
        if (!h.work.isEmpty()) {
            QStringList work;
            for (const QDate &d : h.work)
                work << d.toString(u"MM-dd"_s);
            got += u"; "_s + work.join(u' ') + u" work"_s;
        }
        QCOMPARE(got, days);
    }

    void readsAPasteWithoutLineBreaks() {
        // Some pages give the notice as one paragraph, some break lines inside a sentence.
        QString text = notice(2026);
        QString oneParagraph = text;
        oneParagraph.replace(u'\n', QString());
        auto r = HolidayNoticeParser::parse(oneParagraph, 2026);
        QVERIFY2(r.ok(), qPrintable(r.problemLines().join(u'\n')));
        QCOMPARE(describe(r.days), describe(expected(2026)));
        QString wrapped = text;
        wrapped.replace(u"放假调休，共9天。"_s, u"放假调休，\n共9天。"_s);
        r = HolidayNoticeParser::parse(wrapped, 2026);
        QVERIFY2(r.ok(), qPrintable(r.problemLines().join(u'\n')));
        QCOMPARE(describe(r.days), describe(expected(2026)));
    }

    void aLineItCannotReadBlocksTheImport() {
        // The 2020 extension was a notice of its own; pasted into the year's notice it is a line
        // Qinqing does not know how to apply.
        QString text = notice(2020);
        text.replace(u"　　六、"_s,
                     u"延长2020年春节假期至2月2日（农历正月初九，星期日），2月3日（星期一）"
                     "起正常上班。\n　　六、"_s);
        auto r = HolidayNoticeParser::parse(text, 2020);
        QVERIFY(!r.ok());
        QCOMPARE(r.problems.size(), 1);
        QVERIFY(r.problems.first().text.startsWith(u"延长2020年春节假期"_s));
        QCOMPARE(r.problems.first().line, 10);
        QVERIFY(r.problemLines().first().startsWith(u"line 10: "_s));

        // A holiday line with a sentence in a form it does not know.
        r = HolidayNoticeParser::parse(
            with2026Line(u"四、"_s, u"四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。"
                                    "5月9日（周六）调休上班。"_s),
            2026);
        QVERIFY(!r.ok());
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(r.problems.first().text,
                 u"四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。"
                 "5月9日（周六）调休上班。"_s);
        QVERIFY2(r.problems.first().reason.contains(u"「5月9日（周六）调休上班」"_s),
                 qPrintable(r.problems.first().reason));
    }

    void checksTheWeekdaysAndTheYear() {
        // The 2026 notice given as 2027's: the title says otherwise...
        auto r = HolidayNoticeParser::parse(notice(2026), 2027);
        QVERIFY(!r.ok());
        QCOMPARE(r.problems.first().line, 1);
        QVERIFY(r.problems.first().reason.contains(u"2026"_s));
        // ...and without its title, every weekday in brackets does.
        QString untitled = notice(2026);
        untitled.remove(u"国务院办公厅关于2026年部分节假日安排的通知"_s);
        untitled.remove(u"现将2026年"_s);
        r = HolidayNoticeParser::parse(untitled, 2027);
        QVERIFY(!r.ok());
        QVERIFY2(r.problems.first().reason.contains(u"2027-01-01"_s),
                 qPrintable(r.problems.first().reason));
        // No title and no year given: the clerk is asked for the year.
        r = HolidayNoticeParser::parse(untitled, 0);
        QVERIFY(!r.ok());
        QCOMPARE(r.year, 0);
    }

    void checksCountsAndCompleteness() {
        // 共8天 for seven dates.
        auto r = HolidayNoticeParser::parse(
            with2026Line(u"七、"_s, u"七、国庆节：10月1日（周四）至7日（周三）放假调休，共8天。"
                                    "9月20日（周日）、10月10日（周六）上班。"_s),
            2026);
        QVERIFY(!r.ok());
        QCOMPARE(r.problems.first().line, 11);
        // A line left out of the paste would blank that holiday.
        r = HolidayNoticeParser::parse(with2026Line(u"五、"_s, QString()), 2026);
        QVERIFY(!r.ok());
        QVERIFY(r.problems.first().reason.contains(u"端午节"_s));
        // A make-up working day on a weekday is a typo, not a make-up day.
        r = HolidayNoticeParser::parse(
            with2026Line(u"一、"_s, u"一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。"
                                    "1月5日上班。"_s),
            2026);
        QVERIFY(!r.ok());
        QVERIFY(r.problems.first().reason.contains(u"2026-01-05"_s));
        // The same day claimed by two lines.
        r = HolidayNoticeParser::parse(
            with2026Line(u"六、"_s, u"六、中秋节：9月25日（周五）至27日（周日）放假，共3天。"
                                    "10月10日（周六）上班。"_s),
            2026);
        QVERIFY(!r.ok());
    }

    void passesOverTheFrameOfTheNotice() {
        // The document number, the issuer's date and the website's captions around the text.
        const QString text = u"标题：国务院办公厅关于2026年部分节假日安排的通知\n"
                             "发文字号：国办发明电〔2025〕7号\n"
                             "发布日期：2025-11-04\n"_s +
                             notice(2026) + u"\n2025年11月4日\n（此件公开发布）\n"_s;
        const auto r = HolidayNoticeParser::parse(text, 0);
        QVERIFY2(r.ok(), qPrintable(r.problemLines().join(u'\n')));
        QCOMPARE(r.year, 2026);
        QVERIFY(!HolidayNoticeParser::looksLikeNotice(u"2026-01-01\toff\t元旦\n"_s));
    }
};

QTEST_GUILESS_MAIN(TestHolidayNotice)
#include "tst_holidaynotice.moc"
