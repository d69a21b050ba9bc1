#pragma once

#include "core/CalendarDay.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// Reads the text of 《国务院办公厅关于20XX年部分节假日安排的通知》 as an office copies it from
// the government website: the title, the salutation and closing paragraphs are recognised and
// passed over; every numbered holiday line (一、元旦：…) is read sentence by sentence in the
// wordings the notices have used since 2007 (放假调休，共N天 / …上班 / 补休 / 与周末连休 /
// 不调休 / the older 其中…为法定节假日…公休日调至…). Dates are checked against the weekday the
// notice gives in brackets, day counts against 共N天.
//
// It never guesses: a sentence it cannot read, a weekday that does not match, a missing
// holiday or a day claimed twice is a problem, and a result with problems must not be saved.
class HolidayNoticeParser {
    Q_DECLARE_TR_FUNCTIONS(HolidayNoticeParser)

public:
    // One numbered line of the notice, e.g. 六、中秋节、国庆节：….
    struct Holiday {
        QString name; // as the notice names it: 元旦, 中秋节、国庆节
        int line = 0; // 1-based line of the pasted text
        QList<QDate> off;
        QList<QDate> work;
        QStringList notes; // sentences that change no day (鼓励…在除夕休息)
    };
    // What blocks the import: the line, its text as pasted and what is wrong with it.
    struct Problem {
        int line = 0; // 0: the notice as a whole
        QString text;
        QString reason;
    };
    struct Result {
        int year = 0; // the year the notice arranges
        QList<Holiday> holidays;
        QList<CalendarDay> days; // by date; a few may lie in the previous December
        QList<Problem> problems;

        bool ok() const { return problems.isEmpty() && year > 0 && !days.isEmpty(); }
        // "line 12: 「…」: reason", one per problem, for the CLI and messages.
        QStringList problemLines() const;
    };

    // `year`: the year the clerk says the notice is for, or 0 to take it from the title.
    static Result parse(const QString &text, int year = 0);

    // True when the text reads as a notice rather than a TSV or JSON calendar file.
    static bool looksLikeNotice(const QString &text);

    // The holidays a complete notice of `year` arranges (the 2008 reform added three).
    static QStringList requiredHolidays(int year);
};
