#pragma once

#include "core/CalendarDay.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

// Reads an official holiday arrangement from the two formats users have:
//  - the TSV Qinqing ships (date<TAB>off|work<TAB>holiday, '#' comments);
//  - a holiday-cn style JSON file ({"year": 2027, "days": [{"name", "date", "isOffDay"}]}).
class CalendarFileParser {
    Q_DECLARE_TR_FUNCTIONS(CalendarFileParser)

public:
    struct Result {
        QList<CalendarDay> days;
        QList<int> years;   // the years whose arrangement the file gives in full
        QStringList errors; // "line N: reason"; nothing should be imported when not empty

        bool ok() const { return errors.isEmpty() && !years.isEmpty(); }
    };

    // format: "tsv", "json" or empty to guess from the content.
    static Result parse(const QByteArray &data, const QString &format = {});

private:
    static Result parseTsv(const QString &text);
    static Result parseJson(const QByteArray &data);
};
