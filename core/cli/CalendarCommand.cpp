#include "core/cli/CalendarCommand.h"

#include "core/CalendarFileParser.h"
#include "core/CalendarRepository.h"
#include "core/CalendarService.h"
#include "core/Database.h"
#include "core/HolidayNoticeParser.h"
#include "core/cli/CliArguments.h"
#include "core/cli/CliContext.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

QString CalendarCommand::summary() const {
    return tr("show the working-day calendar, import a year, or correct a single day");
}

QString CalendarCommand::usage() const {
    return u"show [YEAR] | import NOTICE.txt|FILE.tsv|FILE.json [--year YEAR] [--dry-run] | "
           "set YYYY-MM-DD off|work [--name NAME] | clear YYYY-MM-DD"_s;
}

namespace {

// 2027-02-06..2027-02-12, 2027-02-14: runs of consecutive days shortened.
QString dateRuns(const QList<QDate> &dates) {
    QStringList out;
    for (qsizetype i = 0; i < dates.size();) {
        qsizetype j = i;
        while (j + 1 < dates.size() && dates.at(j).daysTo(dates.at(j + 1)) == 1)
            ++j;
        out << (j == i ? dates.at(i).toString(Qt::ISODate)
                       : dates.at(i).toString(Qt::ISODate) + u".."_s +
                             dates.at(j).toString(Qt::ISODate));
        i = j + 1;
    }
    return out.join(u", "_s);
}

} // namespace

void CalendarCommand::printSettlement(CliContext &context, const CalendarService::Report &report,
                                      bool dryRun) {
    if (report.isEmpty() && report.notRecounted.isEmpty()) {
        context.out() << tr("No open deadline changes.") << Qt::endl;
        return;
    }
    context.out() << (dryRun ? tr("Open deadlines that would be counted again: %n moved, %1 "
                                  "estimate(s) confirmed.",
                                  nullptr, int(report.moved.size()))
                             : tr("Open deadlines counted again: %n moved, %1 estimate(s) "
                                  "confirmed.",
                                  nullptr, int(report.moved.size())))
                         .arg(report.confirmed)
                  << '\n';
    for (const DeadlineSettlement::Move &m : report.moved)
        context.out() << "  " << DeadlineSettlement::describe(m) << '\n';
    if (report.stillUncertain > 0)
        context.out() << tr("%n open item(s) still have estimated deadlines (a year of their "
                            "period is still missing).",
                            nullptr, report.stillUncertain)
                      << '\n';
    if (!report.notRecounted.isEmpty())
        context.out() << tr("Estimated deadlines set by hand, not counted again (check them): %1")
                             .arg(report.notRecounted.join(u", "_s))
                      << '\n';
    context.out().flush();
}

QString CalendarCommand::description() const {
    return paragraphs({
        tr("The official working-day calendar that every deadline is counted on, stored in"
           " the database. The years 2023 to 2026 are built in. The State Council "
           "publishes the next year's holidays each October or November: import them "
           "before deadlines run into that year, or those deadlines stay marked as "
           "uncertain."),
        tr("  show [YEAR]            the years known; with YEAR, its days off and working "
           "weekends\n"
           "  import NOTICE.txt      the text of the notice 国务院办公厅关于20XX年部分节假日安排"
           "的通知\n"
           "                         as copied from the government website (UTF-8)\n"
           "  import FILE.tsv        whole years, one day a line: "
           "date<TAB>off|work<TAB>holiday\n"
           "  import FILE.json       whole years in the holiday-cn format:\n"
           "                         {\"year\": 2027, \"days\": [{\"name\", \"date\", "
           "\"isOffDay\"}]}\n"
           "  --year YEAR            the year the notice arranges (checked against its title)\n"
           "  --dry-run              show the days and the deadlines that would move; save "
           "nothing\n"
           "  set DATE off|work      correct one day, e.g. a local arrangement; --name "
           "NAME names it\n"
           "  clear DATE             remove a correction: the day is an ordinary day again"),
        tr("An import is all or nothing: a bad line is reported with its number (for a notice, "
           "also its text) and nothing is imported. A notice is checked as it is read: the "
           "weekday in brackets must match the date, 共N天 the days listed, and every holiday "
           "of the year must be there."),
        tr("import, set and clear count the open assignments' deadlines again with the new "
           "calendar: an estimated deadline gets its final date, and each deadline that moves "
           "is printed with how far it moved and recorded in the assignment's history."),
        tr("Examples:"),
        tr("  qinqing-cli calendar import 国务院通知.txt --year 2027 --dry-run\n"
           "  qinqing-cli calendar import 2027.tsv\n"
           "  qinqing-cli calendar set 2027-03-10 off --name 临时调休\n"
           "  qinqing-cli calendar show 2027"),
    });
}

