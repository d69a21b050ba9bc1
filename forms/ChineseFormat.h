#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <functional>

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
    // The level of government an office belongs to, as its documents say 我市/全旗/本县: the
    // first of 市, 旗, 县, 区 in its name (乌审旗政务服务与数据管理局 → 旗, 通辽经济技术开发区… →
    // 区); 市 when there is none.
    static QString locality(const QString &office);
    // `name` in Chinese quotation marks, its own “…” turned into ‘…’ (GB/T 15834: quotes inside
    // quotes are single): 政务服务“亲清”政企恳谈会 → “政务服务‘亲清’政企恳谈会”. A name quoted
    // whole already is returned as it is.
    static QString quoted(const QString &name);

    // How a title too long for one line breaks, GB/T 9704-2012 7.3.3: “标题回行时，要做到词意完整，
    // 排列对称”. `words` are the title's parts in order (the office's or the meeting's name, the
    // document's name, the period), kept whole wherever a line holds them: 乌审旗政务服务“亲清”政企
    // 恳谈会 / 议题办理情况表, not …恳谈会议题办理 / 情况表. A word longer than a line breaks at
    // its seams (before “ or （, after ” or ）, between a number and Chinese) and only failing that
    // elsewhere; never before closing or after opening punctuation, nor inside a number. Among
    // equally good breaks the most even lines win. `lineEms` is the line's width in characters
    // of the title's size; `ems` measures text in those characters (by default Chinese and
    // full-width punctuation 1, Latin letters and digits 0.55). Spaces between words are dropped.
    static QStringList titleLines(const QStringList &words, qreal lineEms,
                                  const std::function<qreal(QStringView)> &ems = {});
    // `title` cut into the words titleLines() keeps whole: around each of `names` found in it
    // (the profile's name, the meeting's name, the issuing office; the longest first) and
    // before the name of the document it ends with (议题办理情况表, 来访企业预约登记表, 通告, …).
    static QStringList titleWords(const QString &title, const QStringList &names = {});
};
