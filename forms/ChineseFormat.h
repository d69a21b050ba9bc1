#pragma once

#include <QDate>
#include <QString>

// How official documents write dates and numbers (GB/T 9704: Arabic numerals, no leading
// zeros, 2024年7月5日), the weekday 星期五, and the item numbers 一、二、…
class ChineseFormat {
public:
    static QString date(const QDate &d);     // 2024年7月5日; empty for an invalid date
    static QString monthDay(const QDate &d); // 7月5日
    static QString weekday(const QDate &d);  // 星期五
    static QString numeral(int n);           // 1 → 一, 12 → 十二, 23 → 二十三 (1..99)
    // The blank a paper form leaves for a date: "    年  月  日".
    static QString blankDate();
};