int CalendarCommand::run(CliContext &context, const QStringList &args) {
    CliArguments a(args, {u"name"_s, u"year"_s}, {u"dry-run"_s});
    if (!a.ok()) {
        context.err() << a.error() << Qt::endl;
        return BadInput;
    }
    const QStringList words = a.positional();
    const QString action = words.value(0);
    if (action == "show"_L1)
        return show(context, words);
    if (action == "import"_L1) {
        int year = 0;
        if (a.has(u"year"_s)) {
            bool ok = false;
            year = a.value(u"year"_s).toInt(&ok);
            if (!ok || year < 2000 || year > 2200) {
                context.err() << tr("--year: \"%1\" is not a year").arg(a.value(u"year"_s))
                              << Qt::endl;
                return BadInput;
            }
        }
        return import(context, words, year, a.has(u"dry-run"_s));
    }
    if (action == "set"_L1)
        return set(context, words, a.value(u"name"_s));
    if (action == "clear"_L1)
        return clear(context, words);
    context.err() << tr("calendar: say show, import, set or clear") << Qt::endl;
    return BadInput;
}

int CalendarCommand::show(CliContext &context, const QStringList &words) {
    Database *db = context.database();
    if (!db)
        return Failed;
    CalendarRepository repo(*db);
    bool ok = false;
    const WorkCalendar calendar = repo.load(&ok);
    if (!ok) {
        context.err() << repo.errorString() << Qt::endl;
        return Failed;
    }
    if (words.size() < 2) {
        QStringList years;
        for (int y : calendar.knownYears())
            years << QString::number(y);
        context.out() << tr("Known years: %1").arg(years.join(u", "_s)) << Qt::endl;
        return Ok;
    }
    const int year = words.at(1).toInt(&ok);
    if (!ok || year < 1949 || year > 2200) {
        context.err() << tr("YEAR: \"%1\" is not a year").arg(words.at(1)) << Qt::endl;
        return BadInput;
    }
    if (!calendar.isYearKnown(year))
        context.err() << tr("%1 has no official arrangement in this calendar yet.").arg(year)
                      << Qt::endl;
    for (const CalendarDay &day : calendar.exceptionsInYear(year)) {
        context.out() << day.date.toString(Qt::ISODate) << '\t'
                      << (day.kind == CalendarDay::Kind::Work ? "work" : "off") << '\t'
                      << day.holiday << '\n';
    }
    context.out().flush();
    return Ok;
}

