#include "app/qinqing-cli/CalendarCommand.h"

#include "app/qinqing-cli/CliArguments.h"
#include "app/qinqing-cli/CliContext.h"
#include "core/CalendarFileParser.h"
#include "core/CalendarRepository.h"
#include "core/Database.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

QString CalendarCommand::summary() const {
    return tr("show the working-day calendar, import a year, or correct a single day");
}

QString CalendarCommand::usage() const {
    return u"show [YEAR] | import FILE.tsv|FILE.json | set YYYY-MM-DD off|work [--name NAME] | "
           "clear YYYY-MM-DD"_s;
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
           "  import FILE.tsv        whole years, one day a line: "
           "date<TAB>off|work<TAB>holiday\n"
           "  import FILE.json       whole years in the holiday-cn format:\n"
           "                         {\"year\": 2027, \"days\": [{\"name\", \"date\", "
           "\"isOffDay\"}]}\n"
           "  set DATE off|work      correct one day, e.g. a local arrangement; --name "
           "NAME names it\n"
           "  clear DATE             remove a correction: the day is an ordinary day again"),
        tr("An import is all or nothing: a bad line is reported with its number and "
           "nothing is imported."),
        tr("Examples:"),
        tr("  qinqing-cli calendar import 2027.tsv\n"
           "  qinqing-cli calendar set 2027-03-10 off --name 临时调休\n"
           "  qinqing-cli calendar show 2027"),
    });
}

int CalendarCommand::run(CliContext &context, const QStringList &args) {
    CliArguments a(args, {u"name"_s});
    if (!a.ok()) {
        context.err() << a.error() << Qt::endl;
        return BadInput;
    }
    const QStringList words = a.positional();
    const QString action = words.value(0);
    if (action == "show"_L1)
        return show(context, words);
    if (action == "import"_L1)
        return import(context, words);
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
    const WorkCalendar calendar = CalendarRepository(*db).load();
    if (words.size() < 2) {
        QStringList years;
        for (int y : calendar.knownYears())
            years << QString::number(y);
        context.out() << tr("Known years: %1").arg(years.join(u", "_s)) << Qt::endl;
        return Ok;
    }
    bool ok = false;
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

int CalendarCommand::import(CliContext &context, const QStringList &words) {
    if (words.size() != 2) {
        context.err() << tr("calendar import: give one TSV or JSON file") << Qt::endl;
        return BadInput;
    }
    QFile file(words.at(1));
    if (!file.open(QIODevice::ReadOnly)) {
        context.err() << tr("%1: cannot read the file: %2").arg(words.at(1), file.errorString())
                      << Qt::endl;
        return BadInput;
    }
    const QString suffix = QFileInfo(file).suffix().toLower();
    const auto parsed = CalendarFileParser::parse(file.readAll(), suffix == "json"_L1  ? u"json"_s
                                                                  : suffix == "tsv"_L1 ? u"tsv"_s
                                                                                       : QString());
    if (!parsed.ok()) {
        for (const QString &e : parsed.errors)
            context.err() << words.at(1) << ": " << e << '\n';
        context.err() << tr("Nothing was imported.") << Qt::endl;
        return BadInput;
    }
    Database *db = context.database();
    if (!db)
        return Failed;
    CalendarRepository repo(*db);
    if (!repo.importYears(parsed.years, parsed.days, QFileInfo(file).fileName())) {
        context.err() << repo.errorString() << Qt::endl;
        return Failed;
    }
    QStringList years;
    for (int y : parsed.years)
        years << QString::number(y);
    context.out() << tr("Imported %n day(s) for %1.", nullptr, int(parsed.days.size()))
                         .arg(years.join(u", "_s))
                  << Qt::endl;
    return Ok;
}

int CalendarCommand::set(CliContext &context, const QStringList &words, const QString &name) {
    const auto date = words.size() == 3 ? CliArguments::parseDate(words.at(1)) : std::nullopt;
    if (!date || (words.at(2) != "off"_L1 && words.at(2) != "work"_L1)) {
        context.err() << tr("calendar set: give a date (YYYY-MM-DD) and off or work") << Qt::endl;
        return BadInput;
    }
    Database *db = context.database();
    if (!db)
        return Failed;
    CalendarRepository repo(*db);
    CalendarDay day{
        *date, words.at(2) == "work"_L1 ? CalendarDay::Kind::Work : CalendarDay::Kind::Off, name};
    if (!repo.setDay(day)) {
        context.err() << repo.errorString() << Qt::endl;
        return Failed;
    }
    return Ok;
}

int CalendarCommand::clear(CliContext &context, const QStringList &words) {
    const auto date = words.size() == 2 ? CliArguments::parseDate(words.at(1)) : std::nullopt;
    if (!date) {
        context.err() << tr("calendar clear: give a date (YYYY-MM-DD)") << Qt::endl;
        return BadInput;
    }
    Database *db = context.database();
    if (!db)
        return Failed;
    CalendarRepository repo(*db);
    if (!repo.clearDay(*date)) {
        context.err() << repo.errorString() << Qt::endl;
        return Failed;
    }
    return Ok;
}
