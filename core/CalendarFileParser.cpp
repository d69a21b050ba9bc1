#include "core/CalendarFileParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// A State Council notice lists 25-35 days for its year; a handful of days in a neighbouring
// year (the 元旦 weekend) do not make that year known.
constexpr int kMinDaysForAYear = 5;
} // namespace

CalendarFileParser::Result CalendarFileParser::parse(const QByteArray &data,
                                                     const QString &format) {
    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QString fmt = format;
    if (fmt.isEmpty())
        fmt = bytes.trimmed().startsWith('{') ? u"json"_s : u"tsv"_s;
    if (fmt == "json"_L1)
        return parseJson(bytes);
    return parseTsv(QString::fromUtf8(bytes));
}

CalendarFileParser::Result CalendarFileParser::parseTsv(const QString &text) {
    Result result;
    QMap<int, int> perYear;
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const int lineNo = i + 1;
        const QStringList cols = line.split(u'\t');
        if (cols.size() < 2) {
            result.errors
                << tr("line %1: expected date, kind and holiday separated by tabs").arg(lineNo);
            continue;
        }
        const QDate date = QDate::fromString(cols.at(0).trimmed(), Qt::ISODate);
        if (!date.isValid()) {
            result.errors << tr("line %1: date: \"%2\" is not a date in the form YYYY-MM-DD")
                                 .arg(lineNo)
                                 .arg(cols.at(0));
            continue;
        }
        const QString kind = cols.at(1).trimmed();
        if (kind != "off"_L1 && kind != "work"_L1) {
            result.errors << tr("line %1: kind: \"%2\" must be off or work").arg(lineNo).arg(kind);
            continue;
        }
        CalendarDay day;
        day.date = date;
        day.kind = kind == "off"_L1 ? CalendarDay::Kind::Off : CalendarDay::Kind::Work;
        day.holiday = cols.size() > 2 ? cols.at(2).trimmed() : QString();
        result.days << day;
        ++perYear[date.year()];
    }
    for (auto it = perYear.cbegin(); it != perYear.cend(); ++it) {
        if (it.value() >= kMinDaysForAYear)
            result.years << it.key();
    }
    if (result.errors.isEmpty() && result.years.isEmpty())
        result.errors << tr("the file lists no complete year of holidays");
    return result;
}

CalendarFileParser::Result CalendarFileParser::parseJson(const QByteArray &data) {
    Result result;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (doc.isNull() || !doc.isObject()) {
        result.errors << tr("JSON: %1 at character %2").arg(error.errorString()).arg(error.offset);
        return result;
    }
    const QJsonObject root = doc.object();
    const int year = root.value("year"_L1).toInt();
    if (year < 1949 || year > 2200) {
        result.errors << tr("JSON: the field \"year\" is missing or not a year");
        return result;
    }
    const QJsonArray days = root.value("days"_L1).toArray();
    for (int i = 0; i < days.size(); ++i) {
        const QJsonObject o = days.at(i).toObject();
        const QDate date = QDate::fromString(o.value("date"_L1).toString(), Qt::ISODate);
        if (!date.isValid() || !o.value("isOffDay"_L1).isBool()) {
            result.errors << tr("day %1: needs \"date\" (YYYY-MM-DD) and \"isOffDay\" (true/false)")
                                 .arg(i + 1);
            continue;
        }
        CalendarDay day;
        day.date = date;
        day.kind =
            o.value("isOffDay"_L1).toBool() ? CalendarDay::Kind::Off : CalendarDay::Kind::Work;
        day.holiday = o.value("name"_L1).toString();
        result.days << day;
    }
    result.years << year;
    return result;
}
