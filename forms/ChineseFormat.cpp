#include "ChineseFormat.h"

using namespace Qt::StringLiterals;

QString ChineseFormat::date(const QDate &d) {
    if (!d.isValid())
        return {};
    return u"%1年%2月%3日"_s.arg(d.year()).arg(d.month()).arg(d.day());
}

QString ChineseFormat::monthDay(const QDate &d) {
    if (!d.isValid())
        return {};
    return u"%1月%2日"_s.arg(d.month()).arg(d.day());
}

QString ChineseFormat::weekday(const QDate &d) {
    static const QString names[] = {u"一"_s, u"二"_s, u"三"_s, u"四"_s, u"五"_s, u"六"_s, u"日"_s};
    if (!d.isValid())
        return {};
    return u"星期"_s + names[d.dayOfWeek() - 1];
}

QString ChineseFormat::numeral(int n) {
    static const QString digits = u"零一二三四五六七八九"_s;
    if (n <= 0 || n >= 100)
        return QString::number(n);
    if (n < 10)
        return digits.at(n);
    const int tens = n / 10;
    const int ones = n % 10;
    QString s = tens == 1 ? QString() : QString(digits.at(tens));
    s += u'十';
    if (ones)
        s += digits.at(ones);
    return s;
}

QString ChineseFormat::blankDate() {
    return u"\u3000\u3000年\u3000\u3000月\u3000\u3000日"_s;
}