int CalendarCommand::import(CliContext &context, const QStringList &words, int year, bool dryRun) {
    if (words.size() != 2) {
        context.err() << tr("calendar import: give one notice, TSV or JSON file") << Qt::endl;
        return BadInput;
    }
    const QString path = words.at(1);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        context.err() << tr("%1: cannot read the file: %2").arg(path, file.errorString())
                      << Qt::endl;
        return BadInput;
    }
    QByteArray data = file.readAll();
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    const QString text = QString::fromUtf8(data);
    const QString suffix = QFileInfo(file).suffix().toLower();

    QList<int> years;
    QList<CalendarDay> days;
    QString source = QFileInfo(file).fileName();
    if (suffix != "json"_L1 && suffix != "tsv"_L1 && HolidayNoticeParser::looksLikeNotice(text)) {
        const HolidayNoticeParser::Result notice = HolidayNoticeParser::parse(text, year);
        if (!notice.ok()) {
            for (const HolidayNoticeParser::Problem &p : notice.problems) {
                context.err() << path << ": "
                              << (p.line > 0 ? tr("line %1: %2").arg(p.line).arg(p.reason)
                                             : p.reason)
                              << '\n';
                if (!p.text.isEmpty())
                    context.err() << "    " << p.text << '\n';
            }
            context.err() << tr("Nothing was imported.") << Qt::endl;
            return BadInput;
        }
        context.out() << tr("The State Council's arrangement for %1:").arg(notice.year) << '\n';
        for (const HolidayNoticeParser::Holiday &h : notice.holidays) {
            context.out() << "  " << h.name << ": " << tr("off %1").arg(dateRuns(h.off));
            if (!h.work.isEmpty())
                context.out() << tr("; make-up working days %1").arg(dateRuns(h.work));
            context.out() << '\n';
            for (const QString &note : h.notes)
                context.out() << "    " << tr("(not a day off: %1)").arg(note) << '\n';
        }
        years = {notice.year};
        days = notice.days;
        source = u"notice:"_s + source; // NoticeImportDialog::sourceText words it
    } else {
        const auto parsed = CalendarFileParser::parse(data, suffix == "json"_L1  ? u"json"_s
                                                            : suffix == "tsv"_L1 ? u"tsv"_s
                                                                                 : QString());
        if (!parsed.ok()) {
            for (const QString &e : parsed.errors)
                context.err() << path << ": " << e << '\n';
            context.err() << tr("Nothing was imported.") << Qt::endl;
            return BadInput;
        }
        if (year > 0 && !parsed.years.contains(year)) {
            context.err()
                << tr("%1 does not give the year %2; nothing was imported.").arg(path).arg(year)
                << Qt::endl;
            return BadInput;
        }
        years = parsed.years;
        days = parsed.days;
    }
    Database *db = context.writableDatabase();
    if (!db)
        return Failed;
    CalendarService service(*db);
    const auto report = service.importYears(years, days, source, dryRun);
    if (!report) {
        context.err() << service.errorString() << Qt::endl;
        return Failed;
    }
    QStringList names;
    for (int y : years)
        names << QString::number(y);
    context.out() << (dryRun ? tr("Would import %n day(s) for %1 (nothing saved: --dry-run).",
                                  nullptr, int(days.size()))
                             : tr("Imported %n day(s) for %1.", nullptr, int(days.size())))
                         .arg(names.join(u", "_s))
                  << '\n';
    printSettlement(context, *report, dryRun);
    return Ok;
}

int CalendarCommand::set(CliContext &context, const QStringList &words, const QString &name) {
    const auto date = words.size() == 3 ? CliArguments::parseDate(words.at(1)) : std::nullopt;
    if (!date || (words.at(2) != "off"_L1 && words.at(2) != "work"_L1)) {
        context.err() << tr("calendar set: give a date (YYYY-MM-DD) and off or work") << Qt::endl;
        return BadInput;
    }
    Database *db = context.writableDatabase();
    if (!db)
        return Failed;
    CalendarService service(*db);
    CalendarDay day{
        *date, words.at(2) == "work"_L1 ? CalendarDay::Kind::Work : CalendarDay::Kind::Off, name};
    const auto report = service.setDay(day);
    if (!report) {
        context.err() << service.errorString() << Qt::endl;
        return Failed;
    }
    printSettlement(context, *report, false);
    return Ok;
}

int CalendarCommand::clear(CliContext &context, const QStringList &words) {
    const auto date = words.size() == 2 ? CliArguments::parseDate(words.at(1)) : std::nullopt;
    if (!date) {
        context.err() << tr("calendar clear: give a date (YYYY-MM-DD)") << Qt::endl;
        return BadInput;
    }
    Database *db = context.writableDatabase();
    if (!db)
        return Failed;
    CalendarService service(*db);
    const auto report = service.clearDay(*date);
    if (!report) {
        context.err() << service.errorString() << Qt::endl;
        return Failed;
    }
    printSettlement(context, *report, false);
    return Ok;
}
