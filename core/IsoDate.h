#pragma once

#include <QByteArrayView>
#include <QDate>
#include <QStringView>
#include <QVariant>

// Dates are stored as ISO text ("2024-07-05", '' when unset). Reading thousands of them per
// dashboard refresh through QDate::fromString cost more than the SQL that fetched them, so the
// usual exact form is parsed by hand; anything else goes to QDate::fromString.
namespace IsoDate {

inline QDate fromText(QStringView s) {
    if (s.isEmpty())
        return {};
    auto digit = [&s](qsizetype i) {
        return s[i].unicode() - u'0';
    };
    auto isDigit = [&s](qsizetype i) {
        return s[i] >= u'0' && s[i] <= u'9';
    };
    if (s.size() == 10 && s[4] == u'-' && s[7] == u'-' && isDigit(0) && isDigit(1) && isDigit(2) &&
        isDigit(3) && isDigit(5) && isDigit(6) && isDigit(8) && isDigit(9))
        return QDate(digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3),
                     digit(5) * 10 + digit(6), digit(8) * 10 + digit(9));
    return QDate::fromString(s, Qt::ISODate);
}

inline QDate fromVariant(const QVariant &v) {
    return fromText(v.toString());
}

// The same from UTF-8 bytes as SQLite hands them out (BulkRows), without making a QString.
inline QDate fromUtf8(QByteArrayView s) {
    if (s.isEmpty())
        return {};
    auto isDigit = [&s](qsizetype i) {
        return s[i] >= '0' && s[i] <= '9';
    };
    auto digit = [&s](qsizetype i) {
        return s[i] - '0';
    };
    if (s.size() == 10 && s[4] == '-' && s[7] == '-' && isDigit(0) && isDigit(1) && isDigit(2) &&
        isDigit(3) && isDigit(5) && isDigit(6) && isDigit(8) && isDigit(9))
        return QDate(digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3),
                     digit(5) * 10 + digit(6), digit(8) * 10 + digit(9));
    return fromText(QString::fromUtf8(s));
}

} // namespace IsoDate
